import {CoordinatorCheck} from './coordinator-check/coordinator-check-element.js';

// The registering entry, and the embed bundles' only exports: the model has its own entry (./model.js).
export {CoordinatorCheck} from './coordinator-check/coordinator-check-element.js';
export {CoordinatorCheckResultEvent} from './coordinator-check/events.js';
export type {CheckResult, TraitResult, TraitStatus, Verdict, Answer, Answers} from './model/types.js';
export type {CoordinatorCheckConfig, ContactConfig, CrisisLineConfig, DeepPartial} from './config/parse-config.js';
export type {Strings, RoleWords, Phrase, TraitCopy} from './i18n/strings.js';

CoordinatorCheck.define();

declare global {
  interface HTMLElementTagNameMap {
    'coordinator-check': CoordinatorCheck;
  }
}
