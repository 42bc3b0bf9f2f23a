'use client';
import { useContext } from 'react';
import { ApiErrorContext } from './ApiErrorContext.js';
import type { ApiErrorContextValue } from './ApiErrorContext.js';

/**
 * The provider's shared pieces: `{ translator, session, canRefresh, support, onReport, clock }`.
 * Works without a provider (English, no session handlers). Meant for the kit's own
 * integrations (TanStack Query glue) and for apps building their own components.
 */
export function useApiErrorContext(): ApiErrorContextValue {
  return useContext(ApiErrorContext);
}
