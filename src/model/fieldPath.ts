/**
 * Field paths: every dialect's way of naming a field becomes one dot path relative to the
 * submitted object ('address.city', 'items.0.sku'), as the contract requires.
 */

const MAX_SEGMENTS = 32;

/** FastAPI/Pydantic put where the value came from first; the submitted object starts after it. */
const LOC_ROOTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['body', 'query', 'path', 'header', 'headers', 'cookie', 'cookies', 'form']);

/** JSON:API wraps the submitted attributes in its document; the field starts after these. */
const JSON_API_PREFIXES: readonly (readonly string[])[] = [
  ['data', 'attributes'],
  ['data', 'relationships'],
];

/** Joins path segments; integers and strings only, empty segments dropped. */
export function fieldPathFromSegments(segments: readonly unknown[]): string | undefined {
  const parts: string[] = [];
  for (const segment of segments.slice(0, MAX_SEGMENTS)) {
    if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) parts.push(String(segment));
    else if (typeof segment === 'string' && segment.trim() !== '') parts.push(segment.trim());
  }
  return parts.length > 0 ? parts.join('.') : undefined;
}

/** A JSON pointer ('/data/attributes/address/city', '#/age', '/items/0/sku') as a dot path. */
export function fieldPathFromPointer(pointer: string): string | undefined {
  const raw = pointer.trim().replace(/^#/, '');
  if (!raw.startsWith('/')) return undefined;
  let segments = raw
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const prefix of JSON_API_PREFIXES) {
    if (prefix.every((p, i) => segments[i] === p)) {
      segments = segments.slice(prefix.length);
      break;
    }
  }
  // A pointer at the whole document ('/data') names no field.
  if (segments.length === 1 && segments[0] === 'data') return undefined;
  return fieldPathFromSegments(segments);
}

/** A FastAPI/Pydantic `loc` (['body', 'items', 0, 'sku']) as a dot path ('items.0.sku'). */
export function fieldPathFromLoc(loc: unknown): string | undefined {
  if (!Array.isArray(loc)) return typeof loc === 'string' ? fieldPathFromName(loc) : undefined;
  const segments: unknown[] = loc.slice(0, MAX_SEGMENTS);
  const first = segments[0];
  if (segments.length > 1 && typeof first === 'string' && LOC_ROOTS.has(first)) segments.shift();
  return fieldPathFromSegments(segments);
}

/**
 * A field name as servers write it: dots ('address.city'), brackets ('items[0].sku',
 * Stripe's 'card[number]', "a['b']"), a JSON path ('$.items[0].sku', ASP.NET) or a pointer.
 */
export function fieldPathFromName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.startsWith('/') || trimmed.startsWith('#/')) return fieldPathFromPointer(trimmed);
  // The common case, a plain name ('email'), is already its own path.
  if (!/[.[$]/.test(trimmed)) return trimmed === '' ? undefined : trimmed;
  const withoutRoot = trimmed.replace(/^\$\.?/, '');
  const dotted = withoutRoot.replace(/\[\s*['"]?([^\]'"]*)['"]?\s*\]/g, '.$1');
  return fieldPathFromSegments(dotted.split('.'));
}
