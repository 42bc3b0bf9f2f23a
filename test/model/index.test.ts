import { describe, expect, it } from 'vitest';
import * as core from '../../src/core.js';

describe('react-api-error-kit/core entry', () => {
  it('exports the public model', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'API_ERROR_CATEGORIES', 'API_ERROR_CODES', 'ApiResponseError', 'REDACTED', 'createSessionCoordinator', 'isApiError',
        'isApiErrorCode', 'normalizeApiError', 'readJsonOrThrow', 'redactUrl', 'registerApiErrorDialect',
      ].sort(),
    );
  });

  it('normalizes a failed fetch end to end', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'Token has expired' } }), {
      status: 401,
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
    });
    const thrown = await core.readJsonOrThrow(response).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(core.ApiResponseError);
    const error = core.normalizeApiError(thrown);
    expect(error).toMatchObject({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401, requestId: 'r1' });
    expect(core.isApiError(error)).toBe(true);
    expect(core.isApiError(new Error('x'))).toBe(false);
  });
});
