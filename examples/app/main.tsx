import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api.js';
import { App } from './App.js';
import { DemoProviders } from './DemoProviders.js';
import '../../src/styles.css';
import './app.css';

// ?api=<url> points the app at another origin (see docs/storybook.md, the CORS trap);
// ?refresh=refresh-dead makes the silent refresh fail, so the re-login prompt appears.
const params = new URLSearchParams(location.search);
const api = createApiClient({ base: params.get('api') ?? '/api', refreshToken: params.get('refresh') ?? undefined });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DemoProviders api={api} locale={params.get('lang') ?? navigator.language}>
        <App apiBase={api.base} />
      </DemoProviders>
    </StrictMode>,
  );
}
