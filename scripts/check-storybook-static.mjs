// `npm run test:storybook-static`: opens the BUILT Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and visits every entry of its index.json:
// each story (its play function included) and each docs page. An entry fails on a console
// error, a React warning, an uncaught exception, a failed play function, or any axe violation
// in the rendered story or docs page. The manager (index.html) is loaded once as well.
// This is the static site as users see it, not the story tests of the Vitest addon.
// Every entry is visited once per toolbar variant of .storybook/variants.json (English, Arabic,
// Japanese, the pseudo-locale, dark, and a 360 px wide page), through the URL's `globals=`:
// a page loads the preview once per variant and moves from entry to entry through the channel,
// as the manager's sidebar does; an entry with a problem is checked again on a page of its own.
// Docs pages also fail on Markdown left as text (a `| --- |` table) and on absurd heights, and
// any entry fails when the page scrolls sideways.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './findChromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = path.join(root, 'storybook-static');
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
const CONCURRENCY = 2;

function viewModeOf(entry) {
  return entry.type === 'docs' ? 'docs' : 'story';
}
/** Longest a single entry may take to render and finish its play function. */
const ENTRY_TIMEOUT_MS = 20_000;
/** A docs page taller than this is padding, not content (the tallest real one is about 9,000 px). */
const MAX_DOCS_HEIGHT = 15_000;
const VARIANTS = JSON.parse(readFileSync(new URL('../.storybook/variants.json', import.meta.url), 'utf8'));
/** Quiet time after the story finished, so late console errors (effects, timers) are caught. */
const SETTLE_MS = 150;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

if (!existsSync(path.join(siteDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

/** A static file server for storybook-static/ on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(dir, decodeURIComponent(pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/**
 * Runs in the page before any of its scripts: hooks Storybook's channel as soon as the preview
 * installs it, and records the events that say how the entry ended.
 */
function hookChannel() {
  const state = { id: new URLSearchParams(location.search).get('id'), done: false, outcome: null, problems: [], a11yReported: false };
  // Moving to the next entry: events of the one before (a late storyFinished) no longer count.
  state.reset = (id) => {
    state.id = id;
    state.done = false;
    state.outcome = null;
    state.problems = [];
    state.a11yReported = false;
  };
  window.__storybookCheck = state;
  const finish = (outcome, id) => {
    if (!state.done && id === state.id) {
      state.done = true;
      state.outcome = outcome;
    }
  };
  const attach = (channel) => {
    if (!channel || channel.__storybookCheckAttached) return;
    channel.__storybookCheckAttached = true;
    const message = (error) => (error && typeof error === 'object' ? `${error.name ?? 'Error'}: ${error.message ?? ''}` : String(error));
    channel.on('storyFinished', (event) => {
      if (event?.storyId === state.id) state.a11yReported = (event.reporters ?? []).some((report) => report.type === 'a11y');
      if (event?.storyId === state.id && event?.status === 'error') {
        const failed = (event.reporters ?? []).filter((report) => report.status === 'failed').map((report) => report.type);
        state.problems.push(`story finished with status "error"${failed.length ? ` (failed reports: ${failed.join(', ')})` : ''}`);
      }
      finish('story', event?.storyId);
    });
    channel.on('docsRendered', (id) => {
      finish('docs', id);
    });
    channel.on('playFunctionThrewException', (error) => {
      state.problems.push(`play function threw: ${message(error)}`);
    });
    channel.on('unhandledErrorsWhilePlaying', (errors) => {
      for (const error of errors ?? []) state.problems.push(`unhandled error while playing: ${message(error)}`);
    });
    channel.on('storyThrewException', (error) => {
      state.problems.push(`story threw: ${message(error)}`);
      finish('story-threw', state.id);
    });
    channel.on('storyErrored', (error) => {
      state.problems.push(`story errored: ${error?.title ?? ''} ${error?.description ?? ''}`.trim());
      finish('story-errored', state.id);
    });
    channel.on('storyMissing', (id) => {
      state.problems.push(`story missing: ${String(id)}`);
      finish('missing', state.id);
    });
  };
  let current = window.__STORYBOOK_ADDONS_CHANNEL__;
  attach(current);
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (next) => {
      current = next;
      attach(next);
    },
  });
}

/** React's development warnings and any other console warning that points at a real problem. */
const WORTH_FAILING = /^Warning: |React|act\(|validateDOMNesting|unique "key"|aria-|Each child in a list/;

/** `globals=locale:ar;theme:dark`: the string globals of a variant (the viewport is the page's own size). */
function globalsParam(variant) {
  const pairs = Object.entries(VARIANTS[variant].globals).filter(([, value]) => typeof value === 'string');
  return pairs.length ? `&globals=${pairs.map(([key, value]) => `${key}:${value}`).join(';')}` : '';
}

/** What only a look at the finished page shows: leaked Markdown, padding heights, sideways scrolling. */
function layoutProblems({ viewMode, rootSelector, maxDocsHeight }) {
  const problems = [];
  const page = document.documentElement;
  // On docs pages Storybook's own args table is wider than a phone: there, only the stories count.
  if (viewMode !== 'docs' && page.scrollWidth > page.clientWidth + 1) problems.push(`scrolls sideways: ${page.scrollWidth} px content in a ${page.clientWidth} px page`);
  for (const storyRoot of viewMode === 'docs' ? document.querySelectorAll('.story-root') : []) {
    if (storyRoot.scrollWidth > storyRoot.clientWidth + 1) problems.push(`a story scrolls sideways: ${storyRoot.scrollWidth} px content in ${storyRoot.clientWidth} px`);
  }
  if (viewMode === 'docs') {
    const root = document.querySelector(rootSelector);
    const text = root?.innerText ?? '';
    const leaked = text.split('\n').find((line) => /^\s*\|.*\|\s*$/.test(line) && /-{3}/.test(line));
    if (leaked) problems.push(`Markdown shown as text: "${leaked.trim().slice(0, 60)}"`);
    if (page.scrollHeight > maxDocsHeight) problems.push(`docs page is ${page.scrollHeight} px tall`);
    for (const storyRoot of root?.querySelectorAll('.story-root') ?? []) {
      const content = [...storyRoot.children].reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
      if (storyRoot.getBoundingClientRect().height > content + 400) {
        problems.push(`a story is ${Math.round(storyRoot.getBoundingClientRect().height)} px tall for ${Math.round(content)} px of content`);
        break;
      }
    }
  }
  return problems;
}

/**
 * A worker's page for one variant: the preview loads once (with the variant's globals), then goes
 * from entry to entry the way the manager's sidebar moves it, through the channel's
 * `setCurrentStory`. Loading the whole preview again for every entry is what made the crawl slow.
 */
async function openPreview(context, baseUrl, entry, variant) {
  const page = await context.newPage();
  const sink = { problems: [] };
  page.on('console', (msg) => {
    const type = msg.type();
    const location = msg.location()?.url ? ` (${msg.location().url.replace(baseUrl, '')})` : '';
    if (type === 'error') sink.problems.push(`console.error: ${msg.text()}${location}`);
    else if (type === 'warning' && WORTH_FAILING.test(msg.text())) sink.problems.push(`console.warn: ${msg.text()}${location}`);
  });
  page.on('pageerror', (error) => sink.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A story may take the mock API offline on purpose; MSW answers those with a network error.
    if (new URL(request.url()).pathname.startsWith('/api/')) return;
    // net::ERR_ABORTED is a cancellation, not a failure: moving to the next entry cancels the
    // loads the one before still had going (a docs page re-rendering its frames, a lazy story
    // file). A file that is missing or broken shows as a response below or a console error.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    sink.problems.push(`request failed: ${request.url().replace(baseUrl, '')} (${request.failure()?.errorText ?? ''})`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === baseUrl && !url.pathname.startsWith('/api/') && response.status() >= 400) sink.problems.push(`${response.status()} for ${url.pathname}`);
  });
  await page.addInitScript(hookChannel);
  await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewModeOf(entry)}${globalsParam(variant)}`, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  return { page, sink, variant, fresh: true };
}

/** Shows `entry` in the preview (loaded with it, or moved to it) and collects what went wrong. */
async function checkEntry(preview, entry) {
  const started = Date.now();
  const { page, sink } = preview;
  const viewMode = viewModeOf(entry);
  const rootSelector = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
  const problems = [];
  try {
    if (!preview.fresh) {
      await page.evaluate(({ id, viewMode }) => {
        window.__storybookCheck.reset(id);
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode });
      }, { id: entry.id, viewMode });
    }
    preview.fresh = false;
    await page.waitForFunction((id) => window.__storybookCheck?.done === true && window.__storybookCheck.id === id, entry.id, { timeout: ENTRY_TIMEOUT_MS, polling: 50 });
    await page.waitForFunction(
      (selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0,
      rootSelector,
      { timeout: 5_000, polling: 50 },
    );
    // storyFinished comes after the play function and the story's afterEach (the a11y addon's
    // own axe run): the story is done. A short quiet time still catches late effects and timers.
    await page.waitForTimeout(SETTLE_MS);
    const state = await page.evaluate(() => window.__storybookCheck);
    problems.push(...state.problems);
    problems.push(...(await page.evaluate(layoutProblems, { viewMode, rootSelector, maxDocsHeight: MAX_DOCS_HEIGHT })));

    // A story's own axe run (the a11y addon, `a11y.test: 'error'`) already failed it above when
    // it found a violation; docs pages, and any story without that report, get one here.
    const violations = state.a11yReported ? [] : await page.evaluate(async (selector) => {
      // Stories shown in frames of their own (dialogs) are entries of their own: checked there.
      const result = await window.axe.run(selector, { resultTypes: ['violations'], iframes: false });
      return result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        count: violation.nodes.length,
      }));
    }, rootSelector);
    for (const v of violations) {
      problems.push(`axe ${v.id}: ${v.help} (${v.count} node${v.count === 1 ? '' : 's'}: ${v.targets.join(', ')})`);
    }
  } catch (error) {
    problems.push(`did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  problems.unshift(...sink.problems.splice(0));
  return { entry, problems, ms: Date.now() - started };
}

/** The first lines of a problem: testing-library errors carry a whole DOM dump. */
function brief(problem) {
  const lines = problem.split('\n').filter((line) => line.trim() !== '');
  const head = lines.slice(0, 3).join('\n         ');
  return lines.length > 3 ? `${head}\n         …` : head;
}

async function checkManager(context, baseUrl) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  try {
    await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-preview-iframe', { timeout: 15_000 });
    const frame = await (await page.$('#storybook-preview-iframe'))?.contentFrame();
    await frame?.waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 15_000 });
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  } catch (error) {
    problems.push(`did not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await page.close();
  }
  return problems;
}

const started = Date.now();
const index = JSON.parse(readFileSync(path.join(siteDir, 'index.json'), 'utf8'));
// Optional arguments narrow the run to entries whose id contains one of them (for debugging);
// `--variants=ar,dark` to some variants.
const variantArg = process.argv.find((arg) => arg.startsWith('--variants='));
const variants = variantArg ? variantArg.slice('--variants='.length).split(',') : Object.keys(VARIANTS);
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const entries = Object.values(index.entries ?? index.stories ?? {}).filter(
  (entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)),
);
const server = await serve(siteDir);
const address = server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let failures = 0;
try {
  // One context per page width.
  const contexts = new Map();
  const contextFor = async (width) => {
    if (!contexts.has(width)) contexts.set(width, await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 768 } }));
    return contexts.get(width);
  };
  const managerProblems = await checkManager(await contextFor(1024), baseUrl);
  console.log(`${managerProblems.length ? 'FAIL' : 'ok  '} manager (index.html)`);
  for (const problem of managerProblems) console.log(`       ${problem}`);
  if (managerProblems.length) failures += 1;

  // Docs pages are read on a desktop: Storybook's own docs chrome (source blocks, preview
  // frames, the args table) is not built for 360 px, so the narrow variant visits stories only
  // (each story is checked at 360 px, for axe and for sideways scrolling).
  const queue = variants.flatMap((variant) =>
    entries.filter((entry) => !(VARIANTS[variant].width < 600 && entry.type === 'docs')).map((entry) => ({ entry, variant })),
  );
  const worker = async () => {
    let preview;
    const openAt = async (entry, variant) => {
      await preview?.page.close();
      preview = await openPreview(await contextFor(VARIANTS[variant].width), baseUrl, entry, variant);
    };
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { entry, variant } = job;
        if (preview?.variant !== variant) await openAt(entry, variant);
        let result = await checkEntry(preview, entry);
        // A fresh page load settles whether a problem is the entry's own or left by the entry
        // before it (a few times per run, Storybook's channel logs SB_PREVIEW_API_0011 while it
        // serializes an event of the entry before; without a manager the preview's messages come
        // back to itself); on 2 busy cores a play function can also lose a focus or timing race. An
        // entry fails only when it fails on a page loaded for it alone (the Vitest story
        // projects run every story strictly).
        if (result.problems.length) {
          await openAt(entry, variant);
          const again = await checkEntry(preview, entry);
          if (!again.problems.length) console.log(`     ${entry.id} (${variant}) passed on its own page after: ${brief(result.problems[0])}`);
          result = again;
        }
        const seconds = (result.ms / 1000).toFixed(1);
        console.log(`${result.problems.length ? 'FAIL' : 'ok  '} ${entry.type.padEnd(5)} ${variant.padEnd(7)} ${entry.id} (${seconds} s)`);
        for (const problem of result.problems) console.log(`       ${brief(problem)}`);
        if (result.problems.length) failures += 1;
      }
    } finally {
      await preview?.page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  for (const context of contexts.values()) await context.close();
} finally {
  await browser.close();
  server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(
  `\n${entries.length} entries (${stories} stories, ${entries.length - stories} docs) in ${variants.length} variants (${variants.join(', ')}) and the manager in ${seconds} s: ` +
    (failures ? `${failures} failed` : 'no console errors, no page errors, no axe violations'),
);
process.exit(failures ? 1 : 0);
