/** Schemes a web link (`contact-url`, `contact.url`, a crisis line's `url`) may use; anything else is dropped. */
export const WEB_SCHEMES = ['https:', 'http:'] as const;

/** Above about this many characters a `mailto:` link is cut short or refused by some mail apps. */
export const MAILTO_LIMIT = 2000;

/**
 * A web address as the browser reads it (`https:evil.example` becomes `https://evil.example/`), or
 * undefined. Only https: and http:, and never with a user name or password (`https://nhs.uk@evil.example`).
 * A link shows this same text, so what a person reads is where the link goes.
 */
export function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (!(WEB_SCHEMES as readonly string[]).includes(url.protocol) || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** A valid `tel:` link for a phone number written any common way, or undefined. */
export function telHref(phone: string): string | undefined {
  // "+44 (0)113..." is common UK style; the (0) is not dialled after a country code.
  const compact = phone.replace(/^\s*(\+\d{1,3})\s*\(0\)/, '$1').replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? `tel:${compact}` : undefined;
}

// One recipient, written plainly: no "%" escapes (mail apps decode them: "a%40x%2Cb@y" is two
// people), no "#", "?", "&" or "," (they end or split the address in a mailto: link), one "@",
// a dotted domain.
const LOCAL = /^[A-Za-z0-9!$'*+/=^_`{|}~-]+(\.[A-Za-z0-9!$'*+/=^_`{|}~-]+)*$/;
const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** A plain email address, trimmed, or undefined. This is both the link's address and its text. */
export function cleanEmail(email: string): string | undefined {
  const address = email.trim();
  const [local, domain, ...more] = address.split('@');
  if (more.length || !local || !domain || address.length > 254) return undefined;
  return LOCAL.test(local) && local.length <= 64 && DOMAIN.test(domain) ? address : undefined;
}

/** A `mailto:` link for a plain email address, or undefined. */
export function mailtoHref(email: string): string | undefined {
  const address = cleanEmail(email);
  return address && `mailto:${address}`;
}

/**
 * A `mailto:` link that opens a draft message, or undefined when the link would be longer than
 * `MAILTO_LIMIT` characters (then the person is asked to copy the message instead). An address that
 * is not plain is left out, so the person chooses whom to send it to.
 */
export function draftMailto(email: string | undefined, subject: string, body: string): string | undefined {
  const address = (email && cleanEmail(email)) ?? '';
  const href = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return href.length > MAILTO_LIMIT ? undefined : href;
}
