import {CoordinatorCheck} from './coordinator-check-element.js';

export * from './coordinator-check-element.js';
export * from './events.js';
export * from './model/index.js';
export * from './config/parse-config.js';

CoordinatorCheck.define();

declare global {
  interface HTMLElementTagNameMap {
    'coordinator-check': CoordinatorCheck;
  }
}
