/** A function that reports something wrong with what the host gave, in one line. */
export type Warn = (message: string) => void;

/** The prefix on every console warning, so a host can tell where it came from. */
export const WARNING_PREFIX = '<coordinator-check>: ';

/**
 * A warn function for one element: each message prefixed, the first `limit` printed, and then,
 * once the current task's warnings are over, one line counting those left out (so 100,000 unknown
 * config keys cost a count, not 100,000 console lines).
 */
export function createWarner(limit = 20, log: (line: string) => void = console.warn): Warn {
  let shown = 0;
  let left = 0;
  return (message) => {
    if (shown < limit) return void (shown++, log(WARNING_PREFIX + message));
    if (!left++) {
      queueMicrotask(() => {
        log(`${WARNING_PREFIX}${left} more warning${left == 1 ? '' : 's'} left out (only the first ${limit} are shown).`);
        left = 0;
      });
    }
  };
}
