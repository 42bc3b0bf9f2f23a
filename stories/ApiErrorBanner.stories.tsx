import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ApiErrorBanner, type ApiErrorBannerProps } from '../src/react/ApiErrorBanner.js';
import { CATEGORY_PRESENTATION } from '../src/react/presentation.js';
import { callback, notEditable, text } from './argTypes.js';
import { getExample, type ExampleId } from './examples.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { bannerGuidance } from './guidance/bannerGuidance.js';

type Args = ApiErrorBannerProps & ExampleArgs;

/** The error in words, with what can be done about it. Every arg is a real prop of the banner. */
const meta = {
  title: 'Components/ApiErrorBanner',
  component: ApiErrorBanner,
  args: { example: 'server', error: null, onRetry: fn(), onReload: fn() },
  argTypes: {
    ...exampleArgTypes,
    error: notEditable,
    onRetry: callback,
    onDismiss: callback,
    onReload: callback,
    count: { control: { type: 'number', min: 1, step: 1 } },
    className: text,
    children: text,
  },
  loaders: [loadExampleError],
  render: (args, { loaded }) => <ApiErrorBanner {...withoutExample(args)} error={loaded.error} />,
  parameters: { docs: { description: { component: bannerGuidance } } },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The banner's category, role, title and message in the toolbar's locale. */
function categoryStory(example: ExampleId, extra?: Story['play']): Story {
  const { category } = getExample(example);
  return {
    args: { example },
    tags: [category],
    play: async (context) => {
      const { canvasElement, loaded, globals } = context;
      const error = normalized(loaded.error);
      await expect(error.category).toBe(category);
      const translator = translatorFor(globals);
      const banner = within(canvasElement).getByRole(CATEGORY_PRESENTATION[category].role);
      await expect(banner).toHaveAttribute('data-category', category);
      await expect(banner).toHaveTextContent(translator.errorTitle(error));
      await expect(banner).toHaveTextContent(translator.errorMessage(error));
      await extra?.(context);
    },
  };
}

// Names say what the canvas says (in English) and the status or cause, so "429" or "offline" finds them.
export const Offline: Story = { ...categoryStory('offline'), name: "Can't connect (offline)" };
export const SessionExpired: Story = { ...categoryStory('token-expired'), name: 'Session expired (401)' };
export const NoAccess: Story = { ...categoryStory('forbidden'), name: "You don't have access (403)" };
export const EntriesNotAccepted: Story = {
  ...categoryStory('validation', async ({ canvasElement }) => {
    // A 4xx about the person's own input may show the server's words, as text.
    await expect(within(canvasElement).getByText('Validation failed')).toBeInTheDocument();
  }),
  name: 'Entries not accepted (422)',
};
export const NotFound: Story = { ...categoryStory('not-found'), name: 'Not found (404)' };
export const Conflict: Story = { ...categoryStory('conflict'), name: 'Already exists or changed (409, duplicate)' };
export const TooManyRequests: Story = {
  ...categoryStory('rate-limit', async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toBeDisabled();
  }),
  name: 'Too many requests (429)',
};
export const ServerProblem: Story = {
  ...categoryStory('server', async ({ canvasElement, args }) => {
    // A 5xx message may hold internals: never shown on the banner (the support dialog keeps it).
    await expect(canvasElement).not.toHaveTextContent('deadlock');
    await userEvent.click(within(canvasElement).getAllByRole('button')[0]!);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  }),
  name: 'Server problem (500)',
};
export const UnexpectedResponse: Story = { ...categoryStory('html-response'), name: 'Unexpected response (HTML, 200)' };
export const PluginOutdated: Story = { ...categoryStory('plugin-outdated'), name: 'WCPOS plugin outdated (integration)' };
export const StoreUrlMissing: Story = { ...categoryStory('missing-api-url'), name: 'Store URL missing (configuration)' };
export const SomethingWentWrong: Story = { ...categoryStory('unknown'), name: 'Something went wrong (unknown)' };

export const Cancelled: Story = {
  name: 'Cancelled: renders nothing (abort)',
  args: { example: 'cancelled' },
  tags: ['cancelled'],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.raek-banner')).toBeNull();
  },
};

export const RepeatedAndDismissible: Story = {
  name: 'Repeated 3 times, with Dismiss',
  args: { example: 'server', count: 3, onDismiss: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const translator = translatorFor(globals);
    const banner = within(canvasElement).getByRole('status');
    await expect(banner).toHaveTextContent(translator.t('banner.count', { count: 3 }));
    await userEvent.click(within(banner).getByRole('button', { name: translator.t('banner.dismiss') }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

export const ReloadAfterConflict: Story = {
  name: 'Reload after a conflict (409)',
  args: { example: 'conflict' },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: translatorFor(globals).t('banner.reload') }));
    await expect(args.onReload).toHaveBeenCalledTimes(1);
  },
};

export const WithExtraContent: Story = {
  name: 'Extra content and a class name',
  args: { example: 'not-found', children: 'Order #1001 was on this list yesterday.', className: 'orders-banner' },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('.raek-banner.orders-banner');
    await expect(banner).toHaveTextContent('Order #1001 was on this list yesterday.');
  },
};
