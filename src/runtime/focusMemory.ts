/**
 * Remembers the element that last had focus on the page. Framework-free.
 *
 * When a dialog opens because a request failed, focus is often already on <body>: the button
 * that sent the request was disabled while it was pending, and a disabled button loses focus.
 * "Where the person was" is then the element before that, which only a listener that ran
 * earlier can know. Retained by the kit's parts while mounted; released with the last one.
 */

let last: WeakRef<HTMLElement> | undefined;
// The one before `last`: where the person was before they went into the part now leaving.
let previous: WeakRef<HTMLElement> | undefined;
let users = 0;

const onFocusIn = (event: FocusEvent): void => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || target === target.ownerDocument.body || target.closest('dialog')) return;
  if (last?.deref() !== target) previous = last;
  last = new WeakRef(target);
};

/** Starts remembering (one capturing listener for the page); returns the release. */
export function retainFocusMemory(): () => void {
  const doc = globalThis.document as Document | undefined;
  if (!doc) return () => undefined;
  if (users === 0) doc.addEventListener('focusin', onFocusIn, true);
  users += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users === 0) {
      doc.removeEventListener('focusin', onFocusIn, true);
      last = undefined;
      previous = undefined;
    }
  };
}

/** The element that last had focus outside a dialog, if it is still on the page. */
export function lastFocused(): HTMLElement | undefined {
  const element = last?.deref();
  return element?.isConnected ? element : undefined;
}

/** The element that last had focus outside `container` (and outside a dialog), if still on the page. */
export function lastFocusedOutside(container: Element): HTMLElement | undefined {
  for (const ref of [last, previous]) {
    const element = ref?.deref();
    if (element?.isConnected && !container.contains(element)) return element;
  }
  return undefined;
}

const WAIT_FOR_ENABLED_MS = 10_000;

const isDisabled = (element: HTMLElement): boolean => element.matches(':disabled');
const focusLost = (doc: Document): boolean => doc.activeElement === null || doc.activeElement === doc.body;

/**
 * Gives focus back to `target` if focus was lost (on <body>). The target is often disabled right
 * then, or again a moment later (the Save button while the retried request runs, and a disabled
 * button drops focus): for 10 s, whenever it is enabled while focus is lost, it gets focus
 * back, until the person puts focus anywhere else.
 */
export function restoreFocus(target: HTMLElement): void {
  const doc = target.ownerDocument;
  const view = doc.defaultView;
  // Already back on the target (the prompt's own dialog returned it): still watch, the retry is next.
  if (!target.isConnected || (!focusLost(doc) && doc.activeElement !== target)) return;
  const attempt = (): void => {
    if (target.isConnected && focusLost(doc) && !isDisabled(target)) target.focus();
  };
  attempt();
  if (!view) return;
  const observer = new view.MutationObserver(attempt);
  // The fieldset around it may be what disables it.
  observer.observe(doc.body, { attributes: true, attributeFilter: ['disabled'], subtree: true });
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== target) stop();
  };
  doc.addEventListener('focusin', onFocusIn, true);
  const timer = view.setTimeout(stop, WAIT_FOR_ENABLED_MS);
  function stop(): void {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn, true);
    view?.clearTimeout(timer);
  }
}
