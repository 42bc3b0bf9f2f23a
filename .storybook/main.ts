import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The mock API runs in the page (.storybook/inPageMocks.ts), not in MSW's Service Worker, so
  // msw-storybook-addon's preview (which starts that worker) is not listed here.
  addons: [
    // GitHub-flavoured Markdown: the docs pages' tables are GFM tables, which plain MDX leaves as text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // The preview has no favicon of its own; this one stops the browser asking for /favicon.ico.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  core: { disableTelemetry: true },
};

export default config;
