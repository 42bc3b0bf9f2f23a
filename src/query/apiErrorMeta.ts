/**
 * What a query or mutation tells the kit through `meta.apiError`, so no app writes its own
 * skip flags. Typed on every `useQuery` / `useMutation` through TanStack Query's `Register`.
 */
export interface ApiErrorMetaOptions {
  /** The kit does nothing global for this one: no notice, no boundary, no session replay. */
  readonly silent?: boolean;
  /**
   * Show failures in the notification region. Queries: default true for background refetches
   * (first loads go to the ApiErrorBoundary). Mutations: default false (the form shows its own error).
   */
  readonly notify?: boolean;
  /** A short label shown with the notice, e.g. 'Loading orders'. */
  readonly context?: string;
  /** Mutations only: `true` marks the mutation safe to send again (idempotent), so the retry policy applies. */
  readonly retry?: boolean;
  /** `'refresh'` marks the session-refresh request itself: never intercepted, never replayed. */
  readonly auth?: 'refresh';
}

/** The meta shape registered with TanStack Query. Other keys stay free for the app. */
export interface ApiErrorMeta extends Record<string, unknown> {
  apiError?: ApiErrorMetaOptions;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: ApiErrorMeta;
    mutationMeta: ApiErrorMeta;
  }
}

const NONE: ApiErrorMetaOptions = /* @__PURE__ */ Object.freeze({});

/** Reads `meta.apiError` defensively: meta is app data and may be anything at runtime. */
export function readApiErrorMeta(meta: unknown): ApiErrorMetaOptions {
  if (typeof meta !== 'object' || meta === null) return NONE;
  const value = (meta as { apiError?: unknown }).apiError;
  return typeof value === 'object' && value !== null ? value : NONE;
}
