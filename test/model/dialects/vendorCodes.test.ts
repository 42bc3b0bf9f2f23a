import { describe, expect, it } from 'vitest';
import '../withAllPacks.js';
import { API_ERROR_CODES, isApiErrorCode } from '../../../src/model/codes.js';
import { allDialects } from '../../../src/dialects.js';
import { classify } from '../../../src/model/classify.js';
import { codeFromWords } from '../../../src/model/codeWords.js';
import { SOURCE_CODE_ALIASES } from '../../../src/model/sourceCodes.js';
import { VENDOR_CODE_ALIASES, vendorCodeAlias, vendorCodeKey } from '../../../src/model/vendorCodes.js';

describe('VENDOR_CODE_ALIASES', () => {
  it('maps only to catalog codes, under normalized keys', () => {
    for (const [key, code] of Object.entries(VENDOR_CODE_ALIASES)) {
      expect(isApiErrorCode(code), `${key} -> ${code}`).toBe(true);
      expect(vendorCodeKey(key)).toBe(key);
    }
  });

  it.each([
    ['RESOURCE_EXHAUSTED', 'rate_limit'],
    ['DEADLINE_EXCEEDED', 'server'],
    ['FAILED_PRECONDITION', 'request'],
    ['ABORTED', 'conflict'],
    ['UNAUTHENTICATED', 'authentication'],
    ['ThrottlingException', 'rate_limit'],
    ['SlowDown', 'rate_limit'],
    ['ProvisionedThroughputExceededException', 'rate_limit'],
    ['ExpiredTokenException', 'authentication'],
    ['NoSuchKey', 'not_found'],
    ['ConditionalCheckFailedException', 'conflict'],
    ['Request_ResourceNotFound', 'not_found'],
    ['Authorization_RequestDenied', 'authorization'],
    ['activityLimitReached', 'rate_limit'],
    ['ExpiredAuthenticationToken', 'authentication'],
    ['invalid_grant', 'authentication'],
    ['invalid_token', 'authentication'],
    ['rest_no_route', 'not_found'],
    ['rest_cookie_invalid_nonce', 'authentication'],
    ['jwt_auth_invalid_token', 'authentication'],
    ['jwt_auth_no_auth_header', 'authentication'],
    ['[jwt_auth] incorrect_password', 'authentication'],
    ['woocommerce_rest_product_invalid_id', 'not_found'],
    ['invalid-jwt', 'authentication'],
    ['constraint-violation', 'conflict'],
    ['THROTTLED', 'rate_limit'],
    ['BAD_USER_INPUT', 'request'],
    ['ratelimited', 'rate_limit'],
    ['account_inactive', 'authorization'],
    ['card_declined', 'request'],
    ['E0000047', 'rate_limit'],
    ['EMAIL_NOT_FOUND', 'authentication'],
    ['rateLimitExceeded', 'rate_limit'],
  ])('%s is %s', (code, category) => {
    // From the code alone: a pack's row, or the word rules where they already say the same
    // (rows the words answer alike are left out of the tables).
    const canonical = classify({ sourceCode: code, bodyKind: 'json' });
    expect(API_ERROR_CODES[canonical].category).toBe(category);
  });

  it('keeps no row that the word rules or the catalog already answer alike', () => {
    const tables = [VENDOR_CODE_ALIASES, ...allDialects.map((pack) => pack.codes ?? {})];
    for (const table of tables) {
      for (const [key, code] of Object.entries(table)) {
        expect(isApiErrorCode(key), key).toBe(false);
        expect(Object.hasOwn(SOURCE_CODE_ALIASES, key), key).toBe(false);
        expect(codeFromWords(key, false), key).not.toBe(code);
      }
    }
  });

  it('leaves the 401-or-403 WordPress codes to the status', () => {
    expect(vendorCodeAlias('rest_forbidden')).toBeUndefined();
    expect(vendorCodeAlias('woocommerce_rest_cannot_view')).toBeUndefined();
  });

  it('does not answer for prototype keys', () => {
    expect(vendorCodeAlias('constructor')).toBeUndefined();
    expect(vendorCodeAlias('__proto__')).toBeUndefined();
  });
});
