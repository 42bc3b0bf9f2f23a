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

/**
 * Cloudflare's numbered errors ('Error 1015'), which its pages show beside a generic title:
 * 1015 is its rate limit; 1006-1008, 1010, 1012 and 1020 are its access denials.
 */
export function cloudflareCategory(code = ''): ApiErrorCategory | undefined {
  return code === '1015' ? 'rate_limit' : /^10(0[678]|1[02]|20)$/.test(code) ? 'authorization' : undefined;
}

export function phraseCategory(value: string): ApiErrorCategory | undefined {
  return PAGE_PHRASES.find(([pattern]) => pattern.test(value))?.[1];
}
