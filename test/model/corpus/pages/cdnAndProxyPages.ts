// CDN, proxy, PaaS and web-server error pages, plus unusable answers (the `response` category).
import type { HttpRow } from '../row.js';

const HTML = { 'content-type': 'text/html; charset=UTF-8' };

const nginxPage = (status: number, text: string) =>
  `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n`;

const cloudflarePage = (code: number, title: string, detail: string) =>
  `<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->\n<html lang="en-US"><head><title>${title} | example.com | Cloudflare</title><meta charset="UTF-8" /></head><body><div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper"><h1><span class="cf-error-type">Error</span> <span class="cf-error-code">${code}</span></h1><h2 class="cf-subheadline">${detail}</h2><div class="cf-error-footer"><span>Cloudflare Ray ID: <strong class="font-semibold">8a1b2c3d4e5f6789</strong></span></div></div></div></body></html>`;

export const CDN_PROXIES: readonly HttpRow[] = [
  {
    name: 'Cloudflare 1015 rate limited HTML 429 with cf-ray',
    status: 429,
    headers: { ...HTML, 'cf-ray': '8a1b2c3d4e5f6789-FRA', server: 'cloudflare' },
    body: cloudflarePage(1015, 'Access denied', 'You are being rate limited'),
    expect: { category: 'rate_limit', requestId: '8a1b2c3d4e5f6789-FRA' },
  },
  {
    name: 'Cloudflare 522 connection timed out page',
    status: 522,
    headers: { ...HTML, 'cf-ray': '8a1b2c3d4e5f0522-AMS', server: 'cloudflare' },
    body: cloudflarePage(522, 'Connection timed out', 'Connection timed out'),
    expect: { category: 'server', requestId: '8a1b2c3d4e5f0522-AMS' },
  },
  {
    name: 'Cloudflare 521 web server is down',
    status: 521,
    headers: { ...HTML, 'cf-ray': '8a1b2c3d4e5f0521-LHR' },
    body: cloudflarePage(521, 'Web server is down', 'Web server is down'),
    expect: { category: 'server', requestId: '8a1b2c3d4e5f0521-LHR' },
  },
  {
    name: 'Cloudflare 1020 access denied 403',
    status: 403,
    headers: { ...HTML, 'cf-ray': '8a1b2c3d4e5f1020-SJC' },
    body: cloudflarePage(1020, 'Access denied', 'Access denied'),
    expect: { category: 'authorization', requestId: '8a1b2c3d4e5f1020-SJC' },
  },
  {
    name: 'Cloudflare API v4 429 with Retry-After',
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '300', 'cf-ray': '8a1b2c3d4e5f0971-DFW' },
    body: { success: false, errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }], messages: [], result: null },
    expect: { category: 'rate_limit', sourceCode: '971', requestId: '8a1b2c3d4e5f0971-DFW', retryInSeconds: 300 },
  },
  {
    name: 'Cloudflare API v4 400 invalid zone id',
    status: 400,
    body: { success: false, errors: [{ code: 1003, message: 'Invalid or missing zone id.' }], messages: [], result: null },
    expect: { category: 'request', sourceCode: '1003' },
  },
  {
    name: 'Cloudflare API v4 404 route',
    status: 404,
    body: { success: false, errors: [{ code: 7003, message: 'Could not route to /zones/abc/dns_records, perhaps your object identifier is invalid?' }, { code: 7000, message: 'No route for that URI' }], messages: [], result: null },
    expect: { category: 'not_found', sourceCode: '7003' },
  },
  { name: 'nginx 502 Bad Gateway HTML', status: 502, headers: HTML, body: nginxPage(502, 'Bad Gateway'), expect: { category: 'server' } },
  { name: 'nginx 504 Gateway Time-out HTML', status: 504, headers: HTML, body: nginxPage(504, 'Gateway Time-out'), expect: { category: 'server' } },
  { name: 'nginx 413 Request Entity Too Large HTML', status: 413, headers: HTML, body: nginxPage(413, 'Request Entity Too Large'), expect: { category: 'request' } },
  { name: 'nginx 429 Too Many Requests HTML', status: 429, headers: HTML, body: nginxPage(429, 'Too Many Requests'), expect: { category: 'rate_limit' } },
  { name: 'nginx 404 Not Found HTML', status: 404, headers: HTML, body: nginxPage(404, 'Not Found'), expect: { category: 'not_found' } },
  {
    name: 'Heroku H12 application error 503',
    status: 503,
    headers: { ...HTML, via: '1.1 vegur' },
    body: '<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <meta charset="utf-8">\n    <title>Application Error</title>\n  </head>\n  <body>\n    <iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>\n  </body>\n</html>',
    expect: { category: 'server' },
  },
  {
    name: 'Vercel 504 FUNCTION_INVOCATION_TIMEOUT text',
    status: 504,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-vercel-error': 'FUNCTION_INVOCATION_TIMEOUT', 'x-vercel-id': 'fra1::iad1::8x7k2-1740830400000-1a2b3c4d5e6f' },
    body: 'An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\nfra1::iad1::8x7k2-1740830400000-1a2b3c4d5e6f\n',
    expect: { category: 'server' },
  },
  {
    name: 'Vercel 404 NOT_FOUND text',
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-vercel-error': 'NOT_FOUND', 'x-vercel-id': 'fra1::abcde-1740830400000-0a0b0c' },
    body: 'The page could not be found\n\nNOT_FOUND\n\nfra1::abcde-1740830400000-0a0b0c\n',
    expect: { category: 'not_found' },
  },
  {
    name: 'Netlify 404 Page Not Found HTML',
    status: 404,
    headers: { ...HTML, 'x-nf-request-id': '01HQ0000000000000000000000' },
    body: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page Not Found</title></head><body><div id="main"><h1>Page Not Found</h1><p>Looks like you\'ve followed a broken link or entered a URL that doesn\'t exist on this site.</p></div></body></html>',
    expect: { category: 'not_found' },
  },
  {
    name: 'Varnish 503 Guru Meditation',
    status: 503,
    headers: { ...HTML, 'x-varnish': '32770', via: '1.1 varnish (Varnish/7.4)' },
    body: '<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n    <p>XID: 32770</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
    expect: { category: 'server' },
  },
  {
    name: 'AWS ELB 502 HTML',
    status: 502,
    headers: { ...HTML, server: 'awselb/2.0' },
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
    expect: { category: 'server' },
  },
  {
    name: 'HAProxy 503 no server available',
    status: 503,
    headers: HTML,
    body: '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n',
    expect: { category: 'server' },
  },
  {
    name: 'Akamai 403 Access Denied reference',
    status: 403,
    headers: HTML,
    body: '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don\'t have permission to access "http&#58;&#47;&#47;www&#46;example&#46;com&#47;api&#47;" on this server.<P>\nReference&#32;&#35;18&#46;2f1e1002&#46;1740830400&#46;1a2b3c4d\n</BODY>\n</HTML>\n',
    expect: { category: 'authorization' },
  },
  {
    name: 'HTML page at 200 where JSON was expected',
    status: 200,
    headers: HTML,
    body: '<!DOCTYPE html><html><head><title>My Shop</title></head><body><h1>Welcome to My Shop</h1></body></html>',
    expect: { category: 'response' },
  },
  {
    name: 'Captive portal login page at 200',
    status: 200,
    headers: HTML,
    body: '<html><head><title>Hotel WiFi - Login</title></head><body><form action="/login"><input name="room"></form></body></html>',
    expect: { category: 'response' },
  },
  {
    name: 'Malformed JSON at 200',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"data": [1, 2,',
    expect: { category: 'response' },
  },
  { name: 'Empty body 200', status: 200, headers: { 'content-type': 'application/json' }, body: '', expect: { category: 'response' } },
  { name: 'Empty body 500', status: 500, body: '', expect: { category: 'server' } },
  { name: 'Empty body 502', status: 502, body: '', expect: { category: 'server' } },
  { name: 'Empty body 503', status: 503, body: '', expect: { category: 'server' } },
  { name: 'Empty body 401', status: 401, body: '', expect: { category: 'authentication' } },
  { name: 'Empty body 403', status: 403, body: '', expect: { category: 'authorization' } },
  { name: 'Empty body 404', status: 404, body: '', expect: { category: 'not_found' } },
  { name: 'Empty body 408 request timeout', status: 408, body: '', expect: { category: 'connection' } },
  { name: 'Empty body 410 gone', status: 410, body: '', expect: { category: 'not_found' } },
  { name: 'Empty body 412 precondition failed', status: 412, body: '', expect: { category: 'conflict' } },
  { name: 'Empty body 423 locked', status: 423, body: '', expect: { category: 'conflict' } },
  { name: 'Empty body 415 unsupported media type', status: 415, body: '', expect: { category: 'request' } },
  { name: 'Empty body 405 method not allowed', status: 405, headers: { allow: 'GET, HEAD' }, body: '', expect: { category: 'request' } },
];
