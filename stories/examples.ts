import type { ApiErrorCategory } from '../src/index.js';
import type { MockScenarioId } from '../mocks/scenarios.js';

/**
 * The component examples, written once: the per-component stories, the "All states" stories
 * and the docs pages all read this list. Each example is a real input to the kit, made the
 * way an app meets it: an HTTP answer of the mock API read by `ApiResponseError.fromResponse`,
 * or a value that fetch throws.
 */

/** Something fetch throws instead of answering. */
export type ThrownKind = 'offline' | 'timeout' | 'abort' | 'missing-api-url' | 'string';

export type ExampleSource =
  | { readonly scenario: MockScenarioId; readonly retryAfterSeconds?: number; readonly method?: string; readonly path?: string }
  | { readonly thrown: ThrownKind };

export interface ErrorExample {
  readonly id: string;
  readonly title: string;
  /** The category the kit gives it; the stories check it. */
  readonly category: ApiErrorCategory;
  readonly source: ExampleSource;
}

export const EXAMPLES = [
  { id: 'offline', title: 'Offline (fetch failed)', category: 'connection', source: { thrown: 'offline' } },
  { id: 'timeout', title: 'Timed out', category: 'connection', source: { thrown: 'timeout' } },
  { id: 'token-expired', title: 'Session expired (401)', category: 'authentication', source: { scenario: 'envelope-token-expired' } },
  { id: 'forbidden', title: 'No permission (403)', category: 'authorization', source: { scenario: 'nested-permission-denied' } },
  {
    id: 'validation',
    title: 'Validation failed (422)',
    category: 'request',
    source: { scenario: 'flat-validation', method: 'POST', path: '/api/customers' },
  },
  {
    id: 'problem-details',
    title: 'Nested field error (RFC 9457)',
    category: 'request',
    source: { scenario: 'problem-details', method: 'PUT', path: '/api/customers/7/address' },
  },
  { id: 'not-found', title: 'Not found (404)', category: 'not_found', source: { scenario: 'nested-not-found' } },
  { id: 'conflict', title: 'Duplicate (409)', category: 'conflict', source: { scenario: 'flat-conflict', method: 'POST', path: '/api/customers' } },
  {
    id: 'rate-limit',
    title: 'Rate limited, countdown running (429, Retry-After: 42)',
    category: 'rate_limit',
    source: { scenario: 'envelope-rate-limit', retryAfterSeconds: 42 },
  },
  {
    id: 'rate-limit-long',
    title: 'Rate limited for over an hour (Retry-After: 5400)',
    category: 'rate_limit',
    source: { scenario: 'envelope-rate-limit', retryAfterSeconds: 5400 },
  },
  {
    id: 'rate-limit-short',
    title: 'Rate limited for two seconds (Retry-After: 2)',
    category: 'rate_limit',
    source: { scenario: 'envelope-rate-limit', retryAfterSeconds: 2 },
  },
  {
    id: 'rate-limit-done',
    title: 'Rate limit over (Retry-After: 0)',
    category: 'rate_limit',
    source: { scenario: 'envelope-rate-limit', retryAfterSeconds: 0 },
  },
  {
    id: 'server',
    title: 'Server error with request id (500)',
    category: 'server',
    source: { scenario: 'snake-internal-error', method: 'POST', path: '/api/invoices/42/pay?token=secret' },
  },
  { id: 'bad-gateway', title: 'HTML page from a proxy (502)', category: 'server', source: { scenario: 'html-bad-gateway' } },
  { id: 'html-response', title: 'HTML where JSON was expected (200)', category: 'response', source: { scenario: 'html-on-success' } },
  { id: 'plugin-outdated', title: 'WCPOS plugin outdated', category: 'integration', source: { scenario: 'wcpos-plugin-outdated' } },
  { id: 'missing-api-url', title: 'No API URL configured (API06002)', category: 'configuration', source: { thrown: 'missing-api-url' } },
  { id: 'unknown', title: 'Something odd was thrown', category: 'unknown', source: { thrown: 'string' } },
  { id: 'cancelled', title: 'Cancelled by the app', category: 'cancelled', source: { thrown: 'abort' } },
] as const satisfies readonly ErrorExample[];

export type ExampleId = (typeof EXAMPLES)[number]['id'];

export function getExample(id: ExampleId): ErrorExample {
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) throw new Error(`Unknown example: ${id}`);
  return example;
}
