import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { API_ERROR_CATEGORIES, API_ERROR_CODES } from '../src/index.js';
import { catalogKeys } from '../src/messages/catalogKeys.js';
import { Catalog } from './Catalog.js';
import { CATALOG_GROUPS } from './catalogRows.js';

/**
 * Every text of the kit in the locale chosen in the toolbar, beside its English source, with
 * its key, placeholders and plural forms: the page where translators and designers review copy.
 */
const meta = {
  title: 'Docs/Catalog for translators',
  component: Catalog,
  args: { locale: 'en' },
  argTypes: {
    group: { control: 'select', options: [undefined, ...CATALOG_GROUPS] },
    category: { control: 'select', options: [undefined, ...API_ERROR_CATEGORIES] },
    locale: { control: false },
  },
  // The toolbar locale wins over the arg, so switching language re-renders the whole catalog.
  render: (args, { globals }) => <Catalog {...args} locale={typeof globals.locale === 'string' ? globals.locale : args.locale} />,
} satisfies Meta<typeof Catalog>;
export default meta;
type Story = StoryObj<typeof meta>;

const rowsOf = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll<HTMLElement>('tr[data-key]')];

export const AllTexts: Story = {
  name: 'All texts: key, English, translation',
  play: async ({ canvasElement }) => {
    const rows = rowsOf(canvasElement);
    // Every catalog key, the plural forms on top.
    await expect(rows.length).toBeGreaterThan(catalogKeys().length);
    await expect(canvasElement.querySelectorAll('tr[data-code]')).toHaveLength(Object.keys(API_ERROR_CODES).length);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      await expect(cells[1]?.textContent?.trim()).not.toBe('');
    }
    // Component strings are there, with their placeholders named.
    const countdown = canvasElement.querySelector('tr[data-key="retryButton.countdown"]');
    await expect(countdown).toHaveTextContent('{time}');
    await expect(canvasElement.querySelector('tr[data-key="support.copied"]')).not.toBeNull();
  },
};

export const InGerman: Story = {
  name: 'German beside English',
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('tr[data-key="relogin.title"]');
    const [source, target] = row ? within(row as HTMLElement).getAllByRole('cell') : [];
    await expect(source).toHaveAttribute('lang', 'en');
    await expect(target).toHaveAttribute('lang', 'de');
    // A real translation, not the English fallback.
    await expect(target?.textContent).not.toBe(source?.textContent);
  },
};

export const ArabicPluralForms: Story = {
  name: 'Arabic: six plural forms, right to left',
  globals: { locale: 'ar' },
  args: { group: 'component' },
  play: async ({ canvasElement }) => {
    const forms = rowsOf(canvasElement).filter((row) => row.dataset.key?.startsWith('banner.count.'));
    await expect(forms.map((row) => row.dataset.key?.split('.').pop())).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    await expect(forms[0]?.querySelector('td[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  },
};

export const RateLimitOnly: Story = {
  name: 'One category (rate limit, 429)',
  args: { category: 'rate_limit' },
  play: async ({ canvasElement }) => {
    const codes = canvasElement.querySelectorAll('tr[data-code]');
    const expected = Object.values(API_ERROR_CODES).filter((info) => info.category === 'rate_limit').length;
    await expect(codes).toHaveLength(expected);
    for (const row of codes) await expect(row.textContent).toContain('rate_limit');
  },
};
