import {en} from '../locales/en.js';
import type {Strings} from '../locales/strings.js';
import {BUILT_IN_TRAIT_IDS} from '../model/traits.js';
import {fillTemplate, type TraitConfig} from '../model/resolve.js';
import {mailtoHref, safeUrl, telHref} from './links.js';

/** Limits on host input, so a typo cannot flood the page. Documented in the README. */
export const LIMITS = {
  text: 1000,
  statementsPerTrait: 4,
  addedTraits: 3,
  suggestionsPerTrait: 4,
  crisisLines: 6,
  locales: 20,
  jsonChars: 100_000,
} as const;

/** A copy of `T` where every piece may be left out, for overriding a few words. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T | string
  : T extends readonly (infer U)[]
    ? readonly DeepPartial<U>[]
    : T extends object
      ? {readonly [K in keyof T]?: DeepPartial<T[K]>}
      : T;

/** The host's own advice service, shown instead of the nation's. */
export interface ContactConfig {
  /** Left out: the nation's advice service keeps its name. */
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
}

/** One line in the "if you need help now" box. */
export interface CrisisLineConfig {
  readonly label: string;
  readonly phone?: string;
  readonly url?: string;
}

/** Everything a host can configure beyond the attributes. See the README for the JSON form. */
export interface CoordinatorCheckConfig {
  readonly strings?: DeepPartial<Strings>;
  readonly locales?: Readonly<Record<string, DeepPartial<Strings>>>;
  readonly traits?: readonly TraitConfig[];
  /** Replaces the nation's crisis lines; `false` hides the box. */
  readonly crisis?: readonly CrisisLineConfig[] | false;
  readonly contact?: ContactConfig;
}

/** A configuration after checking: only well-formed, capped, safe values remain. */
export interface ParsedConfig {
  readonly strings?: DeepPartial<Strings>;
  readonly locales: Readonly<Record<string, DeepPartial<Strings>>>;
  readonly traits: readonly TraitConfig[];
  readonly crisis?: readonly CrisisLineConfig[] | false;
  readonly contact?: ContactConfig;
}

type Warn = (message: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z][a-z0-9_-]{0,39}$/i;

function text(value: unknown, path: string, warn: Warn): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    warn(`${path} should be a non-empty string; ignored.`);
    return undefined;
  }
  if (value.length > LIMITS.text) warn(`${path} is longer than ${LIMITS.text} characters; cut short.`);
  return value.slice(0, LIMITS.text);
}

function list(value: unknown, path: string, max: number, warn: Warn): unknown[] {
  if (!Array.isArray(value)) {
    warn(`${path} should be an array; ignored.`);
    return [];
  }
  if (value.length > max) warn(`${path} has more than ${max} entries; the rest are ignored.`);
  return value.slice(0, max);
}

/** Checks host copy against the shape of the English copy: same keys, strings or templates in place of phrases. */
export function parseStrings(value: unknown, path: string, warn: Warn, shape: unknown = en): unknown {
  if (typeof shape === 'string') return text(value, path, warn);
  if (typeof shape === 'function') {
    if (typeof value === 'function') return value;
    const template = text(value, path, warn);
    return template === undefined ? undefined : (values: object) => fillTemplate(template, values);
  }
  if (Array.isArray(shape)) {
    const items = list(value, path, LIMITS.suggestionsPerTrait, warn)
      .map((item, i) => parseStrings(item, `${path}[${i}]`, warn, shape[0]))
      .filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (!isRecord(value)) {
    warn(`${path} should be an object; ignored.`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const inner = (shape as Record<string, unknown>)[key];
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      warn(`${path}.${key} is not a known piece of copy; ignored.`);
      continue;
    }
    const parsed = parseStrings(item, `${path}.${key}`, warn, inner);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

function parseTrait(value: unknown, path: string, warn: Warn): TraitConfig | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || !ID.test(value.id)) {
    warn(`${path}.id should be a short id of letters, digits, "-" or "_"; trait ignored.`);
    return undefined;
  }
  const trait: {id: string; title?: string; statements?: TraitConfig['statements']; suggestions?: string[]} = {
    id: value.id,
  };
  if (value.title !== undefined) {
    const title = text(value.title, `${path}.title`, warn);
    if (title !== undefined) trait.title = title;
  }
  if (value.statements !== undefined) {
    const statements = list(value.statements, `${path}.statements`, LIMITS.statementsPerTrait, warn).flatMap(
      (s, i) => {
        const at = `${path}.statements[${i}]`;
        if (!isRecord(s) || typeof s.id !== 'string' || !ID.test(s.id)) {
          warn(`${at}.id should be a short id of letters, digits, "-" or "_"; statement ignored.`);
          return [];
        }
        const statementText = text(s.text, `${at}.text`, warn);
        return statementText === undefined ? [] : [{id: `${value.id}.${s.id}`, text: statementText}];
      },
    );
    if (statements.length) trait.statements = statements;
  }
  if (value.suggestions !== undefined) {
    trait.suggestions = list(value.suggestions, `${path}.suggestions`, LIMITS.suggestionsPerTrait, warn).flatMap(
      (s, i) => text(s, `${path}.suggestions[${i}]`, warn) ?? [],
    );
  }
  return trait;
}

function parseTraits(value: unknown, warn: Warn): TraitConfig[] {
  const traits: TraitConfig[] = [];
  let added = 0;
  list(value, 'traits', BUILT_IN_TRAIT_IDS.length + LIMITS.addedTraits, warn).forEach((item, i) => {
    const trait = parseTrait(item, `traits[${i}]`, warn);
    if (!trait) return;
    if (traits.some((t) => t.id === trait.id)) return warn(`traits[${i}].id "${trait.id}" is used twice; ignored.`);
    const builtIn = (BUILT_IN_TRAIT_IDS as readonly string[]).includes(trait.id);
    if (!builtIn && !trait.statements) return warn(`traits[${i}].statements is needed for a new trait; ignored.`);
    if (!builtIn && ++added > LIMITS.addedTraits) {
      return warn(`traits[${i}]: at most ${LIMITS.addedTraits} traits can be added; ignored.`);
    }
    traits.push(trait);
  });
  return traits;
}

function parseLink(
  value: unknown,
  path: string,
  warn: Warn,
  check: (v: string) => string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const raw = text(value, path, warn);
  if (raw === undefined) return undefined;
  if (check(raw) === undefined) {
    warn(`${path} "${raw}" is not a usable link (allowed: https:, http:, mailto:, tel:); dropped.`);
    return undefined;
  }
  return raw;
}

/** Checks a contact's links, keeping only the safe ones. */
export function parseContact(value: unknown, path: string, warn: Warn): ContactConfig | undefined {
  if (!isRecord(value)) {
    warn(`${path} should be an object; ignored.`);
    return undefined;
  }
  const name = value.name === undefined ? undefined : text(value.name, `${path}.name`, warn);
  const phone = parseLink(value.phone, `${path}.phone`, warn, telHref);
  const email = parseLink(value.email, `${path}.email`, warn, mailtoHref);
  const url = parseLink(value.url, `${path}.url`, warn, safeUrl);
  return {...(name && {name}), ...(phone && {phone}), ...(email && {email}), ...(url && {url})};
}

function parseCrisis(value: unknown, warn: Warn): readonly CrisisLineConfig[] | false {
  if (value === false) return false;
  return list(value, 'crisis', LIMITS.crisisLines, warn).flatMap((item, i) => {
    const path = `crisis[${i}]`;
    const label = isRecord(item) ? text(item.label, `${path}.label`, warn) : undefined;
    if (!isRecord(item) || label === undefined) return [];
    const phone = parseLink(item.phone, `${path}.phone`, warn, telHref);
    const url = parseLink(item.url, `${path}.url`, warn, safeUrl);
    return [{label, ...(phone && {phone}), ...(url && {url})}];
  });
}

/**
 * Checks a host's configuration: a JSON string or an object. Whatever is wrong is named by its path
 * in a warning and left out; the rest still applies.
 */
export function parseConfig(input: unknown, warn: Warn): ParsedConfig {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.jsonChars) {
      warn(`the configuration is longer than ${LIMITS.jsonChars} characters; ignored.`);
      return {locales: {}, traits: []};
    }
    try {
      value = JSON.parse(input);
    } catch (error) {
      warn(`the configuration is not valid JSON (${(error as Error).message}); ignored.`);
      return {locales: {}, traits: []};
    }
  }
  if (value === undefined || value === null) return {locales: {}, traits: []};
  if (!isRecord(value)) {
    warn('the configuration should be an object; ignored.');
    return {locales: {}, traits: []};
  }
  const known = ['strings', 'locales', 'traits', 'crisis', 'contact'];
  for (const key of Object.keys(value)) if (!known.includes(key)) warn(`${key} is not a configuration key; ignored.`);

  const locales: Record<string, DeepPartial<Strings>> = {};
  if (value.locales !== undefined) {
    if (!isRecord(value.locales)) warn('locales should be an object keyed by language; ignored.');
    else {
      for (const [lang, copy] of Object.entries(value.locales).slice(0, LIMITS.locales)) {
        const parsed = parseStrings(copy, `locales.${lang}`, warn);
        if (parsed) locales[lang.toLowerCase()] = parsed as DeepPartial<Strings>;
      }
    }
  }
  const strings = value.strings === undefined ? undefined : parseStrings(value.strings, 'strings', warn);
  const contact = value.contact === undefined ? undefined : parseContact(value.contact, 'contact', warn);
  const crisis = value.crisis === undefined ? undefined : parseCrisis(value.crisis, warn);
  return {
    locales,
    traits: value.traits === undefined ? [] : parseTraits(value.traits, warn),
    ...(strings !== undefined && {strings: strings as DeepPartial<Strings>}),
    ...(contact && {contact}),
    ...(crisis !== undefined && {crisis}),
  };
}

/** Lays host copy over a full set of strings; anything not given keeps the base's words. */
export function mergeStrings<T>(base: T, ...overrides: (DeepPartial<T> | undefined)[]): T {
  let out: unknown = base;
  for (const over of overrides) if (over !== undefined) out = mergeOne(out, over);
  return out as T;
}

function mergeOne(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Record<string, unknown> = {...base};
  for (const [key, value] of Object.entries(over)) out[key] = mergeOne(base[key], value);
  return out;
}
