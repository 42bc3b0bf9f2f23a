/**
 * Copies text: the async Clipboard API first, then the old way (a selected textarea and
 * execCommand('copy')), which still works where the Clipboard API is missing or blocked
 * (insecure origins, some WebViews, permission policies). True when either worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}

function copyWithTextarea(text: string): boolean {
  const doc = globalThis.document;
  if (doc?.body == null) return false;
  const active = doc.activeElement;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  // Inside an open modal <dialog> the rest of the page is inert, so the textarea goes there.
  const host = active?.closest('dialog') ?? doc.body;
  host.appendChild(area);
  area.select();
  let ok = false;
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy path without the Clipboard API
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus();
  return ok;
}
