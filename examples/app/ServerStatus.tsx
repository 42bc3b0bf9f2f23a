import { onlineManager, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { useApiClient } from './api.js';

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/**
 * Offline and back. While the browser is offline TanStack Query pauses the check instead of
 * failing it, and resumes it when the connection returns; a server that cannot be reached
 * shows the connection banner, which retries by itself once the browser is online again.
 */
export function ServerStatus() {
  const api = useApiClient();
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  // The person asked for this check: answer now rather than after backoff retries.
  const query = useQuery({ queryKey: ['status', api.base], queryFn: () => api.request<{ ok: boolean }>('GET', '/status'), retry: false, throwOnError: false });
  const text = query.fetchStatus === 'paused' ? 'Offline: waiting for the connection…' : query.data && !query.error ? 'Server is up' : '';
  return (
    <section aria-labelledby="status-title" className="demo-section" data-demo="status">
      <h2 id="status-title">Connection</h2>
      <p>Browser: {online ? 'online' : 'offline'}</p>
      <button type="button" onClick={() => void query.refetch()}>
        Check server
      </button>
      <p role="status">{text}</p>
      <ApiErrorBanner error={query} />
    </section>
  );
}
