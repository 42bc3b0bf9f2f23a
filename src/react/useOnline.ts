'use client';
import { useSyncExternalStore } from 'react';
import { getOnline, getServerOnline, subscribeOnline } from '../runtime/onlineStore.js';

/** True unless the browser reports being offline. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, getOnline, getServerOnline);
}
