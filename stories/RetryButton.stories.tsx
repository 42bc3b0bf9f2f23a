import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RetryButton, type RetryButtonProps } from '../src/react/RetryButton.js';
import { callback, notEditable, text } from './argTypes.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { retryGuidance } from './guidance/retryGuidance.js';

type Args = RetryButtonProps & ExampleArgs;

/** Counts down to `retryAt` (disabled), shows a clock time for waits over an hour, and is enabled at zero. */
const meta = {
  title: 'Components/RetryButton',
  component: RetryButton,
  args: { example: 'rate-limit', error: null, onRetry: fn() },
  argTypes: { ...exampleArgTypes, error: notEditable, onRetry: callback, onClick: callback, children: text, className: text },
  loaders: [loadExampleError],
  render: (args, { loaded }) => <RetryButton {...withoutExample(args)} error={loaded.error} />,
  parameters: { docs: { description: { component: retryGuidance } } },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const countdown = /\d:\d\d/;

export const CountdownRunning: Story = {
  name: 'Countdown running (429, Retry-After: 42)',
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeDisabled();
    await expect(button.textContent).toMatch(countdown);
    await userEvent.click(button, { pointerEventsCheck: 0 });
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const CountdownOverAnHour: Story = {
  name: 'Countdown over an hour: a clock time (429)',
  args: { example: 'rate-limit-long' },
  play: async ({ canvasElement, loaded, globals }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeDisabled();
    // Not "1:29:59": a clock time ("Try again at 15:40"), the way a person plans a long wait.
    const { retryAt } = normalized(loaded.error);
    await expect(retryAt).toBeGreaterThan(Date.now() + 3600_000);
    const wait = translatorFor(globals).formatRetryWait(retryAt ?? 0, Date.now());
    await expect(wait.kind).toBe('clock');
    await expect(button.textContent).toContain(wait.value);
    await expect(button.textContent).not.toMatch(/\d:\d\d:\d\d/);
  },
};

export const CountdownDone: Story = {
  name: 'Countdown done: Try again (429)',
  args: { example: 'rate-limit-done' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeEnabled();
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const CountsDownToEnabled: Story = {
  name: 'Counts down, then enables (429, 2 s)',
  args: { example: 'rate-limit-short' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeDisabled();
    await waitFor(() => expect(button).toBeEnabled(), { timeout: 5000 });
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const ServerError: Story = {
  name: 'Server problem: Try again at once (500)',
  args: { example: 'server' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeEnabled();
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const TryingAgain: Story = {
  name: 'Trying again… (the retry is still running)',
  // The retry's promise never settles here, so the button stays in its busy state.
  args: { example: 'server', onRetry: fn(() => new Promise<never>(() => undefined)) },
  play: async ({ canvasElement, args, globals }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.click(button);
    await expect(button).toHaveTextContent(translatorFor(globals).t('retryButton.retrying'));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    // Still focusable (aria-disabled, not disabled), and a second click sends nothing more.
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const OwnLabel: Story = {
  name: 'Own label ("Reload orders")',
  args: { example: 'server', children: 'Reload orders' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Reload orders' })).toBeEnabled();
  },
};
