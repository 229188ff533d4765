import type {CheckResult} from './model/types.js';

/**
 * Fired once each time the person submits a complete check. Bubbles and crosses shadow roots.
 * Never fired by programmatic changes. `detail` holds no free text the person typed.
 */
export class CoordinatorCheckResultEvent extends Event {
  static readonly eventName = 'coordinator-check-result';
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
