/** Deeper than any configuration or saved record goes: what lies below is cut off (and so reported by its reader). */
const MAX_DEPTH = 16;
/** More entries than any list in a configuration or record may hold; the readers warn about the rest. */
const MAX_ITEMS = 100;

/**
 * A copy of JSON-like data made of its own enumerable properties only, in objects with no
 * prototype: a polluted `Object.prototype.email` (or `.answers`, `.crisis`...) then reads as
 * undefined. Functions and other values pass through; a repeated object (or a cycle) is copied once.
 */
export function ownCopy<T = unknown>(value: T): T {
  const copies = new WeakMap<object, unknown>();
  const copy = (v: unknown, depth: number): unknown => {
    if (typeof v != 'object' || v === null) return v;
    if (copies.has(v)) return copies.get(v);
    if (depth > MAX_DEPTH) return null;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      // Own indices only: a hole stays undefined instead of reading Object.prototype[i].
      for (let i = 0; i < Math.min(v.length, MAX_ITEMS); i++) out.push(Object.hasOwn(v, i) ? copy(v[i], depth + 1) : undefined);
      return out;
    }
    const out = Object.create(null) as Record<string, unknown>;
    copies.set(v, out);
    for (const key of Object.keys(v)) out[key] = copy((v as Record<string, unknown>)[key], depth + 1);
    return out;
  };
  return copy(value, 0) as T;
}
