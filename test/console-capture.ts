/** Collects console warnings instead of printing them, until `restore()`. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return {messages, restore: () => void (console.warn = original)};
}
