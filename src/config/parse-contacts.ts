import {cleanEmail, safeUrl, telHref} from '../internal/links.js';
import {isObject, LIMITS, list, text, type Obj, type Warn} from './config-checks.js';
import {ownCopy} from '../internal/own-copy.js';
import type {ContactConfig, CrisisLineConfig, TeamCrisisConfig} from '../model/contacts.js';

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
export function parseCrisis(value: unknown, warn: Warn): readonly CrisisLineConfig[] | false | undefined {
  if (value === false) return false;
  if (!Array.isArray(value)) return void warn("crisis should be a list of lines, or false to hide the box; the nation's lines are shown.");
  const lines = list(value, 'crisis', LIMITS.crisisLines, warn, (v, path) =>
    isObject(v) ? crisisLine(v, path, warn) : void warn(`${path} should be an object; ignored.`),
  );
  if (!lines.length) return void warn("crisis has no usable line; the nation's lines are shown.");
  return lines;
}

export function parseTeamCrisis(value: unknown, warn: Warn): TeamCrisisConfig | undefined {
  if (!isObject(value)) return void warn('teamCrisis should be an object such as {"phone": "0113 496 0000"}; ignored.');
  const phone = text(value.phone, 'teamCrisis.phone', warn);
  if (!phone) return void warn('teamCrisis needs a phone; ignored.');
  const label = value.label === undefined ? undefined : text(value.label, 'teamCrisis.label', warn);
  return {...(label && {label}), phone};
}
