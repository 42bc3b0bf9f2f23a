import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The jsdom and Node (SSR) tests against React 18, for `npm run test:react18`
 * (react18-check.mjs installs react@18 and react-dom@18 into a scratch directory and
 * passes its node_modules as REACT18_MODULES). The libraries that import React are inlined, so
 * the aliases reach their imports too and the page has one React.
 */
const modules = process.env['REACT18_MODULES'];
if (modules === undefined) throw new Error('REACT18_MODULES is not set; run `npm run test:react18`');

const root = fileURLToPath(new URL('..', import.meta.url));
const rtl = path.join(root, 'node_modules/@testing-library/react/dist/@testing-library');
const alias = [
  // Testing Library's ESM builds, so its own React imports go through the aliases (its CJS build would require React 19).
  { find: /^@testing-library\/react\/pure$/, replacement: path.join(rtl, 'react.pure.esm.js') },
  { find: /^@testing-library\/react$/, replacement: path.join(rtl, 'react.esm.js') },
  { find: /^react-dom(\/.*)?$/, replacement: `${path.join(modules, 'react-dom')}$1` },
  { find: /^react(\/.*)?$/, replacement: `${path.join(modules, 'react')}$1` },
];

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias },
  test: {
    restoreMocks: true,
    alias,
    server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-query/] } },
    projects: [
      {
        extends: true,
        // Node tests that render or import React (SSR, the Query glue, the entries); the model,
        // the corpus and the client matrix never load React, so React 18 cannot change them.
        test: {
          name: 'react18-unit',
          environment: 'node',
          include: ['test/{query,react,runtime,integrations,acceptance}/**/*.test.ts', 'test/package/ssr.test.ts', 'test/index.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react18-dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/**/*.browser.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
});
