// The package's index.d.ts re-exports './browser/commands.mjs', which has no .d.mts beside it, so
// TypeScript finds no exports; this declares the one the visual test uses (browser/commands.d.ts).
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` on the test server. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
