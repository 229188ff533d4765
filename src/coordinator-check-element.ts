import {html, LitElement, nothing, type TemplateResult} from 'lit';
import type {CoordinatorCheckConfig} from './config/parse-config.js';
import {FocusController} from './controllers/focus-controller.js';
import {HostSettingsController} from './controllers/host-settings-controller.js';
import {SavedAnswersController} from './controllers/saved-answers-controller.js';
import {ScriptConfigController} from './controllers/script-config-controller.js';
import {TakeAwayController} from './controllers/take-away-controller.js';
import {createWarner} from './warnings.js';
import {defineElement} from './define.js';
import {CoordinatorCheckResultEvent} from './events.js';
import type {Region} from './model/regions.js';
import {describeResult, draftText, summaryText, type Notes, type ResultDocument} from './model/result-view.js';
import {needsRaisedQuestion, scoreAnswers, statementIds, unansweredIds} from './model/scoring.js';
import type {Answer, Answers, CheckResult, Raised} from './model/types.js';
import {styles} from './styles.js';
import {checkAnswersView, checkHeadingId} from './views/check-answers-view.js';
import {draftPanelView} from './views/draft-panel-view.js';
import {errorSummaryView} from './views/error-summary-view.js';
import {questionsView} from './views/questions-view.js';
import {raisedQuestionView} from './views/raised-question-view.js';
import {resultPageView} from './views/result-page-view.js';
import {stepHeadingId, stepView} from './views/step-view.js';
import {domId, heading, type ViewContext} from './views/view-context.js';

const DATE: Intl.DateTimeFormatOptions = {dateStyle: 'long'};

/** A removed attribute means "not set", never the string "null". */
const optional = {fromAttribute: (value: string | null) => value ?? undefined};

let instances = 0;

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
 * @attr layout - `steps` (default): one trait at a time, then "Check your answers". `single`: every question on one page.
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
export class CoordinatorCheck extends LitElement {
  static override styles = styles;

  static override properties = {
    region: {converter: optional},
    roleName: {attribute: 'role-name', converter: optional},
    contactName: {attribute: 'contact-name', converter: optional},
    contactPhone: {attribute: 'contact-phone', converter: optional},
    contactEmail: {attribute: 'contact-email', converter: optional},
    contactUrl: {attribute: 'contact-url', converter: optional},
    headingLevel: {attribute: 'heading-level', converter: optional},
    remember: {type: Boolean},
    storageKey: {attribute: 'storage-key', converter: optional},
    theme: {converter: optional},
    layout: {converter: optional},
    config: {attribute: false},
    _answers: {state: true},
    _notes: {state: true},
    _view: {state: true},
    _showErrors: {state: true},
    _step: {state: true},
    _raised: {state: true},
    _includeNotes: {state: true},
    _confirming: {state: true},
    _draft: {state: true},
    // The platform owns the `lang` property: the attribute is only watched, and read from the nearest element.
    _langAttribute: {attribute: 'lang', converter: optional},
  };

  /** Registers the element under `tag`; calling it again, or after another copy did, is harmless. */
  static define(tag = 'coordinator-check', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  private readonly _uid = `coordinator-check-${++instances}`;
  /** Each element's own warnings, capped so a flood of bad input cannot flood the console. */
  private readonly _warn = createWarner();
  private readonly _scriptConfig = new ScriptConfigController(this, this._warn);
  private readonly _focus = new FocusController(this);
  private readonly _takeAway = new TakeAwayController(this);
  private readonly _settings = new HostSettingsController(this, () => this._scriptConfig.value, this._warn);
  private readonly _saved = new SavedAnswersController(
    this,
    {
      read: () => ({answers: this._answers, notes: this._notes}),
      restore: ({answers, notes}) => {
        this._answers = {...answers, ...this._answers};
        this._notes = {...notes, ...this._notes};
      },
      replace: ({answers, notes}) => {
        this._answers = {...answers};
        this._notes = {...notes};
      },
      ids: () => ({statements: statementIds(this._settings.traits), traits: this._settings.traits.map((t) => t.id)}),
    },
    this._warn,
  );

  private _result: CheckResult | undefined;

  private _answers: Answers = {};
  private _notes: Notes = {};
  private _view: 'form' | 'result' = 'form';
  private _showErrors = false;
  /** In the step-by-step layout: the trait shown (0-based), or the number of traits for "Check your answers". */
  private _step = 0;
  /** Set by a "Change" link: Continue goes back to "Check your answers". */
  private _returnToCheck = false;
  /** The person's own edit of the draft; undefined while it still follows the result. */
  private _draft: string | undefined;
  /** The answer to "have you raised it?", asked only when something fell short. */
  private _raised: Raised | undefined;
  /** Whether the draft message carries the person's examples: only if they tick the box. */
  private _includeNotes = false;
  /** "Start again" is waiting for the person to confirm it may clear their saved answers. */
  private _confirming = false;
  /**
   * Language of the copy: the element's own `lang` attribute. Never read: declaring it makes Lit
   * watch the attribute, so the copy follows it (the settings controller reads the nearest `lang`).
   */
  protected _langAttribute: string | undefined;

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

  /** `steps` (default): one trait at a time, then "Check your answers". `single`: every question on one page. */
  layout: string | undefined;

  /** Copy, languages, traits and contacts beyond the attributes: an object or JSON. See the README. */
  config: CoordinatorCheckConfig | string | undefined;

  /** The result of the last complete submit, or undefined. Read-only; cleared by `reset()` and "Start again". */
  get result(): CheckResult | undefined {
    return this._result;
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another part of the page: the nearest `lang` may differ.
    this.requestUpdate();
  }

  private _document(): ResultDocument {
    return describeResult({
      strings: this._settings.strings,
      words: this._settings.words,
      traits: this._settings.traits,
      answers: this._answers,
      notes: this._notes,
      region: this._settings.region,
      contact: this._settings.contact,
      crisis: this._settings.config.crisis,
      raised: this._raised,
      teamCrisis: this._settings.config.teamCrisis,
    });
  }

  private _summary(doc: ResultDocument): string {
    return summaryText(doc, this._settings.strings, this._settings.strings.heading(this._settings.words), this._date(new Date()));
  }

  /** A date in the copy's language; English copy is British, so "27 November 2026". */
  private _date(date: Date): string {
    try {
      return date.toLocaleDateString(this._settings.lang === 'en' ? 'en-GB' : this._settings.lang, DATE);
    } catch {
      // A language tag Intl refuses, such as "cy_GB".
      return date.toLocaleDateString('en-GB', DATE);
    }
  }

  private get _viewContext(): ViewContext {
    return {strings: this._settings.strings, words: this._settings.words, uid: this._uid, level: this._settings.level};
  }

  // Handlers

  private _onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.statement;
    if (id && input.checked) this._answers = {...this._answers, [id]: input.value as Answer};
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    const unanswered = unansweredIds(this._settings.traits, this._answers);
    if (unanswered.length) {
      // Step by step: back to the first step with a gap, flagging only that step's statements.
      if (this._settings.layout === 'steps')
        this._step = this._settings.traits.findIndex((t) => t.statements.some((st) => unanswered.includes(st.id)));
      this._showErrors = true;
      this._focus.focusAfterUpdate(`${this._uid}-errors`);
      return;
    }
    this._showErrors = false;
    // Scored alone: the result view words it when it renders, once.
    this._result = scoreAnswers(this._settings.traits, this._answers, new Date(), this._raised);
    this._view = 'result';
    this._draft = undefined;
    this._includeNotes = this._confirming = false;
    this._takeAway.clear();
    this._focus.focusAfterUpdate(`${this._uid}-result`);
    /** @ignore Documented by @fires on the class. */
    this.dispatchEvent(new CoordinatorCheckResultEvent(this._result));
  }

  private _onContinue(event: Event): void {
    event.preventDefault();
    if (unansweredIds([this._settings.traits[this._step]], this._answers).length) {
      this._showErrors = true;
      this._focus.focusAfterUpdate(`${this._uid}-errors`);
      return;
    }
    this._goTo(this._returnToCheck ? this._settings.traits.length : this._step + 1);
  }

  /**
   * Moves to a step (a trait, or "Check your answers" after the last) and focuses its heading.
   * `returnToCheck`: a "Change" link, so Continue leads straight back to "Check your answers".
   */
  private _goTo(step: number, returnToCheck = false): void {
    this._showErrors = false;
    this._returnToCheck = returnToCheck;
    this._step = step;
    this._view = 'form';
    this._focus.focusAfterUpdate(step < this._settings.traits.length ? stepHeadingId(this._viewContext) : checkHeadingId(this._viewContext));
  }

  private _onErrorLink(event: Event, statementId: string): void {
    event.preventDefault();
    const group = (this.renderRoot as ShadowRoot).getElementById(domId(this._viewContext, statementId));
    group?.scrollIntoView({block: 'center'});
    group?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }

  private _onNote(traitId: string, value: string): void {
    this._notes = {...this._notes, [traitId]: value};
  }

  private _onChangeAnswers(): void {
    if (this._settings.layout === 'steps') return this._goTo(this._settings.traits.length);
    this._view = 'form';
    this._focus.focusAfterUpdate(`${this._uid}-heading`);
  }

  private _needsRaised(): boolean {
    return needsRaisedQuestion(scoreAnswers(this._settings.traits, this._answers));
  }

  /** "Start again" clears saved answers too: with `remember` and something saved, it asks first. */
  private _onStartAgain(confirmed = false): void {
    if (!confirmed && this.remember && this._saved.stored && !this._confirming) {
      this._confirming = true;
      this._focus.focusAfterUpdate(`${this._uid}-confirm`);
      return;
    }
    this.reset();
    this._focus.focusAfterUpdate(this._settings.layout === 'steps' ? stepHeadingId(this._viewContext) : `${this._uid}-heading`);
  }

  private _onClearSaved(): void {
    this._saved.clear();
    // Without `remember` the saved record was an earlier visit's: today's answers stay.
    if (this.remember) this._onStartAgain(true);
  }

  // Public methods

  /** Clears every answer and note (and, with `remember`, what was saved) and shows the questions again. Fires no event. */
  reset(): void {
    this._answers = {};
    this._notes = {};
    this._result = undefined;
    this._showErrors = false;
    this._view = 'form';
    this._step = 0;
    this._returnToCheck = this._confirming = this._includeNotes = false;
    this._raised = undefined;
    this._takeAway.clear();
  }

  // Rendering

  protected override render(): TemplateResult {
    const ctx = this._viewContext;
    const s = this._settings.strings;
    return html`<div part="base" class="base ${this.theme === 'auto' ? 'auto' : ''}" lang=${this._settings.lang}>
      ${heading(ctx, 0, s.heading(this._settings.words), `${this._uid}-heading`)}
      ${this._view === 'form' ? this._renderQuestions(ctx) : this._renderResult(ctx)}
      ${this._renderSaved()}
    </div>`;
  }

  /** What is saved on this device, and the person's say over it. */
  private _renderSaved(): TemplateResult | typeof nothing {
    const s = this._settings.strings;
    const saved = this._saved;
    const clear = html`<button type="button" part="button" class="secondary" @click=${this._onClearSaved}>${s.clearSaved}</button>`;
    if (!this.remember) return saved.hasRecord ? html`<p class="saved">${s.savedEarlier} ${clear}</p>` : nothing;
    if (saved.offered) {
      return html`<div class="saved" role="status">
        <p>${s.storageChanged}</p>
        <button type="button" part="button" @click=${() => saved.loadOffered()}>${s.storageLoad}</button>
        <button type="button" part="button" class="secondary" @click=${() => saved.keepMine()}>${s.storageKeep}</button>
      </div>`;
    }
    const line = saved.stored === false ? s.storageFailed : saved.paused ? s.storagePaused : s.remembered;
    return html`<p class="saved">${line} ${clear}</p>`;
  }

  private _renderQuestions(ctx: ViewContext): TemplateResult {
    if (this._settings.layout === 'steps') return this._renderStep(ctx);
    const total = statementIds(this._settings.traits).length;
    const unanswered = unansweredIds(this._settings.traits, this._answers);
    const missing = new Set(this._showErrors ? unanswered : []);
    const errors = this._settings.traits.flatMap((t) => t.statements).filter((st) => missing.has(st.id));
    return html`<p>${this._settings.strings.intro({...this._settings.words, count: total})}</p>
      ${this._errorSummary(ctx, errors)}
      ${questionsView(ctx, {
        extra: this._renderRaised(ctx),
        traits: this._settings.traits,
        answers: this._answers,
        notes: this._notes,
        missing,
        answered: total - unanswered.length,
        total,
        onChange: (e) => this._onChange(e),
        onSubmit: (e) => this._onSubmit(e),
        onNote: (id, value) => this._onNote(id, value),
      })}`;
  }

  private _renderStep(ctx: ViewContext): TemplateResult {
    const total = this._settings.traits.length + 1;
    const onNote = (id: string, value: string) => this._onNote(id, value);
    if (this._step >= this._settings.traits.length) {
      return html`${checkAnswersView(ctx, {
        extra: this._renderRaised(ctx),
        traits: this._settings.traits,
        answers: this._answers,
        step: total,
        total,
        onChange: (index) => this._goTo(index, true),
        onSubmit: (e) => this._onSubmit(e),
        onBack: () => this._goTo(this._settings.traits.length - 1),
      })}`;
    }
    const trait = this._settings.traits[this._step];
    const missing = new Set(this._showErrors ? unansweredIds([trait], this._answers) : []);
    return html`${this._step === 0 ? html`<p>${this._settings.strings.intro({...this._settings.words, count: statementIds(this._settings.traits).length})}</p>` : nothing}
      ${stepView(ctx, {
        trait,
        step: this._step + 1,
        total,
        answers: this._answers,
        notes: this._notes,
        missing,
        errors: this._errorSummary(
          ctx,
          trait.statements.filter((st) => missing.has(st.id)),
        ),
        onChange: (e) => this._onChange(e),
        onContinue: (e) => this._onContinue(e),
        onBack: this._step > 0 ? () => this._goTo(this._step - 1) : undefined,
        onNote,
      })}`;
  }

  private _errorSummary(ctx: ViewContext, statements: readonly {id: string; text: string}[]): TemplateResult | typeof nothing {
    return statements.length ? errorSummaryView(ctx, statements, (e, id) => this._onErrorLink(e, id)) : nothing;
  }

  /** "Have you raised it?": optional, and asked only when something fell short (unanswered counts as not yet). */
  private _renderRaised(ctx: ViewContext): TemplateResult | typeof nothing {
    return this._needsRaised() ? raisedQuestionView(ctx, this._raised, (value) => (this._raised = value)) : nothing;
  }

  private _renderResult(ctx: ViewContext): TemplateResult {
    const doc = this._document();
    const date = this._date(new Date(this._result?.completedAt ?? Date.now()));
    const text = this._draft ?? draftText(doc, this._settings.strings, {includeNotes: this._includeNotes});
    const draft = draftPanelView(ctx, {
      includeNotes: this._includeNotes,
      edited: this._draft !== undefined,
      onIncludeNotes: (value) => (this._includeNotes = value),
      text,
      email: this._settings.contact?.email,
      onInput: (value) => (this._draft = value),
      onCopy: (value) => void this._takeAway.copy(value, this._settings.strings, 'draft-text'),
    });
    return resultPageView(
      ctx,
      {
        doc,
        date,
        message: this._takeAway.message,
        fallback: this._takeAway.fallback,
        confirming: this._confirming,
        draft,
      },
      {
        onPrint: () =>
          this._takeAway.print({
            doc,
            strings: this._settings.strings,
            title: this._settings.strings.heading(this._settings.words),
            date,
            lang: this._settings.lang,
          }),
        onCopy: () => void this._takeAway.copy(this._summary(doc), this._settings.strings, 'summary'),
        onDownload: () => this._takeAway.download(this._summary(doc), this._settings.strings),
        onChangeAnswers: () => this._onChangeAnswers(),
        onStartAgain: () => this._onStartAgain(),
        onConfirmStartAgain: () => this._onStartAgain(true),
        onCancelStartAgain: () => {
          this._confirming = false;
          this._focus.focusAfterUpdate(`${this._uid}-start-again`);
        },
      },
    );
  }
}
