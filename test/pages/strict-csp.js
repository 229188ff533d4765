// The policy a strict NHS trust might send, shared by the test server (web-test-runner.config.mjs)
// and test/embedding.test.ts, so the header sent and the header checked are one string.
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html coordinator-check 'allow-duplicates'";

/** Pages whose path starts with this are served with STRICT_CSP as a response header. */
export const STRICT_CSP_PATH_PREFIX = '/test/pages/csp-';
