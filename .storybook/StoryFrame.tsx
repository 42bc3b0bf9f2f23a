import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createTranslator } from '../src/messages/createTranslator.js';
import { ApiErrorProvider } from '../src/react/ApiErrorProvider.js';

interface StoryFrameProps {
  locale: string;
  theme: string;
  /** 'auto' follows the locale (Arabic is right to left). */
  direction: string;
  children: ReactNode;
}

/** Where a story's support links lead: a real-looking address, so the dialog shows them. */
const SUPPORT = { email: 'support@example.com', url: 'https://example.com/help' };

/**
 * The story root: the kit's provider in the toolbar's locale, a QueryClient per story (no cache
 * shared between stories), and the theme and direction set where the kit's CSS looks for them.
 * Stories that need their own provider props (refreshSession, requestLogin) nest another provider.
 */
export function StoryFrame({ locale, theme, direction, children }: StoryFrameProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const dir = direction === 'ltr' || direction === 'rtl' ? direction : createTranslator({ locale }).dir;
  return (
    <ApiErrorProvider locale={locale} support={SUPPORT}>
      <QueryClientProvider client={client}>
        <div className="story-root" data-raek-theme={theme} dir={dir} lang={locale}>
          {children}
        </div>
      </QueryClientProvider>
    </ApiErrorProvider>
  );
}
