import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ApiClientContext, type ApiClient } from './api.js';
import { LoginDialog } from './LoginDialog.js';
import { createLoginGate } from './loginGate.js';

interface DemoProvidersProps {
  api: ApiClient;
  locale?: string | undefined;
  children: ReactNode;
}

/** Creates the QueryClient once, with the kit installed before any query runs. */
function createClient(): QueryClient {
  const client = new QueryClient();
  installApiErrorHandling(client);
  return client;
}

/**
 * The wiring the README describes: the provider (locale, silent refresh, interactive login,
 * support address), a QueryClient with the kit installed, and the app's own login dialog.
 */
export function DemoProviders({ api, locale, children }: DemoProvidersProps) {
  const [client] = useState(createClient);
  const [gate] = useState(createLoginGate);
  return (
    <ApiErrorProvider
      locale={locale}
      refreshSession={api.refreshSession}
      requestLogin={gate.request}
      support={{ email: 'support@example.com', url: 'https://example.com/help' }}
    >
      <QueryClientProvider client={client}>
        {/* Hands the provider's refresh/login to the query layer; renders the notification region and the session prompt. */}
        <ApiErrorQueryBridge />
        <ApiClientContext.Provider value={api}>
          {children}
          <LoginDialog gate={gate} />
        </ApiClientContext.Provider>
      </QueryClientProvider>
    </ApiErrorProvider>
  );
}
