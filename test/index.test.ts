import { describe, expect, test } from 'vitest';
import * as root from '../src/index.js';
import * as core from '../src/core.js';
import * as react from '../src/react/index.js';
import * as query from '../src/query/index.js';

/** The names users, stories and acceptance tests rely on (the public contract). */
const CONTRACT_NAMES = [
  'normalizeApiError',
  'ApiResponseError',
  'API_ERROR_CODES',
  'ApiErrorProvider',
  'ApiErrorBoundary',
  'useApiErrorBoundary',
  'useApiError',
  'ApiErrorBanner',
  'RetryButton',
  'ReloginPrompt',
  'SupportDialog',
  'FieldErrors',
  'FieldError',
  'apiErrorRetry',
  'apiErrorRetryDelay',
  'applyFieldErrors',
];

describe('root entry', () => {
  test.each(CONTRACT_NAMES)('exports the contract name %s', (name) => {
    expect(root).toHaveProperty(name);
    expect((root as Record<string, unknown>)[name]).toBeDefined();
  });

  test.each([
    ['core', core],
    ['react', react],
    ['query', query],
  ] as const)('re-exports every value of the %s entry', (_area, entry) => {
    const missing = Object.keys(entry).filter((name) => !(name in root));
    expect(missing).toEqual([]);
  });

  test('the core entry pulls in nothing from React', () => {
    expect(Object.keys(core)).not.toContain('ApiErrorProvider');
    expect(Object.keys(core)).toContain('normalizeApiError');
  });
});
