import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../src/model/codes.js';
import { registerApiErrorDialect } from '../../src/model/dialectRegistry.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { resolveKnownCode } from '../../src/model/resolveCode.js';
import { SOURCE_CODE_ALIASES } from '../../src/model/sourceCodes.js';
import type { ApiErrorCategory } from '../../src/model/types.js';
import { testDialect } from './testDialects.js';

// One row per code in the five seed documents: [seed code, canonical code, category].
const SEED_ROWS: readonly (readonly [string, string, ApiErrorCategory])[] = [
  // seed 000: WCPOS
  ['API01001', 'CONNECTION_TIMEOUT', 'connection'],
  ['API01002', 'CONNECTION_REFUSED', 'connection'],
  ['API01003', 'CONNECTION_RESET', 'connection'],
  ['API01004', 'DNS_RESOLUTION_FAILED', 'connection'],
  ['API01005', 'SSL_CERTIFICATE_ERROR', 'connection'],
  ['API01006', 'NETWORK_UNREACHABLE', 'connection'],
  ['API01007', 'DEVICE_OFFLINE', 'connection'],
  ['API01008', 'WEBSITE_UNAVAILABLE', 'connection'],
  ['API02001', 'INVALID_CREDENTIALS', 'authentication'],
  ['API02002', 'TOKEN_EXPIRED', 'authentication'],
  ['API02003', 'TOKEN_INVALID', 'authentication'],
  ['API02004', 'FORBIDDEN', 'authorization'],
  ['API02005', 'INSUFFICIENT_PERMISSIONS', 'authorization'],
  ['API02006', 'INVALID_API_KEY', 'authentication'],
  ['API02007', 'TOKEN_REFRESH_FAILED', 'authentication'],
  ['API02008', 'REFRESH_TOKEN_INVALID', 'authentication'],
  ['API02009', 'REFRESH_TOKEN_EXPIRED', 'authentication'],
  ['API02010', 'AUTH_REQUIRED', 'authentication'],
  ['API03001', 'INVALID_REQUEST', 'request'],
  ['API03002', 'MISSING_PARAMETER', 'request'],
  ['API03003', 'INVALID_PARAMETER', 'request'],
  ['API03004', 'REQUEST_TOO_LARGE', 'request'],
  ['API03005', 'RATE_LIMIT_EXCEEDED', 'rate_limit'],
  ['API03006', 'METHOD_NOT_ALLOWED', 'request'],
  ['API03007', 'REQUEST_QUEUE_FULL', 'rate_limit'],
  ['API04001', 'INVALID_RESPONSE_FORMAT', 'response'],
  ['API04002', 'UNEXPECTED_RESPONSE_CODE', 'response'],
  ['API04003', 'MALFORMED_JSON', 'response'],
  ['API04004', 'MISSING_RESPONSE_DATA', 'response'],
  ['API04005', 'JSON_RECOVERY_ATTEMPTED', 'response'],
  ['API04006', 'NOT_FOUND', 'not_found'],
  ['API05001', 'WOOCOMMERCE_API_DISABLED', 'integration'],
  ['API05002', 'WCPOS_PLUGIN_NOT_FOUND', 'integration'],
  ['API05003', 'WCPOS_PLUGIN_OUTDATED', 'integration'],
  ['API05004', 'WORDPRESS_API_DISABLED', 'integration'],
  ['API05005', 'PLUGIN_NOT_FOUND', 'integration'],
  ['API06001', 'INVALID_API_URL', 'configuration'],
  ['API06002', 'MISSING_API_URL', 'configuration'],
  ['API06003', 'INVALID_SITE_CONFIGURATION', 'configuration'],
  // seed 001: snake_case
  ['authentication_failed', 'UNAUTHORIZED', 'authentication'],
  ['api_key_expired', 'API_KEY_EXPIRED', 'authentication'],
  ['api_key_revoked', 'API_KEY_REVOKED', 'authentication'],
  ['insufficient_scope', 'INSUFFICIENT_SCOPE', 'authorization'],
  ['invalid_parameter', 'INVALID_PARAMETER', 'request'],
  ['missing_parameter', 'MISSING_PARAMETER', 'request'],
  ['invalid_json', 'INVALID_JSON', 'request'],
  ['not_found', 'NOT_FOUND', 'not_found'],
  ['method_not_allowed', 'METHOD_NOT_ALLOWED', 'request'],
  ['conflict', 'CONFLICT', 'conflict'],
  ['unprocessable_entity', 'VALIDATION_ERROR', 'request'],
  ['rate_limit_exceeded', 'RATE_LIMIT_EXCEEDED', 'rate_limit'],
  ['quota_exceeded', 'QUOTA_EXCEEDED', 'rate_limit'],
  ['internal_error', 'INTERNAL_ERROR', 'server'],
  ['service_unavailable', 'SERVICE_UNAVAILABLE', 'server'],
  ['gateway_timeout', 'GATEWAY_TIMEOUT', 'server'],
  // seed 002
  ['INVALID_REQUEST', 'INVALID_REQUEST', 'request'],
  ['UNAUTHENTICATED', 'UNAUTHORIZED', 'authentication'],
  ['PERMISSION_DENIED', 'FORBIDDEN', 'authorization'],
  ['RESOURCE_NOT_FOUND', 'NOT_FOUND', 'not_found'],
  ['RATE_LIMIT_EXCEEDED', 'RATE_LIMIT_EXCEEDED', 'rate_limit'],
  ['INTERNAL_SERVER_ERROR', 'INTERNAL_ERROR', 'server'],
  ['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'server'],
  ['INSUFFICIENT_BALANCE', 'PAYMENT_REQUIRED', 'request'],
  // seed 003
  ['AUTH_001', 'INVALID_API_KEY', 'authentication'],
  ['VAL_001', 'VALIDATION_ERROR', 'request'],
  // seed 004: tables
  ['MISSING_API_KEY', 'MISSING_API_KEY', 'authentication'],
  ['INVALID_API_KEY', 'INVALID_API_KEY', 'authentication'],
  ['EXPIRED_API_KEY', 'API_KEY_EXPIRED', 'authentication'],
  ['REVOKED_API_KEY', 'API_KEY_REVOKED', 'authentication'],
  ['MISSING_TOKEN', 'AUTH_REQUIRED', 'authentication'],
  ['TOKEN_INVALID', 'TOKEN_INVALID', 'authentication'],
  ['TOKEN_EXPIRED', 'TOKEN_EXPIRED', 'authentication'],
  ['STORE_ACCESS_DENIED', 'FORBIDDEN', 'authorization'],
  ['WRITE_ACCESS_DENIED', 'WRITE_ACCESS_DENIED', 'authorization'],
  ['INSUFFICIENT_PERMISSIONS', 'INSUFFICIENT_PERMISSIONS', 'authorization'],
  ['FORBIDDEN', 'FORBIDDEN', 'authorization'],
  ['STORE_NOT_FOUND', 'STORE_NOT_FOUND', 'not_found'],
  ['LISTING_NOT_FOUND', 'LISTING_NOT_FOUND', 'not_found'],
  ['PUBLICATION_NOT_FOUND', 'PUBLICATION_NOT_FOUND', 'not_found'],
  ['NOT_FOUND', 'NOT_FOUND', 'not_found'],
  ['DAILY_QUOTA_EXCEEDED', 'QUOTA_EXCEEDED', 'rate_limit'],
  ['VALIDATION_ERROR', 'VALIDATION_ERROR', 'request'],
  ['FIELD_REQUIRED', 'FIELD_REQUIRED', 'request'],
  ['FIELD_INVALID', 'FIELD_INVALID', 'request'],
  ['FIELD_TOO_LONG', 'FIELD_TOO_LONG', 'request'],
  ['INVALID_UUID', 'INVALID_UUID', 'request'],
  ['INTERNAL_ERROR', 'INTERNAL_ERROR', 'server'],
  ['DATABASE_CONNECTION_ERROR', 'DATABASE_CONNECTION_ERROR', 'server'],
  ['DATABASE_TIMEOUT', 'DATABASE_TIMEOUT', 'server'],
  // seed 004: the ErrorCode union
  ['UNKNOWN_ERROR', 'UNKNOWN_ERROR', 'unknown'],
  ['UNAUTHORIZED', 'UNAUTHORIZED', 'authentication'],
  ['CONFLICT', 'CONFLICT', 'conflict'],
  ['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'authentication'],
  ['ACCOUNT_SUSPENDED', 'ACCOUNT_SUSPENDED', 'authorization'],
  ['ACCOUNT_NOT_VERIFIED', 'ACCOUNT_NOT_VERIFIED', 'authorization'],
  ['ACCOUNT_NOT_FOUND', 'ACCOUNT_NOT_FOUND', 'not_found'],
  ['MEDIA_NOT_FOUND', 'MEDIA_NOT_FOUND', 'not_found'],
  ['FIELD_TOO_SHORT', 'FIELD_TOO_SHORT', 'request'],
  ['INVALID_EMAIL', 'INVALID_EMAIL', 'request'],
  ['INVALID_URL', 'INVALID_URL', 'request'],
  ['LIMIT_EXCEEDED', 'LIMIT_EXCEEDED', 'rate_limit'],
  ['OPERATION_NOT_ALLOWED', 'OPERATION_NOT_ALLOWED', 'authorization'],
  ['RESOURCE_LOCKED', 'RESOURCE_LOCKED', 'conflict'],
  ['DEPENDENCY_EXISTS', 'DEPENDENCY_EXISTS', 'conflict'],
  ['DUPLICATE_OPERATION', 'DUPLICATE_OPERATION', 'conflict'],
];

let unregister: () => void = () => undefined;
beforeAll(() => {
  unregister = registerApiErrorDialect(testDialect);
});
afterAll(() => { unregister(); });

describe('seed codes', () => {
  it.each(SEED_ROWS)('%s -> %s (%s)', (seedCode, code, category) => {
    expect(resolveKnownCode(seedCode) ?? 'UNKNOWN_ERROR').toBe(code);
    const error = normalizeApiError({ error: { code: seedCode, message: 'x' } });
    expect(error.code).toBe(code);
    expect(error.category).toBe(category);
    expect(error.sourceCode).toBe(seedCode);
  });

  it('every alias points at a catalog code', () => {
    for (const target of Object.values(SOURCE_CODE_ALIASES)) expect(API_ERROR_CODES[target]).toBeDefined();
  });

  it('resolves codes whatever their case and separators', () => {
    expect(resolveKnownCode('  expired-api-key ')).toBe('API_KEY_EXPIRED');
    expect(resolveKnownCode('Permission Denied')).toBe('FORBIDDEN');
  });
});
