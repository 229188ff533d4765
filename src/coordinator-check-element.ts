import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {mailtoHref, safeUrl, telHref} from './config/links.js';
import {
  mergeStrings,
  parseConfig,
  parseContact,
  type ContactConfig,
  type CoordinatorCheckConfig,
  type CrisisLineConfig,
  type ParsedConfig,
} from './config/parse-config.js';
import {CoordinatorCheckResultEvent} from './events.js';
import {en} from './locales/en.js';
import type {RoleWords, Strings} from './locales/strings.js';
import {REGION_FACTS, REGIONS, type Region} from './model/regions.js';
import {resolveTraits, roleWords} from './model/resolve.js';
import {scoreAnswers, unansweredIds} from './model/scoring.js';
import {ANSWERS, type Answer, type Answers, type CheckResult, type Trait, type TraitStatus} from './model/types.js';
import {styles} from './styles.js';

// One template per level: smaller than lit/static-html, and no markup is ever built from a string.
const HEADINGS: readonly ((id: string | typeof nothing, tabindex: string | typeof nothing, content: unknown) => TemplateResult)[] = [
  (id, t, c) => html`<h1 class="heading" id=${id} tabindex=${t}>${c}</h1>`,
  (id, t, c) => html`<h2 class="heading" id=${id} tabindex=${t}>${c}</h2>`,
  (id, t, c) => html`<h3 class="heading" id=${id} tabindex=${t}>${c}</h3>`,
  (id, t, c) => html`<h4 class="heading" id=${id} tabindex=${t}>${c}</h4>`,
  (id, t, c) => html`<h5 class="heading" id=${id} tabindex=${t}>${c}</h5>`,
  (id, t, c) => html`<h6 class="heading" id=${id} tabindex=${t}>${c}</h6>`,
];
const DEFAULT_ROLE = 'care co-ordinator';
const GROUPS: readonly {statuses: readonly TraitStatus[]; heading: (s: Strings) => string}[] = [
  {statuses: ['met'], heading: (s) => s.goingWell},
  {statuses: ['not-met', 'partly-met'], heading: (s) => s.couldBeBetter},
  {statuses: ['unsure'], heading: (s) => s.notSureHeading},
];

let instances = 0;

const warn = (message: string) => console.warn(`<coordinator-check>: ${message}`);

/**
 * `<coordinator-check>`: a short check of how well a person's care co-ordinator is doing on the five
 * things that matter most, with a clear result and next steps. Answers never leave the device.
 *
 * @summary Check how well your care co-ordinator is doing, and what to do next.
 *
 * @fires coordinator-check-result - The person submitted a complete check. `detail` is a `CheckResult`.
 *
 * @csspart base - The wrapper around everything the widget shows.
 * @csspart form - The questions.
 * @csspart trait - A group of statements about one trait, and that trait in the result.
 * @csspart error-summary - The list of unanswered statements after an incomplete submit.
 * @csspart result - The result view.
 * @csspart crisis - The "if you need help now" box.
 * @csspart button - Every button.
 *
 * @cssprop --coordinator-check-accent - Buttons, links and selected radios. Default NHS blue `#005eb8`.
 * @cssprop --coordinator-check-text - Text colour. Default `#212b32`.
 * @cssprop --coordinator-check-background - Background. Default `#ffffff`.
 * @cssprop --coordinator-check-border - Borders and dividers. Default `#4c6272`.
 * @cssprop --coordinator-check-radius - Corner radius of boxes and buttons. Default `8px`.
 * @cssprop --coordinator-check-font - Font family. Default: inherited from the page.
 */
export class CoordinatorCheck extends LitElement {
  static override styles = styles;

  /** Registers the element under `tag`; calling it again, or after another copy did, is harmless. */
  static define(tag = 'coordinator-check', registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    // A subclass, so one class can be registered under more than one tag.
    registry.define(tag, class extends this {});
  }

  private readonly uid = `coordinator-check-${++instances}`;
  private parsedConfig: ParsedConfig = {locales: {}, traits: []};
  private scriptConfig: ParsedConfig | undefined;
  private strings: Strings = en;
  private words: RoleWords = roleWords(DEFAULT_ROLE);
  private traits: Trait[] = [];
  private validRegion: Region = 'england';
  private level = 2;
  private hostContact: ContactConfig | undefined;
  private pendingFocus: string | undefined;
  private lastResult: CheckResult | undefined;  private scriptSource: string | undefined;
  private localeLang = 'en';
  private readonly observer = new MutationObserver(() => this.readScriptConfig());

  @state() private answers: Answers = {};
  @state() private view: 'form' | 'result' = 'form';
  @state() private showErrors = false;

  /** The UK nation whose advice service and crisis lines are shown. */
  @property() region: Region = 'england';

  /** What the service calls the person's professional, e.g. "key worker". */
  @property({attribute: 'role-name'}) roleName = DEFAULT_ROLE;

  /** Name of the host's own advice service (e.g. a trust's PALS office), shown instead of the nation's. */
  @property({attribute: 'contact-name'}) contactName = '';

  /** Phone number of the host's advice service; becomes a `tel:` link. */
  @property({attribute: 'contact-phone'}) contactPhone = '';

  /** Email address of the host's advice service; becomes a `mailto:` link. */
  @property({attribute: 'contact-email'}) contactEmail = '';

  /** Web page of the host's advice service (`https:` or `http:`). */
  @property({attribute: 'contact-url'}) contactUrl = '';

  /** Level (1-6) of the widget's top heading, to fit the page's outline. Inner headings follow. */
  @property({attribute: 'heading-level'}) headingLevel: string | number = 2;

  /** Everything beyond the attributes: copy, languages, traits, contacts. See the README for the schema. */
  @property({attribute: false}) config: CoordinatorCheckConfig | string | undefined;

  /** The result of the last complete submit, or undefined. Read-only; cleared by `reset()` and "Start again". */
  get result(): CheckResult | undefined {
    return this.lastResult;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is the platform's own property, so Lit does not watch it for us.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScriptConfig();
    this.observer.observe(this, {childList: true, subtree: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.parsedConfig = parseConfig(this.config, warn);
    if (changed.has('region')) this.validRegion = this.checkRegion();
    if (changed.has('headingLevel')) this.level = this.checkHeadingLevel();
    if (changed.has('contactName') || changed.has('contactPhone') || changed.has('contactEmail') || changed.has('contactUrl')) {
      this.hostContact = this.contactFromAttributes();
    }
    const config = this.config === undefined ? (this.scriptConfig ?? this.parsedConfig) : this.parsedConfig;
    this.strings = this.resolveStrings(config);
    this.words = roleWords(this.roleName.trim() || DEFAULT_ROLE);
    this.traits = resolveTraits(this.strings, this.words, config.traits);
    this.activeConfig = config;
  }

  private activeConfig: ParsedConfig = this.parsedConfig;

  protected override updated(): void {
    if (this.pendingFocus === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`);
    this.pendingFocus = undefined;
    target?.focus();
  }

  private readScriptConfig(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const source = script?.textContent ?? undefined;
    if (source === this.scriptSource) return;
    this.scriptSource = source;
    this.scriptConfig = source === undefined ? undefined : parseConfig(source, warn);
    this.requestUpdate();
  }

  private checkRegion(): Region {
    if ((REGIONS as readonly string[]).includes(this.region)) return this.region;
    warn(`region="${this.region}" is not known; using "england". Accepted: ${REGIONS.join(', ')}.`);
    return 'england';
  }

  private checkHeadingLevel(): number {
    const level = Number(this.headingLevel);
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    warn(`heading-level="${this.headingLevel}" is not known; using 2. Accepted: 1, 2, 3, 4, 5, 6.`);
    return 2;
  }

  private contactFromAttributes(): ContactConfig | undefined {
    const {contactName: name, contactPhone: phone, contactEmail: email, contactUrl: url} = this;
    if (!name && !phone && !email && !url) return undefined;
    const contact = {...(name && {name}), ...(phone && {phone}), ...(email && {email}), ...(url && {url})};
    // Name the attribute the host wrote, not the config path.
    return parseContact(contact, 'contact', (message) => warn(message.replace(/^contact\./, 'contact-')));
  }

  private resolveStrings(config: ParsedConfig): Strings {
    const lang = (this.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
    const base = lang.split('-')[0]!;
    const key = config.locales[lang] ? lang : config.locales[base] ? base : 'en';
    if (key === 'en' && base !== 'en' && this.hasAttribute('lang')) {
      const accepted = ['en', ...Object.keys(config.locales)].join(', ');
      warn(`lang="${lang}" has no translation; using English. Accepted: ${accepted}.`);
    }
    this.localeLang = key === 'en' ? 'en' : lang;
    return mergeStrings<Strings>(en, config.locales[key], config.strings);
  }

  // Handlers

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.statement;
    if (!id || !input.checked) return;
    this.answers = {...this.answers, [id]: input.value as Answer};
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (unansweredIds(this.traits, this.answers).length) {
      this.showErrors = true;
      this.pendingFocus = `${this.uid}-errors`;
      this.requestUpdate();
      return;
    }
    this.showErrors = false;
    this.lastResult = scoreAnswers(this.traits, this.answers);
    this.view = 'result';
    this.pendingFocus = `${this.uid}-result`;
    this.dispatchEvent(new CoordinatorCheckResultEvent(structuredClone(this.lastResult)));
  }

  private onErrorLink(event: Event, statementId: string): void {
    event.preventDefault();
    const group = this.renderRoot.querySelector(`#${CSS.escape(this.statementDomId(statementId))}`);
    const input = group?.querySelector<HTMLInputElement>('input:checked, input');
    group?.scrollIntoView({block: 'center'});
    input?.focus();
  }

  private onChangeAnswers(): void {
    this.view = 'form';
    this.pendingFocus = `${this.uid}-heading`;
  }

  private onStartAgain(): void {
    this.reset();
    this.pendingFocus = `${this.uid}-heading`;
  }

  /** Clears every answer and shows the questions again. Fires no event. */
  reset(): void {
    this.answers = {};
    this.lastResult = undefined;
    this.showErrors = false;
    this.view = 'form';
  }

  // Rendering

  private statementDomId(statementId: string): string {
    return `${this.uid}-${statementId.replace(/[^\w-]/g, '_')}`;
  }

  /** A heading `offset` levels below the widget's top one; `focusId` makes it a focus target. */
  private heading(offset: number, content: unknown, focusId?: string): TemplateResult {
    return HEADINGS[Math.min(this.level + offset, 6) - 1]!(focusId ?? nothing, focusId ? '-1' : nothing, content);
  }

  override render(): TemplateResult {
    const s = this.strings;
    return html`<div part="base" class="base" lang=${this.localeLang}>
      ${this.heading(0, s.heading(this.words), `${this.uid}-heading`)}
      ${this.view === 'form' ? this.renderForm() : this.renderResult()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const s = this.strings;
    const total = this.traits.reduce((n, t) => n + t.statements.length, 0);
    const unanswered = unansweredIds(this.traits, this.answers);
    const missing = new Set(this.showErrors ? unanswered : []);
    return html`
      <p>${s.intro({...this.words, count: total})}</p>
      <p>${s.privacy}</p>
      ${missing.size ? this.renderErrorSummary(missing) : nothing}
      <form part="form" novalidate @change=${this.onChange} @submit=${this.onSubmit}>
        <p class="hint">${s.notSureHint}</p>
        ${this.traits.map(
          (trait, i) => html`<fieldset class="trait" part="trait">
            <legend>${this.heading(1, html`<span class="number">${i + 1}.</span> ${trait.title}`)}</legend>
            ${trait.statements.map((statement) => this.renderStatement(statement.id, statement.text, missing.has(statement.id)))}
          </fieldset>`,
        )}
        <p class="progress" role="status">
          ${s.progress({answered: total - unanswered.length, total})}
        </p>
        <button type="submit" part="button">${s.submit}</button>
      </form>
    `;
  }

  private renderStatement(id: string, text: string, missing: boolean): TemplateResult {
    const domId = this.statementDomId(id);
    return html`<fieldset
      class="statement ${missing ? 'invalid' : ''}"
      id=${domId}
      aria-describedby=${missing ? `${domId}-error` : nothing}
    >
      <legend>${text}</legend>
      ${missing
        ? html`<p class="error-message" id="${domId}-error">
            <span class="visually-hidden">${this.strings.errorTitle}:</span> ${this.strings.errorInline}
          </p>`
        : nothing}
      <div class="options">
        ${ANSWERS.map(
          (answer) => html`<label class="option">
            <input
              type="radio"
              name=${domId}
              value=${answer}
              data-statement=${id}
              .checked=${this.answers[id] === answer}
            />
            <span>${this.strings.answers[answer]}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderErrorSummary(missing: Set<string>): TemplateResult {
    const s = this.strings;
    const statements = this.traits.flatMap((t) => t.statements).filter((st) => missing.has(st.id));
    return html`<div class="error-summary" part="error-summary" id="${this.uid}-errors" tabindex="-1">
      <div role="alert">
        ${this.heading(1, s.errorTitle)}
        <ul>
          ${statements.map(
            (st) => html`<li>
              <a href="#${this.statementDomId(st.id)}" @click=${(e: Event) => this.onErrorLink(e, st.id)}
                >${s.errorLink({statement: st.text})}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderResult(): TemplateResult {
    const s = this.strings;
    const result = scoreAnswers(this.traits, this.answers);
    const status = new Map(result.traits.map((t) => [t.id, t.status]));
    const values = {...this.words, count: this.traits.length};
    return html`<div class="result" part="result">
      ${this.heading(1, s.resultHeading, `${this.uid}-result`)}
      <p class="verdict">${s.verdict[result.verdict](values)}</p>
      ${GROUPS.map(({statuses, heading}) => {
        const traits = this.traits.filter((t) => statuses.includes(status.get(t.id)!));
        return traits.length
          ? html`<section>
              ${this.heading(2, heading(s))}
              <ul class="traits">
                ${traits.map((t) => this.renderTraitResult(t, status.get(t.id)!))}
              </ul>
            </section>`
          : nothing;
      })}
      ${this.renderNextSteps(result.verdict === 'excellent')}
      ${this.renderCrisis()}
      <div class="actions">
        <button type="button" part="button" @click=${this.onChangeAnswers}>${s.changeAnswers}</button>
        <button type="button" part="button" class="secondary" @click=${this.onStartAgain}>${s.startAgain}</button>
      </div>
    </div>`;
  }

  private renderTraitResult(trait: Trait, status: TraitStatus): TemplateResult {
    const s = this.strings;
    return html`<li class="trait-result" part="trait">
      <p>
        <strong>${trait.title}</strong>
        <span class="status status-${status}"><span class="mark" aria-hidden="true"></span>${s.status[status]}</span>
      </p>
      ${status !== 'met' && trait.suggestions.length
        ? html`<p>${s.suggestionsIntro}</p>
            <ul class="suggestions">
              ${trait.suggestions.map((line) => html`<li>“${line}”</li>`)}
            </ul>`
        : nothing}
    </li>`;
  }

  private renderNextSteps(excellent: boolean): TemplateResult {
    const s = this.strings;
    if (excellent) return html`<section>${this.heading(2, s.nextStepsHeading)}<p>${s.stepKeepGoing(this.words)}</p></section>`;
    const advice = s.advice[this.validRegion];
    const contact = this.activeConfig.contact ?? this.hostContact;
    const advicePhone = REGION_FACTS[this.validRegion].advicePhone;
    return html`<section>
      ${this.heading(2, s.nextStepsHeading)}
      <ol class="steps">
        <li>${s.stepTalk(this.words)}</li>
        <li>${s.stepManager(this.words)}</li>
        <li>
          ${s.stepAdvice({...this.words, service: contact?.name ?? advice.name})}
          ${contact ? this.renderContact(contact) : html`${advice.about(this.words)} ${advicePhone ? this.renderContact({name: advice.name, phone: advicePhone}) : nothing}`}
        </li>
      </ol>
    </section>`;
  }

  private renderContact(contact: ContactConfig): TemplateResult {
    const s = this.strings;
    const link = (label: string, text: string | undefined, href: string | undefined) =>
      text ? html`<li>${label}: ${href ? html`<a href=${href}>${text}</a>` : text}</li>` : nothing;
    return html`<ul class="contact">
      ${link(s.contactPhone, contact.phone, contact.phone && telHref(contact.phone))}
      ${link(s.contactEmail, contact.email, contact.email && mailtoHref(contact.email))}
      ${link(s.contactWeb, contact.url, contact.url && safeUrl(contact.url))}
    </ul>`;
  }

  private renderCrisis(): TemplateResult | typeof nothing {
    const s = this.strings;
    const configured = this.activeConfig.crisis;
    if (configured === false) return nothing;
    const lines: readonly CrisisLineConfig[] =
      configured ?? REGION_FACTS[this.validRegion].crisis.map(({id, phone}) => ({label: s.crisis[id], phone}));
    return html`<aside class="crisis" part="crisis" aria-label=${s.crisisHeading}>
      ${this.heading(2, s.crisisHeading)}
      <ul>
        ${lines.map(
          (line) => html`<li>
            ${line.label}
            ${line.phone ? html`<a href=${telHref(line.phone) ?? nothing}>${line.phone}</a>` : nothing}
            ${line.url && safeUrl(line.url) ? html`<a href=${safeUrl(line.url)!}>${line.url}</a>` : nothing}
          </li>`,
        )}
      </ul>
    </aside>`;
  }
}
