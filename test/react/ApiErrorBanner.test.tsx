import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { resetAnnouncer } from '../../src/runtime/announcer.js';
import { apiError } from './fixtures.js';

describe('ApiErrorBanner', () => {
  afterEach(() => {
    resetAnnouncer();
  });

  it('blocks with role="alert" for authorization, with a way to support and no retry', () => {
    render(<ApiErrorBanner error={apiError({ category: 'authorization', code: 'FORBIDDEN', status: 403 })} />);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent("You don't have access");
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();
  });

  it('uses role="status" for a server error, with retry, and hides the 5xx server message', () => {
    const onRetry = vi.fn();
    render(<ApiErrorBanner error={apiError({ serverMessage: 'PDOException in /var/www/db.php' })} onRetry={onRetry} />);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('Server problem');
    expect(banner).not.toHaveTextContent('PDOException');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('renders server text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { container } = render(
      <ApiErrorBanner error={apiError({ category: 'request', code: 'INVALID_REQUEST', status: 400, serverMessage: hostile })} />,
    );
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('offers Reload for a conflict', () => {
    const onReload = vi.fn();
    render(<ApiErrorBanner error={apiError({ category: 'conflict', code: 'CONFLICT', status: 409 })} onReload={onReload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for null, undefined or a cancelled request', () => {
    const { container, rerender } = render(<ApiErrorBanner error={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ApiErrorBanner error={undefined} />);
    rerender(<ApiErrorBanner error={apiError({ category: 'cancelled', code: 'CANCELLED' })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('retries a connection error by itself when the browser comes back online, and says offline', () => {
    const onRetry = vi.fn();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<ApiErrorBanner error={apiError({ category: 'connection', code: 'NETWORK_ERROR', status: undefined })} onRetry={onRetry} />);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('alert')).toHaveTextContent("You're offline");
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).not.toHaveTextContent("You're offline");
  });

  it('shows a count and a dismiss button when asked', () => {
    const onDismiss = vi.fn();
    render(<ApiErrorBanner error={apiError()} count={3} onDismiss={onDismiss} className="mine" />);
    expect(screen.getByRole('status')).toHaveTextContent('3 times');
    expect(screen.getByRole('status')).toHaveClass('raek-banner', 'mine');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('announces a status banner once through the page announcer', async () => {
    vi.useFakeTimers();
    render(<ApiErrorBanner error={apiError()} />);
    act(() => vi.advanceTimersByTime(150));
    const region = document.querySelector('[data-raek-announcer]');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Server problem.');
    vi.useRealTimers();
  });

  it('offers no retry when there is nothing to retry with', () => {
    render(<ApiErrorBanner error={new Error('raw failure')} />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('accepts a query result', () => {
    const refetch = vi.fn();
    render(<ApiErrorBanner error={{ error: apiError(), refetch }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
