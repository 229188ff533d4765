import {html, nothing, type TemplateResult} from 'lit/html.js';
import {BaseElement} from './base-element.js';
import {safeUrl, telHref} from './config/links.js';
import {
  LIMITS,
  mergeStrings,
  parseConfig,
  parseContact,
  type ContactConfig,
  type CoordinatorCheckConfig,
  type ParsedConfig,
} from './config/parse-config.js';
import {defineElement} from './define.js';
import {CoordinatorCheckResultEvent} from './events.js';
import {en} from './locales/en.js';
import type {RoleWords, Strings} from './locales/strings.js';
import {REGIONS, type Region} from './model/regions.js';
import {resolveTraits, roleWords} from './model/resolve.js';
import {contactFields, describeResult, draftText, summaryText, type Notes, type ResultDocument} from './model/result-view.js';
import {statementIds, unansweredIds} from './model/scoring.js';
import {ANSWERS, type Answer, type Answers, type CheckResult, type Trait} from './model/types.js';
import {loadSaved, save, storageName} from './storage.js';
import {styles} from './styles.js';

// One template per level: smaller than lit/static-html, and no markup is ever built from a string.
// Every heading can take focus from script (never from Tab), so the widget can move focus to it.
const HEADINGS: readonly ((id: string | typeof nothing, content: unknown) => TemplateResult)[] = [
  (id, c) => html`<h1 class="heading" id=${id} tabindex="-1">${c}</h1>`,
  (id, c) => html`<h2 class="heading" id=${id} tabindex="-1">${c}</h2>`,
  (id, c) => html`<h3 class="heading" id=${id} tabindex="-1">${c}</h3>`,
  (id, c) => html`<h4 class="heading" id=${id} tabindex="-1">${c}</h4>`,
  (id, c) => html`<h5 class="heading" id=${id} tabindex="-1">${c}</h5>`,
  (id, c) => html`<h6 class="heading" id=${id} tabindex="-1">${c}</h6>`,
];
const DATE: Intl.DateTimeFormatOptions = {dateStyle: 'long'};
const DEFAULT_ROLE = 'care co-ordinator';
// Shown only while printing: hides the host page around the widget. Adopted, so strict CSP allows it.
const PRINTING = 'data-coordinator-check-printing';
const PRINT_PAGE = `@media print{body *{visibility:hidden!important}[${PRINTING}],[${PRINTING}] *{visibility:visible!important}[${PRINTING}]{position:absolute;inset:0 0 auto}}`;

let instances = 0;

const warn = (message: string) => console.warn(`<coordinator-check>: ${message}`);

/** The entries of `record` whose keys are in `ids`. */
const keep = <T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));

/** An attribute's value if it is one of those accepted; otherwise a warning and the default. */
function pick<T extends string>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
  if (value === undefined || accepted.includes(String(value) as T)) return (value === undefined ? fallback : String(value)) as T;
  warn(`${attribute}="${value}" is not known; using "${fallback}". Accepted: ${accepted.join(', ')}.`);
  return fallback;
}

/**
 * `<coordinator-check>`: a short check of how well a person's care co-ordinator is doing on the five
 * things that matter most, with a clear result and next steps. Answers never leave the device.
 *
 * @summary Check how well your care co-ordinator is doing, and what to do next.
 * @tag coordinator-check
 *
 * @fires {CoordinatorCheckResultEvent} coordinator-check-result - The person submitted a complete check. `detail` is a `CheckResult`.
 *
 * @attr region - The UK nation for the advice service and crisis lines: england (default), scotland, wales, northern-ireland.
 * @attr role-name - What the service calls the professional, e.g. "key worker". Default "care co-ordinator".
 * @attr contact-name - The host's own advice service, named in the next steps instead of the nation's.
 * @attr contact-phone - Its phone number, shown as a `tel:` link.
 * @attr contact-email - Its email address, shown as a `mailto:` link.
 * @attr contact-url - Its web page (`https:` or `http:`).
 * @attr heading-level - Level (1-6) of the widget's top heading; inner headings follow. Default 2.
 * @attr lang - Language of the copy; default the nearest `lang` on the page, then English.
 * @attr remember - Keep answers and notes on this device (localStorage), with a button to clear them.
 * @attr storage-key - Separates the saved answers of several widgets on one site.
 * @attr theme - `auto` follows the device's light or dark setting.
 *
 * @csspart base - The wrapper around everything the widget shows.
 * @csspart form - The questions.
 * @csspart trait - A group of statements about one trait, and that trait in the result.
 * @csspart error-summary - The list of unanswered statements after an incomplete submit.
 * @csspart result - The result view.
 * @csspart crisis - The "if you need help now" box.
 * @csspart draft - The "Draft a message" panel.
 * @csspart button - Every button.
 *
 * @cssprop --coordinator-check-accent - Buttons, links and selected answers. Default NHS blue `#005eb8`.
 * @cssprop --coordinator-check-text - Text colour. Default `#212b32`.
 * @cssprop --coordinator-check-background - Background. Default `#ffffff`.
 * @cssprop --coordinator-check-border - Borders and dividers. Default `#4c6272`.
 * @cssprop --coordinator-check-radius - Corner radius of boxes and buttons. Default `8px`.
 * @cssprop --coordinator-check-font - Font family. Default: inherited from the page.
 */
export class CoordinatorCheck extends BaseElement {
  static override styles = styles;

  static override properties = {
    region: 'region',
    roleName: 'role-name',
    contactName: 'contact-name',
    contactPhone: 'contact-phone',
    contactEmail: 'contact-email',
    contactUrl: 'contact-url',
    headingLevel: 'heading-level',
    remember: '?remember',
    storageKey: 'storage-key',
    theme: 'theme',
    config: '',
    _answers: '',
    _notes: '',
    _view: '',
    _showErrors: '',
    _message: '',
    _draft: '',
    _fallback: '',
    // The platform owns the `lang` property: the attribute is only watched, and read from the nearest element.
    _langAttribute: 'lang',
  };

  /** Registers the element under `tag`; calling it again, or after another copy did, is harmless. */
  static define(tag = 'coordinator-check', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  private readonly _uid = `coordinator-check-${++instances}`;
  // From parseConfig, with no prototype: a polluted Object.prototype.crisis (or .strings) is never read.
  private _config: ParsedConfig = parseConfig(undefined, warn);
  /** The configuration in force: the `config` property's, else the script child's. */
  private _active = this._config;
  private _scriptConfig: ParsedConfig | undefined;
  private _warnedLang = '';
  private _scriptSource: string | undefined;
  private _strings: Strings = en;
  private _words: RoleWords = roleWords(DEFAULT_ROLE);
  private _traits: Trait[] = [];
  private _region: Region = 'england';
  private _level = 2;
  private _lang = 'en';
  private _contact: ContactConfig | undefined;
  private _focus: string | undefined;
  private _result: CheckResult | undefined;
  /** The answers and notes last written to storage. */
  private _saved: [Answers?, Notes?] = [];
  /** Whether `remember` could store answers: undefined until tried. */
  private _stored: boolean | undefined;
  private readonly _observer = new MutationObserver(() => this._readScript());

  private _answers: Answers = {};
  private _notes: Notes = {};
  private _view: 'form' | 'result' = 'form';
  private _showErrors = false;
  /** The last copy confirmation or failure, announced politely. */
  private _message = '';
  /** The person's own edit of the draft; undefined while it still follows the result. */
  private _draft: string | undefined;
  /** The `lang` attribute on the element itself, watched so the copy follows it. */
  private _langAttribute: string | undefined;
  /** The summary shown for copying by hand when the clipboard was refused. */
  private _fallback = '';

  /** The UK nation whose advice service and crisis lines are shown: england (default), scotland, wales, northern-ireland. */
  region: Region | undefined;

  /** What the service calls the person's professional, e.g. "key worker". Default "care co-ordinator". */
  roleName: string | undefined;

  /** Name of the host's own advice service (e.g. a trust's PALS office), shown instead of the nation's. */
  contactName: string | undefined;

  /** Phone number of the host's advice service; becomes a `tel:` link. */
  contactPhone: string | undefined;

  /** Email address of the host's advice service; becomes a `mailto:` link. */
  contactEmail: string | undefined;

  /** Web page of the host's advice service (`https:` or `http:`). */
  contactUrl: string | undefined;

  /** Level (1-6) of the widget's top heading, to fit the page's outline; inner headings follow. Default 2. */
  headingLevel: string | number | undefined;

  /** Keep answers and notes in this device's localStorage, and offer to clear them. Off by default. */
  remember = false;

  /** Separates the saved answers of several widgets on one site. */
  storageKey: string | undefined;

  /** `auto` follows the device's light or dark setting; anything else stays light. */
  theme: string | undefined;

  /** Copy, languages, traits and contacts beyond the attributes: an object or JSON. See the README. */
  config: CoordinatorCheckConfig | string | undefined;

  /** The result of the last complete submit, or undefined. Read-only; cleared by `reset()` and "Start again". */
  get result(): CheckResult | undefined {
    return this._result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readScript();
    this._observer.observe(this, {childList: true, subtree: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
  }

  protected override willUpdate(changed: ReadonlyMap<string, unknown>): void {
    if (changed.has('config')) this._config = parseConfig(this.config, warn);
    if (changed.has('region')) this._region = pick('region', this.region, REGIONS, 'england');
    if (changed.has('headingLevel')) this._level = Number(pick('heading-level', this.headingLevel, ['1', '2', '3', '4', '5', '6'], '2'));
    if (['contactName', 'contactPhone', 'contactEmail', 'contactUrl'].some((k) => changed.has(k))) {
      this._contact = this._contactFromAttributes();
    }
    const config = (this._active = this.config === undefined ? (this._scriptConfig ?? this._config) : this._config);
    this._strings = this._resolveStrings(config);
    const role = this.roleName?.trim() || DEFAULT_ROLE;
    if (changed.has('roleName') && role.length > LIMITS.text) warn(`role-name is longer than ${LIMITS.text} characters; cut short.`);
    this._words = roleWords(role.slice(0, LIMITS.text));
    this._traits = resolveTraits(this._strings, this._words, config.traits);
    // Answers saved under the old key are not left behind when the key changes.
    if (changed.has('storageKey') && this._stored) {
      this._storage(() => localStorage.removeItem(storageName(changed.get('storageKey') as string)));
      this._saved = [];
    }
    if (this.remember && this._stored === undefined) this._restore();
  }

  protected override updated(): void {
    // Compared by identity: answers and notes are replaced, never changed in place.
    if (this.remember && (this._answers !== this._saved[0] || this._notes !== this._saved[1])) this._save();
    if (this._focus === undefined) return;
    this.renderRoot.getElementById(this._focus)?.focus();
    this._focus = undefined;
  }

  private _readScript(): void {
    const source = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (source === this._scriptSource) return;
    this._scriptSource = source;
    this._scriptConfig = source === undefined ? undefined : parseConfig(source, warn);
    this.requestUpdate();
  }

  private _contactFromAttributes(): ContactConfig | undefined {
    const contact = {name: this.contactName, phone: this.contactPhone, email: this.contactEmail, url: this.contactUrl};
    // Name the attribute the host wrote, not the config path.
    return parseContact(contact, 'contact', (message) => warn(message.replace(/^contact\./, 'contact-')));
  }

  private _resolveStrings(config: ParsedConfig): Strings {
    const lang = (this.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
    const base = lang.split('-')[0]!;
    const has = (k: string) => Object.hasOwn(config.locales, k);
    const key = has(lang) ? lang : has(base) ? base : 'en';
    if (key === 'en' && base !== 'en' && this._langAttribute !== undefined && this._warnedLang !== lang) {
      this._warnedLang = lang;
      warn(`lang="${lang}" has no translation; using English. Accepted: ${['en', ...Object.keys(config.locales)].join(', ')}.`);
    }
    this._lang = key === 'en' ? 'en' : lang;
    // A host's translation wins over its general wording, on a page in that language.
    return mergeStrings<Strings>(en, config.strings, config.locales[key]);
  }

  /** One step with storage. Storage that throws leaves the widget working, unsaved, and says so once. */
  private _storage(step: (name: string) => void): void {
    try {
      step(storageName(this.storageKey));
      // Once storage has failed, the widget keeps saying so: a later write may be a lone success.
      this._stored ??= true;
    } catch (error) {
      if (this._stored !== false) warn(`answers cannot be saved here (${error}); carrying on without saving.`);
      this._stored = false;
      this.requestUpdate();
    }
  }

  private _restore(): void {
    this._storage((name) => {
      const saved = loadSaved(name, warn);
      this._answers = {...saved?.answers, ...this._answers};
      this._notes = {...saved?.notes, ...this._notes};
      // Nothing to write back yet: a configuration with the questions these answer may still be on its way.
      this._saved = [this._answers, this._notes];
    });
  }

  /** Writes the answers and notes for what is shown now; anything else is dropped, with a warning. */
  private _save(): void {
    const answers = keep(this._answers, statementIds(this._traits));
    const notes = keep(this._notes, this._traits.map((t) => t.id));
    const dropped = Object.keys(this._answers).length + Object.keys(this._notes).length > Object.keys({...answers, ...notes}).length;
    this._saved = [(this._answers = answers), (this._notes = notes)];
    this._storage((name) => {
      if (dropped) warn(`some answers saved in "${name}" no longer match a question; those were removed.`);
      if (Object.keys(answers).length || Object.values(notes).some(Boolean)) save(name, {answers, notes});
      else localStorage.removeItem(name);
    });
  }

  private _document(): ResultDocument {
    return describeResult({
      strings: this._strings,
      words: this._words,
      traits: this._traits,
      answers: this._answers,
      notes: this._notes,
      region: this._region,
      contact: this._active.contact ?? this._contact,
      crisis: this._active.crisis,
    });
  }

  // Handlers

  private _onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.statement;
    if (id && input.checked) this._answers = {...this._answers, [id]: input.value as Answer};
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (unansweredIds(this._traits, this._answers).length) {
      this._showErrors = true;
      this._focus = `${this._uid}-errors`;
      this.requestUpdate();
      return;
    }
    this._showErrors = false;
    this._result = this._document().result;
    this._view = 'result';
    this._message = '';
    this._draft = undefined;
    this._focus = `${this._uid}-result`;
    /** @ignore Documented by @fires on the class. */
    this.dispatchEvent(new CoordinatorCheckResultEvent(this._result));
  }

  private _onErrorLink(event: Event, statementId: string): void {
    event.preventDefault();
    const group = this.renderRoot.getElementById(this._domId(statementId));
    group?.scrollIntoView({block: 'center'});
    group?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }

  private _onStartAgain(): void {
    this.reset();
    this._focus = `${this._uid}-heading`;
  }

  private _onClearSaved(): void {
    this._storage((name) => localStorage.removeItem(name));
    this._onStartAgain();
  }

  private _summary(): string {
    const date = this._date(new Date());
    return summaryText(this._document(), this._strings, this._strings.heading(this._words), date);
  }

  /** Copies text; where the clipboard is refused, selects it on screen so the person can copy it. */
  private async _copy(text: string, fallback: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._message = this._strings.copied;
    } catch {
      this._message = this._strings.copyFailed;
      this._fallback = fallback === 'summary' ? text : '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`.${fallback}`)?.select();
    }
  }

  private _download(): void {
    const url = URL.createObjectURL(new Blob([this._summary()], {type: 'text/plain'}));
    // The local date as YYYY-MM-DD, the same day as "Checked on" in the file.
    const date = new Date().toLocaleDateString('sv');
    const link = Object.assign(document.createElement('a'), {href: url, download: `coordinator-check-${date}.txt`});
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private _print(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_PAGE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.toggleAttribute(PRINTING, true);
    // Undone after printing: on phones print() returns before the page is printed.
    addEventListener(
      'afterprint',
      () => {
        this.removeAttribute(PRINTING);
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      },
      {once: true},
    );
    print();
  }

  /** Clears every answer and note (and, with `remember`, what was saved) and shows the questions again. Fires no event. */
  reset(): void {
    this._answers = {};
    this._notes = {};
    this._result = undefined;
    this._showErrors = false;
    this._view = 'form';
    this._message = this._fallback = '';
  }

  // Rendering

  /** A date in the copy's language; English copy is British, so "27 November 2026". */
  private _date(date: Date): string {
    try {
      return date.toLocaleDateString(this._lang === 'en' ? 'en-GB' : this._lang, DATE);
    } catch {
      // A language tag Intl refuses, such as "cy_GB".
      return date.toLocaleDateString('en-GB', DATE);
    }
  }

  private _domId(id: string): string {
    // Ids may hold "." (a host's "trait.statement"): fine in an id, and never read as a selector.
    return `${this._uid}-${id}`;
  }

  /** A heading `offset` levels below the widget's top one; `focusId` names it as a focus target. */
  private _heading(offset: number, content: unknown, focusId?: string): TemplateResult {
    return HEADINGS[Math.min(this._level + offset, 6) - 1]!(focusId ?? nothing, content);
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    return html`<div part="base" class="base ${this.theme === 'auto' ? 'auto' : ''}" lang=${this._lang}>
      ${this._heading(0, s.heading(this._words), `${this._uid}-heading`)}
      ${this._view === 'form' ? this._renderForm() : this._renderResult()}
      ${this.remember
        ? html`<p class="saved">
            ${this._stored === false ? s.storageFailed : s.remembered}
            <button type="button" part="button" class="secondary" @click=${this._onClearSaved}>${s.clearSaved}</button>
          </p>`
        : nothing}
    </div>`;
  }

  private _renderForm(): TemplateResult {
    const s = this._strings;
    const total = statementIds(this._traits).length;
    const unanswered = unansweredIds(this._traits, this._answers);
    const missing = new Set(this._showErrors ? unanswered : []);
    return html`
      <p>${s.intro({...this._words, count: total})}</p>
      ${missing.size ? this._renderErrors(missing) : nothing}
      <form part="form" novalidate @change=${this._onChange} @submit=${this._onSubmit}>
        <p>${s.notSureHint}</p>
        ${this._traits.map(
          (trait, i) => html`<fieldset class="trait" part="trait">
            <legend>${this._heading(1, html`${i + 1}. ${trait.title}`)}</legend>
            ${trait.statements.map((st) => this._renderStatement(st.id, st.text, missing.has(st.id)))}
            ${this._renderNote(trait)}
          </fieldset>`,
        )}
        <p class="progress" role="status">${s.progress({answered: total - unanswered.length, total})}</p>
        <button type="submit" part="button">${s.submit}</button>
      </form>
    `;
  }

  private _renderStatement(id: string, text: string, missing: boolean): TemplateResult {
    const domId = this._domId(id);
    return html`<fieldset class="statement ${missing ? 'invalid' : ''}" id=${domId} aria-describedby=${missing ? `${domId}-error` : nothing}>
      <legend>${text}</legend>
      ${missing
        ? html`<p class="error-message" id="${domId}-error">
            ${this._strings.errorInline}
          </p>`
        : nothing}
      <div class="options">
        ${ANSWERS.map(
          (answer) => html`<label class="option">
            <input type="radio" name=${domId} value=${answer} data-statement=${id} .checked=${this._answers[id] === answer} />
            ${this._strings.answers[answer]}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private _renderNote(trait: Trait): TemplateResult {
    const s = this._strings;
    const id = this._domId(`${trait.id}-note`);
    const note = this._notes[trait.id];
    const set = (value: string) => (this._notes = {...this._notes, [trait.id]: value});
    // The text box is made only once the panel is opened: most people never open it.
    return html`<details class="note" data-trait=${trait.id} ?open=${note !== undefined} @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && note === undefined && set('')}>
      <summary>${s.noteToggle}</summary>
      ${note === undefined
        ? nothing
        : html`<label for=${id}>${s.noteLabel({trait: trait.title})}</label>
            <p class="hint" id="${id}-hint">${s.noteHint}</p>
            <textarea id=${id} rows="3" maxlength="2000" aria-describedby="${id}-hint" .value=${note} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`}
    </details>`;
  }

  private _renderErrors(missing: Set<string>): TemplateResult {
    const s = this._strings;
    return html`<div class="error-summary" part="error-summary" id="${this._uid}-errors" tabindex="-1">
      <div role="alert">
        ${this._heading(1, s.errorTitle)}
        <ul>
          ${this._traits
            .flatMap((t) => t.statements)
            .filter((st) => missing.has(st.id))
            .map(
              (st) => html`<li>
                <a href="#${this._domId(st.id)}" @click=${(e: Event) => this._onErrorLink(e, st.id)}>${s.errorLink({statement: st.text})}</a>
              </li>`,
            )}
        </ul>
      </div>
    </div>`;
  }

  private _renderResult(): TemplateResult {
    const s = this._strings;
    const doc = this._document();
    const date = this._date(new Date(this._result?.completedAt ?? Date.now()));
    return html`<div class="result" part="result">
      ${this._heading(1, s.resultHeading, `${this._uid}-result`)}
      <p>${s.checkedOn({date})}</p>
      <p class="verdict">${doc.verdict}</p>
      ${doc.groups.map(
        (group) => html`<section>
          ${this._heading(2, group.heading)}
          <ul class="traits">
            ${group.lines.map(
              ({trait, status, note}) => html`<li class="trait-result" part="trait">
                <p>
                  <strong>${trait.title}</strong>
                  <span class="status status-${status}"><span class="mark" aria-hidden="true"></span>${s.status[status]}</span>
                </p>
                ${note ? html`<p>${s.yourExample} ${note}</p>` : nothing}
                ${status !== 'met' && trait.suggestions.length
                  ? html`<p>${s.suggestionsIntro}</p>
                      <ul class="suggestions">
                        ${trait.suggestions.map((line) => html`<li>“${line}”</li>`)}
                      </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
      <section>
        ${this._heading(2, s.nextStepsHeading)}
        <ol class="steps">
          ${doc.steps.map((step, i) => html`<li>${step} ${i === doc.steps.length - 1 ? this._renderContact(doc.contact) : nothing}</li>`)}
        </ol>
      </section>
      ${doc.crisis.length
        ? html`<div class="crisis" part="crisis">
            ${this._heading(2, s.crisisHeading)}
            <ul>
              ${doc.crisis.map(
                (line) => html`<li>
                  ${line.label} ${this._link(line.phone, line.phone && telHref(line.phone))} ${this._link(line.url, line.url && safeUrl(line.url))}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this._print}>${s.print}</button>
        <button type="button" part="button" @click=${() => this._copy(this._summary(), 'summary')}>${s.copySummary}</button>
        <button type="button" part="button" @click=${this._download}>${s.download}</button>
      </div>
      <p class="message" role="status">${this._message}</p>
      ${this._fallback
        ? html`<textarea class="summary" readonly rows="8" aria-label=${s.resultHeading} .value=${this._fallback}></textarea>`
        : nothing}
      ${this._renderDraft(doc)}
      <div class="actions">
        <button type="button" part="button" @click=${() => ((this._view = 'form'), (this._focus = `${this._uid}-heading`))}>${s.changeAnswers}</button>
        <button type="button" part="button" class="secondary" @click=${this._onStartAgain}>${s.startAgain}</button>
      </div>
    </div>`;
  }

  private _renderDraft(doc: ResultDocument): TemplateResult {
    const s = this._strings;
    const id = `${this._uid}-draft`;
    const text = this._draft ?? draftText(doc, s);
    const mailto = `mailto:${(this._active.contact ?? this._contact)?.email ?? ''}?subject=${encodeURIComponent(s.draftSubject)}&body=${encodeURIComponent(text)}`;
    return html`<details class="draft" part="draft">
      <summary>${s.draftToggle}</summary>
      <label for=${id}>${s.draftLabel(this._words)}</label>
      <textarea id=${id} class="draft-text" rows="10" .value=${text} @input=${(e: Event) => (this._draft = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="actions">
        <button type="button" part="button" @click=${() => this._copy(text, 'draft-text')}>${s.draftCopy}</button>
        <a class="button" part="button" href=${mailto}>${s.draftEmail}</a>
      </div>
    </details>`;
  }

  private _renderContact(contact: ContactConfig | undefined): TemplateResult | typeof nothing {
    const fields = contactFields(contact, this._strings);
    return fields.length
      ? html`<ul class="contact">
          ${fields.map(([label, value, href]) => html`<li>${label}: ${this._link(value, href)}</li>`)}
        </ul>`
      : nothing;
  }

  /** A link where the value makes a safe one; otherwise the plain text. */
  private _link(value: string | undefined, href: string | undefined): unknown {
    return href ? html`<a href=${href}>${value}</a>` : value;
  }
}
