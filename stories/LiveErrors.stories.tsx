import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CustomerForm } from '../examples/app/CustomerForm.js';
import { ExportReport } from '../examples/app/ExportReport.js';
import { ServerStatus } from '../examples/app/ServerStatus.js';
import { translatorFor } from './exampleArgs.js';
import { freshServer, LiveDemo } from './LiveDemo.js';
import { findRetryButton } from './findRetryButton.js';

/**
 * The example app's screens stopped AT the error, the screen a designer reviews: the whole
 * flows (retry, fix, back online) are under "Live/Mock API: whole flows".
 */
const meta = {
  title: 'Live/Mock API: at the error',
  beforeEach: freshServer,
  // Each screen has its own notification region and landmarks: one frame per story on the docs page.
  parameters: { docs: { story: { inline: false, height: '480px' } } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimited: Story = {
  name: 'Too many requests (429): counting down',
  render: (_args, { globals }) => (
    <LiveDemo locale={globals.locale}>
      <ExportReport wait={60} />
    </LiveDemo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Export report' }));
    const retry = await findRetryButton(canvasElement, globals);
    await expect(retry).toBeDisabled();
  },
};

export const FormErrors: Story = {
  name: 'Entries not accepted (422): the summary and the fields',
  render: (_args, { globals }) => (
    <LiveDemo locale={globals.locale}>
      <CustomerForm />
    </LiveDemo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save customer' }));
    await expect(await canvas.findByRole('heading', { name: translatorFor(globals).t('fieldErrors.title') })).toBeVisible();
    await expect(canvas.getByLabelText('Name')).toHaveAccessibleDescription(expect.stringContaining('Name is required'));
  },
};

export const Offline: Story = {
  name: "Can't connect (offline)",
  render: (_args, { globals }) => (
    <LiveDemo locale={globals.locale}>
      <ServerStatus />
    </LiveDemo>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement.querySelector<HTMLElement>('[data-demo="status"]')!);
    await expect(await canvas.findByText('Server is up')).toBeInTheDocument();
    await fetch('/api/mock/offline', { method: 'POST', body: JSON.stringify({ offline: true }) });
    await userEvent.click(canvas.getByRole('button', { name: 'Check server' }));
    await expect(await canvas.findByText(translatorFor(globals).errorTitle({ code: 'NETWORK_ERROR', category: 'connection' }))).toBeVisible();
  },
};
