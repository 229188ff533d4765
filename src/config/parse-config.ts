import {en} from '../locales/en.js';
import type {Strings} from '../locales/strings.js';
import {BUILT_IN_TRAIT_IDS} from '../model/traits.js';
import {STATEMENT_KINDS, type StatementKind} from '../model/types.js';
import {fillTemplate, type TraitConfig} from '../model/resolve.js';
import {ownCopy} from '../own-copy.js';
import {cleanEmail, safeUrl, telHref} from './links.js';

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
  /** Unknown keys named one by one; the rest are counted in one line. */
  unknownKeys: 10,
} as const;

/** A copy of `T` where every piece may be left out, and any phrase may be a `{name}` template. */
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

/** One line in the "if you need help now" box. A phone with words ("111, press 2") is shown as text. */
export interface CrisisLineConfig {
  readonly label: string;
  readonly phone?: string;
  readonly url?: string;
}

/** The person's own team's crisis or duty number, shown first in the "if you need help now" box. */
export interface TeamCrisisConfig {
  /** Left out: "Your own team's crisis or duty line:". */
  readonly label?: string;
  readonly phone: string;
}

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
}

type Warn = (message: string) => void;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z][\w-]{0,39}$/i;
/** An empty configuration, with no prototype: `config.crisis` is never read from a polluted `Object.prototype`. */
const empty = (): ParsedConfig => ownCopy({locales: {}, traits: []});

/** `parent.key`, or `parent["odd key"]` when the key is not a plain name, so every warning names a path. */
const pathOf = (parent: string, key: string): string =>
  /^[a-z_$][\w$-]*$/i.test(key) ? (parent ? `${parent}.${key}` : key) : `${parent}[${JSON.stringify(key)}]`;

/** A non-empty string, cut to the length limit; anything else is reported and dropped. */
function text(value: unknown, path: string, warn: Warn): string | undefined {
  if (typeof value != 'string' || !value.trim()) return void warn(`${path} should be a non-empty string; ignored.`);
  if (value.length > LIMITS.text) warn(`${path} is longer than ${LIMITS.text} characters; cut short.`);
  return value.slice(0, LIMITS.text);
}

/** Each entry of an array, checked by `item`, up to `max`; failures are dropped. */
function list<T>(value: unknown, path: string, max: number, warn: Warn, item: (v: unknown, path: string) => T | undefined): T[] {
  if (!Array.isArray(value)) return (warn(`${path} should be an array; ignored.`), []);
  if (value.length > max) warn(`${path} has more than ${max} entries; the rest are ignored.`);
  return value.slice(0, max).flatMap((v, i) => item(v, `${path}[${i}]`) ?? []);
}

/** Host copy checked against the shape of the English copy: same keys; templates in place of phrases. */
export function parseStrings(value: unknown, path: string, warn: Warn, shape: unknown = en): unknown {
  if (typeof shape == 'string') return text(value, path, warn);
  if (typeof shape == 'function') {
    if (typeof value == 'function') return value;
    const template = text(value, path, warn);
    return template && ((values: object) => fillTemplate(template, values));
  }
  if (Array.isArray(shape)) {
    const items = list(value, path, LIMITS.suggestionsPerTrait, warn, (v, at) => parseStrings(v, at, warn, shape[0]));
    return items.length ? items : undefined;
  }
  if (!isObject(value)) return void warn(`${path} should be an object; ignored.`);
  const out: Obj = {};
  for (const [key, item] of Object.entries(value)) {
    // Own keys only, so "__proto__" or "constructor" can never reach the copy.
    if (!Object.hasOwn(shape as object, key)) warn(`${pathOf(path, key)} is not a known piece of copy; ignored.`);
    else out[key] = parseStrings(item, pathOf(path, key), warn, (shape as Obj)[key]);
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

/** How each text field of a contact or crisis line is checked and cleaned, and what it must be. */
const LINKS: Record<string, [(v: string) => string | undefined, string]> = {
  name: [(v) => v, ''],
  phone: [(v) => telHref(v) && v, 'a phone number, for a tel: link'],
  // A link's text is the cleaned address it goes to: "https:evil.example" shows as "https://evil.example/".
  email: [cleanEmail, 'one plain email address for a mailto: link: no spaces, commas, "#", "?", "&" or "%" escapes'],
  url: [safeUrl, 'an https: or http: address'],
};

/** The text fields of a contact or crisis line, links only where safe; others are reported and dropped. */
function links(value: Obj, path: string, warn: Warn, keys: readonly string[]): Obj {
  const out = Object.create(null) as Obj;
  for (const key of keys) {
    if (value[key] === undefined) continue;
    const raw = text(value[key], `${path}.${key}`, warn);
    const [clean, needs] = LINKS[key];
    const cleaned = raw && clean(raw);
    if (raw && !cleaned) warn(`${path}.${key} "${raw}" is not a usable link (${needs}); dropped.`);
    else if (cleaned) out[key] = cleaned;
  }
  return out;
}

/** Checks a contact: an optional name and links that are safe to show. */
export function parseContact(input: unknown, path: string, warn: Warn): ContactConfig | undefined {
  const value = ownCopy(input);
  if (!isObject(value)) return void warn(`${path} should be an object; ignored.`);
  const contact: ContactConfig = links(value, path, warn, ['name', 'phone', 'email', 'url']);
  return Object.keys(contact).length ? contact : undefined;
}

/** A crisis phone number: any text, since "111, press 2" is a real way to write one; it is linked only if it dials. */
function crisisLine(value: Obj, path: string, warn: Warn): CrisisLineConfig | undefined {
  const label = text(value.label, `${path}.label`, warn);
  if (!label) return undefined;
  const phone = value.phone === undefined ? undefined : text(value.phone, `${path}.phone`, warn);
  const {url} = links(value, path, warn, ['url']) as {url?: string};
  // A line that was meant to give a way to get help, and now gives none, is left out.
  if (!phone && !url && (value.phone !== undefined || value.url !== undefined)) {
    return void warn(`${path} has no usable phone or url; this line is left out.`);
  }
  return {label, ...(phone && {phone}), ...(url && {url})};
}

/**
 * The crisis box is a safety net: only an exact `false` hides it. A malformed value, or a list with
 * nothing usable in it, is reported and the nation's lines are shown instead (`undefined`).
 */
function parseCrisis(value: unknown, warn: Warn): readonly CrisisLineConfig[] | false | undefined {
  if (value === false) return false;
  if (!Array.isArray(value)) return void warn("crisis should be a list of lines, or false to hide the box; the nation's lines are shown.");
  const lines = list(value, 'crisis', LIMITS.crisisLines, warn, (v, path) =>
    isObject(v) ? crisisLine(v, path, warn) : void warn(`${path} should be an object; ignored.`),
  );
  if (!lines.length) return void warn("crisis has no usable line; the nation's lines are shown.");
  return lines;
}

function parseTeamCrisis(value: unknown, warn: Warn): TeamCrisisConfig | undefined {
  if (!isObject(value)) return void warn('teamCrisis should be an object such as {"phone": "0113 496 0000"}; ignored.');
  const phone = text(value.phone, 'teamCrisis.phone', warn);
  if (!phone) return void warn('teamCrisis needs a phone; ignored.');
  const label = value.label === undefined ? undefined : text(value.label, 'teamCrisis.label', warn);
  return {...(label && {label}), phone};
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
  const known = ['strings', 'locales', 'traits', 'crisis', 'teamCrisis', 'contact'];
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
      locales[lang.toLowerCase()] = parseStrings(copy, pathOf('locales', lang), warn) as DeepPartial<Strings>;
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
