import { defineDialect } from './defineDialect.js';
import { cloudflareCategory, phraseCategory } from './pagePhrases.js';
import { stripTags } from './stripTags.js';

const SCAN_LIMIT = 64 * 1024;
const MAX_MESSAGE = 200;
const LOOKS_HTML = /<(!doctype\s+html|html|head|body|title|h1|center|pre)[\s>]/i;

/** The inner text of the first element matching `pattern` (one capture group). */
function inner(html: string, pattern: RegExp): string | undefined {
  const raw = pattern.exec(html)?.[1];
  if (raw === undefined) return undefined;
  const t = stripTags(raw);
  return t === '' ? undefined : t.slice(0, MAX_MESSAGE);
}

/** Pages whose title says less than a known element: Express, WordPress, Cloudflare, CloudFront. */
function messageOf(html: string, cloudflare: string | undefined): string | undefined {
  const wpDie = inner(html, /class="wp-die-message"[^>]*>([\s\S]*?)<\/div>/i);
  if (wpDie !== undefined) return wpDie.replace(/\s*Learn more about troubleshooting WordPress\.?$/i, '');
  if (cloudflare !== undefined) {
    const sub = inner(html, /<h2[^>]*cf-subheadline[^>]*>([\s\S]*?)<\/h2>/i) ?? inner(html, /<title>([\s\S]*?)<\/title>/i);
    return sub === undefined ? `Error ${cloudflare}` : `Error ${cloudflare}: ${sub}`;
  }
  const title = inner(html, /<title[^>]*>([\s\S]*?)<\/title>/i)?.replace(/^ERROR:\s*/, '');
  // Express's finalhandler titles every page 'Error' and says what happened in <pre>.
  if (title === undefined || /^error$/i.test(title)) return inner(html, /<pre[^>]*>([\s\S]*?)<\/pre>/i) ?? inner(html, /<h1[^>]*>([\s\S]*?)<\/h1>/i) ?? title;
  return title;
}

/**
 * HTML error pages of proxies, CDNs and frameworks (nginx, Apache, Cloudflare, CloudFront,
 * Varnish, AWS ELB, Express, WordPress). Yields a short plain-text message, Cloudflare's
 * numbered errors and CloudFront's request id; categories only as hints on failure statuses.
 */
export const htmlPageDialect = /* @__PURE__ */ defineDialect('html-page', (body, context) => {
  if (typeof body !== 'string') return undefined;
  const html = body.slice(0, SCAN_LIMIT);
  if (!LOOKS_HTML.test(html.slice(0, 2048)) && !LOOKS_HTML.test(html)) return undefined;
  const cloudflare = /class="cf-error-code"[^>]*>\s*(\d{3,4})\s*</i.exec(html)?.[1];
  const message = messageOf(html, cloudflare);
  const failed = context.status === undefined || context.status >= 400;
  const rayId = /Ray ID:\s*(?:<[^>]*>\s*)*([0-9a-f]{16})/i.exec(html)?.[1];
  const cloudFrontId = /Request ID:\s*([A-Za-z0-9_=-]{20,100})/.exec(html)?.[1];
  return {
    message,
    // The cf-ray header carries the same id with its data-centre suffix; prefer the header's form.
    requestId: cloudFrontId ?? (context.headers.get('cf-ray') === undefined ? rayId : undefined),
    category: failed ? (cloudflareCategory(cloudflare) ?? phraseCategory(message ?? '')) : undefined,
  };
});
