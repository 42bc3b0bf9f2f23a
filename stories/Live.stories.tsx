import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CustomerForm } from '../examples/app/CustomerForm.js';
import { ExportReport } from '../examples/app/ExportReport.js';
import { Orders } from '../examples/app/Orders.js';
import { PayInvoice } from '../examples/app/PayInvoice.js';
import { ServerStatus } from '../examples/app/ServerStatus.js';
import { DEMO_TOKENS } from '../mocks/mockApi.js';
import { DEMO_REQUEST_ID } from '../mocks/scenarios.js';
import { ApiErrorBoundary } from '../src/react/ApiErrorBoundary.js';
import { translatorFor } from './exampleArgs.js';
import { freshServer, live, LiveDemo as Demo } from './LiveDemo.js';
import { findRetryButton } from './findRetryButton.js';

/**
 * The example app's screens against the mock API in the browser: a real `fetch` through a real
 * QueryClient (with the kit installed) to MSW, which answers in the seed dialects.
 */
const meta = {
  title: 'Live/Mock API: whole flows',
  parameters: {
    // Each screen has its own notification region and landmarks: one frame per story on the docs page.
    docs: { description: { component: 'Real requests to the embedded mock API (MSW), through a QueryClient with the kit installed.' }, story: { inline: false, height: '480px' } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimitCountdown: Story = {
  name: 'Too many requests (429): count down, then retry',
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale}>
      <ExportReport wait={2} />
    </Demo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Export report' }));
    const retry = await findRetryButton(canvasElement, globals);
    await expect(retry).toBeDisabled();
    await expect(retry.textContent).toMatch(/\d:\d\d/);
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 5000 });
    await userEvent.click(retry);
    await expect(await canvas.findByText('Exported 128 rows')).toBeInTheDocument();
    await expect(live.server.stats.exportReport).toBe(2);
  },
};

export const TokenRefreshReplay: Story = {
  name: 'Session expired (401): silent refresh, replay',
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale}>
      <ApiErrorBoundary>
        <Orders />
      </ApiErrorBoundary>
    </Demo>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Order #1001/)).toBeInTheDocument();
    await expect(live.server.stats.refresh).toBe(1);
    await expect(live.server.stats.orders).toBe(2);
  },
};

export const ReloginReplay: Story = {
  name: 'Session ended (401), refresh fails: sign in, replay',
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale} refreshToken={DEMO_TOKENS.deadRefresh}>
      <ApiErrorBoundary>
        <Orders />
      </ApiErrorBoundary>
    </Demo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // Two failed requests (orders, then the refresh) come first: give them more than findBy's 1 s.
    const prompt = await canvas.findByRole('dialog', {}, { timeout: 5000 });
    await userEvent.click(within(prompt).getByRole('button', { name: translatorFor(globals).t('relogin.signIn') }));
    const login = await canvas.findByRole('dialog', { name: 'Sign in to the demo shop' });
    await userEvent.type(within(login).getByLabelText('Password'), 'demo');
    await userEvent.click(within(login).getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText(/Order #1001/, {}, { timeout: 5000 })).toBeInTheDocument();
    await expect(live.server.stats.refresh).toBe(1);
    await expect(live.server.stats.login).toBe(1);
  },
};

export const ServerErrorSupport: Story = {
  name: 'Server problem (500): Get help shows the request ID',
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale}>
      <PayInvoice />
    </Demo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Pay invoice' }));
    await userEvent.click(await canvas.findByRole('button', { name: translatorFor(globals).t('banner.support') }));
    const dialog = await canvas.findByRole('dialog');
    await expect(dialog).toHaveTextContent(DEMO_REQUEST_ID);
    await expect(dialog).toHaveTextContent('/invoices/42/pay');
  },
};

export const ValidationForm: Story = {
  name: 'Entries not accepted (422): fix the form, save',
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale}>
      <CustomerForm />
    </Demo>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save customer' }));
    const link = await canvas.findByRole('link', { name: /Name is required/ });
    await userEvent.click(link);
    await expect(canvas.getByLabelText('Name')).toHaveFocus();
    await userEvent.type(canvas.getByLabelText('Name'), 'Ada Lovelace');
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Save customer' }));
    await expect(await canvas.findByText('Customer #7 saved')).toBeInTheDocument();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

export const OfflineAndBack: Story = {
  name: "Can't connect (offline), then back online",
  beforeEach: freshServer,
  render: (_args, { globals }) => (
    <Demo locale={globals.locale}>
      <ServerStatus />
    </Demo>
  ),
  play: async ({ canvasElement, globals }) => {
    // The screen's own banner. The failed check is a background refetch (the data is still on
    // screen), so the notification region shows it as well, by design: look in the section only.
    const canvas = within(canvasElement.querySelector<HTMLElement>('[data-demo="status"]')!);
    await expect(await canvas.findByText('Server is up')).toBeInTheDocument();
    await fetch('/api/mock/offline', { method: 'POST', body: JSON.stringify({ offline: true }) });
    await userEvent.click(canvas.getByRole('button', { name: 'Check server' }));
    const offlineTitle = translatorFor(globals).errorTitle({ code: 'NETWORK_ERROR', category: 'connection' });
    await expect(await canvas.findByText(offlineTitle)).toBeInTheDocument();
    // Back: the banner retries by itself on the browser's 'online' event.
    await fetch('/api/mock/offline', { method: 'POST', body: JSON.stringify({ offline: false }) });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(canvas.queryByText(offlineTitle)).toBeNull(), { timeout: 5000 });
    await expect(canvas.getByText('Server is up')).toBeInTheDocument();
  },
};
