'use client';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface ModalDialogProps {
  /** Called when the dialog asks to close (Escape, or the native close event). */
  onClose: () => void;
  /** Ids of the title and description; set only because this dialog renders them while mounted. */
  titleId: string;
  descriptionId?: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
  /** Where focus goes when the dialog closes, when the element focused before it is not the place (read at close). */
  returnFocus?: (() => HTMLElement | null) | undefined;
  children: ReactNode;
}

const supportsModal = (dialog: HTMLDialogElement): boolean => typeof dialog.showModal === 'function';

/**
 * A native <dialog> opened with showModal() while mounted: the browser makes the rest of the
 * page inert, moves focus in and closes on Escape. Mount it to open, unmount to close.
 * Focus goes back to what had it before (Chrome does this on close(), but not when the dialog
 * is removed from the DOM, and older Safari never did).
 * Where showModal is missing (jsdom, very old browsers) it falls back to the `open` attribute.
 */
export function ModalDialog({ onClose, titleId, descriptionId, id, className, dir, returnFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Set while our own cleanup closes the dialog: the 'close' event that close() queues must not
  // reach onClose. Under StrictMode the effect runs twice, and that event arrives after the
  // second showModal() has reopened the dialog, which would otherwise shut it at once.
  const closingOnCleanup = useRef(false);

  // useEffect, not useLayoutEffect: a closed <dialog> is not displayed, so opening it after paint
  // shows nothing early, and React 18 warns about layout effects in server rendering.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = dialog.ownerDocument.activeElement;
    if (supportsModal(dialog)) {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('button, [href], input, textarea, [tabindex]')?.focus();
    }
    // A part may name where focus starts (its heading); showModal() alone picks the first
    // focusable element, which can be a scrollable box of server text.
    dialog.querySelector<HTMLElement>('[data-raek-initial-focus]')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') {
        closingOnCleanup.current = true;
        dialog.close();
      }
      const target = returnFocus?.() ?? opener;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
    // Opens once per mount; returnFocus is read when it closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onNativeClose = () => {
    const reopened = ref.current?.open === true;
    const ours = closingOnCleanup.current;
    closingOnCleanup.current = false;
    if (!ours && !reopened) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Native modals turn Escape into 'cancel' + 'close'; the fallback needs it by hand.
    if (event.key === 'Escape' && ref.current && !supportsModal(ref.current)) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={ref}
      id={id}
      className={className}
      dir={dir}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onNativeClose}
      onKeyDown={onKeyDown}
    >
      {children}
    </dialog>
  );
}
