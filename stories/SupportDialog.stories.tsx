import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_REQUEST_ID } from '../mocks/scenarios.js';
import { SupportDialog, type SupportDialogProps } from '../src/react/SupportDialog.js';
import { exampleArgTypes, loadExampleError, translatorFor, type ExampleArgs } from './exampleArgs.js';

/** Everything support needs to find the failed request; the request id is copyable. */
const meta = {
  title: 'Components/SupportDialog',
  component: SupportDialog,
  args: { example: 'server', error: null },
  argTypes: { ...exampleArgTypes, error: { control: false } },
  loaders: [loadExampleError],
  render: (_args, { loaded }) => <SupportDialog error={loaded.error} />,
} satisfies Meta<SupportDialogProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const opener = within(canvasElement).getByRole('button');
    await expect(opener).toBeEnabled();
    await expect(canvasElement.querySelector('dialog[open]')).toBeNull();
  },
};

export const Open: Story = {
  name: 'Open: request id, close, focus back',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button');
    await userEvent.click(opener);
    const dialog = await canvas.findByRole('dialog');
    await expect(dialog).toHaveTextContent(DEMO_REQUEST_ID);
    // The failed request's method and path, with the token in its query redacted.
    await expect(dialog).toHaveTextContent('POST');
    await expect(dialog).not.toHaveTextContent('secret');
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('support.close') }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};

export const OpenControlled: Story = {
  name: 'Open (controlled)',
  render: (_args, { loaded }) => <SupportDialog error={loaded.error} open onOpenChange={() => undefined} />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog');
    await expect(dialog).toHaveTextContent(DEMO_REQUEST_ID);
  },
};
