import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ApiErrorBanner, type ApiErrorBannerProps } from '../src/react/ApiErrorBanner.js';
import { CATEGORY_PRESENTATION } from '../src/react/presentation.js';
import { getExample, type ExampleId } from './examples.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs } from './exampleArgs.js';

type Args = ApiErrorBannerProps & ExampleArgs;

/**
 * The error in words, with what can be done about it. One story per category, each checking
 * what a person sees (title and message in the toolbar's locale) and the live-region role.
 */
const meta = {
  title: 'Components/ApiErrorBanner',
  component: ApiErrorBanner,
  args: { example: 'server', error: null, onRetry: fn() },
  argTypes: { ...exampleArgTypes, error: { control: false } },
  loaders: [loadExampleError],
  render: ({ onRetry }, { loaded }) => <ApiErrorBanner error={loaded.error} onRetry={onRetry} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one example: the banner's category, role, title and message. */
function categoryStory(example: ExampleId, extra?: Story['play']): Story {
  const { title, category } = getExample(example);
  return {
    name: `${category}: ${title}`,
    args: { example },
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

export const Connection = categoryStory('offline');
export const Authentication = categoryStory('token-expired');
export const Authorization = categoryStory('forbidden');
export const Request = categoryStory('validation', async ({ canvasElement }) => {
  // A 4xx about the person's own input may show the server's words, as text.
  await expect(within(canvasElement).getByText('Validation failed')).toBeInTheDocument();
});
export const NotFound = categoryStory('not-found');
export const Conflict = categoryStory('conflict');
export const RateLimit = categoryStory('rate-limit', async ({ canvasElement }) => {
  await expect(within(canvasElement).getByRole('button')).toBeDisabled();
});
export const Server = categoryStory('server', async ({ canvasElement, args }) => {
  // A 5xx message may hold internals: never shown on the banner (the support dialog keeps it).
  await expect(canvasElement).not.toHaveTextContent('deadlock');
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getAllByRole('button')[0]!);
  await expect(args.onRetry).toHaveBeenCalledTimes(1);
});
export const Response = categoryStory('html-response');
export const Integration = categoryStory('plugin-outdated');
export const Configuration = categoryStory('missing-api-url');
export const Unknown = categoryStory('unknown');

export const Cancelled: Story = {
  name: 'cancelled: renders nothing',
  args: { example: 'cancelled' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.raek-banner')).toBeNull();
  },
};
