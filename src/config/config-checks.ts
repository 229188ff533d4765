/** The checks every part of a host's configuration goes through: limits, text, lists, objects, paths. */

/** Limits on host input, so a typo cannot flood the page. Documented in the README. */
export const LIMITS = {
  text: 1000,
  statementsPerTrait: 4,
  addedTraits: 3,
  suggestionsPerTrait: 4,
  crisisLines: 6,
  questionsPerTrait: 4,
  locales: 20,
  jsonChars: 100_000,
  /** A role name from the embed or check page's address (and so the builder's links and the poster). */
  roleName: 60,
  /** Unknown keys named one by one; the rest are counted in one line. */
  unknownKeys: 10,
} as const;

export type Warn = (message: string) => void;
export {isObject, type Obj} from '../internal/is-object.js';
/** `parent.key`, or `parent["odd key"]` when the key is not a plain name, so every warning names a path. */
export const pathOf = (parent: string, key: string): string =>
  /^[a-z_$][\w$-]*$/i.test(key) ? (parent ? `${parent}.${key}` : key) : `${parent}[${JSON.stringify(key)}]`;

/** A non-empty string, cut to the length limit; anything else is reported and dropped. */
export function text(value: unknown, path: string, warn: Warn): string | undefined {
  if (typeof value != 'string' || !value.trim()) return void warn(`${path} should be a non-empty string; ignored.`);
  if (value.length > LIMITS.text) warn(`${path} is longer than ${LIMITS.text} characters; cut short.`);
  return value.slice(0, LIMITS.text);
}

/** Each entry of an array, checked by `item`, up to `max`; failures are dropped. */
export function list<T>(value: unknown, path: string, max: number, warn: Warn, item: (v: unknown, path: string) => T | undefined): T[] {
  if (!Array.isArray(value)) return (warn(`${path} should be an array; ignored.`), []);
  if (value.length > max) warn(`${path} has more than ${max} entries; the rest are ignored.`);
  return value.slice(0, max).flatMap((v, i) => item(v, `${path}[${i}]`) ?? []);
}
