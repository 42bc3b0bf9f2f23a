// Errors thrown by the AWS SDK for JavaScript v3, Google's gaxios (googleapis, google-auth-library)
// and the Firebase Web SDK (Firestore, Functions, Storage), built as those libraries build them.
import type { ThrownRow } from '../row.js';

// ---- AWS SDK v3 (@smithy/smithy-client ServiceException, decorateServiceException) --------------
interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts?: number;
  totalRetryDelay?: number;
}
interface HttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body?: unknown;
}

class ServiceException extends Error {
  readonly $fault: 'client' | 'server';
  $response?: HttpResponse;
  $retryable?: { throttling?: boolean };
  $metadata: ResponseMetadata;
  constructor(options: { name: string; $fault: 'client' | 'server'; $metadata: ResponseMetadata; message?: string }) {
    super(options.message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = options.name;
    this.$fault = options.$fault;
    this.$metadata = options.$metadata;
  }
}

/**
 * A modeled service exception as the generated deserializers throw it: the body's members copied
 * onto the error (`__type` for the JSON protocols), `$response` added by the serde middleware as a
 * non-enumerable property, `$metadata` completed by the retry middleware.
 */
function awsException(
  name: string,
  fault: 'client' | 'server',
  status: number,
  requestId: string,
  message: string,
  options: { body?: Record<string, unknown>; headers?: Record<string, string>; retryable?: { throttling?: boolean }; extendedRequestId?: string } = {},
): ServiceException {
  const $metadata: ResponseMetadata = { httpStatusCode: status, requestId, extendedRequestId: options.extendedRequestId, cfId: undefined, attempts: 1, totalRetryDelay: 0 };
  const error = new ServiceException({ name, $fault: fault, $metadata, message });
  for (const [k, v] of Object.entries(options.body ?? {})) if (k !== 'message' && k !== 'Message') (error as unknown as Record<string, unknown>)[k] = v;
  if (options.retryable) error.$retryable = options.retryable;
  Object.defineProperty(error, '$response', {
    value: { statusCode: status, headers: { 'x-amzn-requestid': requestId, 'content-type': 'application/x-amz-json-1.0', ...options.headers }, body: {} },
  });
  error.$metadata.attempts = 3;
  error.$metadata.totalRetryDelay = 412;
  return error;
}

// ---- gaxios 6/7 (GaxiosError, extractAPIErrorFromResponse) ------------------------------------
class GaxiosError extends Error {
  code?: string | number;
  status?: number;
  error?: Error;
  config: Record<string, unknown>;
  response?: Response & { config: Record<string, unknown>; data: unknown };
  constructor(message: string, config: Record<string, unknown>, response?: Response & { config: Record<string, unknown>; data: unknown }, cause?: unknown) {
    super(message, { cause });
    this.config = config;
    this.response = response;
    this.error = cause instanceof Error ? cause : undefined;
    if (this.response) this.status = this.response.status;
    if (typeof DOMException !== 'undefined' && cause instanceof DOMException) this.code = cause.name;
    else if (cause && typeof cause === 'object' && 'code' in cause && (typeof cause.code === 'string' || typeof cause.code === 'number')) this.code = cause.code;
  }
}

const gaxiosConfig = { url: new URL('https://storage.googleapis.com/storage/v1/b/my-bucket/o'), method: 'GET', responseType: 'unknown', retry: true };

/** gaxios' `_request` on a failed status: the response gains `config` and `data`; `cause` is the extracted API error. */
function gaxiosHttpError(status: number, statusText: string, data: unknown, headers: Record<string, string> = {}): GaxiosError {
  const response = Object.assign(new Response(null, { status, statusText, headers: { 'content-type': 'application/json; charset=UTF-8', ...headers } }), { config: gaxiosConfig, data });
  const apiError = data !== null && typeof data === 'object' && 'error' in data && typeof data.error === 'object' ? (data.error as Record<string, unknown>) : undefined;
  const info = apiError
    ? Object.assign({ message: typeof apiError.message === 'string' ? apiError.message : 'The request failed', code: typeof apiError.code === 'number' ? apiError.code : status, status: typeof apiError.status === 'string' ? apiError.status : statusText }, apiError)
    : { message: typeof data === 'string' ? data : `Request failed with status code ${status}`, code: status, status: statusText };
  return new GaxiosError(info.message, gaxiosConfig, response, info);
}

const rpcDetail = (type: string, fields: Record<string, unknown>) => ({ '@type': `type.googleapis.com/google.rpc.${type}`, ...fields });

// ---- Firebase Web SDK (@firebase/util FirebaseError and its subclasses) -------------------------
class FirebaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
    public customData?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'FirebaseError';
    Object.setPrototypeOf(this, FirebaseError.prototype);
  }
}
/** Firestore: the gRPC code in kebab case, no service prefix. */
const firestoreError = (code: string, message: string) => new FirebaseError(code, message);
/** Functions (httpsCallable): `functions/<code>`, `details` from the callable's HttpsError. */
const functionsError = (code: string, message: string, details?: unknown) => Object.assign(new FirebaseError(`functions/${code}`, message), { details });
/** Storage: `storage/<code>`, the HTTP status kept behind a `status` getter, `customData.serverResponse`. */
class StorageError extends FirebaseError {
  private status_: number;
  constructor(code: string, message: string, status = 0, serverResponse: string | null = null) {
    super(`storage/${code}`, `Firebase Storage: ${message} (storage/${code})`, { serverResponse });
    this.status_ = status;
    Object.setPrototypeOf(this, StorageError.prototype);
  }
  get status(): number {
    return this.status_;
  }
}
const authError = (code: string, message: string) => new FirebaseError(`auth/${code}`, `Firebase: ${message} (auth/${code}).`, { appName: '[DEFAULT]' });

export const CLOUD_SDKS: readonly ThrownRow[] = [
  {
    name: 'AWS SDK DynamoDB ProvisionedThroughputExceededException (400)',
    thrown: () =>
      awsException('ProvisionedThroughputExceededException', 'client', 400, 'DDB7Q1RE0JQ3', 'The level of configured provisioned throughput for the table was exceeded.', {
        body: { __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException' },
      }),
    expect: { category: 'rate_limit', status: 400, sourceCode: 'ProvisionedThroughputExceededException', requestId: 'DDB7Q1RE0JQ3' },
  },
  {
    name: 'AWS SDK ThrottlingException with $retryable throttling',
    thrown: () => awsException('ThrottlingException', 'client', 400, 'THR-5c1f', 'Rate exceeded', { body: { __type: 'ThrottlingException' }, retryable: { throttling: true } }),
    expect: { category: 'rate_limit', status: 400, sourceCode: 'ThrottlingException', requestId: 'THR-5c1f' },
  },
  {
    name: 'AWS SDK Lambda TooManyRequestsException 429 with retryAfterSeconds',
    thrown: () =>
      awsException('TooManyRequestsException', 'client', 429, 'lam-429-1', 'Rate Exceeded.', {
        body: { Type: 'User', retryAfterSeconds: '3', Reason: 'ConcurrentInvocationLimitExceeded' },
        headers: { 'retry-after': '3', 'content-type': 'application/json' },
      }),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'TooManyRequestsException', requestId: 'lam-429-1', retryInSeconds: 3 },
  },
  {
    name: 'AWS SDK S3 NoSuchKey 404',
    thrown: () =>
      awsException('NoSuchKey', 'client', 404, 'S3REQ404A', 'The specified key does not exist.', {
        body: { Code: 'NoSuchKey', Key: 'reports/2025.csv', RequestId: 'S3REQ404A', HostId: 'host-id-404' },
        extendedRequestId: 'host-id-404',
      }),
    expect: { category: 'not_found', status: 404, sourceCode: 'NoSuchKey', requestId: 'S3REQ404A' },
  },
  {
    name: 'AWS SDK S3 HeadObject NotFound (no body)',
    thrown: () => awsException('NotFound', 'client', 404, 'S3HEAD404', 'UnknownError'),
    expect: { category: 'not_found', status: 404, sourceCode: 'NotFound', requestId: 'S3HEAD404' },
  },
  {
    name: 'AWS SDK S3 AccessDenied 403',
    thrown: () => awsException('AccessDenied', 'client', 403, 'S3REQ403B', 'Access Denied', { body: { Code: 'AccessDenied', RequestId: 'S3REQ403B', HostId: 'host-id-403' } }),
    expect: { category: 'authorization', status: 403, sourceCode: 'AccessDenied', requestId: 'S3REQ403B' },
  },
  {
    name: 'AWS SDK Cognito NotAuthorizedException wrong password',
    thrown: () => awsException('NotAuthorizedException', 'client', 400, 'cog-400-na', 'Incorrect username or password.', { body: { __type: 'NotAuthorizedException' } }),
    expect: { category: 'authentication', status: 400, sourceCode: 'NotAuthorizedException', requestId: 'cog-400-na' },
  },
  {
    name: 'AWS SDK Cognito UsernameExistsException',
    thrown: () => awsException('UsernameExistsException', 'client', 400, 'cog-400-ue', 'An account with the given email already exists.', { body: { __type: 'UsernameExistsException' } }),
    expect: { category: 'conflict', status: 400, sourceCode: 'UsernameExistsException', requestId: 'cog-400-ue' },
  },
  {
    name: 'AWS SDK Cognito TooManyRequestsException (400)',
    thrown: () => awsException('TooManyRequestsException', 'client', 400, 'cog-400-tm', 'Too many requests', { body: { __type: 'TooManyRequestsException' } }),
    expect: { category: 'rate_limit', status: 400, sourceCode: 'TooManyRequestsException', requestId: 'cog-400-tm' },
  },
  {
    name: 'AWS SDK Lambda ResourceNotFoundException 404',
    thrown: () => awsException('ResourceNotFoundException', 'client', 404, 'lam-404', 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope', { body: { Type: 'User' } }),
    expect: { category: 'not_found', status: 404, sourceCode: 'ResourceNotFoundException', requestId: 'lam-404' },
  },
  {
    name: 'AWS SDK STS ExpiredTokenException',
    thrown: () => awsException('ExpiredTokenException', 'client', 400, 'sts-exp-1', 'The security token included in the request is expired'),
    expect: { category: 'authentication', status: 400, sourceCode: 'ExpiredTokenException', requestId: 'sts-exp-1' },
  },
  {
    name: 'AWS SDK UnrecognizedClientException',
    thrown: () => awsException('UnrecognizedClientException', 'client', 400, 'uce-1', 'The security token included in the request is invalid.', { body: { __type: 'UnrecognizedClientException' } }),
    expect: { category: 'authentication', status: 400, sourceCode: 'UnrecognizedClientException', requestId: 'uce-1' },
  },
  {
    name: 'AWS SDK DynamoDB ValidationException',
    thrown: () =>
      awsException('ValidationException', 'client', 400, 'DDBVAL1', 'One or more parameter values were invalid: Missing the key id in the item', {
        body: { __type: 'com.amazon.coral.validate#ValidationException' },
      }),
    expect: { category: 'request', status: 400, sourceCode: 'ValidationException', requestId: 'DDBVAL1' },
  },
  {
    name: 'AWS SDK DynamoDB ConditionalCheckFailedException',
    thrown: () =>
      awsException('ConditionalCheckFailedException', 'client', 400, 'DDBCCF1', 'The conditional request failed', {
        body: { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException' },
      }),
    expect: { category: 'conflict', status: 400, sourceCode: 'ConditionalCheckFailedException', requestId: 'DDBCCF1' },
  },
  {
    name: 'AWS SDK DynamoDB InternalServerError 500 ($fault server)',
    thrown: () => awsException('InternalServerError', 'server', 500, 'DDB500', 'Internal server error', { body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError' } }),
    expect: { category: 'server', status: 500, sourceCode: 'InternalServerError', requestId: 'DDB500' },
  },
  {
    name: 'AWS SDK S3 ServiceUnavailable 503 SlowDown',
    thrown: () => awsException('SlowDown', 'server', 503, 'S3SLOW503', 'Please reduce your request rate.', { body: { Code: 'SlowDown', RequestId: 'S3SLOW503' } }),
    expect: { category: 'rate_limit', status: 503, sourceCode: 'SlowDown', requestId: 'S3SLOW503' },
  },
  {
    name: 'AWS SDK node-http-handler TimeoutError',
    thrown: () => Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError', $metadata: { attempts: 3, totalRetryDelay: 300 } }),
    expect: { category: 'connection' },
  },
  {
    name: 'AWS SDK ECONNREFUSED from the handler',
    thrown: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', $metadata: { attempts: 3, totalRetryDelay: 280 } }),
    expect: { category: 'connection', sourceCode: 'ECONNREFUSED' },
  },

  // gaxios: status on the error and the response; the response is a fetch Response with `data`.
  {
    name: 'gaxios 403 PERMISSION_DENIED ACCESS_TOKEN_SCOPE_INSUFFICIENT',
    thrown: () =>
      gaxiosHttpError(403, 'Forbidden', {
        error: {
          code: 403,
          message: 'Request had insufficient authentication scopes.',
          status: 'PERMISSION_DENIED',
          details: [rpcDetail('ErrorInfo', { reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com', metadata: { service: 'drive.googleapis.com', method: 'google.apps.drive.v3.DriveFiles.List' } })],
        },
      }),
    expect: { category: 'authorization', status: 403, sourceCode: 'PERMISSION_DENIED' },
  },
  {
    name: 'gaxios 429 RESOURCE_EXHAUSTED with RetryInfo',
    thrown: () =>
      gaxiosHttpError(429, 'Too Many Requests', {
        error: {
          code: 429,
          message: "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'.",
          status: 'RESOURCE_EXHAUSTED',
          details: [rpcDetail('ErrorInfo', { reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com' }), rpcDetail('RetryInfo', { retryDelay: '17s' })],
        },
      }),
    expect: { category: 'rate_limit', status: 429, sourceCode: 'RESOURCE_EXHAUSTED', retryInSeconds: 17 },
  },
  {
    name: 'gaxios 401 UNAUTHENTICATED',
    thrown: () =>
      gaxiosHttpError(401, 'Unauthorized', {
        error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED', details: [rpcDetail('ErrorInfo', { reason: 'ACCESS_TOKEN_EXPIRED', domain: 'googleapis.com' })] },
      }),
    expect: { category: 'authentication', status: 401 },
  },
  {
    name: 'gaxios 404 legacy errors[] notFound',
    thrown: () => gaxiosHttpError(404, 'Not Found', { error: { code: 404, message: 'File not found: 1AbC.', errors: [{ message: 'File not found: 1AbC.', domain: 'global', reason: 'notFound', location: 'fileId', locationType: 'parameter' }] } }),
    expect: { category: 'not_found', status: 404, fieldKeys: 'skip' },
  },
  {
    name: 'gaxios 400 BadRequest fieldViolations',
    thrown: () =>
      gaxiosHttpError(400, 'Bad Request', {
        error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT', details: [rpcDetail('BadRequest', { fieldViolations: [{ field: 'requests[0].range', description: 'Invalid range' }] })] },
      }),
    expect: { category: 'request', status: 400, sourceCode: 'INVALID_ARGUMENT', fieldKeys: ['requests.0.range'] },
  },
  {
    name: 'gaxios 503 with retry-after header',
    thrown: () => gaxiosHttpError(503, 'Service Unavailable', { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } }, { 'retry-after': '8' }),
    expect: { category: 'server', status: 503, sourceCode: 'UNAVAILABLE', retryInSeconds: 8 },
  },
  {
    name: 'gaxios OAuth token endpoint 400 invalid_grant',
    thrown: () => gaxiosHttpError(400, 'Bad Request', { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }),
    expect: { category: 'authentication', status: 400, sourceCode: 'invalid_grant' },
  },
  {
    name: 'gaxios network ECONNRESET (no response)',
    thrown: () => new GaxiosError('request to https://oauth2.googleapis.com/token failed, reason: socket hang up', gaxiosConfig, undefined, Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
    expect: { category: 'connection', sourceCode: 'ECONNRESET' },
  },
  {
    name: 'gaxios 7 timeout (DOMException TimeoutError cause)',
    thrown: () => new GaxiosError('The operation was aborted due to timeout', gaxiosConfig, undefined, new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    expect: { category: 'connection' },
  },

  // Firebase Web SDK: Firestore, callable Functions, Storage, and auth codes the third corpus lacks.
  { name: 'Firestore permission-denied', thrown: () => firestoreError('permission-denied', 'Missing or insufficient permissions.'), expect: { category: 'authorization', sourceCode: 'permission-denied' } },
  { name: 'Firestore unavailable (offline)', thrown: () => firestoreError('unavailable', 'Failed to get document because the client is offline.'), expect: { category: 'server', sourceCode: 'unavailable' } },
  { name: 'Firestore resource-exhausted', thrown: () => firestoreError('resource-exhausted', 'Quota exceeded.'), expect: { category: 'rate_limit', sourceCode: 'resource-exhausted' } },
  { name: 'Firestore not-found on update', thrown: () => firestoreError('not-found', 'No document to update: projects/p/databases/(default)/documents/orders/o1'), expect: { category: 'not_found', sourceCode: 'not-found' } },
  { name: 'Firestore already-exists', thrown: () => firestoreError('already-exists', 'Document already exists: projects/p/databases/(default)/documents/users/u1'), expect: { category: 'conflict', sourceCode: 'already-exists' } },
  { name: 'Firestore unauthenticated', thrown: () => firestoreError('unauthenticated', 'The request does not have valid authentication credentials for the operation.'), expect: { category: 'authentication', sourceCode: 'unauthenticated' } },
  { name: 'Firestore cancelled', thrown: () => firestoreError('cancelled', 'The operation was cancelled.'), expect: { category: 'cancelled', sourceCode: 'cancelled' } },
  { name: 'Firebase Functions unauthenticated', thrown: () => functionsError('unauthenticated', 'The function must be called while authenticated.'), expect: { category: 'authentication', sourceCode: 'functions/unauthenticated' } },
  { name: 'Firebase Functions permission-denied', thrown: () => functionsError('permission-denied', 'Only admins may do this.'), expect: { category: 'authorization', sourceCode: 'functions/permission-denied' } },
  { name: 'Firebase Functions resource-exhausted', thrown: () => functionsError('resource-exhausted', 'Too many requests [429]'), expect: { category: 'rate_limit', sourceCode: 'functions/resource-exhausted' } },
  { name: 'Firebase Functions internal', thrown: () => functionsError('internal', 'internal'), expect: { category: 'server', sourceCode: 'functions/internal' } },
  { name: 'Firebase Functions not-found', thrown: () => functionsError('not-found', 'not-found [404]'), expect: { category: 'not_found', sourceCode: 'functions/not-found' } },
  {
    name: 'Firebase Functions invalid-argument with details',
    thrown: () => functionsError('invalid-argument', 'The email is malformed.', { field: 'email' }),
    expect: { category: 'request', sourceCode: 'functions/invalid-argument', fieldKeys: 'skip' },
  },
  {
    name: 'Firebase Storage unauthorized (403)',
    thrown: () => new StorageError('unauthorized', "User does not have permission to access 'avatars/u1.png'.", 403, '{"error":{"code":403,"message":"Permission denied."}}'),
    expect: { category: 'authorization', status: 403, sourceCode: 'storage/unauthorized' },
  },
  {
    name: 'Firebase Storage unauthenticated (401)',
    thrown: () => new StorageError('unauthenticated', 'User is not authenticated, please authenticate using Firebase Authentication and try again.', 401),
    expect: { category: 'authentication', status: 401, sourceCode: 'storage/unauthenticated' },
  },
  {
    name: 'Firebase Storage object-not-found (404)',
    thrown: () => new StorageError('object-not-found', "Object 'avatars/u2.png' does not exist.", 404),
    expect: { category: 'not_found', status: 404, sourceCode: 'storage/object-not-found' },
  },
  {
    name: 'Firebase Storage quota-exceeded (402)',
    thrown: () => new StorageError('quota-exceeded', "Quota for bucket 'app.appspot.com' exceeded, please view quota on https://firebase.google.com/pricing/.", 402),
    expect: { category: 'rate_limit', status: 402, sourceCode: 'storage/quota-exceeded' },
  },
  {
    name: 'Firebase Storage canceled (upload task cancel)',
    thrown: () => new StorageError('canceled', 'User canceled the upload/download.'),
    expect: { category: 'cancelled', sourceCode: 'storage/canceled' },
  },
  { name: 'Firebase Auth user-token-expired', thrown: () => authError('user-token-expired', 'Error'), expect: { category: 'authentication', sourceCode: 'auth/user-token-expired' } },
  { name: 'Firebase Auth too-many-requests', thrown: () => authError('too-many-requests', 'Access to this account has been temporarily disabled due to many failed login attempts.'), expect: { category: 'rate_limit', sourceCode: 'auth/too-many-requests' } },
  { name: 'Firebase Auth invalid-credential', thrown: () => authError('invalid-credential', 'Error'), expect: { category: 'authentication', sourceCode: 'auth/invalid-credential' } },
  { name: 'Firebase Auth invalid-api-key', thrown: () => authError('invalid-api-key', 'Error'), expect: { category: 'authentication', sourceCode: 'auth/invalid-api-key' } },
  { name: 'Firebase Auth id-token-revoked', thrown: () => authError('id-token-revoked', 'Error'), expect: { category: 'authentication', sourceCode: 'auth/id-token-revoked' } },
  { name: 'Firebase Auth quota-exceeded', thrown: () => authError('quota-exceeded', 'Error'), expect: { category: 'rate_limit', sourceCode: 'auth/quota-exceeded' } },
];
