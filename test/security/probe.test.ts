import { it } from 'vitest';
import { normalizeApiError } from '../../src/core/normalizeApiError.js';
import { ApiResponseError } from '../../src/core/ApiResponseError.js';
import { scrubSecrets } from '../../src/react/scrubSecrets.js';
import { redactUrl } from '../../src/core/redact.js';
import { parseLenientJson } from '../../src/core/lenientJson.js';

it('probe', async () => {
  const foreign = { category: 'request', code: 'INVALID_REQUEST', retryable: true, fieldErrors: { ['__proto__']: 'x' }, serverMessage: '\u202Eabc' + 'x'.repeat(2000), retryAt: NaN };
  const n = normalizeApiError(foreign);
  console.log('foreign same?', n === foreign, n.serverMessage?.length, n.retryAt);
  for (const s of ['consumer_secret=cs_123456789', 'access_token=abcdefghijk', 'signature=abcdef123', 'Cookie: a=1; session=xyz', 'api_key=abcd1234', 'password: hunter2', 'X-Api-Key: abc', '{"token":"abcdefghij"}', '"password":"hunter2"', 'Authorization: Bearer abc.def.ghi', 'consumer_key=ck_1234'])
    console.log(JSON.stringify(s), '->', JSON.stringify(scrubSecrets(s)));
  for (const u of ['https://a.b/x?TOKEN=1', 'https://a.b/x?api%5Fkey=1', 'https://a.b/x?X-Amz-Signature=1', 'https://u:p@a.b/x', 'https://a.b/x;jsessionid=abc', 'https:\\\\u:p@a.b/x', '/x?a=1&token', 'https://a.b/x?access_token=1#id_token=2', 'https://a.b/x?auth[token]=1', 'https://a.b/x?client_secret=1'])
    console.log(u, '->', redactUrl(u));
  const deepArr = '['.repeat(100000) + ']'.repeat(100000);
  const deepObj = '{"a":'.repeat(100000) + '1' + '}'.repeat(100000);
  for (const [name, t] of [['arr', deepArr], ['obj', deepObj], ['errors', '{"errors":' + deepArr + '}'], ['error', '{"error":' + deepObj + '}'], ['detail', '{"detail":' + deepArr + '}']] as const) {
    try { const e = await ApiResponseError.fromResponse(new Response(t, { status: 422 })); const r = normalizeApiError(e); console.log(name, r.code, r.dialect); } catch (err) { console.log(name, 'THREW', String(err)); }
  }
  const t0 = performance.now();
  parseLenientJson('x' + '{"a":"'.repeat(170000));
  console.log('lenient ms', performance.now() - t0);
});
