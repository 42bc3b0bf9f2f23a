import type { MockScenario } from './scenarios.js';

/**
 * What the mock API answers, independent of MSW and node:http, so both serve the same bytes.
 * `network-error` means no HTTP answer at all (offline): MSW sends `HttpResponse.error()`,
 * the node server destroys the socket.
 */
export type MockReply =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string }
  | { readonly kind: 'network-error' };

/** Headers that carry retry timing; the example server lists them in Access-Control-Expose-Headers. */
export const TIMING_HEADERS = ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-Request-Id', 'Date'];

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): MockReply {
  return { kind: 'response', status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** Rate-limit headers for a window that closes at `resetAt` (epoch ms), counted from `now`. */
export function rateLimitHeaders(resetAt: number, now: number): Record<string, string> {
  const seconds = Math.max(0, Math.ceil((resetAt - now) / 1000));
  return {
    'Retry-After': String(seconds),
    'X-RateLimit-Limit': '100',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Math.ceil(resetAt / 1000)),
  };
}

/** A scenario as an HTTP answer. `resetAt` overrides the scenario's own wait (a running window). */
export function scenarioReply(scenario: MockScenario, now: number, resetAt?: number): MockReply {
  const body = typeof scenario.body === 'string' ? scenario.body : JSON.stringify(scenario.body);
  const wait = resetAt ?? (scenario.retryAfterSeconds === undefined ? undefined : now + scenario.retryAfterSeconds * 1000);
  const headers = wait === undefined ? scenario.headers : { ...scenario.headers, ...rateLimitHeaders(wait, now) };
  return { kind: 'response', status: scenario.status, headers, body };
}
