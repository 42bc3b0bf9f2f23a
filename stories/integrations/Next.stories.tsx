import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { translatorFor } from '../exampleArgs.js';
import { NextErrorPage } from '../../src/next.js';

/** What the browser gets from a failed server component in production: a generic message and a digest. */
const stripped = Object.assign(
  new Error('An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.'),
  { digest: '2918272731' },
);

/** `NextErrorPage` as the body of an App Router `error.tsx`. */
const meta = {
  title: 'Integrations/Next.js',
  component: NextErrorPage,
  args: { error: stripped, reset: fn(), retry: fn() },
} satisfies Meta<typeof NextErrorPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const StrippedServerError: Story = {
  name: 'Server error with only a digest',
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const t = translatorFor(globals);
    await userEvent.click(await canvas.findByRole('button', { name: t.t('retryButton.label') }));
    await expect(args.retry).toHaveBeenCalledOnce();
    await expect(args.reset).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: t.t('banner.support') }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveTextContent('2918272731');
    await userEvent.keyboard('{Escape}');
  },
};

export const OlderNext: Story = {
  name: 'Next before 16.2 (reset only)',
  args: { retry: undefined },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: translatorFor(globals).t('retryButton.label') }));
    await expect(args.reset).toHaveBeenCalledOnce();
  },
};
