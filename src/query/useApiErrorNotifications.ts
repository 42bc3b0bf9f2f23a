'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ApiErrorNotificationSnapshot, ApiErrorNotificationStore } from './createApiErrorNotificationStore.js';
import { getQueryInstallation } from './getQueryInstallation.js';

/**
 * The notification store the installer feeds for this QueryClient (or the one given), and its
 * current snapshot. For apps that render notices their own way; `<ApiErrorNotifications />` uses it.
 */
export function useApiErrorNotifications(store?: ApiErrorNotificationStore): {
  store: ApiErrorNotificationStore;
  snapshot: ApiErrorNotificationSnapshot;
} {
  const client = useQueryClient();
  const target = store ?? getQueryInstallation(client).notifications;
  // One snapshot function for client and server: the store's snapshot is immutable.
  const snapshot = useSyncExternalStore(target.subscribe, target.getSnapshot, target.getSnapshot);
  return { store: target, snapshot };
}
