import type { QueryClient } from '@tanstack/react-query';
import type { SessionCoordinator } from '../runtime/session.js';
import type { ApiError } from '../model/types.js';
import { createApiErrorNotificationStore } from './createApiErrorNotificationStore.js';
import type { ApiErrorNotificationStore } from './createApiErrorNotificationStore.js';
import { createAuthWave } from './createAuthWave.js';
import type { AuthWave } from './createAuthWave.js';

/**
 * What the kit keeps per QueryClient: the notification store the region renders, the auth wave
 * the session prompt renders, and the session/reporting the React bridge plugs in. Created on
 * first use (by the installer or a component), so components and installer meet without props.
 */
export interface QueryInstallation {
  readonly notifications: ApiErrorNotificationStore;
  readonly wave: AuthWave;
  /** Set by `installApiErrorHandling({ session })` or `<ApiErrorQueryBridge />`. */
  session: SessionCoordinator | undefined;
  onReport: ((error: ApiError) => void) | undefined;
  /** Live installers; cache subscriptions exist while this is above 0. */
  refs: number;
  teardown: (() => void) | undefined;
}

const installations = new WeakMap<QueryClient, QueryInstallation>();

export function getQueryInstallation(client: QueryClient): QueryInstallation {
  let installation = installations.get(client);
  if (!installation) {
    const created: QueryInstallation = {
      notifications: createApiErrorNotificationStore(),
      // Work held for a sign-in the person put off stays one click away, in the region.
      wave: createAuthWave(
        () => created.session,
        (error, replay) => {
          created.notifications.notify(error, { retry: replay });
        },
      ),
      session: undefined,
      onReport: undefined,
      refs: 0,
      teardown: undefined,
    };
    installation = created;
    installations.set(client, created);
  }
  return installation;
}
