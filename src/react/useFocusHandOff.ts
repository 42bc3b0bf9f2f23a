import { useCallback, useEffect, useRef } from 'react';
import { lastFocusedOutside, restoreFocus, retainFocusMemory } from '../runtime/focusMemory.js';

/**
 * A callback ref for a part that can leave while it holds focus (a banner whose retry or
 * sign-in worked): focus would fall to <body> and a keyboard user would start again from the
 * top. Instead it goes back to where the person was before they went into the part (the Save
 * button, once it is enabled again). React detaches the ref before it removes the element, so
 * the element still knows whether it holds focus; the hand-off waits until it is gone.
 */
export function useFocusHandOff(): (element: HTMLElement | null) => void {
  const attached = useRef<HTMLElement | null>(null);
  useEffect(() => retainFocusMemory(), []);
  return useCallback((element: HTMLElement | null) => {
    const leaving = attached.current;
    attached.current = element;
    if (element || !leaving) return;
    const doc = leaving.ownerDocument;
    if (!leaving.contains(doc.activeElement)) return;
    const target = lastFocusedOutside(leaving);
    if (target) {
      queueMicrotask(() => {
        restoreFocus(target);
      });
    }
  }, []);
}
