/**
 * Makes copying succeed or fail on purpose, for the support dialog's "Copied" and "Couldn't
 * copy" states: a headless browser's real clipboard answers differently from one run to the
 * next (permissions, focus). Both copy paths are stubbed (Clipboard API and execCommand).
 * Returns the undo, for a story's `beforeEach`.
 */
export function stubClipboard(works: boolean): () => void {
  const clipboard = globalThis.navigator.clipboard as Clipboard | undefined;
  const writeText = async () => {
    if (!works) throw new DOMException('Write permission denied.', 'NotAllowedError');
  };
  const fakeClipboard = { writeText };
  Object.defineProperty(globalThis.navigator, 'clipboard', { configurable: true, value: fakeClipboard });
  const execCommand = Object.getOwnPropertyDescriptor(Document.prototype, 'execCommand');
  Object.defineProperty(document, 'execCommand', { configurable: true, value: () => works });
  return () => {
    Object.defineProperty(globalThis.navigator, 'clipboard', { configurable: true, value: clipboard });
    delete (document as { execCommand?: unknown }).execCommand;
    if (execCommand && !Object.getOwnPropertyDescriptor(Document.prototype, 'execCommand')) Object.defineProperty(Document.prototype, 'execCommand', execCommand);
  };
}
