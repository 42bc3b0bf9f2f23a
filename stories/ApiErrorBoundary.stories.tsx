import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { API_ERROR_CATEGORIES } from '../src/model/types.js';
import { ApiErrorBannerFallback } from '../src/react/ApiErrorBannerFallback.js';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../src/react/ApiErrorBoundary.js';
import { callback, notEditable } from './argTypes.js';
import { useApiErrorBoundary } from '../src/react/useApiErrorBoundary.js';
import { getExample, type ExampleId } from './examples.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { expectCaught } from './expectedErrors.js';
import { boundaryGuidance } from './guidance/boundaryGuidance.js';

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
  args: { example: 'server', onReset: fn() },
  argTypes: {
    ...exampleArgTypes,
    children: notEditable,
    fallback: notEditable,
    resetKeys: notEditable,
    onReset: callback,
    categories: { control: 'check', options: API_ERROR_CATEGORIES },
  },
  loaders: [async (context) => ({ error: expectCaught((await loadExampleError(context)).error) })],
  render: (args, { loaded }) => (
    <ApiErrorBoundary {...withoutExample(args)}>
      <FailingScreen error={loaded.error} />
    </ApiErrorBoundary>
  ),
  parameters: { docs: { description: { component: boundaryGuidance } } },
} satisfies Meta<ApiErrorBoundaryProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

function fallbackStory(example: ExampleId): Story {
  const { category } = getExample(example);
  return {
    args: { example },
    tags: [category],
    play: async ({ canvasElement, loaded, globals }) => {
      const canvas = within(canvasElement);
      const title = translatorFor(globals).errorTitle(normalized(loaded.error));
      await waitFor(() => expect(canvas.getByText(title)).toBeInTheDocument());
      await expect(canvas.queryByText('Loading the screen…')).toBeNull();
    },
  };
}

export const Connection: Story = { ...fallbackStory('offline'), name: "Can't connect (offline)" };
export const Authorization: Story = { ...fallbackStory('forbidden'), name: "You don't have access (403)" };
export const NotFound: Story = { ...fallbackStory('not-found'), name: "Not found (404)" };
export const Conflict: Story = { ...fallbackStory('conflict'), name: "Already exists or changed (409)" };
export const RateLimit: Story = { ...fallbackStory('rate-limit'), name: "Too many requests (429)" };
export const Server: Story = { ...fallbackStory('server'), name: "Server problem (500)" };
export const Response: Story = { ...fallbackStory('html-response'), name: "Unexpected response (HTML, 200)" };
export const Integration: Story = { ...fallbackStory('plugin-outdated'), name: "WCPOS plugin outdated (integration)" };
export const Configuration: Story = { ...fallbackStory('missing-api-url'), name: "Store URL missing (configuration)" };

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
  name: 'Try again renders the screen again (500)',
  args: { example: 'server' },
  render: ({ onReset }, { loaded }) => <RetryOnce error={loaded.error} onReset={onReset} />,
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', { name: translatorFor(globals).t('retryButton.label') });
    await userEvent.click(retry);
    await expect(await canvas.findByText('The screen loaded.')).toBeInTheDocument();
    await expect(args.onReset).toHaveBeenCalledTimes(1);
  },
};

export const OwnFallback: Story = {
  name: 'Own fallback (a function of the error)',
  args: {
    example: 'not-found',
    fallback: ({ error }) => (
      <p role="alert" data-own-fallback>
        This order is no longer here ({error.status}).
      </p>
    ),
  },
  play: async ({ canvasElement }) => {
    const own = await within(canvasElement).findByRole('alert');
    await expect(own).toHaveTextContent('This order is no longer here (404).');
  },
};

export const OnlySomeCategories: Story = {
  name: 'Catches only server errors: a 404 passes to the outer boundary',
  args: { example: 'not-found', categories: ['server'] },
  render: (args, { loaded }) => (
    <ApiErrorBoundary fallback={<p data-outer>The outer boundary caught it.</p>}>
      <ApiErrorBoundary {...withoutExample(args)}>
        <FailingScreen error={loaded.error} />
      </ApiErrorBoundary>
    </ApiErrorBoundary>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The outer boundary caught it.')).toBeInTheDocument();
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

function RetryOnce({ error, onReset }: { error: unknown; onReset?: (() => void) | undefined }) {
  const [isFirstAttempt] = useState(() => {
    let attempts = 0;
    return () => ++attempts === 1;
  });
  return (
    <ApiErrorBoundary onReset={onReset}>
      <FlakyScreen error={error} isFirstAttempt={isFirstAttempt} />
    </ApiErrorBoundary>
  );
}
