/**
 * More acceptance probes from contract section 2 and issue 4: keyboard use, the banner's
 * sign-in action, StrictMode, suspense queries, mutation results, reporting, online retry.
 */
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { QueryClient, QueryClientProvider, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import {
  ApiErrorBanner,
  ApiErrorBoundary,
  ApiErrorProvider,
  FieldError,
  FieldErrors,
  ReloginPrompt,
  RetryButton,
  SupportDialog,
  normalizeApiError,
  useApiError,
} from '../../src/index.js';
import type { ApiError } from '../../src/index.js';
import { REQUEST_ID, httpError, rawErrors } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('keyboard', () => {
  it('the banner retry is reachable with Tab and runs on Enter', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    await render(<ApiErrorBanner error={errors.connection} onRetry={onRetry} />);
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('the support dialog opens from the keyboard', async () => {
    const errors = await rawErrors();
    const screen = await render(<SupportDialog error={errors.server} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('dialog')).toHaveTextContent(REQUEST_ID);
  });
});

describe('banner actions', () => {
  it('authentication: the banner offers sign-in; it runs requestLogin (after a failed refresh) then onRetry', async () => {
    const errors = await rawErrors();
    const refreshSession = vi.fn(async () => false);
    const requestLogin = vi.fn(async () => true);
    const onRetry = vi.fn();
    const screen = await render(
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
        <ApiErrorBanner error={errors.authentication} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    await screen.getByRole('button', { name: /sign in|log in/i }).click();
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    expect(requestLogin).toHaveBeenCalledTimes(1);
  });

  it('conflict: an explicit onReload wins over onRetry', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const onReload = vi.fn();
    const screen = await render(<ApiErrorBanner error={errors.conflict} onRetry={onRetry} onReload={onReload} />);
    await screen.getByRole('button', { name: /reload/i }).click();
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('server: the banner offers a way to the support dialog', async () => {
    const errors = await rawErrors();
    const screen = await render(<ApiErrorBanner error={errors.server} onRetry={() => {}} />);
    const buttons = screen.getByRole('button').elements();
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const opener = buttons.find((b) => !/try again|retry/i.test(b.textContent ?? ''));
    (opener as HTMLButtonElement).click();
    await expect.element(screen.getByRole('dialog')).toHaveTextContent(REQUEST_ID);
  });

  it('rate_limit: the banner retry counts down', async () => {
    const error = await httpError(429, {}, { 'Retry-After': '30' });
    const screen = await render(<ApiErrorBanner error={error} onRetry={() => {}} />);
    const button = screen.getByRole('button');
    await expect.element(button).toBeDisabled();
    await expect.element(button).toHaveTextContent(/0:(30|29|28)/);
  });

  it('onReport gets the normalized error', async () => {
    const errors = await rawErrors();
    const onReport = vi.fn();
    await render(
      <ApiErrorProvider onReport={onReport}>
        <ApiErrorBanner error={errors.server} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => onReport.mock.calls.length).toBeGreaterThan(0);
    const reported = onReport.mock.calls[0]![0] as ApiError;
    expect(reported.category).toBe('server');
    expect(reported.requestId).toBe(REQUEST_ID);
  });

  it('connection: retried automatically when the browser comes back online', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    await render(<ApiErrorBanner error={errors.connection} onRetry={onRetry} />);
    window.dispatchEvent(new Event('offline'));
    await sleep(20);
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
  });
});

describe('StrictMode', () => {
  it('ReloginPrompt refreshes once and retries once', async () => {
    const errors = await rawErrors();
    const refreshSession = vi.fn(async () => true);
    const onRetry = vi.fn();
    await render(
      <StrictMode>
        <ApiErrorProvider refreshSession={refreshSession} requestLogin={async () => true}>
          <ReloginPrompt error={errors.authentication} onRetry={onRetry} />
        </ApiErrorProvider>
      </StrictMode>,
    );
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    await sleep(100);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('RetryButton counts down', async () => {
    const error = await httpError(429, {}, { 'Retry-After': '2' });
    const onRetry = vi.fn();
    const screen = await render(
      <StrictMode>
        <RetryButton error={error} onRetry={onRetry} />
      </StrictMode>,
    );
    await expect.element(screen.getByRole('button')).toBeDisabled();
    await expect.element(screen.getByRole('button'), { timeout: 4000 }).toBeEnabled();
  });
});

describe('FieldErrors edge cases', () => {
  it('renders nothing for an error without field errors, and FieldError renders nothing for a clean field', async () => {
    const errors = await rawErrors();
    const screen = await render(
      <div>
        <FieldErrors error={errors.server} />
        <FieldError error={errors.request} name="nickname" />
      </div>,
    );
    await sleep(50);
    expect(screen.container.textContent).toBe('');
  });

  it('array-index paths link to their ids', async () => {
    const error = await httpError(422, {
      errors: [{ source: { pointer: '/data/attributes/items/0/sku' }, detail: 'SKU is unknown', status: '422' }],
    });
    const screen = await render(
      <div>
        <FieldErrors error={error} />
        <input id="items.0.sku" aria-label="SKU" />
        <FieldError error={error} name="items.0.sku" />
      </div>,
    );
    await expect.element(screen.getByRole('link', { name: 'SKU is unknown' })).toHaveAttribute('href', '#items.0.sku');
    expect(document.getElementById('items.0.sku-error')?.textContent).toContain('SKU is unknown');
  });
});

describe('queries', () => {
  it('ApiErrorBoundary catches a suspense query error and its retry refetches', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let calls = 0;
    function Data() {
      const q = useSuspenseQuery({
        queryKey: ['acceptance-suspense'],
        queryFn: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError('Failed to fetch');
          return 'suspended data';
        },
      });
      return <p>{q.data}</p>;
    }
    const screen = await render(
      <QueryClientProvider client={client}>
        <ApiErrorBoundary fallback={({ error, retry }: { error: ApiError; retry: () => void }) => (
          <button type="button" onClick={retry}>
            retry {error.category}
          </button>
        )}>
          <Data />
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    await screen.getByRole('button', { name: 'retry connection' }).click();
    await expect.element(screen.getByText('suspended data')).toBeVisible();
    expect(calls).toBe(2);
    client.clear();
  });

  it('useApiError(mutation): retry resets the mutation', async () => {
    const client = new QueryClient();
    function Save() {
      const mutation = useMutation({
        mutationFn: async () => {
          throw await httpError(409, { error: { code: 'DUPLICATE_SKU', message: 'exists' } });
        },
      });
      const { error, title, retry } = useApiError(mutation);
      return (
        <div>
          <button type="button" onClick={() => {
              mutation.mutate();
            }}
          >
            Save
          </button>
          {error && (
            <>
              <p>{title}</p>
              <p>category {error.category}</p>
              <button type="button" onClick={retry}>
                Reset
              </button>
            </>
          )}
        </div>
      );
    }
    const screen = await render(
      <QueryClientProvider client={client}>
        <Save />
      </QueryClientProvider>,
    );
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect.element(screen.getByText('category conflict')).toBeVisible();
    await screen.getByRole('button', { name: 'Reset' }).click();
    await expect.element(screen.getByText('category conflict')).not.toBeInTheDocument();
    client.clear();
  });
});

describe('more contract edges', () => {
  it('ReloginPrompt: a login that fails does not run onRetry', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const requestLogin = vi.fn(async () => false);
    const screen = await render(
      <ApiErrorProvider refreshSession={async () => false} requestLogin={requestLogin}>
        <ReloginPrompt error={errors.authentication} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    await screen.getByRole('dialog').getByRole('button', { name: /sign in|log in/i }).click();
    await expect.poll(() => requestLogin.mock.calls.length).toBe(1);
    await sleep(100);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('ReloginPrompt works without a provider: the dialog appears', async () => {
    const errors = await rawErrors();
    const screen = await render(<ReloginPrompt error={errors.authentication} onRetry={() => {}} />);
    await expect.element(screen.getByRole('dialog')).toBeVisible();
  });

  it('countdown digits are hidden from screen readers; a live region exists for announcements', async () => {
    const error = await httpError(429, {}, { 'Retry-After': '45' });
    const screen = await render(<RetryButton error={error} onRetry={() => {}} />);
    const button = screen.getByRole('button');
    await expect.element(button).toHaveTextContent(/0:4\d/);
    const walker = document.createTreeWalker(button.element(), NodeFilter.SHOW_TEXT);
    let digits: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\d:\d\d/.test(n.textContent ?? '')) digits = n;
    expect(digits).not.toBeNull();
    expect(digits!.parentElement!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(document.querySelector('[aria-live], [role="status"], [role="log"], [role="alert"]')).not.toBeNull();
  });

  it('components in ar set dir=rtl on their root (SupportDialog, FieldErrors, RetryButton)', async () => {
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorProvider locale="ar">
        <SupportDialog error={errors.server} />
        <FieldErrors error={errors.request} />
        <RetryButton error={errors.server} onRetry={() => {}} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => screen.container.querySelectorAll('[dir="rtl"]').length, { timeout: 3000 }).toBeGreaterThanOrEqual(3);
    expect(screen.container.querySelector('[dir="ltr"]')).toBeNull();
  });

  it('FieldErrors heading and RetryButton label are translated in de and ja', async () => {
    const errors = await rawErrors();
    const en = await render(
      <div>
        <FieldErrors error={errors.request} />
        <RetryButton error={errors.server} onRetry={() => {}} />
      </div>,
    );
    const enHeading = en.getByRole('heading').element().textContent;
    const enButton = en.getByRole('button').element().textContent;
    await en.unmount();
    for (const locale of ['de', 'ja']) {
      const screen = await render(
        <ApiErrorProvider locale={locale}>
          <FieldErrors error={errors.request} />
          <RetryButton error={errors.server} onRetry={() => {}} />
        </ApiErrorProvider>,
      );
      await expect.poll(() => screen.getByRole('heading').element().textContent, { timeout: 3000 }).not.toBe(enHeading);
      await expect.poll(() => screen.getByRole('button').element().textContent, { timeout: 3000 }).not.toBe(enButton);
      expect(screen.getByRole('button').element().textContent?.trim()).not.toBe('');
      await screen.unmount();
    }
  });

  it('a Retry-After HTTP-date is counted down too', async () => {
    const at = new Date(Date.now() + 20_000).toUTCString();
    const error = await httpError(429, {}, { 'Retry-After': at });
    const screen = await render(<RetryButton error={error} onRetry={() => {}} />);
    await expect.element(screen.getByRole('button')).toBeDisabled();
    await expect.element(screen.getByRole('button')).toHaveTextContent(/0:(1\d|20)/);
  });
});

describe('support details, 5xx pages, long waits, locale switches', () => {
  it('Copy in the support dialog works without console noise and says so', async () => {
    const errors = await rawErrors();
    const screen = await render(<SupportDialog error={errors.server} />);
    await screen.getByRole('button').click();
    const dialog = screen.getByRole('dialog');
    const before = dialog.element().textContent;
    await dialog.getByRole('button', { name: /copy/i }).click();
    await expect.poll(() => dialog.element().textContent).not.toBe(before);
    expect(dialog.element().textContent).toMatch(/copied/i);
  });

  it('a 502 HTML page and a 503 text body never reach the banner', async () => {
    for (const [status, body] of [
      [502, '<html><body><h1>502 Bad Gateway</h1><p>nginx/1.18.0 upstream 10.0.0.12:9000</p></body></html>'],
      [503, 'upstream connect error or disconnect/reset before headers. reset reason: overflow'],
    ] as const) {
      const error = await httpError(status, body);
      const screen = await render(<ApiErrorBanner error={error} onRetry={() => {}} />);
      const text = screen.container.textContent ?? '';
      expect(text).not.toMatch(/nginx|10\.0\.0\.12|upstream/);
      expect(text.trim()).not.toBe('');
      await screen.unmount();
    }
  });

  it('a long wait shows the clock time, localized', async () => {
    const error = await httpError(429, {}, { 'Retry-After': String(3 * 3600) });
    const retryAt = normalizeApiError(error).retryAt!;
    const screen = await render(
      <div>
        <RetryButton error={error} onRetry={() => {}} />
        <ApiErrorProvider locale="de">
          <RetryButton error={error} onRetry={() => {}} />
        </ApiErrorProvider>
      </div>,
    );
    const de = new Intl.DateTimeFormat('de', { hour: 'numeric', minute: '2-digit' });
    const options = [retryAt - 60_000, retryAt, retryAt + 60_000].map((t) => de.format(t));
    await expect
      .poll(() => options.some((o) => (screen.container.textContent ?? '').includes(o)) || /morgen/i.test(screen.container.textContent ?? ''), { timeout: 3000 })
      .toBe(true);
  });

  it('switching locale at runtime updates the text', async () => {
    const errors = await rawErrors();
    function App({ locale }: { locale: string }) {
      return (
        <ApiErrorProvider locale={locale}>
          <ApiErrorBanner error={errors.connection} onRetry={() => {}} />
        </ApiErrorProvider>
      );
    }
    const screen = await render(<App locale="en" />);
    const en = screen.container.textContent;
    await screen.rerender(<App locale="fr" />);
    await expect.poll(() => screen.container.textContent, { timeout: 3000 }).not.toBe(en);
    await screen.rerender(<App locale="ar" />);
    await expect.poll(() => screen.container.querySelector('[dir]')?.getAttribute('dir'), { timeout: 3000 }).toBe('rtl');
    await screen.rerender(<App locale="en" />);
    await expect.poll(() => screen.container.textContent, { timeout: 3000 }).toBe(en);
  });
});
