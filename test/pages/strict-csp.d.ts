export declare const STRICT_CSP: string;
export declare const STRICT_CSP_PATH_PREFIX: string;
