import {LIMITS, parseContact} from '../config/parse-config.js';
import {safeUrl} from '../internal/links.js';
import {REGIONS} from '../model/regions.js';

/**
 * What a page of the widget's own makes of its URL: the embed page (`dist/embed.html`, in a host's
 * iframe) and the check page (`dist/check.html`, visited directly from a link, a button or a QR code).
 */
export interface EmbedParams {
  /** Attributes for the `<coordinator-check>` element, each already checked. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The `config` parameter as JSON text, for the widget to check with its own parser (`parseConfig`). */
  readonly config?: string;
  /** The only origin the page will post to (size and result); undefined: it posts nothing. */
  readonly origin?: string;
  /** The check page only: an http(s) address to go back to, shown as "Back to" and its host's name. */
  readonly back?: string;
}

/** Which page reads the URL: `embed` takes `origin` (where to post), `check` takes `back` (a link home). */
export type PageKind = 'embed' | 'check';

type Warn = (message: string) => void;

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  region: REGIONS,
  'heading-level': ['1', '2', '3', '4', '5', '6'],
  theme: ['light', 'auto'],
};
const CONTACT = ['contact-name', 'contact-phone', 'contact-email', 'contact-url'] as const;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$/i;

/** An origin such as `https://blog.example` (no path, no query); anything else is undefined. */
export function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the query string of the embed page or the check page. Every value is checked as the widget
 * checks it (the contact by `parseContact`, `config` later by the widget's `parseConfig`); whatever is
 * wrong is named in a warning and left out.
 */
export function parseEmbedParams(search: string, warn: Warn, page: PageKind = 'embed'): EmbedParams {
  const params = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  let config: string | undefined;
  let origin: string | undefined;
  let back: string | undefined;
  const contact: Record<string, string> = {};
  const pageName = page === 'embed' ? 'the embed page' : 'the check page';
  // Each parameter counts once, whether or not its first value could be used.
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      warn(`${key} is given twice; the first is used.`);
      continue;
    }
    seen.add(key);
    if (key === 'heading-level' && page === 'check') {
      // The page's own title is its only h1, and the check's heading comes under it.
      warn('heading-level is set by the check page itself, under its own title; ignored.');
    } else if (CHOICES[key]) {
      if (CHOICES[key].includes(value)) attributes[key] = value;
      else warn(`${key}="${value}" is not known; ignored. Accepted: ${CHOICES[key].join(', ')}.`);
    } else if (key === 'role-name') {
      if (value.trim() && value.length <= LIMITS.roleName) attributes[key] = value.trim();
      else warn(`role-name should be 1 to ${LIMITS.roleName} characters; ignored.`);
    } else if (key === 'lang') {
      if (LANG.test(value)) attributes[key] = value;
      else warn(`lang="${value}" is not a language tag; ignored.`);
    } else if ((CONTACT as readonly string[]).includes(key)) {
      contact[key.slice('contact-'.length)] = value;
    } else if (key === 'config') {
      config = value;
    } else if (key === 'origin' && page === 'embed') {
      origin = parseOrigin(value);
      if (!origin) warn(`origin="${value}" is not an origin such as https://blog.example; nothing will be sent to the page.`);
    } else if (key === 'back' && page === 'check') {
      back = safeUrl(value);
      if (!back) warn(`back="${value}" is not a web address (https: or http:); no "Back to" link is shown.`);
    } else {
      warn(`${key} is not a parameter ${pageName} knows; ignored.`);
    }
  }
  // The same check as the contact-* attributes and the `contact` key: only safe links survive.
  const checked = Object.keys(contact).length ? parseContact(contact, 'contact', warn) : undefined;
  for (const [key, value] of Object.entries(checked ?? {})) attributes[`contact-${key}`] = value as string;
  return {attributes, ...(config !== undefined ? {config} : {}), ...(origin ? {origin} : {}), ...(back ? {back} : {})};
}

/** The messages the embed page posts to the origin its host named. */
export type EmbedMessage =
  {readonly type: 'coordinator-check:size'; readonly height: number} | {readonly type: 'coordinator-check:result'; readonly detail: unknown};
