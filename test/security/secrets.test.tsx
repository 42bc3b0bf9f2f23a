import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { createTranslator } from '../../src/messages/createTranslator.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { redactUrl, scrubSecretText } from '../../src/model/redact.js';
import type { ApiError } from '../../src/model/types.js';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { supportDetails } from '../../src/react/supportDetails.js';

// Every secret below is a distinct marker string, so "appears nowhere" is a plain substring test.
type Row = readonly [name: string, secret: string, input: () => unknown];

const respond = (body: unknown, status: number, url: string, headers: Record<string, string> = {}) =>
  ApiResponseError.fromResponse(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
    { method: 'POST', url },
  );

const axiosError = (url: string, data: unknown, status = 400) => ({
  isAxiosError: true,
  message: `Request failed with status code ${String(status)}`,
  config: { method: 'get', url, headers: { Authorization: 'Bearer SECRET-AXIOS-HEADER-1', 'X-Api-Key': 'SECRET-AXIOS-KEY-2' } },
  response: { status, headers: { 'set-cookie': 'sid=SECRET-AXIOS-COOKIE-3' }, data },
});

const ROWS: readonly Row[] = [
  // Secrets in the request URL (shown in the dialog as "METHOD path").
  ['query token', 'SECRET-Q-TOKEN', () => respond({}, 500, '/api/orders?token=SECRET-Q-TOKEN&page=2')],
  ['query api_key', 'SECRET-Q-APIKEY', () => respond({}, 500, '/api/orders?api_key=SECRET-Q-APIKEY')],
  ['WooCommerce consumer_key', 'ck_SECRETCK', () => respond({}, 500, '/wp-json/wc/v3/orders?consumer_key=ck_SECRETCK&x=1')],
  ['WooCommerce consumer_secret', 'cs_SECRETCS', () => respond({}, 500, '/wp-json/wc/v3/orders?consumer_secret=cs_SECRETCS')],
  ['S3 signature', 'SECRETSIG0123', () => respond({}, 403, 'https://b.s3.test/k?X-Amz-Signature=SECRETSIG0123&X-Amz-Expires=60')],
  ['fragment access_token', 'SECRET-FRAG', () => respond({}, 500, 'https://app.test/cb#access_token=SECRET-FRAG&state=1')],
  ['userinfo password', 'SECRET-USERINFO', () => respond({}, 500, 'https://admin:SECRET-USERINFO@api.test/v1/x')],
  ['userinfo with backslashes', 'SECRET-BACKSLASH', () => respond({}, 500, 'https:\\\\admin:SECRET-BACKSLASH@api.test/v1/x')],
  ['path parameter jsessionid', 'SECRET-JSESSION', () => respond({}, 500, '/shop/cart;jsessionid=SECRET-JSESSION?x=1')],
  ['nested form name', 'SECRET-NESTED', () => respond({}, 500, '/login?user[password]=SECRET-NESTED')],
  ['encoded name', 'SECRET-ENCODED', () => respond({}, 500, '/x?api%5Fkey=SECRET-ENCODED')],
  ['upper-case name', 'SECRET-UPPER', () => respond({}, 500, '/x?ACCESS_TOKEN=SECRET-UPPER')],
  // Secrets a server echoes back in its message (500: the dialog shows it; 400: the banner too).
  ['echoed Authorization', 'SECRETBEARER0123', () => respond({ message: 'rejected Authorization: Bearer SECRETBEARER0123' }, 500, '/x')],
  ['echoed bare bearer', 'SECRETBEARER4567', () => respond({ message: 'token bearer SECRETBEARER4567 is expired' }, 400, '/x')],
  ['echoed Cookie (every pair)', 'SECRET-COOKIE-2', () => respond({ message: 'Cookie: theme=dark; session=SECRET-COOKIE-2 rejected' }, 500, '/x')],
  ['echoed consumer_secret', 'cs_ECHOED', () => respond({ message: 'bad consumer_secret=cs_ECHOED for key' }, 400, '/x')],
  ['echoed consumer_key', 'ck_ECHOED', () => respond({ message: 'unknown consumer_key: ck_ECHOED' }, 400, '/x')],
  ['echoed password JSON', 'SECRET-PW-JSON', () => respond({ message: 'payload {"user":"a","password":"SECRET-PW-JSON"} invalid' }, 400, '/x')],
  ['echoed api_key', 'SECRET-ECHO-KEY', () => respond({ message: 'api_key=SECRET-ECHO-KEY is revoked' }, 401, '/x')],
  ['echoed X-Api-Key', 'SECRET-XAPI', () => respond({ message: 'header X-Api-Key: SECRET-XAPI not allowed' }, 403, '/x')],
  ['echoed signature in a URL', 'SECRET-ECHO-SIG', () => respond({ message: 'GET /files?id=1&signature=SECRET-ECHO-SIG expired' }, 403, '/x')],
  ['echoed access_token', 'SECRET-ECHO-AT', () => respond({ message: 'access_token=SECRET-ECHO-AT has expired' }, 401, '/x')],
  ['echoed JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', () => respond({ message: 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl malformed' }, 401, '/x')],
  ['echoed Stripe key', 'sk_live_SECRETSTRIPE', () => respond({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_live_SECRETSTRIPE' } }, 401, '/x')],
  ['field message with a password', 'SECRET-FIELD-PW', () => respond({ errors: { password: ['password: SECRET-FIELD-PW is too weak'] } }, 422, '/x')],
  ['problem detail with a token', 'SECRET-PROBLEM', () => respond({ type: 'about:blank', title: 'Bad', status: 400, detail: 'token=SECRET-PROBLEM invalid' }, 400, '/x')],
  // Secrets in request headers and response headers (never shown), and in the axios config URL.
  ['axios config headers', 'SECRET-AXIOS-HEADER-1', () => axiosError('/api/x', { message: 'nope' })],
  ['axios config api key header', 'SECRET-AXIOS-KEY-2', () => axiosError('/api/x', { message: 'nope' })],
  ['axios response Set-Cookie', 'SECRET-AXIOS-COOKIE-3', () => axiosError('/api/x', { message: 'nope' }, 500)],
  ['axios URL password', 'SECRET-AXIOS-PW', () => axiosError('/login?password=SECRET-AXIOS-PW', { message: 'nope' }, 500)],
  ['response headers', 'SECRET-RESP-HEADER', () => respond({ message: 'x' }, 500, '/x', { 'x-api-key': 'SECRET-RESP-HEADER', 'www-authenticate': 'Bearer error="invalid_token", token=SECRET-RESP-HEADER' })],
];

/** Every field of the ApiError except `cause`, which is the raw input by contract (see SECURITY.md). */
const withoutCause = (error: ApiError): string => JSON.stringify({ ...error, cause: undefined });

describe('secrets never reach what the kit shows, copies, reports or logs', () => {
  it.each(ROWS)('%s', async (_name, secret, input) => {
    const logged: unknown[][] = [];
    for (const method of ['log', 'info', 'debug', 'warn', 'error'] as const) {
      // failOnConsole already spies warn/error; wrapping keeps its check and records the arguments.
      const previous = console[method];
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args);
        previous.apply(console, args);
      });
    }
    const raw = await input();
    const error = normalizeApiError(raw);
    expect(error.cause).toBe(raw); // the raw input stays available to the app, unrendered

    // The model itself (what onReport receives, minus the documented raw cause).
    expect(withoutCause(error)).not.toContain(secret);

    // The support dialog's text, its copy text and its mailto link.
    const reported: ApiError[] = [];
    const { container, unmount } = render(
      <ApiErrorProvider support={{ email: 'help@example.test', url: 'https://example.test/help' }} onReport={(e) => reported.push(e)}>
        <ApiErrorBanner error={raw} onRetry={() => undefined} />
        <SupportDialog error={raw} open />
      </ApiErrorProvider>,
    );
    const dialog = screen.getByRole('dialog');
    const html = container.ownerDocument.body.innerHTML;
    expect(html).not.toContain(secret);
    const mailto = dialog.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? '';
    expect(mailto).not.toBe('');
    expect(decodeURIComponent(mailto)).not.toContain(secret);
    expect(supportDetails(error, createTranslator()).text).not.toContain(secret);

    // onReport: the ApiError, once; secret-free apart from `cause`.
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBe(error);
    expect(withoutCause(reported[0]!)).not.toContain(secret);
    unmount();

    expect(JSON.stringify(logged.map((args) => args.map(String)))).not.toContain(secret);
  });
});

describe('the scrubbers stay useful and idempotent', () => {
  it.each([
    ['error code: 42 at line 7', 'error code: 42 at line 7'],
    ['Duplicate key: orders_pkey', 'Duplicate key: orders_pkey'],
    ['design=flat, version=2', 'design=flat, version=2'],
    ['GET /orders?page=2&per_page=10 failed', 'GET /orders?page=2&per_page=10 failed'],
    ['token_type=bearer', 'token_type=[redacted]'],
  ])('%s', (text, expected) => {
    expect(scrubSecretText(text)).toBe(expected);
    expect(scrubSecretText(scrubSecretText(text))).toBe(scrubSecretText(text));
  });

  // The scrubber skips text that holds nothing any pattern needs; each row is a secret that only
  // one pattern catches, with no ':' or '=' in it, so a pre-check that missed a pattern fails here.
  it.each([
    ['Rejected Bearer abcDEF123456789 for /v1', 'Rejected Bearer [redacted] for /v1'],
    ['sent token a1b2c3d4e5f6g7 twice', 'sent token [redacted] twice'],
    ['Basic dXNlcjpwYXNzd29yZA== refused', 'Basic [redacted] refused'],
    ['JWT eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl rejected', 'JWT [redacted] rejected'],
    ['key sk_live_4eC39HqLyjWDarjtT1zdp7dc revoked', 'key [redacted] revoked'],
    ['key ck_0123456789abcdef0123456789abcdef01234567 unknown', 'key [redacted] unknown'],
    ['ghp_abcdefghijklmnopqrstuvwxyz0123 expired', '[redacted] expired'],
    ['github_pat_11ABCDEFG0123456789_abcdefghij expired', '[redacted] expired'],
    ['AKIAIOSFODNN7EXAMPLE is not allowed', '[redacted] is not allowed'],
    ['xoxb-1234567890-abcdefghij revoked', '[redacted] revoked'],
  ])('finds a secret without a separator: %s', (text, expected) => {
    expect(scrubSecretText(text)).toBe(expected);
  });

  it('redacts URLs idempotently and keeps harmless parameters', () => {
    const url = 'https://u:p@api.test/a;jsessionid=1/b?page=2&token=t&user[password]=p#code=c&tab=x';
    const once = redactUrl(url);
    expect(once).toBe('https://[redacted]@api.test/a;jsessionid=[redacted]/b?page=2&token=[redacted]&user[password]=[redacted]#code=[redacted]&tab=x');
    expect(redactUrl(once)).toBe(once);
  });
});
