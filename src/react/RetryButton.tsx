'use client';
import { useState } from 'react';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { CountdownAnnouncer } from './CountdownAnnouncer.js';
import { cx } from './cx.js';
import { RetryCountdown } from './RetryCountdown.js';
import { useApiErrorModel } from './useApiErrorModel.js';
import { useRetryReady } from './useRetryReady.js';

export interface RetryButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'disabled' | 'dir'> {
  /** The error (raw, normalized, or a query/mutation result); its `retryAt` drives the countdown. */
  error: unknown;
  /** The retry. May return a promise: the button says "Trying again…" until it settles. */
  onRetry?: (() => unknown) | undefined;
  /** Replaces the "Try again" label. */
  children?: ReactNode;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * A retry button that waits for `retryAt`: disabled and counting down ("Try again in 0:42"),
 * showing a clock time or "tomorrow" for waits over an hour, enabled at zero.
 * Only the countdown leaf re-renders each second; this component renders once when the wait ends.
 */
export function RetryButton({ error, onRetry, children, className, onClick, ...rest }: RetryButtonProps) {
  const model = useApiErrorModel(error, { onRetry });
  const retryAt = model.retryAt;
  const ready = useRetryReady(retryAt);
  const [pending, setPending] = useState(false);
  const label = children ?? model.translator.t('retryButton.label');

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !ready || pending) return;
    const result = model.retry();
    if (isThenable(result)) {
      setPending(true);
      const done = () => {
        setPending(false);
      };
      result.then(done, done);
    }
  };

  const waiting = !ready && retryAt !== undefined;
  return (
    <>
      <button
        type="button"
        {...rest}
        className={cx('raek-retry-button', className)}
        dir={model.dir}
        data-state={pending ? 'retrying' : waiting ? 'waiting' : 'ready'}
        // Disabled while waiting; only aria-disabled while retrying, so focus stays on the button.
        disabled={waiting}
        aria-disabled={pending || undefined}
        aria-busy={pending || undefined}
        onClick={handleClick}
      >
        {waiting ? (
          <>
            <span className="raek-visually-hidden">{label}</span>
            <RetryCountdown retryAt={retryAt} translator={model.translator} />
          </>
        ) : pending ? (
          model.translator.t('retryButton.retrying')
        ) : (
          label
        )}
      </button>
      {retryAt !== undefined && <CountdownAnnouncer retryAt={retryAt} translator={model.translator} />}
    </>
  );
}
