/** A test the hazard log names: its file and its title as the test runner reports it. */
export interface NamedTest {
  readonly file: string;
  readonly name: string;
}
export function namedTests(markdown: string): NamedTest[];
export function notRun(named: readonly NamedTest[], passed: readonly NamedTest[]): NamedTest[];
