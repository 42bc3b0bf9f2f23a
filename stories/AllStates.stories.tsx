import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect } from 'storybook/test';
import { ApiErrorBanner } from '../src/react/ApiErrorBanner.js';
import { EXAMPLES, type ErrorExample } from './examples.js';
import { loadExample } from './loadExample.js';
import { normalized } from './exampleArgs.js';

/** Every example of stories/examples.ts at once: one page to review in each locale, theme and direction. */
const meta = {
  title: 'Components/All states',
  loaders: [async () => ({ errors: await Promise.all(EXAMPLES.map(loadExample)) })],
  render: (_args, { loaded }) => {
    const errors = loaded.errors as unknown[];
    return (
      <div className="all-states">
        {EXAMPLES.map((example, index) => (
          <State key={example.id} example={example} error={errors[index]} />
        ))}
      </div>
    );
  },
} satisfies Meta;
export default meta;

/**
 * One example under its title. An article, not a section: a docs page shows the same story more
 * than once, and named sections are landmarks, which axe wants unique on a page. The id comes
 * from useId for the same reason.
 */
function State({ example, error }: { example: ErrorExample; error: unknown }) {
  const titleId = useId();
  return (
    <article aria-labelledby={titleId} data-example={example.id}>
      <h2 id={titleId}>{example.title}</h2>
      <ApiErrorBanner error={error} onRetry={() => undefined} />
    </article>
  );
}

type Story = StoryObj<typeof meta>;

export const AllStates: Story = {
  name: 'All states',
  play: async ({ canvasElement, loaded }) => {
    const errors = loaded.errors as unknown[];
    for (const [index, example] of EXAMPLES.entries()) {
      const section = canvasElement.querySelector(`[data-example="${example.id}"]`);
      await expect(normalized(errors[index]).category).toBe(example.category);
      const banner = section?.querySelector('.raek-banner');
      // A cancelled request is never presented; everything else is.
      if (example.category === 'cancelled') await expect(banner).toBeNull();
      else await expect(banner).toHaveAttribute('data-category', example.category);
    }
  },
};

export const AllStatesDarkArabic: Story = {
  name: 'All states (dark, Arabic, right to left)',
  globals: { theme: 'dark', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.story-root');
    await expect(root).toHaveAttribute('dir', 'rtl');
    // Every banner speaks Arabic and sets its own direction.
    for (const banner of canvasElement.querySelectorAll('.raek-banner')) await expect(banner).toHaveAttribute('dir', 'rtl');
  },
};

export const AllStatesPseudo: Story = {
  name: 'All states (pseudo-locale)',
  globals: { locale: 'en-XA' },
  play: async ({ canvasElement }) => {
    // Every kit text is pseudo-localized: a plain-English one would be a string that escaped the catalog.
    const titles = [...canvasElement.querySelectorAll('.raek-banner__title')];
    await expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) await expect(title.textContent).toMatch(/^\[/);
  },
};
