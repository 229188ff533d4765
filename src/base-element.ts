import {render, type TemplateResult} from 'lit/html.js';

/**
 * The part of LitElement this widget needs, in a fraction of its size: reactive properties read
 * from attributes, one batched render per microtask with Lit's templates, `updateComplete`, and a
 * shared adopted stylesheet. ReactiveElement would cost 2.7 KB of a 14 KB gzip budget.
 *
 * `static properties` maps each reactive property to the attribute it reads: `''` for none, and a
 * leading `?` for a boolean attribute.
 */
export abstract class BaseElement extends HTMLElement {
  static properties: Readonly<Record<string, string>> = {};
  static styles = '';

  static get observedAttributes(): string[] {
    return Object.values(this.properties)
      .filter(Boolean)
      .map((a) => a.replace('?', ''));
  }

  /** Resolves once the pending render has finished. */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  readonly renderRoot: ShadowRoot;
  private _values: Record<string, unknown> = {};
  private _changed = new Map<string, unknown>();
  private _queued = false;
  /** Properties set on the element before it was upgraded: applied once it connects. */
  private _early: Record<string, unknown> | undefined = {};

  constructor() {
    super();
    const ctor = this.constructor as typeof BaseElement & {_sheet?: CSSStyleSheet};
    for (const name of Object.keys(ctor.properties)) {
      if (!Object.hasOwn(ctor.prototype, name)) {
        Object.defineProperty(ctor.prototype, name, {
          get(this: BaseElement) {
            return this._values[name];
          },
          set(this: BaseElement, value: unknown) {
            const old = this._values[name];
            if (value === old) return;
            this._values[name] = value;
            this.requestUpdate(name, old);
          },
        });
      }
      // A framework may have set a property before the element was defined: keep it for later.
      if (Object.hasOwn(this, name)) {
        this._early![name] = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
      }
    }
    this.renderRoot = this.attachShadow({mode: 'open'});
    if (!ctor._sheet) {
      ctor._sheet = new CSSStyleSheet();
      ctor._sheet.replaceSync(ctor.styles);
    }
    this.renderRoot.adoptedStyleSheets = [ctor._sheet];
  }

  connectedCallback(): void {
    if (this._early) Object.assign(this, this._early);
    this._early = undefined;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const {properties} = this.constructor as typeof BaseElement;
    for (const name in properties) {
      const attr = properties[name]!;
      if (attr === attribute) (this as unknown as Record<string, unknown>)[name] = value ?? undefined;
      else if (attr === `?${attribute}`) (this as unknown as Record<string, unknown>)[name] = value !== null;
    }
  }

  /** Schedules a render; `name` and `old` record what changed for `willUpdate` and `updated`. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name && !this._changed.has(name)) this._changed.set(name, old);
    if (this._queued) return;
    this._queued = true;
    this.updateComplete = Promise.resolve().then(() => {
      this._queued = false;
      // Like Lit, render only once connected; changes wait for then.
      if (this._early) return true;
      const changed = this._changed;
      this._changed = new Map();
      this.willUpdate(changed);
      render(this.render(), this.renderRoot, {host: this});
      this.updated(changed);
      return !this._queued;
    });
  }

  /** Runs before each render: derive state from what changed. */
  protected willUpdate(_changed: ReadonlyMap<string, unknown>): void {}

  /** Runs after each render, with what changed. */
  protected updated(_changed: ReadonlyMap<string, unknown>): void {}

  protected abstract render(): TemplateResult;
}
