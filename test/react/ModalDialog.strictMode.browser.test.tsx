import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { StrictMode } from 'react';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { apiError } from './fixtures.js';

// Regression: StrictMode runs the open effect twice. The first cleanup's close() queued a
// 'close' event that arrived after showModal() had reopened the dialog, so it shut itself.
describe('dialogs under React StrictMode', () => {
  it('the support dialog stays open after its opener is clicked', async () => {
    const screen = await render(
      <StrictMode>
        <SupportDialog error={apiError({ status: 500, requestId: 'req_strict' })} />
      </StrictMode>,
    );
    await screen.getByRole('button', { name: 'Get help' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contact support' });
    await expect.element(dialog).toBeVisible();
    // Give a queued 'close' event time to arrive, then check the dialog is still there.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveTextContent('req_strict');
  });

  it('the re-login prompt stays open', async () => {
    const screen = await render(
      <StrictMode>
        <ReloginPrompt error={apiError({ category: 'authentication', code: 'TOKEN_REVOKED', status: 401 })} />
      </StrictMode>,
    );
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect.element(dialog).toBeVisible();
  });
});
