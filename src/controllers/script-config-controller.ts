import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {parseConfig, type ParsedConfig} from '../config/parse-config.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Reads the host's configuration from a `<script type="application/json">` child, and reads it again
 * whenever that child is added, removed or edited. A blogger can configure the widget without code.
 */
export class ScriptConfigController implements ReactiveController {
  /** The parsed configuration, or undefined while there is no script child. */
  private _value: ParsedConfig | undefined;

  private readonly _host: Host;
  private readonly _warn: (message: string) => void;
  private _source: string | undefined;
  private readonly _observer = new MutationObserver(() => this._read());

  constructor(host: Host, warn: (message: string) => void) {
    this._host = host;
    this._warn = warn;
    host.addController(this);
  }

  get value(): ParsedConfig | undefined {
    return this._value;
  }

  hostConnected(): void {
    this._read();
    this._observer.observe(this._host, {childList: true, subtree: true, characterData: true});
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }

  private _read(): void {
    const source = this._host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    // Unchanged text is not parsed again, so its warnings are not repeated.
    if (source === this._source) return;
    this._source = source;
    this._value = source === undefined ? undefined : parseConfig(source, this._warn);
    this._host.requestUpdate();
  }
}
