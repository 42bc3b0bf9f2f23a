import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider } from '../src/react/ApiErrorProvider.js';
import { ReloginPrompt, type ReloginPromptProps } from '../src/react/ReloginPrompt.js';
import { exampleArgTypes, loadExampleError, translatorFor, type ExampleArgs } from './exampleArgs.js';

type Args = ReloginPromptProps &
  ExampleArgs & { refreshSession: () => Promise<boolean>; requestLogin: () => Promise<boolean>; onRetry: () => void };

/**
 * For a lost session: the provider's silent refresh first; only if it fails, a dialog over the
 * screen (which stays mounted). Once the session is back the failed work runs again.
 */
const meta = {
  title: 'Components/ReloginPrompt',
  component: ReloginPrompt,
  args: {
    example: 'token-expired',
    error: null,
    onRetry: fn(),
    refreshSession: fn(async () => false),
    requestLogin: fn(async () => true),
  },
  argTypes: { ...exampleArgTypes, error: { control: false } },
  loaders: [loadExampleError],
  render: ({ onRetry, refreshSession, requestLogin }, { loaded, globals }) => (
    <ApiErrorProvider locale={typeof globals.locale === 'string' ? globals.locale : 'en'} refreshSession={refreshSession} requestLogin={requestLogin}>
      <label htmlFor="note">Note (survives the re-login)</label>
      <input id="note" defaultValue="typed before the session ended" />
      <ReloginPrompt error={loaded.error} onRetry={onRetry} />
    </ApiErrorProvider>
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SilentRefreshWorks: Story = {
  name: 'Silent refresh works: no prompt',
  args: { refreshSession: fn(async () => true) },
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
    await expect(args.refreshSession).toHaveBeenCalledTimes(1);
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

export const PromptThenReplay: Story = {
  name: 'Refresh fails: prompt, sign in, replay',
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await expect(args.onRetry).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('relogin.signIn') }));
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
    await expect(args.requestLogin).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByLabelText(/Note/)).toHaveValue('typed before the session ended');
  },
};

export const NotAnAuthError: Story = {
  name: 'Not an authentication error: nothing',
  args: { example: 'server' },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
    await expect(args.refreshSession).not.toHaveBeenCalled();
  },
};
