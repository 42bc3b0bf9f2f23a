import type { ApiErrorCategory } from '../types.js';

/**
 * Phrases of proxy, CDN and framework error pages that name the failure whatever the status
 * says. Hints only: the pipeline still weighs the status and headers.
 */
export const PAGE_PHRASES: readonly (readonly [RegExp, ApiErrorCategory])[] = /* @__PURE__ */ Object.freeze([
  [/\b(you are being )?rate.?limit(ed)?\b|\btoo many requests\b/i, 'rate_limit'],
  [/\b(scheduled )?maintenance\b|\bbriefly unavailable\b/i, 'server'],
  [/\bupstream connect error\b|\bno healthy upstream\b|\bupstream request timeout\b/i, 'server'],
]);

/** Cloudflare's numbered errors ('Error 1015'), which its pages show beside a generic title. */
export const CLOUDFLARE_CODES: Readonly<Record<string, ApiErrorCategory>> = /* @__PURE__ */ Object.freeze({
  '1015': 'rate_limit',
  '1006': 'authorization',
  '1007': 'authorization',
  '1008': 'authorization',
  '1010': 'authorization',
  '1012': 'authorization',
  '1020': 'authorization',
});

export function phraseCategory(value: string): ApiErrorCategory | undefined {
  return PAGE_PHRASES.find(([pattern]) => pattern.test(value))?.[1];
}
