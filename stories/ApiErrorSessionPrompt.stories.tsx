import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createApiClient } from '../examples/app/api.js';
import { DemoProviders } from '../examples/app/DemoProviders.js';
import { Orders } from '../examples/app/Orders.js';
import { createHandlers } from '../mocks/handlers.js';
import { createMockApi, DEMO_TOKENS, type MockApi } from '../mocks/mockApi.js';
import { ApiErrorSessionPrompt } from '../src/query/ApiErrorSessionPrompt.js';
import { ApiErrorBoundary } from '../src/react/ApiErrorBoundary.js';
import { translatorFor } from './exampleArgs.js';
import { reloginGuidance } from './guidance/reloginGuidance.js';

let server: MockApi = createMockApi();

/**
 * One prompt for a whole wave of 401s, rendered by ApiErrorQueryBridge: here the example app's
 * orders screen, whose token expired and whose refresh token is dead too.
 */
const meta = {
  title: 'Components/ApiErrorSessionPrompt',
  component: ApiErrorSessionPrompt,
  beforeEach: ({ msw }) => {
    server = createMockApi();
    msw.use(...createHandlers(server));
  },
  render: (_args, { globals }) => (
    <DemoProviders api={createApiClient({ refreshToken: DEMO_TOKENS.deadRefresh })} locale={typeof globals.locale === 'string' ? globals.locale : 'en'}>
      <ApiErrorBoundary>
        <Orders />
      </ApiErrorBoundary>
    </DemoProviders>
  ),
  parameters: {
    docs: { description: { component: reloginGuidance }, story: { inline: false, height: '420px' } },
  },
} satisfies Meta<typeof ApiErrorSessionPrompt>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NeedsLogin: Story = {
  name: 'Your session has ended (401 wave, refresh failed)',
  play: async ({ canvasElement, globals }) => {
    // Two failed requests (orders, then the refresh) come first: more than findBy's 1 s.
    const dialog = await within(canvasElement).findByRole('dialog', {}, { timeout: 5000 });
    await expect(dialog).toHaveAccessibleName(translatorFor(globals).t('relogin.title'));
    await expect(server.stats.refresh).toBe(1);
  },
};

export const NotNow: Story = {
  name: 'Not now: the wave is dropped',
  play: async ({ canvasElement, globals }) => {
    const dialog = await within(canvasElement).findByRole('dialog', {}, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('relogin.cancel') }));
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
    await expect(server.stats.orders).toBe(1);
  },
};
