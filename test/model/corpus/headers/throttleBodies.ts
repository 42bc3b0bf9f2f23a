// Rate limits whose body words say something else: a 429 is a rate limit whatever the code or
// page calls it ("denied", "access denied"), and a code that is itself a quota stays precise.
import { HTML, type HttpRow } from '../row.js';

export const THROTTLE_BODIES: readonly HttpRow[] = [
  {
    // Wave's registry answered its pull rate limit with the OCI error code DENIED (its own test
    // pins status 429 and `errors[0].code == 'DENIED'`); later versions say TOOMANYREQUESTS.
    name: 'Wave registry 429 errors[].code DENIED on the pull rate limit',
    source: 'https://github.com/seqeralabs/wave/pull/138',
    status: 429,
    headers: { 'docker-distribution-api-version': 'registry/2.0' },
    body: { errors: [{ code: 'DENIED', message: 'Request exceeded pull rate limit for IP 192.0.2.10' }] },
    expect: { category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', sourceCode: 'DENIED' },
  },
  {
    name: 'OCI registry 429 errors[].code TOOMANYREQUESTS with Retry-After',
    source: 'https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes',
    status: 429,
    headers: { 'retry-after': '60' },
    body: { errors: [{ code: 'TOOMANYREQUESTS', message: 'too many requests', detail: null }] },
    expect: { category: 'rate_limit', sourceCode: 'TOOMANYREQUESTS', retryInSeconds: 60 },
  },
  {
    // Cloudflare's rate-limiting rule page is titled "Access denied" and says error 1015.
    name: 'Cloudflare 429 error 1015 page titled Access denied',
    source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/',
    status: 429,
    headers: { ...HTML, 'cf-ray': '8f1c2b3a4d5e6f70-FRA' },
    body: '<!DOCTYPE html><html lang="en-US"><head><title>Access denied | api.example.com used Cloudflare to restrict access</title></head><body><div id="cf-wrapper"><h1><span class="cf-error-type">Error</span> <span class="cf-error-code">1015</span></h1><h2 class="cf-subheadline">You are being rate limited</h2><p>The owner of this website (api.example.com) has banned you temporarily from accessing this website.</p></div></body></html>',
    expect: { category: 'rate_limit', requestId: '8f1c2b3a4d5e6f70-FRA' },
  },
  {
    // The RIPE Database REST API answers excessive querying with 429 and its "201 access denied".
    name: 'RIPE Database 429 ERROR:201 access denied for excessive querying',
    source: 'https://github.com/RIPE-NCC/whois/issues/555',
    status: 429,
    body: {
      errormessages: {
        errormessage: [{ severity: 'Error', text: 'ERROR:201: access denied for %s\n\nSorry, access from your host has been permanently\ndenied because of a repeated excessive querying.\n', args: [{ value: '192.0.2.10' }] }],
      },
    },
    expect: { category: 'rate_limit' },
  },
  {
    // A quota code on a 429 keeps its precise canonical code rather than the generic one.
    name: 'seed001 429 quota_exceeded keeps QUOTA_EXCEEDED',
    status: 429,
    body: { code: 'quota_exceeded', message: 'Daily request quota exhausted', request_id: 'req_seed12b' },
    expect: { category: 'rate_limit', code: 'QUOTA_EXCEEDED', sourceCode: 'quota_exceeded', requestId: 'req_seed12b' },
  },
];
