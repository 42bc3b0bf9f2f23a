import { createElement } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ApiError } from '../../src/model/types.js';
import {
  ApiErrorBanner, ApiErrorBoundary, ApiErrorProvider, FieldError, FieldErrors, ReloginPrompt, RetryButton, SupportDialog,
} from '../../src/react/index.js';
import { ApiErrorNotifications, ApiErrorQueryBridge, ApiErrorSessionPrompt } from '../../src/query/index.js';

// Written with createElement so the SSR test can run as a plain `.test.ts` in Node.

function error(overrides: Partial<ApiError> = {}): ApiError {
  return Object.freeze({
    category: 'request', code: 'VALIDATION_ERROR', status: 422, requestId: 'req_123',
    fieldErrors: { email: ['Enter an email address'], 'address.city': ['Enter a city'] },
    retryable: false, cause: undefined, occurredAt: Date.now(), ...overrides,
  });
}

const expired = error({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401, fieldErrors: {} });

/** A rate-limited error whose wait runs `seconds` from now. */
export function rateLimited(seconds = 42): ApiError {
  return error({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: Date.now() + seconds * 1000, fieldErrors: {}, retryable: true });
}

/** Every public component, with props that make it render something. */
export function publicElements(): ReadonlyArray<readonly [string, ReactElement]> {
  const client = new QueryClient();
  const inQuery = (node: ReactNode): ReactElement => createElement(QueryClientProvider, { client }, node);
  return [
    ['ApiErrorProvider', createElement(ApiErrorProvider, { locale: 'de' }, 'content')],
    ['ApiErrorBoundary', createElement(ApiErrorBoundary, null, 'content')],
    ['ApiErrorBanner', createElement(ApiErrorBanner, { error: error(), onRetry: () => undefined })],
    ['RetryButton (counting down)', createElement(RetryButton, { error: rateLimited() })],
    ['ReloginPrompt', createElement(ReloginPrompt, { error: expired })],
    ['SupportDialog', createElement(SupportDialog, { error: error() })],
    ['FieldErrors', createElement(FieldErrors, { error: error() })],
    ['FieldError', createElement(FieldError, { error: error(), name: 'email' })],
    ['ApiErrorNotifications', inQuery(createElement(ApiErrorNotifications))],
    ['ApiErrorSessionPrompt', inQuery(createElement(ApiErrorSessionPrompt))],
    ['ApiErrorQueryBridge', inQuery(createElement(ApiErrorQueryBridge))],
  ];
}
