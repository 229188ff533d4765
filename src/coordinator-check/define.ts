import {WARNING_PREFIX} from '../internal/warnings.js';

// Marks every class this function registers, so another copy of the widget on the page (the
// module and the classic script, say) counts as ours and stays quiet.
const OURS = Symbol.for('coordinator-check.defined');

/**
 * Registers a subclass of `cls` under `tag` (a subclass, so one class can take several tags). Calling
 * it again, or after another copy of this widget did, is harmless. A tag already taken by someone
 * else's element is left to them, with a console warning saying so.
 */
export function defineElement(tag: string, cls: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const taken = registry.get(tag);
  if (!taken) {
    registry.define(
      tag,
      class extends cls {
        static readonly [OURS] = true;
      },
    );
  } else if (!(taken === cls || taken.prototype instanceof cls || Object.hasOwn(taken, OURS))) {
    console.warn(
      `${WARNING_PREFIX}<${tag}> is already defined by another script's element, so this widget was not registered. ` +
        `Give it a tag of its own, e.g. CoordinatorCheck.define('${tag}-check').`,
    );
  }
}
