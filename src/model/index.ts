export * from './types.js';
export * from './traits.js';
export * from './regions.js';
export * from './scoring.js';
export * from './resolve.js';
export type {Strings, RoleWords, Phrase, TraitCopy} from '../locales/strings.js';
export {en} from '../locales/en.js';
