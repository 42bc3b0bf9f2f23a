/**
 * Acceptance tests written from the public contract (section 2) and issues 4/5 only,
 * in real Chromium: what a person sees and can do with each component, per category.
 */
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
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
  useApiErrorBoundary,
} from '../../src/index.js';
import type { ApiError } from '../../src/index.js';
import { REQUEST_ID, httpError, normalized, rawErrors } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function expectNoAxeViolations(node: Element) {
  const result = await axe.run(node, {
    // 'region' asks that all page content sit inside landmarks: a page-level rule that a
    // component rendered alone into the test page can never satisfy.
    rules: { region: { enabled: false } },
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  expect(summary).toEqual([]);
}

/** React logs errors an error boundary caught; those tests expect that output. */
function silenceBoundaryLogs() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}

function liveRegion(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>('[role="alert"], [role="status"]');
}

describe('ApiErrorBanner per category', () => {
  const expectations: Record<string, RegExp> = {
    connection: /connect|offline|reach|network|internet/i,
    authentication: /sign|log|session|expired/i,
    authorization: /access|permission|allowed|forbidden/i,
    not_found: /not found|find|exist|missing/i,
    conflict: /conflict|exists|changed|already|locked|duplicate/i,
    server: /server|wrong|problem|unavailable|error/i,
    integration: /plugin|REST API|WooCommerce|WordPress|update/i,
    configuration: /URL|address|config|set ?up|settings/i,
  };

  for (const [category, pattern] of Object.entries(expectations)) {
    it(`${category}: shows a title and message in a live region`, async () => {
      const errors = await rawErrors();
      expect(normalizeApiError(errors[category]).category).toBe(category);
      const screen = await render(<ApiErrorBanner error={errors[category]} onRetry={() => {}} />);
      await expect.poll(() => liveRegion(screen.container)).not.toBeNull();
      const text = screen.container.textContent ?? '';
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).toMatch(pattern);
      expect(text).not.toMatch(/\{\w+\}/); // no unfilled placeholders
      expect(text).not.toMatch(/undefined|\[object/);
    });
  }

  it('connection: a retry action calls onRetry', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const screen = await render(<ApiErrorBanner error={errors.connection} onRetry={onRetry} />);
    await screen.getByRole('button', { name: /try again|retry|reload/i }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('server: retry calls onRetry and the 5xx server message is never shown', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const screen = await render(<ApiErrorBanner error={errors.server} onRetry={onRetry} />);
    await expect.element(screen.getByRole('button', { name: /try again|retry/i })).toBeVisible();
    expect(screen.container.textContent).not.toContain('SQLSTATE');
    expect(screen.container.textContent).not.toContain('wp_secret_orders');
    await screen.getByRole('button', { name: /try again|retry/i }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('authorization: no retry action', async () => {
    const errors = await rawErrors();
    const screen = await render(<ApiErrorBanner error={errors.authorization} onRetry={() => {}} />);
    await expect.poll(() => liveRegion(screen.container)).not.toBeNull();
    expect(screen.getByRole('button', { name: /try again|retry/i }).query()).toBeNull();
  });

  it('conflict: offers a reload action that runs onRetry', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const screen = await render(<ApiErrorBanner error={errors.conflict} onRetry={onRetry} />);
    await screen.getByRole('button', { name: /reload|refresh|try again/i }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('cancelled: renders nothing', async () => {
    const errors = await rawErrors();
    const screen = await render(<ApiErrorBanner error={errors.cancelled} onRetry={() => {}} />);
    await sleep(50);
    expect(screen.container.textContent).toBe('');
    expect(liveRegion(screen.container)).toBeNull();
  });

  it('request: a 4xx validation message, if shown, is text and never markup', async () => {
    const error = await httpError(400, { error: { code: 'VALIDATION_ERROR', message: '<img src=x onerror="window.__pwned=1">Quantity must be positive' } });
    const screen = await render(<ApiErrorBanner error={error} />);
    await expect.poll(() => liveRegion(screen.container)).not.toBeNull();
    expect(screen.container.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a plain normalized ApiError renders like the raw one', async () => {
    const errors = await rawErrors();
    const a = await render(<ApiErrorBanner error={errors.not_found} />);
    const rawText = a.container.textContent;
    await a.unmount();
    const b = await render(<ApiErrorBanner error={normalizeApiError(errors.not_found)} />);
    expect(b.container.textContent).toBe(rawText);
  });

  it('has no axe violations (server, connection, authorization, request)', async () => {
    const errors = await rawErrors();
    const screen = await render(
      <main>
        <ApiErrorBanner error={errors.server} onRetry={() => {}} />
        <ApiErrorBanner error={errors.connection} onRetry={() => {}} />
        <ApiErrorBanner error={errors.authorization} />
        <ApiErrorBanner error={errors.request} />
      </main>,
    );
    await expect.poll(() => screen.container.querySelectorAll('[role="alert"], [role="status"]').length).toBeGreaterThanOrEqual(4);
    await expectNoAxeViolations(screen.container);
  });
});

describe('RetryButton', () => {
  it('is disabled and counts down to retryAt, then enabled; clicking calls onRetry', async () => {
    const error = await normalized(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { 'Retry-After': '3' });
    expect(error.retryAt).toBeGreaterThan(Date.now());
    const onRetry = vi.fn();
    const screen = await render(<RetryButton error={error} onRetry={onRetry} />);
    const button = screen.getByRole('button');
    await expect.element(button).toBeDisabled();
    await expect.element(button).toHaveTextContent(/0:0[1-3]/);
    const first = button.element().textContent;
    await expect.poll(() => button.element().textContent, { timeout: 2500 }).not.toBe(first);
    await expect.element(button, { timeout: 5000 }).toBeEnabled();
    expect(button.element().textContent).not.toMatch(/0:0[1-9]/);
    await button.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('is enabled at once for an error without retryAt', async () => {
    const errors = await rawErrors();
    const onRetry = vi.fn();
    const screen = await render(<RetryButton error={errors.server} onRetry={onRetry} />);
    await expect.element(screen.getByRole('button')).toBeEnabled();
    await screen.getByRole('button').click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('for a wait over an hour shows a clock time or "tomorrow", not digits counting down', async () => {
    const error = await normalized(429, { error: { code: 'RATE_LIMITED', message: 'Daily quota' } }, { 'Retry-After': String(3 * 3600) });
    const screen = await render(<RetryButton error={error} onRetry={() => {}} />);
    const button = screen.getByRole('button');
    await expect.element(button).toBeDisabled();
    const text = button.element().textContent ?? '';
    const retryAt = error.retryAt ?? 0;
    const fmt = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
    const candidates = [fmt.format(retryAt), fmt.format(retryAt + 60_000), fmt.format(retryAt - 60_000)];
    const showsClock = candidates.some((c) => text.includes(c));
    expect(showsClock || /tomorrow/i.test(text)).toBe(true);
    expect(text).not.toMatch(/\b[23]:\d\d:\d\d\b/); // not "2:59:59"
    expect(text).not.toMatch(/\b1[78]\d:\d\d\b/); // not "179:59"
  });

  it('has no axe violations while counting down', async () => {
    const error = await normalized(429, {}, { 'Retry-After': '30' });
    const screen = await render(<RetryButton error={error} onRetry={() => {}} />);
    await expect.element(screen.getByRole('button')).toBeDisabled();
    await expectNoAxeViolations(screen.container);
  });
});

describe('ReloginPrompt', () => {
  async function expiredToken() {
    const error = await httpError(401, { code: 'TOKEN_EXPIRED', message: 'Token has expired' });
    expect(normalizeApiError(error).category).toBe('authentication');
    return error;
  }

  it('tries the silent refresh first; when it works, onRetry runs and no dialog appears', async () => {
    const error = await expiredToken();
    const refreshSession = vi.fn(async () => true);
    const requestLogin = vi.fn(async () => true);
    const onRetry = vi.fn();
    const screen = await render(
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
        <ReloginPrompt error={error} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(requestLogin).not.toHaveBeenCalled();
    await sleep(100);
    expect(screen.getByRole('dialog').query()).toBeNull();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('when refresh fails, a dialog asks to sign in; after requestLogin succeeds onRetry runs once and typed text survives', async () => {
    const error = await expiredToken();
    const refreshSession = vi.fn(async () => false);
    let finishLogin: (ok: boolean) => void = () => {};
    const requestLogin = vi.fn(() => new Promise<boolean>((resolve) => (finishLogin = resolve)));
    const onRetry = vi.fn();
    function Screen({ err }: { err: unknown }) {
      return (
        <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
          <label>
            Order note
            <input type="text" />
          </label>
          <ReloginPrompt error={err} onRetry={onRetry} />
        </ApiErrorProvider>
      );
    }
    const screen = await render(<Screen err={null} />);
    const input = screen.getByRole('textbox', { name: 'Order note' });
    await userEvent.type(input, 'two lattes, no sugar');
    await screen.rerender(<Screen err={error} />);

    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
    await expectNoAxeViolations(dialog.element());

    await dialog.getByRole('button', { name: /sign in|log in|login|sign-in/i }).click();
    expect(requestLogin).toHaveBeenCalledTimes(1);
    finishLogin(true);
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await sleep(100);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expect.element(input).toHaveValue('two lattes, no sugar');
  });
});

describe('SupportDialog', () => {
  it('renders its own opener; shows the request id; focus moves in, Escape closes, focus returns', async () => {
    const errors = await rawErrors();
    const screen = await render(<SupportDialog error={errors.server} />);
    const opener = screen.getByRole('button');
    await expect.element(opener).toBeVisible();
    await opener.click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveTextContent(REQUEST_ID);
    // The 5xx message stays out of the banner but is kept in the support details.
    await expect.element(dialog).toHaveTextContent('SQLSTATE');
    await expect.poll(() => dialog.element().contains(document.activeElement)).toBe(true);
    await expect.element(dialog.getByRole('button', { name: /copy/i })).toBeVisible();
    await expectNoAxeViolations(dialog.element());
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(() => document.activeElement).toBe(opener.element());
  });

  it('is controllable with open / onOpenChange and then renders no opener', async () => {
    const errors = await rawErrors();
    const onOpenChange = vi.fn();
    function App() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => {
              setOpen(true);
            }}
          >
            Show details
          </button>
          <SupportDialog
            error={errors.server}
            open={open}
            onOpenChange={(next: boolean) => {
              onOpenChange(next);
              setOpen(next);
            }}
          />
        </>
      );
    }
    const screen = await render(<App />);
    expect(screen.getByRole('button').elements()).toHaveLength(1);
    await screen.getByRole('button', { name: 'Show details' }).click();
    await expect.element(screen.getByRole('dialog')).toHaveTextContent(REQUEST_ID);
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('shows the provider support email (mailto with the request id) and url; method and redacted path', async () => {
    const error = await httpError(
      502,
      { message: 'upstream exploded' },
      { 'X-Request-Id': REQUEST_ID },
      { method: 'POST', url: 'https://shop.example.com/wp-json/wc/v3/orders?consumer_key=ck_supersecret&consumer_secret=cs_hush&page=2' },
    );
    const screen = await render(
      <ApiErrorProvider support={{ email: 'help@example.com', url: 'https://example.com/support' }}>
        <SupportDialog error={error} />
      </ApiErrorProvider>,
    );
    await screen.getByRole('button').click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    const links = [...dialog.element().querySelectorAll('a')];
    const mail = links.find((a) => a.href.startsWith('mailto:help@example.com'));
    expect(mail, 'a mailto link to the support email').toBeDefined();
    expect(decodeURIComponent(mail!.href)).toContain(REQUEST_ID);
    expect(links.some((a) => a.href.startsWith('https://example.com/support'))).toBe(true);
    const text = dialog.element().textContent ?? '';
    expect(text).toContain('POST');
    expect(text).toContain('/wp-json/wc/v3/orders');
    expect(text).not.toContain('ck_supersecret');
    expect(text).not.toContain('cs_hush');
    expect(decodeURIComponent(mail!.href)).not.toContain('ck_supersecret');
  });
});

describe('FieldErrors and FieldError', () => {
  function Form({ error, fieldId }: { error: unknown; fieldId?: (key: string) => string }) {
    const id = fieldId ?? ((k: string) => k);
    return (
      <form noValidate>
        <FieldErrors error={error} fieldId={fieldId} />
        <label htmlFor={id('email')}>Email</label>
        <input id={id('email')} type="email" aria-describedby={`${id('email')}-error`} />
        <FieldError error={error} name="email" fieldId={fieldId} />
        <label htmlFor={id('address.city')}>City</label>
        <input id={id('address.city')} type="text" aria-describedby={`${id('address.city')}-error`} />
        <FieldError error={error} name="address.city" fieldId={fieldId} />
      </form>
    );
  }

  it('summary has a heading and links to #<key>; clicking focuses the input; field messages tied by id', async () => {
    const errors = await rawErrors();
    expect(Object.keys(normalizeApiError(errors.request).fieldErrors).sort()).toEqual(['address.city', 'email']);
    const screen = await render(<Form error={errors.request} />);
    await expect.element(screen.getByRole('heading').first()).toBeVisible();

    const emailLink = screen.getByRole('link', { name: /valid email|email/i });
    const cityLink = screen.getByRole('link', { name: /required|city/i });
    await expect.element(emailLink).toHaveAttribute('href', '#email');
    await expect.element(cityLink).toHaveAttribute('href', '#address.city');

    const messageEl = document.getElementById('email-error');
    expect(messageEl?.textContent).toMatch(/not a valid email address/);
    expect(document.getElementById('address.city-error')?.textContent).toMatch(/field required/);
    await expect.element(screen.getByLabelText('Email')).toHaveAccessibleDescription(/not a valid email address/);

    await cityLink.click();
    await expect.poll(() => document.activeElement?.id).toBe('address.city');
    await emailLink.click();
    await expect.poll(() => document.activeElement?.id).toBe('email');
    await expectNoAxeViolations(screen.container);
  });

  it('moves focus to the summary when it appears', async () => {
    const errors = await rawErrors();
    const screen = await render(<Form error={null} />);
    await screen.rerender(<Form error={errors.request} />);
    const heading = screen.getByRole('heading').first();
    await expect.element(heading).toBeVisible();
    // The focused element is the summary: it holds the heading (or is inside the summary box).
    await expect
      .poll(() => document.activeElement !== document.body && document.activeElement?.contains(heading.element()))
      .toBe(true);
  });

  it('uses fieldId for link targets and message ids', async () => {
    const errors = await rawErrors();
    const fieldId = (key: string) => `order-${key.replace(/\./g, '-')}`;
    const screen = await render(<Form error={errors.request} fieldId={fieldId} />);
    await expect.element(screen.getByRole('link', { name: /required|city/i })).toHaveAttribute('href', '#order-address-city');
    expect(document.getElementById('order-address-city-error')?.textContent).toMatch(/field required/);
    await screen.getByRole('link', { name: /required|city/i }).click();
    await expect.poll(() => document.activeElement?.id).toBe('order-address-city');
  });
});

describe('ApiErrorBoundary', () => {
  function Thrower({ when }: { when: () => unknown }) {
    const err = when();
    // Throws exactly what the app would: ApiResponseError, TypeError, or a plain Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (err) throw err;
    return <p>Loaded fine</p>;
  }

  it('shows the default fallback for a server error; its retry re-renders the children', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    let fail: unknown = errors.server;
    const screen = await render(
      <ApiErrorBoundary>
        <Thrower when={() => fail} />
      </ApiErrorBoundary>,
    );
    const retry = screen.getByRole('button', { name: /try again|retry/i });
    await expect.element(retry).toBeVisible();
    expect(screen.container.textContent).not.toContain('SQLSTATE');
    await expectNoAxeViolations(screen.container);
    fail = null;
    await retry.click();
    await expect.element(screen.getByText('Loaded fine')).toBeVisible();
  });

  it('default fallback fits the category (authorization: no retry)', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorBoundary>
        <Thrower when={() => errors.authorization} />
      </ApiErrorBoundary>,
    );
    await expect.poll(() => screen.container.textContent ?? '').toMatch(/access|permission|allowed/i);
    expect(screen.getByRole('button', { name: /try again|retry/i }).query()).toBeNull();
  });

  it('accepts a fallback element', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorBoundary fallback={<p>Custom fallback</p>}>
        <Thrower when={() => errors.server} />
      </ApiErrorBoundary>,
    );
    await expect.element(screen.getByText('Custom fallback')).toBeVisible();
  });

  it('accepts a fallback function ({ error, retry }) and retries every time', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    // A flag, not a counter: React may render a throwing component more than once per attempt.
    let fail = true;
    let attempts = 0;
    const screen = await render(
      <ApiErrorBoundary
        fallback={({ error, retry }: { error: ApiError; retry: () => void }) => (
          <button type="button" onClick={retry}>
            fallback {error.category} {error.requestId}
          </button>
        )}
      >
        <Thrower
          when={() => {
            attempts += 1;
            return fail ? errors.server : null;
          }}
        />
      </ApiErrorBoundary>,
    );
    await expect.element(screen.getByRole('button', { name: `fallback server ${REQUEST_ID}` })).toBeVisible();
    for (let round = 0; round < 2; round++) {
      const before = attempts;
      await screen.getByRole('button').click();
      await expect.poll(() => attempts).toBeGreaterThan(before); // the children were tried again
      await expect.element(screen.getByRole('button', { name: /fallback server/ })).toBeVisible();
    }
    fail = false;
    await screen.getByRole('button').click();
    await expect.element(screen.getByText('Loaded fine')).toBeVisible();
  });

  it('resets on the first change of resetKeys', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    const onReset = vi.fn();
    function App() {
      const [route, setRoute] = useState('a');
      return (
        <>
          <button type="button" onClick={() => {
              setRoute('b');
            }}
          >
            Go to b
          </button>
          <ApiErrorBoundary resetKeys={[route]} onReset={onReset} fallback={<p>Route failed</p>}>
            <Thrower when={() => (route === 'a' ? errors.not_found : null)} />
          </ApiErrorBoundary>
        </>
      );
    }
    const screen = await render(<App />);
    await expect.element(screen.getByText('Route failed')).toBeVisible();
    await screen.getByRole('button', { name: 'Go to b' }).click();
    await expect.element(screen.getByText('Loaded fine')).toBeVisible();
    expect(onReset).toHaveBeenCalled();
  });

  it('calls onReset when its retry is used; a plain render bug gets a fallback without its message', async () => {
    silenceBoundaryLogs();
    const onReset = vi.fn();
    let fail = true;
    const screen = await render(
      <ApiErrorBoundary onReset={onReset}>
        <Thrower when={() => (fail ? new Error('secret internal bug detail') : null)} />
      </ApiErrorBoundary>,
    );
    await expect.poll(() => (screen.container.textContent ?? '').trim().length).toBeGreaterThan(0);
    expect(screen.container.textContent).not.toContain('secret internal bug detail');
    fail = false;
    await screen.getByRole('button', { name: /try again|retry/i }).click();
    await expect.element(screen.getByText('Loaded fine')).toBeVisible();
    expect(onReset).toHaveBeenCalled();
  });

  it('showBoundary respects categories: an authentication error passes to the outer boundary', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    function Saver() {
      const { showBoundary } = useApiErrorBoundary();
      return (
        <button type="button" onClick={() => {
            showBoundary(errors.authentication);
          }}
        >
          Save
        </button>
      );
    }
    const screen = await render(
      <ApiErrorBoundary fallback={({ error }: { error: ApiError }) => <p>outer {error.category}</p>}>
        <ApiErrorBoundary categories={['server', 'connection']} fallback={<p>inner</p>}>
          <Saver />
        </ApiErrorBoundary>
      </ApiErrorBoundary>,
    );
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect.element(screen.getByText('outer authentication')).toBeVisible();
  });

  it('categories: an inner boundary for server lets an authentication error reach the outer one', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    const screen = await render(
      <ApiErrorBoundary fallback={({ error }: { error: ApiError }) => <p>outer {error.category}</p>}>
        <ApiErrorBoundary categories={['server']} fallback={<p>inner</p>}>
          <Thrower when={() => errors.authentication} />
        </ApiErrorBoundary>
      </ApiErrorBoundary>,
    );
    await expect.element(screen.getByText('outer authentication')).toBeVisible();
    expect(screen.getByText('inner').query()).toBeNull();

    const second = await render(
      <ApiErrorBoundary fallback={({ error }: { error: ApiError }) => <p>outer {error.category}</p>}>
        <ApiErrorBoundary categories={['server']} fallback={<p>inner</p>}>
          <Thrower when={() => errors.server} />
        </ApiErrorBoundary>
      </ApiErrorBoundary>,
    );
    await expect.element(second.getByText('inner')).toBeVisible();
  });

  it('useApiErrorBoundary().showBoundary from an event handler shows the fallback', async () => {
    silenceBoundaryLogs();
    function Saver() {
      const { showBoundary } = useApiErrorBoundary();
      return (
        <button
          type="button"
          onClick={() => {
            Promise.reject(new TypeError('Failed to fetch')).catch(showBoundary);
          }}
        >
          Save
        </button>
      );
    }
    const screen = await render(
      <ApiErrorBoundary fallback={({ error }: { error: ApiError }) => <p>caught {error.category}</p>}>
        <Saver />
      </ApiErrorBoundary>,
    );
    await screen.getByRole('button', { name: 'Save' }).click();
    await expect.element(screen.getByText('caught connection')).toBeVisible();
  });

  it('a fallback that throws does not loop', async () => {
    silenceBoundaryLogs();
    const errors = await rawErrors();
    const fallback = vi.fn(() => {
      throw new Error('fallback broke');
    });
    const screen = await render(
      <ApiErrorBoundary fallback={() => <p>outer caught</p>}>
        <ApiErrorBoundary fallback={fallback}>
          <Thrower when={() => errors.server} />
        </ApiErrorBoundary>
      </ApiErrorBoundary>,
    );
    await sleep(300);
    expect(fallback.mock.calls.length).toBeLessThan(10);
    expect((screen.container.textContent ?? '').length).toBeGreaterThan(0);
  });

  it('with TanStack Query throwOnError: retry resets the query and refetches, every time', async () => {
    silenceBoundaryLogs();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      if (calls <= 2) throw await httpError(503, { message: 'maintenance' });
      return 'the data';
    };
    function Data() {
      const q = useQuery({ queryKey: ['acceptance-boundary'], queryFn, throwOnError: true });
      return <p>{q.data ?? 'loading'}</p>;
    }
    const screen = await render(
      <QueryClientProvider client={client}>
        <ApiErrorBoundary>
          <Data />
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    await screen.getByRole('button', { name: /try again|retry/i }).click();
    await expect.poll(() => calls).toBe(2);
    await screen.getByRole('button', { name: /try again|retry/i }).click();
    await expect.element(screen.getByText('the data')).toBeVisible();
    expect(calls).toBe(3);
    client.clear();
  });
});

describe('useApiError', () => {
  function View({ error }: { error: unknown }) {
    const v = useApiError(error);
    return (
      <div>
        <p data-testid="category">{v.error ? v.error.category : 'null'}</p>
        <p data-testid="title">{v.title}</p>
        <p data-testid="message">{v.message}</p>
        <p data-testid="seconds">{String(v.secondsLeft)}</p>
      </div>
    );
  }

  it('gives a title and message, and secondsLeft counts down to 0', async () => {
    const error = await httpError(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { 'Retry-After': '3' });
    const screen = await render(<View error={error} />);
    await expect.element(screen.getByTestId('category')).toHaveTextContent('rate_limit');
    expect(screen.getByTestId('title').element().textContent?.trim()).not.toBe('');
    expect(screen.getByTestId('message').element().textContent?.trim()).not.toBe('');
    const first = Number(screen.getByTestId('seconds').element().textContent);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(first).toBeLessThanOrEqual(3);
    await expect.poll(() => Number(screen.getByTestId('seconds').element().textContent), { timeout: 2500 }).toBeLessThan(first);
    await expect.poll(() => screen.getByTestId('seconds').element().textContent, { timeout: 5000 }).toBe('0');
  });

  it('useApiError(null): error null, empty texts, secondsLeft 0', async () => {
    const screen = await render(<View error={null} />);
    await expect.element(screen.getByTestId('category')).toHaveTextContent('null');
    expect(screen.getByTestId('title').element().textContent).toBe('');
    expect(screen.getByTestId('message').element().textContent).toBe('');
    expect(screen.getByTestId('seconds').element().textContent).toBe('0');
  });

  it('with a TanStack useQuery result: retry refetches', async () => {
    const client = new QueryClient();
    let calls = 0;
    function Products() {
      const query = useQuery({
        queryKey: ['acceptance-useApiError'],
        retry: false,
        queryFn: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError('Failed to fetch');
          return ['coffee'];
        },
      });
      const { error, title, retry } = useApiError(query);
      if (error) {
        return (
          <div>
            <p>{title}</p>
            <button type="button" onClick={retry}>
              Retry now
            </button>
          </div>
        );
      }
      return <p>{query.data ? query.data.join(',') : 'loading'}</p>;
    }
    const screen = await render(
      <QueryClientProvider client={client}>
        <Products />
      </QueryClientProvider>,
    );
    await screen.getByRole('button', { name: 'Retry now' }).click();
    await expect.element(screen.getByText('coffee')).toBeVisible();
    expect(calls).toBe(2);
    client.clear();
  });
});
