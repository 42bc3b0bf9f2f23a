import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every ts/tsx block of README.md and docs/*.md type-checks as a module of its own, under the
 * strictest options an app may use, with 'react-api-error-kit' resolved to the source (no
 * build). A block that is deliberately a fragment says so: a `<!-- partial -->` line before it,
 * or "```ts partial". One TypeScript program for all blocks, so the test stays fast.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FILES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const FENCE = /^```(tsx|ts)(?![a-z])([^\n]*)\n([\s\S]*?)^```$/gm;

interface Block {
  readonly source: string;
  readonly line: number;
  readonly lang: 'ts' | 'tsx';
  readonly code: string;
}

function blocksOf(file: string): Block[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(FENCE)) {
    const [, lang = 'ts', info = '', code = ''] = match;
    const before = text.slice(0, match.index).trimEnd().split('\n').at(-1) ?? '';
    if (info.includes('partial') || before.trim() === '<!-- partial -->') continue;
    blocks.push({ source: file, line: text.slice(0, match.index).split('\n').length, lang: lang as 'ts' | 'tsx', code });
  }
  return blocks;
}

// Inside the repository, so the blocks resolve packages from its node_modules.
mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(path.join(ROOT, 'node_modules/.cache/docs-blocks-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('code blocks in the README and docs', () => {
  const blocks = FILES.flatMap(blocksOf);

  it('there are complete blocks to check (the React quick start among them)', () => {
    expect(blocks.some((block) => block.source === 'README.md' && block.lang === 'tsx')).toBe(true);
  });

  it('each compiles under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'assets.d.ts'), "declare module '*.css';\n");
    const names = blocks.map((block, index) => {
      const name = path.join(dir, `${block.source.replace(/[/.]/g, '_')}_${String(block.line)}.${block.lang}`);
      // `export {}` makes each block a module: top-level names of two blocks never collide.
      writeFileSync(name, `${block.code}\nexport {};\n`);
      return [name, index] as const;
    });
    const where = new Map(names.map(([name, index]) => [path.resolve(name), blocks[index]]));
    const program = ts.createProgram([...where.keys(), path.join(dir, 'assets.d.ts')], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      typeRoots: [path.join(ROOT, 'node_modules/@types')],
      baseUrl: ROOT,
      paths: {
        'react-api-error-kit': ['src/index.ts'],
        'react-api-error-kit/core': ['src/core.ts'],
        'react-api-error-kit/styles.css': ['src/styles.css'],
      },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && where.has(path.resolve(diagnostic.file.fileName)))
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const block = where.get(path.resolve(file.fileName));
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${block?.source ?? '?'}:${String((block?.line ?? 0) + line + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
    // One program over every block; a few seconds alone, more on a busy machine.
  }, 120_000);
});
