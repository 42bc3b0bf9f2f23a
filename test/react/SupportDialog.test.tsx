import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { supportDetails } from '../../src/react/supportDetails.js';
import { createTranslator } from '../../src/messages/createTranslator.js';
import { apiError } from './fixtures.js';

const failure = apiError({
  requestId: 'req_8f3a2c',
  status: 502,
  code: 'BAD_GATEWAY',
  sourceCode: 'upstream_down',
  serverMessage: 'upstream failed; Authorization: Bearer abcdefghijklmnop',
  request: { method: 'get', url: '/wp-json/wc/v3/orders?consumer_key=ck_live_123&consumer_secret=cs_456&page=2' },
});

describe('SupportDialog', () => {
  it('opens from its own button and shows what support needs', () => {
    render(<SupportDialog error={failure} />);
    const opener = screen.getByRole('button', { name: 'Get help' });
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Contact support' });
    expect(dialog).toHaveAccessibleDescription(/support/i);
    expect(opener).toHaveAttribute('aria-controls', dialog.id);
    const text = dialog.textContent ?? '';
    expect(text).toContain('req_8f3a2c');
    expect(text).toContain('BAD_GATEWAY (upstream_down)');
    expect(text).toContain('502');
    expect(text).toContain('2025-01-15T12:00:00.000Z');
    expect(text).toContain('GET /wp-json/wc/v3/orders?consumer_key=[redacted]&consumer_secret=[redacted]&page=2');
    expect(text).toContain('upstream failed'); // 5xx message: here, and only here
    expect(text).not.toMatch(/ck_live_123|cs_456|abcdefghijklmnop/);
  });

  it('closes on Close and with Escape, and gives focus back to the opener', () => {
    render(<SupportDialog error={failure} />);
    const opener = screen.getByRole('button', { name: 'Get help' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('copies details without secrets through the Clipboard API', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SupportDialog error={failure} open onOpenChange={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Get help' })).toBeNull(); // controlled: no opener
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    const copied = String(writeText.mock.calls[0]);
    expect(copied).toContain('Request ID: req_8f3a2c');
    expect(copied).not.toMatch(/ck_live_123|cs_456|abcdefghijklmnop|Bearer abc/);
  });

  it('says so, and shows the text to copy by hand, when copying fails', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<SupportDialog error={failure} open />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    });
    expect(screen.getByRole('status')).toHaveTextContent("Couldn't copy");
    expect(screen.getByRole('textbox')).toHaveValue(supportDetails(failure, createTranslator()).text);
  });

  it('links to support by email (subject with the request id) and only to http(s) help pages', () => {
    const { unmount } = render(
      <ApiErrorProvider support={{ email: 'help@example.com', url: 'https://example.com/help' }}>
        <SupportDialog error={failure} open />
      </ApiErrorProvider>,
    );
    const email = screen.getByRole('link', { name: 'Email support' });
    expect(email.getAttribute('href')).toMatch(/^mailto:help@example\.com\?subject=Support%20request%20req_8f3a2c&body=/);
    expect(screen.getByRole('link', { name: 'Open help center' })).toHaveAttribute('href', 'https://example.com/help');
    unmount();
    render(
      <ApiErrorProvider support={{ email: 'x@y.z?bcc=evil@x', url: 'javascript:alert(1)' }}>
        <SupportDialog error={failure} open />
      </ApiErrorProvider>,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says when there is no request id, and survives junk', () => {
    render(<SupportDialog error="boom" open />);
    expect(within(screen.getByRole('dialog')).getByText('No request ID was sent')).toBeInTheDocument();
  });
});
