/**
 * Acceptance tests from contract section 3 and the provider's locale props:
 * the same banner in every shipped locale, direction, fallback, overrides, translate.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { ApiErrorBanner, ApiErrorProvider, RetryButton } from '../../src/index.js';
import { rawErrors } from './helpers.js';

async function englishText(error: unknown): Promise<string> {
  const screen = await render(
    <ApiErrorProvider locale="en">
      <ApiErrorBanner error={error} onRetry={() => {}} />
    </ApiErrorProvider>,
  );
  const text = screen.container.textContent ?? '';
  await screen.unmount();
  expect(text.trim()).not.toBe('');
  return text;
}

/** The component root the banner sets `dir` on. */
function bannerRoot(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>('[dir]');
}

async function renderIn(locale: string, error: unknown) {
  const screen = await render(
    <ApiErrorProvider locale={locale}>
      <ApiErrorBanner error={error} onRetry={() => {}} />
    </ApiErrorProvider>,
  );
  return screen;
}

describe('shipped locales', () => {
  for (const [locale, dir] of [
    ['de', 'ltr'],
    ['fr', 'ltr'],
    ['es', 'ltr'],
    ['ja', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${locale}: texts differ from English, are complete, and dir is ${dir}`, async () => {
      const errors = await rawErrors();
      for (const category of ['connection', 'server', 'authorization', 'integration']) {
        const en = await englishText(errors[category]);
        const screen = await renderIn(locale, errors[category]);
        // Non-English catalogs load on demand: wait for the text to change.
        await expect.poll(() => screen.container.textContent, { timeout: 3000 }).not.toBe(en);
        const text = screen.container.textContent ?? '';
        expect(text.trim().length).toBeGreaterThan(5);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/undefined|\b(code|category|banner|retryButton)\.[a-zA-Z_.]+/);
        const root = bannerRoot(screen.container);
        expect(root).not.toBeNull();
        expect(root!.getAttribute('dir')).toBe(dir);
        await screen.unmount();
      }
    });
  }

  it('ar-EG is right to left like ar', async () => {
    const errors = await rawErrors();
    const ar = await renderIn('ar', errors.server);
    const en = await englishText(errors.server);
    await expect.poll(() => ar.container.textContent, { timeout: 3000 }).not.toBe(en);
    const arText = ar.container.textContent;
    await ar.unmount();
    const screen = await renderIn('ar-EG', errors.server);
    await expect.poll(() => screen.container.textContent, { timeout: 3000 }).toBe(arText);
    expect(bannerRoot(screen.container)?.getAttribute('dir')).toBe('rtl');
  });

  it('de-AT falls back to de; pt-BR falls back to en', async () => {
    const errors = await rawErrors();
    const en = await englishText(errors.connection);
    const de = await renderIn('de', errors.connection);
    await expect.poll(() => de.container.textContent, { timeout: 3000 }).not.toBe(en);
    const deText = de.container.textContent;
    await de.unmount();

    const deAt = await renderIn('de-AT', errors.connection);
    await expect.poll(() => deAt.container.textContent, { timeout: 3000 }).toBe(deText);
    expect(bannerRoot(deAt.container)?.getAttribute('dir')).toBe('ltr');
    await deAt.unmount();

    const pt = await renderIn('pt-BR', errors.connection);
    await new Promise((r) => setTimeout(r, 200));
    expect(pt.container.textContent).toBe(en);
    expect(bannerRoot(pt.container)?.getAttribute('dir')).toBe('ltr');
  });
});

describe('messages and translate', () => {
  it('messages overrides a key', async () => {
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorProvider messages={{ en: { 'retryButton.label': 'Go again' } }}>
        <RetryButton error={errors.server} onRetry={() => {}} />
      </ApiErrorProvider>,
    );
    await expect.element(screen.getByRole('button', { name: 'Go again' })).toBeVisible();
  });

  it('translate receives keys with the kit text as fallback and can replace text', async () => {
    const errors = await rawErrors();
    const translate = vi.fn((key: string, _values: Record<string, unknown>, fallback: string) =>
      key === 'retryButton.label' ? `T(${fallback})` : undefined,
    );
    const screen = await render(
      <ApiErrorProvider translate={translate}>
        <RetryButton error={errors.server} onRetry={() => {}} />
      </ApiErrorProvider>,
    );
    const button = screen.getByRole('button');
    await expect.element(button).toHaveTextContent(/^T\(.+\)$/);
    const call = translate.mock.calls.find(([key]) => key === 'retryButton.label');
    expect(call).toBeDefined();
    expect(typeof call![2]).toBe('string');
    expect(call![2].length).toBeGreaterThan(0);
    expect(button.element().textContent).toBe(`T(${call![2]})`);
  });

  it('translate sees title/message keys for the banner; undefined keeps the kit text', async () => {
    const errors = await rawErrors();
    const en = await englishText(errors.server);
    const keys: string[] = [];
    const screen = await render(
      <ApiErrorProvider
        translate={(key) => {
          keys.push(key);
          return undefined;
        }}
      >
        <ApiErrorBanner error={errors.server} onRetry={() => {}} />
      </ApiErrorProvider>,
    );
    expect(screen.container.textContent).toBe(en);
    expect(keys.some((k) => /^(code\.[A-Z0-9_]+|category\.server)\.title$/.test(k))).toBe(true);
    expect(keys.some((k) => /^(code\.[A-Z0-9_]+|category\.server)\.message$/.test(k))).toBe(true);
  });

  it('translate can replace a title', async () => {
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorProvider translate={(key) => (/\.title$/.test(key) && /^(code|category)\./.test(key) ? 'Custom title' : undefined)}>
        <ApiErrorBanner error={errors.server} onRetry={() => {}} />
      </ApiErrorProvider>,
    );
    await expect.element(screen.getByText('Custom title')).toBeVisible();
  });
});
