'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useBeforePaintEffect } from './useBeforePaintEffect.js';
import type { MouseEvent } from 'react';
import { cx } from './cx.js';
import { registerSummary } from '../runtime/summaryRegistry.js';
import { fieldErrorList } from './fieldErrorList.js';
import { readResult } from './readResult.js';
import { toApiError } from './toApiError.js';
import { useApiErrorContext } from './useApiErrorContext.js';

export interface FieldErrorsProps {
  error: unknown;
  /** The input id for a field key (dot path such as `address.city`). Default: the key itself. */
  fieldId?: ((key: string) => string) | undefined;
  /** Do not move focus to the summary when it appears (GOV.UK `disableAutoFocus`). */
  disableAutoFocus?: boolean | undefined;
  className?: string | undefined;
}

const identity = (key: string): string => key;


/** The label to scroll into view: the fieldset's legend for grouped inputs, else the input's label. */
function labelFor(input: HTMLElement): HTMLElement {
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = input.id ? input.ownerDocument.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) : null;
  return legend ?? label ?? input;
}

/**
 * The GOV.UK error summary: a heading and a link to each field with an error. It takes focus
 * when it appears, so keyboard and screen-reader users start from the list of problems;
 * a link focuses its input and scrolls the input's label into view (the label, not the
 * input, so the person sees what the field is; tested with NVDA in GOV.UK Frontend).
 */
export function FieldErrors({ error, fieldId = identity, disableAutoFocus = false, className }: FieldErrorsProps) {
  const { translator } = useApiErrorContext();
  const raw = readResult(error).error;
  const apiError = useMemo(() => (raw === null || raw === undefined ? null : toApiError(raw)), [raw]);
  const entries = fieldErrorList(apiError);
  const ref = useRef<HTMLDivElement>(null);
  const hasEntries = entries.length > 0;

  useEffect(() => {
    if (hasEntries && !disableAutoFocus) ref.current?.focus();
  }, [apiError, hasEntries, disableAutoFocus]);

  // This summary is the one part that speaks for the failure (a banner for it goes quiet).
  // A layout effect, so the banner drops its role before the first paint, not a frame late.
  useBeforePaintEffect(() => (hasEntries && apiError ? registerSummary(apiError) : undefined), [apiError, hasEntries]);

  if (!hasEntries) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const input = event.currentTarget.ownerDocument.getElementById(id);
    if (!input) return; // let the browser follow the #link
    event.preventDefault();
    labelFor(input).scrollIntoView();
    input.focus({ preventScroll: true });
  };

  return (
    <div ref={ref} className={cx('raek-field-errors', className)} dir={translator.dir} tabIndex={-1}>
      {/* role="alert" on the inner box, not on the focused one: focusing an alert makes some
          screen readers read it twice (GOV.UK error summary). */}
      <div role="alert">
        <h2 className="raek-field-errors__title">{translator.t('fieldErrors.title')}</h2>
        <ul className="raek-field-errors__list">
          {entries.flatMap(([key, messages]) =>
            messages.map((message, index) => (
              <li key={`${key}\u0000${String(index)}`}>
                <a href={`#${fieldId(key)}`} dir="auto" onClick={(event) => {
                  onLinkClick(event, fieldId(key));
                }}>
                  {message}
                </a>
              </li>
            )),
          )}
        </ul>
      </div>
    </div>
  );
}
