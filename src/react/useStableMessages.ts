'use client';
import { useMemo } from 'react';
import type { MessageOverrides } from '../messages/types.js';

function contentKey(messages: MessageOverrides | undefined): string | undefined {
  if (messages === undefined) return undefined;
  try {
    return JSON.stringify(messages);
  } catch {
    return undefined; // not plain data: fall back to identity below
  }
}

/**
 * The same overrides object for as long as its content stays the same. Apps write
 * `messages={{ de: {...} }}` inline, a new object every render; keyed by identity, that would be
 * a new translator and a re-render of every part of the kit with each render of the app.
 */
export function useStableMessages(messages: MessageOverrides | undefined): MessageOverrides | undefined {
  const key = contentKey(messages);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  return useMemo(() => messages, [key ?? messages]);
}
