import {LitElement, type PropertyDeclarations} from 'lit';
import type {Region} from '../model/regions.js';
import type {CoordinatorCheckConfig} from './parse-config.js';

/** A removed attribute means "not set", never the string "null". */
const optional = {fromAttribute: (value: string | null) => value ?? undefined};

/**
 * What a host sets on `<coordinator-check>`: every public attribute and property, declared once
 * here with its documentation. The element extends this; the controllers that read the settings
 * take it as their host, so none of them declares an attribute again.
 */
export class HostAttributes extends LitElement {
  static override properties: PropertyDeclarations = {
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
    // The platform owns the `lang` property: the attribute is only watched, and read from the nearest element.
    _langAttribute: {attribute: 'lang', converter: optional},
  };

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

  /** Keep answers, notes and past checks in this device's localStorage, and offer to clear them. Off by default. */
  remember = false;

  /** Separates the saved answers of several widgets on one site. */
  storageKey: string | undefined;

  /** `auto` follows the device's light or dark setting; anything else stays light. */
  theme: string | undefined;

  /** `steps` (default): one trait at a time, then "Check your answers". `single`: every question on one page. */
  layout: string | undefined;

  /** Copy, languages, traits and contacts beyond the attributes: an object or JSON. See the README. */
  config: CoordinatorCheckConfig | string | undefined;

  // Never read: declared so Lit watches the attribute and the copy follows it (the platform owns `lang`).
  /** Language of the copy; default the nearest `lang` on the page, then English. */
  protected _langAttribute: string | undefined;
}
