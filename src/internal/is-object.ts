/** A plain record read from JSON or a host's configuration. */
export type Obj = Record<string, unknown>;

/** An object that is not null and not an array: the shape of every record the widget reads. */
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
