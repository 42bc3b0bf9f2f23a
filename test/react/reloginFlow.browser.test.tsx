import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';
import { apiError } from './fixtures.js';

const revoked = apiError({ category: 'authentication', code: 'TOKEN_REVOKED', status: 401 });

/**
 * The app's own login dialog, as `auth.openLoginDialog()` in the README: a native modal with
 * its own buttons, removed from the page when done (as a React app unmounts it).
 */
function openLoginDialog(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', 'App sign-in');
    for (const [label, settle] of [
      ['App: sign in', () => { resolve(true); }],
      ['App: cancel', () => { resolve(false); }],
      ['App: server down', () => { reject(new Error('login failed')); }],
    ] as const) {
      const button = document.createElement('button');
      button.textContent = label;
      button.addEventListener('click', () => {
        dialog.remove();
        settle();
      });
      dialog.append(button);
    }
    document.body.append(dialog);
    dialog.showModal();
  });
}

const openDialogs = () => [...document.querySelectorAll('dialog')].filter((dialog) => dialog.open).map((dialog) => dialog.getAttribute('aria-label') ?? dialog.querySelector('h2')?.textContent);

/**
 * A screen whose Save button is disabled while its request is pending (so focus falls to
 * <body> when the 401 comes back) and enabled again once the work is retried or dropped.
 */
function OrderScreen({ onRetry }: { onRetry: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const done = () => {
    setError(null);
  };
  return (
    <>
      <button type="button" disabled={error !== null} onClick={() => { setError(revoked); }}>
        Save order
      </button>
      {/* The retried request takes a moment: Save stays disabled until it is back. */}
      <ReloginPrompt error={error} onRetry={() => { onRetry(); setTimeout(done, 150); }} onDismiss={done} />
    </>
  );
}

async function renderFlow(onRetry: () => void) {
  await render(
    <ApiErrorProvider requestLogin={openLoginDialog}>
      <OrderScreen onRetry={onRetry} />
    </ApiErrorProvider>,
  );
  const save = page.getByRole('button', { name: 'Save order' });
  await save.click();
  await expect.element(page.getByRole('dialog', { name: 'Your session has ended' })).toBeVisible();
  return save;
}

/** Like the query bridge: the prompt is unmounted as soon as the work is sent again. */
function UnmountingScreen() {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  return (
    <>
      <button type="button" disabled={pending} onClick={() => { setError(revoked); }}>
        Save order
      </button>
      {error !== null && (
        <ReloginPrompt
          error={error}
          onRetry={() => {
            // As TanStack Query does: the held mutation is released, then sent again (pending,
            // so Save is disabled once more), then settles.
            setError(null);
            setPending(false);
            setTimeout(() => { setPending(true); }, 30);
            setTimeout(() => { setPending(false); }, 200);
          }}
        />
      )}
    </>
  );
}

describe('re-login with the app\'s own login dialog, in Chromium', () => {
  it('gives focus back even when the prompt is unmounted as the work is sent again', async () => {
    // Sign-in elsewhere (a popup, a redirect in another tab): nothing in this page takes focus.
    const signInElsewhere = () => new Promise<boolean>((resolve) => setTimeout(() => { resolve(true); }, 50));
    await render(
      <ApiErrorProvider requestLogin={signInElsewhere}>
        <UnmountingScreen />
      </ApiErrorProvider>,
    );
    const save = page.getByRole('button', { name: 'Save order' });
    await save.click();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    // Once the retried request has settled, not just for a moment in between.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(document.activeElement).toBe(save.element());
  });

  it('steps aside while requestLogin runs; a cancel brings the prompt back quietly', async () => {
    const onRetry = vi.fn();
    await renderFlow(onRetry);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await expect.element(page.getByRole('button', { name: 'App: cancel' })).toBeVisible();
    // Never a dialog over a dialog.
    expect(openDialogs()).toEqual(['App sign-in']);
    await page.getByRole('button', { name: 'App: cancel' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Your session has ended' })).toBeVisible();
    expect(document.body.textContent).not.toContain("That didn't work");
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('says it failed when requestLogin rejects', async () => {
    await renderFlow(() => undefined);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'App: server down' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Your session has ended' })).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent("That didn't work");
  });

  it('after signing in, retries once and gives focus back to where the person was', async () => {
    const onRetry = vi.fn();
    const save = await renderFlow(onRetry);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'App: sign in' }).click();
    await expect.poll(() => openDialogs()).toEqual([]);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expect.element(save).toHaveFocus();
  });

  it('gives focus back after a cancel and "Not now" too', async () => {
    const save = await renderFlow(() => undefined);
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'App: cancel' }).click();
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => openDialogs()).toEqual([]);
    await expect.element(save).toHaveFocus();
  });
});
