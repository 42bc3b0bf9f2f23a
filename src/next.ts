'use client';
// The `react-api-error-kit/next` entry: the Next.js App Router (an optional peer). Explicit names only.
export { NextErrorPage } from './integrations/next/NextErrorPage.js';
export type { NextErrorPageProps } from './integrations/next/NextErrorPage.js';
