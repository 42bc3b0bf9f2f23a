import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';
import { apiError } from './fixtures.js';

const expired = () => apiError({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401 });
const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function Screen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const [text, setText] = useState('');
  return (
    <>
      <label>
        Note
        <input value={text} onChange={(e) => { setText(e.target.value); }} />
      </label>
      <ReloginPrompt error={error} onRetry={onRetry} />
    </>
  );
}

describe('ReloginPrompt', () => {
  it('refreshes silently first and retries once, without a dialog', async () => {
    const refreshSession = vi.fn(async () => true);
    const onRetry = vi.fn();
    render(
      <ApiErrorProvider refreshSession={refreshSession}>
        <ReloginPrompt error={expired()} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('Reconnecting…')).toBeInTheDocument();
    await settle();
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the dialog over the screen when refresh fails; after sign-in the work is retried once', async () => {
    const refreshSession = vi.fn(async () => false);
    const requestLogin = vi.fn(async () => true);
    const onRetry = vi.fn();
    render(
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
        <Screen error={expired()} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'half-typed order note' } });
    await settle();
    const dialog = screen.getByRole('dialog', { name: 'Your session has ended' });
    expect(dialog).toHaveAccessibleDescription(/Sign in again to continue/);
    expect(screen.getByLabelText('Note')).toHaveValue('half-typed order note'); // screen still mounted
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await settle();
    expect(requestLogin).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Note')).toHaveValue('half-typed order note');
  });

  it('goes straight to the dialog for codes a refresh cannot fix, and says when sign-in failed', async () => {
    const refreshSession = vi.fn(async () => true);
    render(
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={() => Promise.reject(new Error('sign-in failed'))}>
        <ReloginPrompt error={apiError({ category: 'authentication', code: 'TOKEN_REVOKED', status: 401 })} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent("That didn't work");
    expect(refreshSession).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a refresh that "works" while the server keeps saying 401 ends in one prompt, not a loop', async () => {
    const refreshSession = vi.fn(async () => true);
    function Looping() {
      const [error, setError] = useState(expired);
      return <ReloginPrompt error={error} onRetry={() => { setError(expired()); }} />;
    }
    render(
      <ApiErrorProvider refreshSession={refreshSession}>
        <Looping />
      </ApiErrorProvider>,
    );
    await settle();
    await settle();
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('refreshes once and retries once under StrictMode', async () => {
    const refreshSession = vi.fn(async () => true);
    const onRetry = vi.fn();
    render(
      <StrictMode>
        <ApiErrorProvider refreshSession={refreshSession}>
          <ReloginPrompt error={expired()} onRetry={onRetry} />
        </ApiErrorProvider>
      </StrictMode>,
    );
    await settle();
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for other categories', () => {
    const { container } = render(<ReloginPrompt error={apiError()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
