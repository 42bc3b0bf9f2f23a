import type { Decorator, Preview } from '@storybook/react-vite';
import type { SetupWorker } from 'msw/browser';
import { loadLocale, registerLocale } from '../src/messages/locales.js';
import { createHandlers } from '../mocks/handlers.js';
import { isExpectedCaught } from '../stories/expectedErrors.js';
import { setupInPageMocks } from './inPageMocks.js';
import { StoryFrame } from './StoryFrame.js';
import { PSEUDO_LOCALE, pseudoCatalog } from './pseudoLocale.js';
import STORY_VARIANTS from './variants.json' with { type: 'json' };
import '../src/styles.css';
import './preview.css';

registerLocale(PSEUDO_LOCALE, pseudoCatalog());

/** Set by the Vitest projects (vite.config.ts): which toolbar variant every story starts in. */
declare const __STORY_VARIANT__: string | undefined;
const variantName = typeof __STORY_VARIANT__ === 'string' ? __STORY_VARIANT__ : 'default';
const variantGlobals: Record<string, unknown> =
  variantName in STORY_VARIANTS ? STORY_VARIANTS[variantName as keyof typeof STORY_VARIANTS].globals : {};

/** The mock API, answered in the page (see inPageMocks.ts); set up on the first story. */
let mocks: SetupWorker | undefined;

const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Every story inside the kit's provider, a fresh QueryClient, and the toolbar's locale, theme and direction. */
const withKit: Decorator = (Story, context) => (
  <StoryFrame
    key={context.id}
    locale={str(context.globals.locale, 'en')}
    theme={str(context.globals.theme, 'light')}
    direction={str(context.globals.direction, 'auto')}
  >
    <Story />
  </StoryFrame>
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Locale of every text the kit renders',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية (RTL)' },
          { value: PSEUDO_LOCALE, title: 'Pseudo (longer, accented)' },
        ],
      },
    },
    theme: {
      description: 'Light or dark styles',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
      },
    },
    direction: {
      description: 'Writing direction (auto follows the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Direction from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto', ...variantGlobals },
  // Lazily loaded catalogs arrive before the story renders, so no story flashes English first.
  loaders: [
    async ({ globals }) => {
      await loadLocale(str(globals.locale, 'en'));
      return {};
    },
  ],
  // A fresh mock API per story: tokens, rate-limit windows and the offline switch never leak.
  // Stories add their own handlers with `beforeEach({ msw }) { msw.use(...) }`.
  beforeEach(context) {
    mocks ??= setupInPageMocks();
    const msw = mocks;
    context.msw = msw;
    msw.use(...createHandlers());
    return () => {
      msw.resetHandlers();
    };
  },
  // No story may need sideways scrolling (the 360 px variant is where this bites): a person on
  // a phone would have to scroll to read the rest of a message.
  afterEach({ canvasElement }) {
    const page = canvasElement.ownerDocument.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) {
      throw new Error(`The story is ${page.scrollWidth - page.clientWidth} px wider than the ${page.clientWidth} px page`);
    }
  },
  decorators: [withKit],
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { matchers: { date: /At$/ } },
    // The narrowest phone the kit must fit (no sideways scrolling at 360 CSS px).
    viewport: { options: { phone360: { name: 'Phone, 360 px', styles: { width: '360px', height: '740px' }, type: 'mobile' } } },
    layout: 'fullscreen',
    // Boundary stories throw on purpose; React would log each caught error. Others still log.
    react: {
      rootOptions: {
        onCaughtError: (error: unknown) => {
          if (!isExpectedCaught(error)) console.error(error);
        },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
