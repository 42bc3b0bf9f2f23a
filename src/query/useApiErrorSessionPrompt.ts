'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { AuthWave, SessionPromptSnapshot } from './createAuthWave.js';
import { getQueryInstallation } from './getQueryInstallation.js';

/**
 * The session state of this QueryClient's authentication wave: `idle`, `refreshing` (one silent
 * refresh for every query that failed with 401) or `needs-login` (show the ReloginPrompt), plus
 * `replay()` and `dismiss()`. For apps that render their own prompt.
 */
export function useApiErrorSessionPrompt(): SessionPromptSnapshot & Pick<AuthWave, 'replay' | 'dismiss'> {
  const { wave } = getQueryInstallation(useQueryClient());
  const snapshot = useSyncExternalStore(wave.subscribe, wave.getSnapshot, wave.getSnapshot);
  return { ...snapshot, replay: wave.replay, dismiss: wave.dismiss };
}
