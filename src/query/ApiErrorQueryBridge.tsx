'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiErrorContext } from '../react/useApiErrorContext.js';
import { ApiErrorNotifications } from './ApiErrorNotifications.js';
import { ApiErrorSessionPrompt } from './ApiErrorSessionPrompt.js';
import { getQueryInstallation } from './getQueryInstallation.js';
import { installApiErrorHandling } from './installApiErrorHandling.js';

export interface ApiErrorQueryBridgeProps {
  /** Render the notification region here. Default true; false when `<ApiErrorNotifications />` sits elsewhere. */
  notifications?: boolean | undefined;
  /** Render the ReloginPrompt of the authentication wave. Default true. */
  prompt?: boolean | undefined;
}

/**
 * Connects ApiErrorProvider and QueryClientProvider: place it once inside both. It hands the
 * provider's session coordinator (refreshSession / requestLogin, single flight) and onReport to
 * the installation on this QueryClient, and renders the notification region and the session prompt.
 *
 * It also installs the kit if the app did not (idempotent), but only from an effect, after the
 * first queries of the page have already read their defaults: install right after
 * `new QueryClient()` so those reach the first fetch.
 */
export function ApiErrorQueryBridge({ notifications = true, prompt = true }: ApiErrorQueryBridgeProps) {
  const client = useQueryClient();
  const { session, onReport } = useApiErrorContext();

  useEffect(() => installApiErrorHandling(client), [client]);
  useEffect(() => {
    const installation = getQueryInstallation(client);
    installation.session = session;
    installation.onReport = onReport;
    return () => {
      if (installation.session === session) installation.session = undefined;
      if (installation.onReport === onReport) installation.onReport = undefined;
    };
  }, [client, session, onReport]);

  return (
    <>
      {notifications && <ApiErrorNotifications />}
      {prompt && <ApiErrorSessionPrompt />}
    </>
  );
}
