import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useState } from 'react';
import '../../src/styles.css';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { axeViolations } from './axe.js';
import { apiError } from './fixtures.js';

const failure = apiError({
  requestId: 'req_8f3a2c',
  status: 500,
  serverMessage: `Fatal error: ${'x'.repeat(5000)} <img src=x onerror="window.__pwned=1">`,
  request: { method: 'POST', url: '/api/orders?token=secret-token&page=1' },
});

describe('SupportDialog in Chromium', () => {
  it('is a real modal: focus moves in, Escape closes, focus returns to the opener; no axe violations', async () => {
    const screen = await render(
      <main>
        <SupportDialog error={failure} />
      </main>,
    );
    const opener = screen.getByRole('button', { name: 'Get help' });
    expect(await axeViolations(screen.container)).toEqual([]);
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Contact support' });
    await expect.element(dialog).toBeVisible();
    const element = dialog.element() as HTMLDialogElement;
    expect(element.matches(':modal')).toBe(true);
    expect(element.contains(document.activeElement)).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
    // 5 000 characters of server text wrap inside the dialog instead of widening it.
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    expect(element.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });

  it('copies the details (Clipboard API, or the textarea fallback) without the token', async () => {
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      written.push(text);
    });
    const screen = await render(<SupportDialog error={failure} open />);
    await screen.getByRole('button', { name: 'Copy details' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(written[0]).toContain('req_8f3a2c');
    expect(written[0]).not.toContain('secret-token');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(true);
    const screen = await render(<SupportDialog error={failure} open />);
    await screen.getByRole('button', { name: 'Copy details' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(exec).toHaveBeenCalledWith('copy');
  });
});

function Checkout({ error }: { error: unknown }) {
  const [retried, setRetried] = useState(0);
  return (
    <main>
      <label htmlFor="note">Note</label>
      <input id="note" />
      <p>retried {retried}</p>
      <ReloginPrompt error={error} onRetry={() => { setRetried((n) => n + 1); }} />
    </main>
  );
}

describe('ReloginPrompt in Chromium', () => {
  it('opens over the screen, keeps typed text, signs in and retries once', async () => {
    let resolveLogin!: (ok: boolean) => void;
    const requestLogin = () => new Promise<boolean>((resolve) => (resolveLogin = resolve));
    const error = apiError({ category: 'authentication', code: 'TOKEN_REVOKED', status: 401 });
    const note = page.getByLabelText('Note');
    const screen = await render(
      <ApiErrorProvider requestLogin={requestLogin}>
        <Checkout error={null} />
      </ApiErrorProvider>,
    );
    await note.fill('deliver after 5pm');
    await screen.rerender(
      <ApiErrorProvider requestLogin={requestLogin}>
        <Checkout error={error} />
      </ApiErrorProvider>,
    );
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect.element(dialog).toBeVisible();
    expect((dialog.element() as HTMLDialogElement).matches(':modal')).toBe(true);
    expect(await axeViolations(dialog.element())).toEqual([]);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    resolveLogin(true);
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(page.getByText('retried 1')).toBeVisible();
    await expect.element(note).toHaveValue('deliver after 5pm');
  });

  it('Escape dismisses it', async () => {
    await render(<ReloginPrompt error={apiError({ category: 'authentication', code: 'INVALID_CREDENTIALS', status: 401 })} />);
    await expect.element(page.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  });
});
