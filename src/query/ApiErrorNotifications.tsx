'use client';
import { ApiErrorBanner } from '../react/ApiErrorBanner.js';
import { cx } from '../react/cx.js';
import { useApiErrorContext } from '../react/useApiErrorContext.js';
import type { ApiErrorNotificationStore } from './createApiErrorNotificationStore.js';
import { useApiErrorNotifications } from './useApiErrorNotifications.js';

export interface ApiErrorNotificationsProps {
  /** Defaults to the store `installApiErrorHandling` feeds for the surrounding QueryClient. */
  store?: ApiErrorNotificationStore | undefined;
  className?: string | undefined;
}

/**
 * The page's one region for background failures (a refetch failed while its data stays on
 * screen) and the offline state. Place it once, inside QueryClientProvider.
 *
 * The region is always rendered, empty or not, and its offline line is a `role="status"` that is
 * present from the start and only changes text: live regions added together with their text are
 * not announced. The region itself is a labelled landmark, not aria-live: each notice is an
 * ApiErrorBanner, which speaks through the kit's page announcer; a live container around it would
 * say everything twice.
 */
export function ApiErrorNotifications({ store, className }: ApiErrorNotificationsProps) {
  const { snapshot, store: target } = useApiErrorNotifications(store);
  const { translator } = useApiErrorContext();
  return (
    <section className={cx('raek-notifications', className)} aria-label={translator.t('notifications.label')} dir={translator.dir}>
      <p role="status" className="raek-notifications__offline" data-offline={snapshot.offline || undefined}>
        {snapshot.offline ? translator.t('banner.offline') : ''}
      </p>
      {snapshot.notices.length > 0 && (
        <ul className="raek-notifications__list">
          {snapshot.notices.map((notice) => (
            <li key={notice.id} className="raek-notifications__item">
              <ApiErrorBanner
                error={notice.error}
                count={notice.count}
                onRetry={
                  notice.retry &&
                  (() => {
                    notice.retry?.();
                    target.dismiss(notice.id);
                  })
                }
                onDismiss={() => {
                  target.dismiss(notice.id);
                }}
              >
                {notice.context && <p className="raek-notifications__context">{notice.context}</p>}
              </ApiErrorBanner>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
