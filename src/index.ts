'use client';
// Root entry: the framework-free model, the React layer and the TanStack Query glue.
// Explicit names only (no `export *`): everything listed here is public API, and
// test/index.test.ts fails when an area's entry exports something this file does not.

// Model (also published alone as react-api-error-kit/core)
export {
  API_ERROR_CODES,
  isApiErrorCode,
  API_ERROR_CATEGORIES,
  normalizeApiError,
  isApiError,
  ApiResponseError,
  readJsonOrThrow,
  registerApiErrorDialect,
  redactUrl,
  REDACTED,
  createSessionCoordinator,
} from './core.js';
export type {
  ApiErrorCode,
  ApiErrorCodeInfo,
  ApiError,
  ApiErrorCategory,
  ApiErrorRequest,
  ApiResponseErrorInit,
  ApiRequestLike,
  ApiErrorDialect,
  ApiErrorDialectInput,
  ApiErrorDialectPack,
  DialectContext,
  DialectResult,
  HeaderReader,
  SessionCoordinator,
  SessionCoordinatorOptions,
  SessionHandlers,
} from './core.js';

// Messages and locales (framework-free)
export { createTranslator } from './messages/createTranslator.js';
export {
  loadLocale,
  isLocaleLoaded,
  registerLocale,
  resolveLanguage,
  SHIPPED_LOCALES,
  subscribeLocales,
} from './messages/locales.js';
export type {
  MessageCatalog,
  MessageOverrides,
  TranslateFn,
  Translator,
  TranslatorOptions,
  RetryWait,
  RetryWaitKind,
} from './messages/types.js';

// Forms (framework-free: any form library's setError)
export { applyFieldErrors } from './integrations/forms/applyFieldErrors.js';
export type { AppliedFieldError, ApplyFieldErrorsOptions, FieldErrorSetter } from './integrations/forms/applyFieldErrors.js';

// React
export {
  ApiErrorProvider,
  ApiErrorBoundary,
  ApiErrorBannerFallback,
  useApiErrorBoundary,
  useApiError,
  useApiErrorContext,
  useSecondsLeft,
  logUnexpectedCaughtError,
  CATEGORY_PRESENTATION,
  presentationOf,
  ApiErrorBanner,
  RetryButton,
  ReloginPrompt,
  SupportDialog,
  FieldErrors,
  FieldError,
  announce,
} from './react/index.js';
export type {
  ApiErrorProviderProps,
  ApiErrorBoundaryProps,
  ApiErrorFallback,
  ApiErrorFallbackProps,
  UseApiErrorBoundaryResult,
  ApiErrorView,
  UseApiErrorOptions,
  ApiErrorContextValue,
  ApiErrorSupport,
  ApiErrorAction,
  CategoryPresentation,
  ApiErrorBannerProps,
  RetryButtonProps,
  ReloginPromptProps,
  SupportDialogProps,
  FieldErrorsProps,
  FieldErrorProps,
  CaughtErrorInfo,
} from './react/index.js';

// TanStack Query
export {
  apiErrorRetry,
  apiErrorRetryDelay,
  RETRY_LIMITS,
  RETRY_RULES,
  installApiErrorHandling,
  createApiErrorQueryClient,
  createApiErrorNotificationStore,
  ApiErrorQueryBridge,
  ApiErrorNotifications,
  ApiErrorSessionPrompt,
  useApiErrorNotifications,
  useApiErrorSessionPrompt,
} from './query/index.js';
export type {
  RetryRule,
  InstallApiErrorHandlingOptions,
  ApiErrorNotice,
  ApiErrorNotificationSnapshot,
  ApiErrorNotificationStore,
  ApiErrorNotificationStoreOptions,
  NotifyOptions,
  ApiErrorMeta,
  ApiErrorMetaOptions,
  SessionPromptSnapshot,
  SessionPromptStatus,
  ApiErrorQueryBridgeProps,
  ApiErrorNotificationsProps,
  ApiErrorSessionPromptProps,
} from './query/index.js';
