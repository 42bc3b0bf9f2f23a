import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vite';
import { chromiumPath } from './scripts/findChromium.mjs';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import STORY_VARIANTS from './.storybook/variants.json' with { type: 'json' };

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** CHROMIUM_PATH, else Playwright's own Chromium, else the system's (scripts/findChromium.mjs). */
const CHROMIUM = chromiumPath();

// A new provider object per project: a shared one makes vitest label every project alike.
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

type StoryVariant = keyof typeof STORY_VARIANTS;

/**
 * Every story as a Chromium test (play function + axe) once per toolbar variant of
 * .storybook/variants.json: the preview reads `__STORY_VARIANT__` for its initial globals (the
 * 360 px one through the viewport global, which the Vitest addon applies to the page).
 * 'default' keeps the plain project name `storybook`; the others are `storybook-<variant>`.
 */
function storybookProject(variant: StoryVariant): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
    define: { __STORY_VARIANT__: JSON.stringify(variant) },
    test: {
      name: variant === 'default' ? 'storybook' : `storybook-${variant}`,
      // Live stories wait for real timers (a 2 s Retry-After); on a busy machine 15 s is too tight.
      testTimeout: 30_000,
      // One page for every story file, as Storybook itself renders story after story: the
      // preview's own beforeEach gives each story a fresh mock API, and loading the preview
      // again for each file was most of a variant's time on 2 cores.
      isolate: false,
      browser: { ...chromium(), isolate: false },
    },
  };
}

const LAZY_LOCALES = ['de', 'fr', 'es', 'ja', 'ar'];

const PEERS = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];
/** Router integrations: one entry each, their router an optional peer, never bundled. */
const INTEGRATIONS = ['react-router', 'tanstack-router', 'next'];
const INTEGRATION_PEERS = [/^react-router($|\/)/, /^@tanstack\/react-router($|\/)/, /^next($|\/)/];

export default defineConfig(({ mode }) => ({
  // The library build (`vite build --mode lib`) is the only place the dts plugin runs:
  // Storybook loads this file too and must not write declarations.
  plugins: mode === 'lib' ? [react(), dts({ tsconfigPath: './tsconfig.build.json' })] : [react()],
  publicDir: mode === 'lib' ? false : 'public',
  build:
    mode === 'lib'
      ? {
          lib: {
            // Locales are entries of their own so the lazy import() of one lands in a stable file
            // (dist/locales/de.js) that size-limit can budget.
            entry: {
              index: 'src/index.ts',
              core: 'src/core.ts',
              dialects: 'src/dialects.ts',
              ...Object.fromEntries(INTEGRATIONS.map((name) => [name, `src/${name}.ts`])),
              ...Object.fromEntries(LAZY_LOCALES.map((l) => [`locales/${l}`, `src/messages/locales/${l}.ts`])),
            },
            formats: ['es' as const],
          },
          // 'use client' on dist/index.js only (the entry's own directive; scripts/postbuild.mjs checks it).
          // The React components and the Query glue get a chunk of their own, so dist/index.js is
          // only re-exports: an app that imports just the model from the root entry then keeps no
          // `import … from 'react'` either (dist/ is side-effect free, see package.json).
          rolldownOptions: {
            external: [...PEERS, ...INTEGRATION_PEERS],
            output: {
              codeSplitting: {
                groups: [
                  // Lazy locales (src/messages/locales/) and vendor packs (src/model/packs/) stay out of
                  // the shared chunk: each locale is its own file, the packs live in dist/dialects.js.
                  { name: 'core', test: /[\\/]src[\\/](model(?![\\/]packs)|runtime|messages(?![\\/]locales)|integrations[\\/]forms)[\\/]/, priority: 2 },
                  { name: 'ui', test: /[\\/]src[\\/](react|query)[\\/]/, priority: 1 },
                ],
              },
            },
          },
          // No source maps: their sources would point at a src/ the package does not ship (docs/decisions.md).
          sourcemap: false,
          emptyOutDir: true,
        }
      : {},
  test: {
    restoreMocks: true,
    // CI has 2 cores: property tests and the 1 000-button tests take seconds there; a timeout
    // is a hang guard, not a speed check (speed lives in bench/ and size budgets).
    testTimeout: 20_000,
    // expect.poll waits for what arrives later (a lazy locale, a re-render): 1 s is too little on
    // 2 busy cores; like testTimeout, a hang guard.
    expect: { poll: { timeout: 10_000 } },
    // CI also writes a JSON report, from which .ci/run prints one closing 'N passed, N failed' line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.cache/vitest-report.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/e2e/**'],
        },
      },
      {
        // The example app on a local HTTP server, driven by Playwright through Debian's Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/**/*.browser.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts', 'test/**/*.browser.test.tsx'],
          setupFiles: ['test/setup/browser.ts'],
          // Real HTTP on 127.0.0.1 (port 0): the client matrix server, and the API the router and form
          // integrations call; tests get their URLs through inject().
          globalSetup: ['test/clients/server/globalSetup.ts', 'test/setup/integrationServer.ts'],
          browser: chromium(),
        },
        // Pre-bundled up front: found mid-run, Vite reloads the page and React is loaded twice.
        optimizeDeps: { include: ['react-router', '@tanstack/react-router', 'react-hook-form', '@tanstack/react-form'] },
      },
      ...(Object.keys(STORY_VARIANTS) as StoryVariant[]).map(storybookProject),
    ],
  },
}));
