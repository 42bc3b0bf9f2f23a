import type { ReactNode } from 'react';
import { createApiClient } from '../examples/app/api.js';
import { DemoProviders } from '../examples/app/DemoProviders.js';
import { createHandlers } from '../mocks/handlers.js';
import { createMockApi, type MockApi } from '../mocks/mockApi.js';

/** The live stories' mock API, fresh per story, so a play function can count what reached it. */
export const live: { server: MockApi } = { server: createMockApi() };

export const freshServer = ({ msw }: { msw: { use: (...handlers: ReturnType<typeof createHandlers>) => void } }) => {
  live.server = createMockApi();
  msw.use(...createHandlers(live.server));
};

/** The example app's providers in the toolbar's locale. */
export function LiveDemo({ refreshToken, children, locale }: { refreshToken?: string; children: ReactNode; locale: unknown }) {
  return (
    <DemoProviders api={createApiClient({ refreshToken })} locale={typeof locale === 'string' ? locale : 'en'}>
      {children}
    </DemoProviders>
  );
}
