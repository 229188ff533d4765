import type {ReactiveController} from 'lit';
import type {HostAttributes} from '../config/host-attributes.js';
import {
  LIMITS,
  mergeStrings,
  parseConfig,
  parseContact,
  type ContactConfig,
  type CrisisLineConfig,
  type ParsedConfig,
  type TeamCrisisConfig,
} from '../config/parse-config.js';
import {en} from '../i18n/en.js';
import type {RoleWords, Strings} from '../i18n/strings.js';
import {britishDate} from '../model/dates.js';
import {REGIONS, type Region} from '../model/regions.js';
import {planName, resolveTraits, roleWords} from '../i18n/resolve.js';
import type {Trait} from '../model/types.js';

const DEFAULT_ROLE = 'care co-ordinator';
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
/** `steps`: one trait at a time, then "Check your answers". `single`: every question on one page. */
export const LAYOUTS = ['steps', 'single'] as const;
export type Layout = (typeof LAYOUTS)[number];

type Warn = (message: string) => void;

/** The controller as it writes its own settings: read-only to everyone else. */
type Settable = {-readonly [K in 'strings' | 'words' | 'traits' | 'region' | 'level' | 'layout' | 'lang' | 'config']: HostSettingsController[K]};

/**
 * Turns what the host set (attributes, the `config` property, the JSON script child, the page's
 * `lang`) into the settings the widget renders with. Each input is checked when it changes: a bad
 * value gets one warning naming it, and a safe default. The settings are read-only to everything
 * but this controller's own `hostUpdate`.
 */
export class HostSettingsController implements ReactiveController {
  readonly strings: Strings = en;
  readonly words: RoleWords = roleWords(DEFAULT_ROLE);
  readonly traits: Trait[] = [];
  readonly region: Region = 'england';
  readonly level: number = 2;
  readonly layout: Layout = 'steps';
  /** The language the copy is in: `en`, or the page's language where the host translated it. */
  readonly lang: string = 'en';
  /** The configuration in force: the `config` property's, else the script child's. */
  readonly config: ParsedConfig = {locales: {}, traits: []};
  /** The host's own advice service, from the `contact-*` attributes. */
  private _attributeContact: ContactConfig | undefined;

  private readonly _host: HostAttributes;
  private readonly _script: () => ParsedConfig | undefined;
  private readonly _warn: Warn;
  /** The raw inputs last checked, so each is checked (and warned about) once per change. */
  private readonly _seen = new Map<string, unknown>();
  private _property: ParsedConfig = this.config;
  private _warnedLang = '';
  /** The configuration, language, whether the element has its own `lang`, role and nation the copy was last worded from. */
  private _wordedFrom: readonly unknown[] = [];
  /** The translation's date formatter, made on its first date. */
  private _dates: {lang: string; format: {format(date: Date): string}} | undefined;

  constructor(host: HostAttributes, script: () => ParsedConfig | undefined, warn: Warn) {
    this._host = host;
    this._script = script;
    this._warn = warn;
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this._host;
    const set = this as Settable;
    if (this._changed('config', host.config)) this._property = parseConfig(host.config, this._warn);
    if (this._changed('region', host.region)) set.region = this._pick('region', host.region, REGIONS, 'england');
    if (this._changed('layout', host.layout)) set.layout = this._pick('layout', host.layout, LAYOUTS, 'steps');
    if (this._changed('level', host.headingLevel)) {
      set.level = Number(this._pick('heading-level', host.headingLevel, HEADING_LEVELS, '2'));
    }
    const contact = [host.contactName, host.contactPhone, host.contactEmail, host.contactUrl];
    if (this._changed('contact', contact.join('\n'))) {
      const [name, phone, email, url] = contact;
      // Name the attribute the host wrote, not the config path.
      this._attributeContact = parseContact({name, phone, email, url}, 'contact', (m) => this._warn(m.replace(/^contact\./, 'contact-')));
    }
    const role = host.roleName?.trim() || DEFAULT_ROLE;
    if (this._changed('role', role) && role.length > LIMITS.text) this._warn(`role-name is longer than ${LIMITS.text} characters; cut short.`);
    set.config = host.config === undefined ? (this._script() ?? this._property) : this._property;
    const lang = (host.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
    // Worded again only when what the words come from changed: an answer click changes none of it.
    const from = [this.config, lang, host.hasAttribute('lang'), role, this.region] as const;
    if (from.some((value, i) => value !== this._wordedFrom[i])) {
      this._wordedFrom = from;
      set.strings = this._resolveStrings(this.config, lang);
      set.words = roleWords(role.slice(0, LIMITS.text));
      set.traits = resolveTraits(this.strings, this.words, this.config.traits, planName(this.strings, this.region));
    }
  }

  /** The host's advice service: the configuration's, else the attributes'. */
  get contact(): ContactConfig | undefined {
    return this.config.contact ?? this._attributeContact;
  }

  /** Where help comes from on this page: the nation, the host's advice service and its crisis lines. */
  get help(): {region: Region; contact?: ContactConfig; crisis?: readonly CrisisLineConfig[] | false; teamCrisis?: TeamCrisisConfig} {
    return {region: this.region, contact: this.contact, crisis: this.config.crisis, teamCrisis: this.config.teamCrisis};
  }

  /**
   * A date (or an ISO date string) in the copy's language; English copy is British, so "27 November
   * 2026", without Intl (see model/dates.ts). A translation's dates come from Intl, one formatter
   * per language.
   */
  date(value: Date | string): string {
    const date = new Date(value);
    if (this.lang === 'en') return britishDate(date);
    if (this._dates?.lang !== this.lang) {
      try {
        this._dates = {lang: this.lang, format: new Intl.DateTimeFormat(this.lang, {dateStyle: 'long'})};
      } catch {
        // A language tag Intl refuses, such as "cy_GB".
        this._dates = {lang: this.lang, format: {format: britishDate}};
      }
    }
    return this._dates.format.format(date);
  }

  private _changed(key: string, value: unknown): boolean {
    if (this._seen.has(key) && this._seen.get(key) === value) return false;
    this._seen.set(key, value);
    return true;
  }

  /** An attribute's value if it is one of those accepted; otherwise a warning and the default. */
  private _pick<T extends string>(attribute: string, value: string | number | undefined, accepted: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (accepted.includes(String(value) as T)) return String(value) as T;
    this._warn(`${attribute}="${String(value)}" is not known; using "${fallback}". Accepted: ${accepted.join(', ')}.`);
    return fallback;
  }

  private _resolveStrings(config: ParsedConfig, lang: string): Strings {
    const base = lang.split('-')[0];
    const has = (k: string) => Object.hasOwn(config.locales, k);
    const key = has(lang) ? lang : has(base) ? base : 'en';
    // Only a `lang` on the element itself is the host asking for a language: a page's own is not.
    if (key === 'en' && base !== 'en' && this._host.hasAttribute('lang') && this._warnedLang !== lang) {
      this._warnedLang = lang;
      this._warn(`lang="${lang}" has no translation; using English. Accepted: ${['en', ...Object.keys(config.locales)].join(', ')}.`);
    }
    (this as Settable).lang = key === 'en' ? 'en' : lang;
    // A host's translation wins over its general wording, on a page in that language.
    return mergeStrings<Strings>(en, config.strings, config.locales[key]);
  }
}
