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

/** Rows whose English source or translation is empty (one check, not one instrumented call per row). */
const emptyRows = (canvasElement: HTMLElement) =>
  rowsOf(canvasElement)
    .filter((row) => [...row.querySelectorAll('td')].slice(0, 2).some((cell) => cell.textContent?.trim() === ''))
    .map((row) => row.dataset.key);

// One story per group (the docs page shows all three: every text of the kit on one page).
export const CategoryTexts: Story = {
  name: 'Category texts: key, English, translation',
  args: { group: 'category' },
  play: async ({ canvasElement }) => {
    await expect(rowsOf(canvasElement)).toHaveLength(catalogKeys().filter((key) => key.startsWith('category.')).length);
    await expect(emptyRows(canvasElement)).toEqual([]);
  },
};

export const CodeTexts: Story = {
  name: 'Code texts (every code, e.g. 429 RATE_LIMIT_EXCEEDED)',
  args: { group: 'code' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tr[data-code]')).toHaveLength(Object.keys(API_ERROR_CODES).length);
    await expect(emptyRows(canvasElement)).toEqual([]);
  },
};

export const ComponentStrings: Story = {
  name: 'Component strings: retryButton, support, relogin, plural forms',
  args: { group: 'component' },
  play: async ({ canvasElement }) => {
    const keys = rowsOf(canvasElement).map((row) => row.dataset.key);
    await expect(keys).toEqual(expect.arrayContaining(['retryButton.countdown', 'support.copied', 'relogin.failed', 'banner.count.other']));
    // Placeholders are named beside the text that holds them.
    await expect(canvasElement.querySelector('tr[data-key="retryButton.countdown"]')).toHaveTextContent('{time}');
  },
};

export const InGerman: Story = {
  name: 'German beside English',
  globals: { locale: 'de' },
  args: { group: 'component' },
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
    await expect([...codes].filter((row) => !row.textContent?.includes('rate_limit'))).toEqual([]);
  },
};
