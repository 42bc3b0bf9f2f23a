import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorBannerFallback } from '../src/react/ApiErrorBannerFallback.js';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../src/react/ApiErrorBoundary.js';
import { useApiErrorBoundary } from '../src/react/useApiErrorBoundary.js';
import { getExample, type ExampleId } from './examples.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs } from './exampleArgs.js';
import { expectCaught } from './expectedErrors.js';

/** A screen that fails after it mounted (as a failed request would), through `useApiErrorBoundary`. */
function FailingScreen({ error }: { error: unknown }) {
  const { showBoundary } = useApiErrorBoundary();
  useEffect(() => {
    showBoundary(error);
  }, [error, showBoundary]);
  return <p>Loading the screen…</p>;
}

/** The default fallback per category: what a whole screen shows when its data could not load. */
const meta = {
  title: 'Components/ApiErrorBoundary',
  component: ApiErrorBoundary,
  args: { example: 'server' },
  argTypes: exampleArgTypes,
  loaders: [async (context) => ({ error: expectCaught((await loadExampleError(context)).error) })],
  render: (_args, { loaded }) => (
    <ApiErrorBoundary>
      <FailingScreen error={loaded.error} />
    </ApiErrorBoundary>
  ),
} satisfies Meta<ApiErrorBoundaryProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

function fallbackStory(example: ExampleId): Story {
  const { category, title } = getExample(example);
  return {
    name: `${category}: ${title}`,
    args: { example },
    play: async ({ canvasElement, loaded, globals }) => {
      const canvas = within(canvasElement);
      const title = translatorFor(globals).errorTitle(normalized(loaded.error));
      await waitFor(() => expect(canvas.getByText(title)).toBeInTheDocument());
      await expect(canvas.queryByText('Loading the screen…')).toBeNull();
    },
  };
}

export const Connection = fallbackStory('offline');
export const Authorization = fallbackStory('forbidden');
export const NotFound = fallbackStory('not-found');
export const Conflict = fallbackStory('conflict');
export const RateLimit = fallbackStory('rate-limit');
export const Server = fallbackStory('server');
export const Response = fallbackStory('html-response');
export const Integration = fallbackStory('plugin-outdated');
export const Configuration = fallbackStory('missing-api-url');

/** `fallback={ApiErrorBannerFallback}`: the full banner, with the support dialog's opener and the countdown. */
export const BannerFallback: Story = {
  name: 'The full banner as the fallback',
  args: { example: 'server' },
  render: (_args, { loaded }) => (
    <ApiErrorBoundary fallback={ApiErrorBannerFallback}>
      <FailingScreen error={loaded.error} />
    </ApiErrorBoundary>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = translatorFor(globals);
    await expect(await canvas.findByRole('button', { name: t.t('retryButton.label') })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: t.t('banner.support') })).toBeInTheDocument();
  },
};

export const RetryResets: Story = {
  name: 'Retry renders the screen again',
  args: { example: 'server' },
  render: (_args, { loaded }) => <RetryOnce error={loaded.error} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', { name: translatorFor(globals).t('retryButton.label') });
    await userEvent.click(retry);
    await expect(await canvas.findByText('The screen loaded.')).toBeInTheDocument();
  },
};

/** Fails on the first mount only, like a request that works the second time. */
function FlakyScreen({ error, isFirstAttempt }: { error: unknown; isFirstAttempt: () => boolean }) {
  const { showBoundary } = useApiErrorBoundary();
  useEffect(() => {
    if (isFirstAttempt()) showBoundary(error);
  }, [error, isFirstAttempt, showBoundary]);
  return <p>The screen loaded.</p>;
}

function RetryOnce({ error }: { error: unknown }) {
  const [isFirstAttempt] = useState(() => {
    let attempts = 0;
    return () => ++attempts === 1;
  });
  return (
    <ApiErrorBoundary>
      <FlakyScreen error={error} isFirstAttempt={isFirstAttempt} />
    </ApiErrorBoundary>
  );
}
