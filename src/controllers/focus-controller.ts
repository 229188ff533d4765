import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Moves focus to an element of the host's shadow root once the next render is on screen. */
export class FocusController implements ReactiveController {
  private readonly _host: Host;
  private _target: string | undefined;

  constructor(host: Host) {
    this._host = host;
    host.addController(this);
  }

  /** Focuses the element with this id after the next update. */
  focusAfterUpdate(id: string): void {
    this._target = id;
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (this._target === undefined) return;
    const target = (this._host.renderRoot as ShadowRoot).getElementById(this._target);
    this._target = undefined;
    if (!target) return;
    // Scrolled only when off screen, so the page does not jump under a person who can see the target.
    target.focus({preventScroll: true});
    const {top, bottom} = target.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) target.scrollIntoView({block: 'start'});
  }
}
