import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_REQUEST_ID } from '../mocks/scenarios.js';
import { SupportDialog, type SupportDialogProps } from '../src/react/SupportDialog.js';
import { callback, notEditable, text } from './argTypes.js';
import { exampleArgTypes, loadExampleError, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { supportGuidance } from './guidance/supportGuidance.js';
import { stubClipboard } from './stubClipboard.js';

/** Everything support needs to find the failed request; the details are copyable. */
const meta = {
  title: 'Components/SupportDialog',
  component: SupportDialog,
  args: { example: 'server', error: null, onOpenChange: fn() },
  argTypes: {
    ...exampleArgTypes,
    error: notEditable,
    // A select, not a toggle: unset (uncontrolled, with its "Get help" opener) is a value of its own.
    open: {
      control: { type: 'select', labels: { undefined: 'unset: uncontrolled', true: 'true', false: 'false' } },
      options: [undefined, true, false],
      description: 'Controlled when set: the dialog follows it and shows no opener',
    },
    onOpenChange: callback,
    className: text,
    openerClassName: text,
    children: text,
  },
  loaders: [loadExampleError],
  render: (args, { loaded }) => <SupportDialog {...withoutExample(args)} error={loaded.error} />,
  parameters: {
    // A modal dialog covers the page it opens on: on the docs page each story gets a frame of its own.
    docs: { description: { component: supportGuidance }, story: { inline: false, height: '520px' } },
  },
} satisfies Meta<SupportDialogProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the dialog with its "Get help" button and returns it. */
async function openDialog(canvasElement: HTMLElement): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button'));
  return canvas.findByRole('dialog');
}

export const OpenDetails: Story = {
  name: 'Contact support: the details (500)',
  args: { open: true },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog');
    await expect(dialog).toHaveTextContent(DEMO_REQUEST_ID);
  },
};

export const Closed: Story = {
  name: 'Get help (closed)',
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toBeEnabled();
    await expect(canvasElement.querySelector('dialog[open]')).toBeNull();
  },
};

export const OpenAndClose: Story = {
  name: 'Open, close, focus back on Get help',
  play: async ({ canvasElement, args, globals }) => {
    const opener = within(canvasElement).getByRole('button');
    const dialog = await openDialog(canvasElement);
    await expect(dialog).toHaveTextContent(DEMO_REQUEST_ID);
    // The failed request's method and path, with the token in its query redacted.
    await expect(dialog).toHaveTextContent('POST');
    await expect(dialog).not.toHaveTextContent('secret');
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('support.close') }));
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
  },
};

export const Copied: Story = {
  name: 'Copied',
  beforeEach: () => stubClipboard(true),
  play: async ({ canvasElement, globals }) => {
    const translator = translatorFor(globals);
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: translator.t('support.copy') }));
    await expect(await within(dialog).findByText(translator.t('support.copied'))).toBeVisible();
  },
};

export const CopyFailed: Story = {
  name: "Couldn't copy: the details to select",
  beforeEach: () => stubClipboard(false),
  play: async ({ canvasElement, globals }) => {
    const translator = translatorFor(globals);
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: translator.t('support.copy') }));
    await expect(await within(dialog).findByText(translator.t('support.copyFailed'))).toBeVisible();
    // The text to copy by hand is there, request id included.
    await expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox').value).toContain(DEMO_REQUEST_ID);
  },
};
