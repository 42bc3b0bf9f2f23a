import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider } from '../src/react/ApiErrorProvider.js';
import { ReloginPrompt, type ReloginPromptProps } from '../src/react/ReloginPrompt.js';
import { callback, notEditable, text } from './argTypes.js';
import { exampleArgTypes, loadExampleError, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { reloginGuidance } from './guidance/reloginGuidance.js';

type Args = ReloginPromptProps & ExampleArgs & { refreshSession: () => Promise<boolean>; requestLogin: () => Promise<boolean> };

/**
 * A refresh held open until the story ends: "Reconnecting…" stays on screen. The session
 * coordinator runs a refresh under a Web Lock shared by every tab of the origin, so while this
 * story is open another tab's story (the static crawl opens two) would wait for it: the story
 * hides the Web Locks API (the coordinator then keeps its single flight to this tab) and
 * releases the refresh, as a failure, on cleanup.
 */
let releaseRefresh: () => void = () => undefined;
const heldRefresh = () =>
  new Promise<boolean>((resolve) => {
    releaseRefresh = () => {
      resolve(false);
    };
  });

const meta = {
  title: 'Components/ReloginPrompt',
  component: ReloginPrompt,
  args: {
    example: 'token-expired',
    error: null,
    onRetry: fn(),
    onDismiss: fn(),
    refreshSession: fn(async () => false),
    requestLogin: fn(async () => true),
  },
  argTypes: {
    ...exampleArgTypes,
    error: notEditable,
    onRetry: callback,
    onDismiss: callback,
    className: text,
    refreshSession: { ...callback, description: "The provider's silent refresh (ApiErrorProvider)" },
    requestLogin: { ...callback, description: "The provider's interactive login (ApiErrorProvider)" },
  },
  loaders: [loadExampleError],
  render: ({ refreshSession, requestLogin, ...args }, { loaded, globals }) => (
    <ApiErrorProvider locale={typeof globals.locale === 'string' ? globals.locale : 'en'} refreshSession={refreshSession} requestLogin={requestLogin}>
      <label htmlFor="note">Note (survives the re-login)</label>
      <input id="note" defaultValue="typed before the session ended" />
      <ReloginPrompt {...withoutExample(args)} error={loaded.error} />
    </ApiErrorProvider>
  ),
  parameters: {
    // A modal dialog covers the page it opens on: on the docs page each story gets a frame of its own.
    docs: { description: { component: reloginGuidance }, story: { inline: false, height: '360px' } },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Prompt: Story = {
  name: 'Your session has ended (401): the dialog',
  play: async ({ canvasElement, args, globals }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: translatorFor(globals).t('relogin.title') });
    await expect(dialog).toBeVisible();
    await expect(args.refreshSession).toHaveBeenCalledTimes(1);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const Reconnecting: Story = {
  name: 'Reconnecting… (silent refresh running)',
  args: { refreshSession: fn(heldRefresh) },
  beforeEach: () => {
    const locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
    Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
    return () => {
      releaseRefresh();
      delete (navigator as { locks?: unknown }).locks;
      if (locks && !Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')) Object.defineProperty(Navigator.prototype, 'locks', locks);
    };
  },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByText(translatorFor(globals).t('relogin.refreshing'))).toBeVisible();
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

export const SignInFailed: Story = {
  name: "That didn't work (sign-in failed)",
  // requestLogin rejects: signing in failed (false would mean the person cancelled).
  args: { requestLogin: fn(async () => Promise.reject(new Error('sign-in failed'))) },
  play: async ({ canvasElement, args, globals }) => {
    const translator = translatorFor(globals);
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: translator.t('relogin.signIn') }));
    // The prompt stepped aside while the app's sign-in ran, and comes back saying it failed.
    await expect(await within(await canvas.findByRole('dialog')).findByRole('status')).toHaveTextContent(translator.t('relogin.failed'));
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const SignInCancelled: Story = {
  name: 'Sign-in cancelled: the prompt comes back quietly',
  // requestLogin resolves false: the person closed the app's own sign-in.
  args: { requestLogin: fn(async () => false) },
  play: async ({ canvasElement, args, globals }) => {
    const translator = translatorFor(globals);
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: translator.t('relogin.signIn') }));
    await waitFor(() => expect(args.requestLogin).toHaveBeenCalledTimes(1));
    const back = await canvas.findByRole('dialog');
    await expect(within(back).getByRole('button', { name: translator.t('relogin.signIn') })).toBeEnabled();
    await expect(back).not.toHaveTextContent(translator.t('relogin.failed'));
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const PromptThenReplay: Story = {
  name: 'Sign in, then the failed work runs again',
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('relogin.signIn') }));
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
    await expect(args.requestLogin).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByLabelText(/Note/)).toHaveValue('typed before the session ended');
  },
};

export const NotNow: Story = {
  name: 'Not now: closes, keeps the page',
  play: async ({ canvasElement, args, globals }) => {
    const dialog = await within(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: translatorFor(globals).t('relogin.cancel') }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

export const SilentRefreshWorks: Story = {
  name: 'Silent refresh works: no dialog',
  args: { refreshSession: fn(async () => true) },
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1));
    await expect(args.refreshSession).toHaveBeenCalledTimes(1);
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

export const NotAnAuthError: Story = {
  name: 'Not a sign-in error (500): nothing',
  args: { example: 'server' },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).queryByRole('dialog')).toBeNull();
    await expect(args.refreshSession).not.toHaveBeenCalled();
  },
};
