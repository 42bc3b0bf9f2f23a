'use client';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { copyText } from '../runtime/copyText.js';
import { cx } from './cx.js';
import { ModalDialog } from './ModalDialog.js';
import { safeHttpUrl, supportDetails, supportMailto } from './supportDetails.js';
import { toApiError } from './toApiError.js';
import { useApiErrorContext } from './useApiErrorContext.js';
import { readResult } from './readResult.js';

export interface SupportDialogProps {
  error: unknown;
  /** Controlled: whether the dialog is open. Without it the dialog renders its own opener button. */
  open?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  className?: string | undefined;
  openerClassName?: string | undefined;
  /** The opener's label (default "Get help"). */
  children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Everything support needs to find this exact request: request id (copyable), code, status,
 * time (local and ISO), method and redacted path, and the server's message (shown here only).
 * A modal <dialog>: focus moves in, Escape closes, focus returns to the opener.
 */
export function SupportDialog({ error, open, onOpenChange, className, openerClassName, children }: SupportDialogProps) {
  const { translator, support } = useApiErrorContext();
  const [ownOpen, setOwnOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const ids = useId();
  const controlled = open !== undefined;
  const isOpen = controlled ? open : ownOpen;
  const apiError = toApiError(readResult(error).error);

  const setOpen = (next: boolean) => {
    if (!controlled) setOwnOpen(next);
    if (!next) setCopy('idle');
    onOpenChange?.(next);
  };
  const { rows, text } = supportDetails(apiError, translator);
  const subject = translator.t('support.emailSubject', { requestId: apiError.requestId ?? apiError.code });
  const mailto = supportMailto(support.email, subject, text);
  const website = safeHttpUrl(support.url);

  const onCopy = async () => {
    setCopy((await copyText(text)) ? 'copied' : 'failed');
  };

  return (
    <>
      {!controlled && (
        <button
          type="button"
          className={cx('raek-support__opener raek-button', openerClassName)}
          dir={translator.dir}
          aria-haspopup="dialog"
          aria-expanded={isOpen}
          aria-controls={isOpen ? `${ids}dialog` : undefined}
          onClick={() => {
            setOpen(true);
          }}
        >
          {children ?? translator.t('support.open')}
        </button>
      )}
      {isOpen && (
        <ModalDialog
          id={`${ids}dialog`}
          titleId={`${ids}title`}
          descriptionId={`${ids}intro`}
          className={cx('raek-dialog raek-support', className)}
          dir={translator.dir}
          onClose={() => {
            setOpen(false);
          }}
        >
          {/* Focus starts at the heading: the first focusable element would be the scrollable
              server message, and a screen reader would open with raw 5xx text. */}
          <h2 id={`${ids}title`} className="raek-dialog__title" tabIndex={-1} data-raek-initial-focus="">
            {translator.t('support.title')}
          </h2>
          <p id={`${ids}intro`} className="raek-dialog__description">
            {translator.t('support.intro')}
          </p>
          <dl className="raek-support__details">
            {rows.map((row) => (
              <div key={row.key} className={`raek-support__row raek-support__row--${row.key}`}>
                <dt>{row.label}</dt>
                {/* The server message scrolls when long: focusable so keyboard users can scroll it.
                    dir=auto: server text (ids, paths, messages) keeps its own direction in an RTL page. */}
                <dd dir="auto" tabIndex={row.key === 'serverMessage' ? 0 : undefined}>{row.iso ? (
                  <time dateTime={row.iso}>
                    {row.value} (
                    {/* Isolated left to right: in an RTL page bidi reordering tears an ISO time apart. */}
                    <bdi dir="ltr">{row.iso}</bdi>)
                  </time>
                ) : (
                  row.value
                )}</dd>
              </div>
            ))}
          </dl>
          {/* In the DOM from the start, so the result of Copy is announced. */}
          <p role="status" className="raek-support__copy-status">
            {copy === 'copied' ? translator.t('support.copied') : copy === 'failed' ? translator.t('support.copyFailed') : ''}
          </p>
          {copy === 'failed' && <textarea className="raek-support__copy-text" readOnly value={text} aria-label={translator.t('support.copy')} />}
          <div className="raek-dialog__actions">
            <button type="button" className="raek-button raek-button--primary" onClick={() => void onCopy()}>
              {translator.t('support.copy')}
            </button>
            {mailto && (
              <a className="raek-button" href={mailto}>
                {translator.t('support.email')}
              </a>
            )}
            {website && (
              <a className="raek-button" href={website} target="_blank" rel="noopener noreferrer">
                {translator.t('support.website')}
              </a>
            )}
            <button
              type="button"
              className="raek-button"
              onClick={() => {
                setOpen(false);
              }}
            >
              {translator.t('support.close')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
