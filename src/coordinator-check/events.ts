import type {CheckResult} from '../model/types.js';

/** `value` and everything in it frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Fired once each time the person submits a complete check. Bubbles and crosses shadow roots.
 * Never fired by programmatic changes. `detail` holds no free text the person typed.
 */
export class CoordinatorCheckResultEvent extends Event {
  /** The event's type, `coordinator-check-result`. */
  static readonly eventName = 'coordinator-check-result';
  /**
   * The result: verdict, each trait's status and score, the answers, and when. Never free text.
   * A frozen copy: a listener cannot change it, nor through it what the widget shows.
   */
  readonly detail: CheckResult;

  constructor(detail: CheckResult) {
    super(CoordinatorCheckResultEvent.eventName, {bubbles: true, composed: true});
    this.detail = deepFreeze(structuredClone(detail));
  }
}

declare global {
  interface HTMLElementEventMap {
    'coordinator-check-result': CoordinatorCheckResultEvent;
  }
}
