/** Link schemes a host may use; anything else (javascript:, data:...) is dropped. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** An absolute URL with a safe scheme, or undefined. */
export function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return (SAFE_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : undefined;
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

/** A `mailto:` link for a plain email address, or undefined. */
export function mailtoHref(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@<>()",;:?&]+@[^\s@<>()",;:?&]+\.[^\s@<>()",;:?&]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}
