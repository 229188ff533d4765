import type {CheckResult} from './model/types.js';

/**
 * Fired once each time the person submits a complete check. Bubbles and crosses shadow roots.
 * Never fired by programmatic changes. `detail` holds no free text the person typed.
 */
export class CoordinatorCheckResultEvent extends Event {
  /** The event's type, `coordinator-check-result`. */
  static readonly eventName = 'coordinator-check-result';
  /** The result: verdict, each trait's status and score, the answers, and when. Never free text. */
  readonly detail: CheckResult;

  constructor(detail: CheckResult) {
    super(CoordinatorCheckResultEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coordinator-check-result': CoordinatorCheckResultEvent;
  }
}
