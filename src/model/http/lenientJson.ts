import { MAX_JSON_RECOVERY_ATTEMPTS } from '../limits.js';

export interface LenientJsonResult {
  readonly value: unknown;
  /** True when the JSON had to be cut out of surrounding noise (PHP notices, HTML). */
  readonly recovered: boolean;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** End index (exclusive) of the balanced object/array starting at `start`, string-aware; -1 if none. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91 /* { [ */) depth++;
    else if (ch === 125 || ch === 93 /* } ] */) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function acceptable(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null;
}

// A whole HTML document (CDN or proxy page) is not a wrapper around JSON: its braces are CSS and scripts.
const HTML_DOCUMENT = /^\s*<(!doctype|html|head|body)\b/i;

/**
 * Parses JSON, and failing that recovers the JSON object or array that PHP notices, warnings
 * or stray HTML precede or follow. Linear time: at most a few candidate starts, each one scan.
 * Returns undefined when the text holds no JSON.
 */
export function parseLenientJson(text: string): LenientJsonResult | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const direct = tryParse(trimmed);
  if (direct.ok) return { value: direct.value, recovered: false };
  if (HTML_DOCUMENT.test(trimmed)) return undefined;
  let from = 0;
  for (let attempt = 0; attempt < MAX_JSON_RECOVERY_ATTEMPTS; attempt++) {
    const brace = trimmed.indexOf('{', from);
    const bracket = trimmed.indexOf('[', from);
    const start = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    if (start < 0) return undefined;
    const end = balancedEnd(trimmed, start);
    if (end > 0) {
      const candidate = tryParse(trimmed.slice(start, end));
      if (candidate.ok && acceptable(candidate.value)) return { value: candidate.value, recovered: true };
    }
    from = start + 1;
  }
  return undefined;
}

/** Quick test whether text is meant to be JSON (starts like an object or array). */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}
