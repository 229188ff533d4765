// The pure model: no Lit, no DOM. Hosts can score, word and check configurations with it directly.
export * from './types.js';
export * from './traits.js';
export * from './regions.js';
export * from './scoring.js';
export * from './advice.js';
export * from './resolve.js';
export * from './result-view.js';
export * from '../config/parse-config.js';
export * from '../config/links.js';
export type {Strings, RoleWords, Phrase, TraitCopy, StepCopy} from '../locales/strings.js';
export {en} from '../locales/en.js';
