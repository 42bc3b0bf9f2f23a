'use client';
import { cx } from './cx.js';
import { fieldErrorList } from './fieldErrorList.js';
import { readResult } from './readResult.js';
import { toApiError } from './toApiError.js';
import { useApiErrorContext } from './useApiErrorContext.js';

export interface FieldErrorProps {
  error: unknown;
  /** The field key (dot path, as in `ApiError.fieldErrors`). */
  name: string;
  /** Same function as FieldErrors' `fieldId`; the element id is `${fieldId(name)}-error`. */
  fieldId?: ((key: string) => string) | undefined;
  className?: string | undefined;
}

/**
 * One field's messages, to place next to its input and tie with
 * `aria-describedby="<fieldId(name)>-error"`. A visually hidden "Error:" prefix tells
 * screen-reader users what the text is (GOV.UK error message). Nothing when the field is fine.
 */
export function FieldError({ error, name, fieldId, className }: FieldErrorProps) {
  const { translator } = useApiErrorContext();
  const raw = readResult(error).error;
  const apiError = raw === null || raw === undefined ? null : toApiError(raw);
  const messages = fieldErrorList(apiError).find(([key]) => key === name)?.[1];
  if (!messages) return null;
  const id = `${fieldId ? fieldId(name) : name}-error`;
  return (
    <p id={id} className={cx('raek-field-error', className)} dir={translator.dir}>
      <span className="raek-visually-hidden">{translator.t('fieldErrors.prefix')}</span>{' '}
      {messages.map((message, index) => (
        <span key={index} className="raek-field-error__message" dir="auto">
          {index > 0 && ' '}
          {message}
        </span>
      ))}
    </p>
  );
}
