// After `vite build --mode lib`:
// - ships src/styles.css as dist/styles.css (the "./styles.css" export): library mode bundles
//   only what JavaScript imports, and the components import no CSS;
// - makes dist/index.js, the React-bearing entry, start with exactly one 'use client', and
//   checks that dist/core.js, dist/dialects.js and the locale chunks have none, so they stay usable from React
//   Server Components and plain Node.
import { access, copyFile, readFile, readdir, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const DIRECTIVE = /^\s*(['"])use client\1;?\s*/;

try {
  await access(new URL('../src/styles.css', import.meta.url));
  await copyFile(new URL('../src/styles.css', import.meta.url), new URL('styles.css', dist));
} catch {
  console.warn('postbuild: src/styles.css does not exist; dist/styles.css not written');
}

// The router integrations are client entries too: their components use hooks.
for (const file of ['index.js', 'react-router.js', 'tanstack-router.js', 'next.js']) {
  const entry = new URL(file, dist);
  let code = await readFile(entry, 'utf8');
  while (DIRECTIVE.test(code)) code = code.replace(DIRECTIVE, '');
  await writeFile(entry, `"use client";\n${code}`);
}

const serverSafe = ['core.js', 'dialects.js', ...(await readdir(new URL('locales/', dist))).filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`)];
for (const file of serverSafe) {
  if (DIRECTIVE.test(await readFile(new URL(file, dist), 'utf8'))) {
    console.error(`postbuild: dist/${file} must not be a client module`);
    process.exitCode = 1;
  }
}
