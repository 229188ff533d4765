// The pure model: no Lit, no DOM. Hosts can score, word and check configurations with it directly.
export * from './model/types.js';
export * from './model/traits.js';
export * from './model/regions.js';
export * from './model/facts.js';
export * from './model/scoring.js';
export * from './model/advice.js';
export * from './i18n/resolve.js';
export * from './i18n/result-view.js';
export * from './config/parse-config.js';
export * from './internal/links.js';
export type {Strings, RoleWords, Phrase, TraitCopy, StepCopy} from './i18n/strings.js';
export {en} from './i18n/en.js';
