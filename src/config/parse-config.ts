import {en} from '../i18n/en.js';
import type {Strings} from '../i18n/strings.js';
import {BUILT_IN_TRAIT_IDS} from '../model/traits.js';
import {STATEMENT_KINDS, type StatementKind} from '../model/types.js';
import {fillTemplate, type TraitConfig} from '../i18n/resolve.js';
import {ownCopy} from '../internal/own-copy.js';
import {isObject, LIMITS, list, pathOf, text, type Obj, type Warn} from './config-checks.js';
import {parseContact, parseCrisis, parseTeamCrisis} from './parse-contacts.js';
import type {ContactConfig, CrisisLineConfig, TeamCrisisConfig} from '../model/contacts.js';
export type {ContactConfig, CrisisLineConfig, TeamCrisisConfig} from '../model/contacts.js';

export {LIMITS} from './config-checks.js';
export {parseContact} from './parse-contacts.js';

/** A phrase in plural forms: the language's rules pick one by the phrase's `{count}`. */
export type PluralForms = {readonly [K in 'zero' | 'one' | 'two' | 'few' | 'many']?: string} & {readonly other: string};

/**
 * A copy of `T` where every piece may be left out, and any phrase may be a `{name}` template, or
 * plural forms of one.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T | string | PluralForms
  : T extends readonly (infer U)[]
    ? readonly DeepPartial<U>[]
    : T extends object
      ? {readonly [K in keyof T]?: DeepPartial<T[K]>}
      : T;

/** Everything a host can configure beyond the attributes. See the README for the JSON form. */
export interface CoordinatorCheckConfig {
  readonly strings?: DeepPartial<Strings>;
  readonly locales?: Readonly<Record<string, DeepPartial<Strings>>>;
  readonly traits?: readonly TraitConfig[];
  /** Replaces the nation's crisis lines; `false` hides the box. */
  readonly crisis?: readonly CrisisLineConfig[] | false;
  /** The team's own crisis or duty number, shown before the other crisis lines. */
  readonly teamCrisis?: TeamCrisisConfig;
  readonly contact?: ContactConfig;
  /** `false` hides the result's line saying when its phone numbers and services were last checked. */
  readonly factsChecked?: false;
}

/** A configuration after checking: only well-formed, capped, safe values remain. */
export interface ParsedConfig {
  readonly strings?: DeepPartial<Strings>;
  readonly locales: Readonly<Record<string, DeepPartial<Strings>>>;
  readonly traits: readonly TraitConfig[];
  /** Left out (or given in a shape that could not be used): the nation's lines. */
  readonly crisis?: readonly CrisisLineConfig[] | false;
  readonly teamCrisis?: TeamCrisisConfig;
  readonly contact?: ContactConfig;
  readonly factsChecked?: false;
}

const ID = /^[a-z][\w-]{0,39}$/i;
/** An empty configuration, with no prototype: `config.crisis` is never read from a polluted `Object.prototype`. */
const empty = (): ParsedConfig => ownCopy({locales: {}, traits: []});

/** The plural categories of `Intl.PluralRules`: English uses one and other, Welsh all six. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The language's plural rules; English's for a tag the browser does not know or cannot read. */
function pluralRules(lang: string): Intl.PluralRules {
  try {
    if (Intl.PluralRules.supportedLocalesOf(lang).length) return new Intl.PluralRules(lang);
  } catch {
    // Not a language tag: English's rules.
  }
  return new Intl.PluralRules('en');
}

/**
 * A phrase given in plural forms, `{"one": "…", "other": "…"}`: the form is chosen by the language's
 * own rules (`Intl.PluralRules`) for the phrase's `{count}`, or its first number when it has no
 * count. `other` is required, as the form for anything the others do not cover.
 */
function pluralPhrase(value: Obj, path: string, warn: Warn, lang: string): ((values: object) => string) | undefined {
  const forms: Partial<Record<(typeof PLURAL_CATEGORIES)[number], string>> = {};
  for (const [key, form] of Object.entries(value)) {
    if (!(PLURAL_CATEGORIES as readonly string[]).includes(key)) {
      warn(`${pathOf(path, key)} is not a plural form (${PLURAL_CATEGORIES.join(', ')}); ignored.`);
      continue;
    }
    const template = text(form, pathOf(path, key), warn);
    if (template) forms[key as (typeof PLURAL_CATEGORIES)[number]] = template;
  }
  const other = forms.other;
  if (other === undefined) return void warn(`${path} needs an "other" form; ignored.`);
  // Made only when a host gives plural forms, so no other page pays for it.
  const rules = pluralRules(lang);
  const used = rules.resolvedOptions().pluralCategories;
  for (const key of Object.keys(forms)) {
    if (!used.includes(key as Intl.LDMLPluralRule)) warn(`${pathOf(path, key)} is never used in ${rules.resolvedOptions().locale}; "other" is.`);
  }
  return (values: object) => {
    const given = values as Record<string, unknown>;
    const count = typeof given.count === 'number' ? given.count : Object.values(given).find((v): v is number => typeof v === 'number');
    return fillTemplate((count === undefined ? other : forms[rules.select(count)]) ?? other, values);
  };
}

/**
 * Host copy checked against the shape of the English copy: same keys; templates (or plural forms of
 * templates, in `lang`'s rules) in place of phrases.
 */
export function parseStrings(value: unknown, path: string, warn: Warn, shape: unknown = en, lang = 'en'): unknown {
  if (typeof shape == 'string') return text(value, path, warn);
  if (typeof shape == 'function') {
    if (typeof value == 'function') return value;
    if (isObject(value)) return pluralPhrase(value, path, warn, lang);
    const template = text(value, path, warn);
    return template && ((values: object) => fillTemplate(template, values));
  }
  if (Array.isArray(shape)) {
    const items = list(value, path, LIMITS.suggestionsPerTrait, warn, (v, at) => parseStrings(v, at, warn, shape[0], lang));
    return items.length ? items : undefined;
  }
  if (!isObject(value)) return void warn(`${path} should be an object; ignored.`);
  const out: Obj = {};
  for (const [key, item] of Object.entries(value)) {
    // Own keys only, so "__proto__" or "constructor" can never reach the copy.
    if (!Object.hasOwn(shape as object, key)) warn(`${pathOf(path, key)} is not a known piece of copy; ignored.`);
    else out[key] = parseStrings(item, pathOf(path, key), warn, (shape as Obj)[key], lang);
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

/** A statement's kind; anything else is reported and the statement stays a `frequency` one. */
function statementKind(value: unknown, path: string, warn: Warn): StatementKind | undefined {
  if ((STATEMENT_KINDS as readonly unknown[]).includes(value)) return value as StatementKind;
  return void warn(`${path} should be ${STATEMENT_KINDS.map((k) => `"${k}"`).join(' or ')}; using "frequency".`);
}

function parseTrait(value: unknown, path: string, warn: Warn): TraitConfig | undefined {
  const at = (key: string) => `${path}.${key}`;
  // Not a name every object has ("constructor", "toString"...), which lookups by id would find.
  if (!isObject(value) || typeof value.id != 'string' || !ID.test(value.id) || value.id in {}) {
    return void warn(`${at('id')} should be a short id (letters, digits, - or _); ignored.`);
  }
  const trait: {-readonly [K in keyof TraitConfig]: TraitConfig[K]} = {id: value.id};
  if (value.title !== undefined) trait.title = text(value.title, at('title'), warn);
  if (value.statements !== undefined) {
    const seen = new Set<string>();
    trait.statements = list(value.statements, at('statements'), LIMITS.statementsPerTrait, warn, (s, sp) => {
      if (!isObject(s) || typeof s.id != 'string' || !ID.test(s.id))
        return void warn(`${sp}.id should be a short id (letters, digits, - or _); ignored.`);
      if (seen.has(s.id)) return void warn(`${sp}.id "${s.id}" is used twice; ignored.`);
      seen.add(s.id);
      const statement = text(s.text, `${sp}.text`, warn);
      if (!statement) return undefined;
      const kind = s.kind === undefined ? undefined : statementKind(s.kind, `${sp}.kind`, warn);
      // Prefixed with the trait, so two traits can use the same statement ids.
      return {id: `${trait.id}.${s.id}`, text: statement, ...(kind && {kind})};
    });
  }
  for (const key of ['suggestions', 'questions'] as const) {
    if (value[key] === undefined) continue;
    const max = key === 'questions' ? LIMITS.questionsPerTrait : LIMITS.suggestionsPerTrait;
    trait[key] = list(value[key], at(key), max, warn, (s, sp) => text(s, sp, warn));
    // Given in the wrong shape: the trait keeps its own.
    if (!Array.isArray(value[key])) delete trait[key];
  }
  if (!trait.title) delete trait.title;
  if (!trait.statements?.length) delete trait.statements;
  return trait;
}

function parseTraits(value: unknown, warn: Warn): TraitConfig[] {
  const traits: TraitConfig[] = [];
  let added = 0;
  list(value, 'traits', BUILT_IN_TRAIT_IDS.length + LIMITS.addedTraits, warn, (v, path) => {
    const trait = parseTrait(v, path, warn);
    if (!trait) return;
    const builtIn = (BUILT_IN_TRAIT_IDS as readonly string[]).includes(trait.id);
    if (traits.some((t) => t.id === trait.id)) warn(`${path}.id "${trait.id}" is used twice; ignored.`);
    else if (!builtIn && !trait.statements) warn(`${path}.statements is needed for a new trait; ignored.`);
    else if (!builtIn && ++added > LIMITS.addedTraits) warn(`${path}: at most ${LIMITS.addedTraits} traits can be added; ignored.`);
    else traits.push(trait);
  });
  return traits;
}

/**
 * Checks a host's configuration, given as an object or JSON. Whatever is wrong is named by its path
 * in a warning and left out; the rest still applies.
 */
export function parseConfig(input: unknown, warn: Warn): ParsedConfig {
  let value = input;
  if (typeof input == 'string') {
    if (input.length > LIMITS.jsonChars) return (warn(`the configuration is over ${LIMITS.jsonChars} characters; ignored.`), empty());
    try {
      value = JSON.parse(input);
    } catch (error) {
      return (warn(`the configuration is not valid JSON (${(error as Error).message}); ignored.`), empty());
    }
  }
  if (value == null) return empty();
  if (!isObject(value)) return (warn('the configuration should be an object; ignored.'), empty());
  return parseObject(ownCopy(value), warn);
}

/** The configuration object, copied already into objects with no prototype (so no inherited value is read). */
function parseObject(value: Obj, warn: Warn): ParsedConfig {
  const known = ['strings', 'locales', 'traits', 'crisis', 'teamCrisis', 'contact', 'factsChecked'];
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  for (const key of unknown.slice(0, LIMITS.unknownKeys)) warn(`${pathOf('', key)} is not a configuration key; ignored.`);
  if (unknown.length > LIMITS.unknownKeys) {
    warn(`the configuration has ${unknown.length - LIMITS.unknownKeys} more keys that are not configuration keys; ignored.`);
  }

  // No prototype, so a language called "constructor" or "__proto__" finds nothing built in.
  const locales = Object.create(null) as Record<string, DeepPartial<Strings>>;
  if (value.locales !== undefined && !isObject(value.locales)) warn('locales should be an object keyed by language; ignored.');
  else {
    const entries = Object.entries(value.locales ?? {});
    if (entries.length > LIMITS.locales) warn(`locales has more than ${LIMITS.locales} languages; the rest are ignored.`);
    for (const [lang, copy] of entries.slice(0, LIMITS.locales)) {
      locales[lang.toLowerCase()] = parseStrings(copy, pathOf('locales', lang), warn, en, lang) as DeepPartial<Strings>;
    }
  }
  // A key whose value could not be used is left out, so the default applies.
  const optional = (key: string, parse: (v: unknown) => unknown) => {
    const parsed = value[key] === undefined ? undefined : parse(value[key]);
    return parsed === undefined ? {} : {[key]: parsed};
  };
  // Read back the same way: nothing in the result inherits a value.
  return ownCopy({
    locales,
    traits: value.traits === undefined ? [] : parseTraits(value.traits, warn),
    ...optional('strings', (v) => parseStrings(v, 'strings', warn) ?? {}),
    ...optional('contact', (v) => parseContact(v, 'contact', warn)),
    ...optional('crisis', (v) => parseCrisis(v, warn)),
    ...optional('teamCrisis', (v) => parseTeamCrisis(v, warn)),
    ...optional('factsChecked', (v) => (v === false ? v : warn('factsChecked can only be false; ignored.'))),
  });
}

/** Lays host copy over a full set of strings; anything not given keeps the base's words. */
export function mergeStrings<T>(base: T, ...overrides: (DeepPartial<T> | undefined)[]): T {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isObject(a) || !isObject(b)) return b ?? a;
    const out: Obj = {...a};
    // Own keys only: `for...in` would also bring in whatever was added to Object.prototype.
    for (const key of Object.keys(b)) out[key] = merge(a[key], b[key]);
    return out;
  };
  return overrides.reduce<unknown>(merge, base) as T;
}
