import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { API_ERROR_CATEGORIES, API_ERROR_CODES } from '../src/index.js';
import { Catalog } from './Catalog.js';

/**
 * Every canonical code, its category, and its title and message in the locale chosen in the
 * toolbar: the page where designers and translators review all copy at once.
 */
const meta = {
  title: 'Docs/Catalog',
  component: Catalog,
  args: { locale: 'en' },
  argTypes: { category: { control: 'select', options: [undefined, ...API_ERROR_CATEGORIES] }, locale: { control: false } },
  // The toolbar locale wins over the arg, so switching language re-renders the whole catalog.
  render: (args, { globals }) => <Catalog {...args} locale={typeof globals.locale === 'string' ? globals.locale : args.locale} />,
} satisfies Meta<typeof Catalog>;
export default meta;
type Story = StoryObj<typeof meta>;

const codeCount = Object.keys(API_ERROR_CODES).length;

export const AllCodes: Story = {
  name: 'All codes',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole('row').filter((row) => row.hasAttribute('data-code'));
    await expect(rows).toHaveLength(codeCount);
    // Every code has a non-empty title and message in the selected locale.
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      await expect(cells[1]?.textContent?.trim()).not.toBe('');
      await expect(cells[2]?.textContent?.trim()).not.toBe('');
    }
  },
};

export const InGerman: Story = {
  name: 'In German',
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('[data-code="TOKEN_EXPIRED"]');
    await expect(row).not.toBeNull();
    // A real translation, not the English fallback.
    await expect(row?.textContent).not.toContain('Your session has ended');
  },
};

export const RateLimitOnly: Story = {
  name: 'One category (rate limit)',
  args: { category: 'rate_limit' },
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('row').filter((row) => row.hasAttribute('data-code'));
    const expected = Object.values(API_ERROR_CODES).filter((info) => info.category === 'rate_limit').length;
    await expect(rows).toHaveLength(expected);
    for (const row of rows) await expect(row.textContent).toContain('rate_limit');
  },
};
