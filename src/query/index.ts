'use client';
// The TanStack Query integration's public surface. Explicit names only (no `export *`).
export { apiErrorRetry } from './apiErrorRetry.js';
export { apiErrorRetryDelay } from './apiErrorRetryDelay.js';
export { RETRY_LIMITS, RETRY_RULES } from './retryPolicy.js';
export type { RetryRule } from './retryPolicy.js';
export { installApiErrorHandling } from './installApiErrorHandling.js';
export type { InstallApiErrorHandlingOptions } from './installApiErrorHandling.js';
export { createApiErrorQueryClient } from './createApiErrorQueryClient.js';
export { createApiErrorNotificationStore } from './createApiErrorNotificationStore.js';
export type {
  ApiErrorNotice,
  ApiErrorNotificationSnapshot,
  ApiErrorNotificationStore,
  ApiErrorNotificationStoreOptions,
  NotifyOptions,
} from './createApiErrorNotificationStore.js';
export type { ApiErrorMeta, ApiErrorMetaOptions } from './apiErrorMeta.js';
export type { SessionPromptSnapshot, SessionPromptStatus } from './createAuthWave.js';
export { ApiErrorQueryBridge } from './ApiErrorQueryBridge.js';
export type { ApiErrorQueryBridgeProps } from './ApiErrorQueryBridge.js';
export { ApiErrorNotifications } from './ApiErrorNotifications.js';
export type { ApiErrorNotificationsProps } from './ApiErrorNotifications.js';
export { ApiErrorSessionPrompt } from './ApiErrorSessionPrompt.js';
export type { ApiErrorSessionPromptProps } from './ApiErrorSessionPrompt.js';
export { useApiErrorNotifications } from './useApiErrorNotifications.js';
export { useApiErrorSessionPrompt } from './useApiErrorSessionPrompt.js';
