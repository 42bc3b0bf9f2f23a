// Clouds: Google Cloud / Firebase, AWS (JSON, XML, API Gateway, Cognito), Azure / Microsoft Graph.
import type { HttpRow } from '../row.js';

const GOOGLE_JSON = { 'content-type': 'application/json; charset=UTF-8' };
const AWS_JSON = { 'content-type': 'application/x-amz-json-1.0' };
const XML = { 'content-type': 'application/xml' };

const s3Error = (code: string, message: string, requestId: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId><HostId>nJgLnbNw/ZbQ1Q4+e2w9bH2jD7gq1l3zYk7e9Q==</HostId></Error>`;

export const CLOUDS: readonly HttpRow[] = [
  {
    name: 'Google 429 RESOURCE_EXHAUSTED with ErrorInfo, RetryInfo and RequestInfo',
    status: 429,
    headers: GOOGLE_JSON,
    body: {
      error: {
        code: 429,
        message: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'translate.googleapis.com'.",
        status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com', metadata: { service: 'translate.googleapis.com', quota_limit: 'DefaultRequestsPerMinutePerProject' } },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' },
          { '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: 'g-req-4b2a9f', servingData: '' },
        ],
      },
    },
    expect: { category: 'rate_limit', requestId: 'g-req-4b2a9f', retryInSeconds: 30 },
  },
  {
    name: 'Google 400 INVALID_ARGUMENT with BadRequest fieldViolations',
    status: 400,
    headers: GOOGLE_JSON,
    body: {
      error: {
        code: 400,
        message: 'Invalid value for field',
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.BadRequest',
            fieldViolations: [
              { field: 'instance.name', description: 'Must match regex [a-z]([-a-z0-9]*[a-z0-9])?' },
              { field: 'instance.machineType', description: 'Required.' },
            ],
          },
        ],
      },
    },
    expect: { category: 'request', sourceCode: 'INVALID_ARGUMENT', fieldKeys: ['instance.machineType', 'instance.name'] },
  },
  {
    name: 'Google 401 UNAUTHENTICATED with ACCESS_TOKEN_EXPIRED',
    status: 401,
    headers: { ...GOOGLE_JSON, 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    body: {
      error: {
        code: 401,
        message: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        status: 'UNAUTHENTICATED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_EXPIRED', domain: 'googleapis.com', metadata: { service: 'storage.googleapis.com' } }],
      },
    },
    expect: { category: 'authentication' },
  },
  {
    name: 'Google 403 PERMISSION_DENIED IAM',
    status: 403,
    headers: GOOGLE_JSON,
    body: {
      error: {
        code: 403,
        message: "Permission 'storage.objects.get' denied on resource (or it may not exist).",
        status: 'PERMISSION_DENIED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'IAM_PERMISSION_DENIED', domain: 'iam.googleapis.com', metadata: { permission: 'storage.objects.get' } }],
      },
    },
    expect: { category: 'authorization' },
  },
  { name: 'Google 404 NOT_FOUND', status: 404, headers: GOOGLE_JSON, body: { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } }, expect: { category: 'not_found', sourceCode: 'NOT_FOUND' } },
  { name: 'Google 409 ALREADY_EXISTS', status: 409, headers: GOOGLE_JSON, body: { error: { code: 409, message: 'Requested entity already exists', status: 'ALREADY_EXISTS' } }, expect: { category: 'conflict', sourceCode: 'ALREADY_EXISTS' } },
  { name: 'Google 409 ABORTED', status: 409, headers: GOOGLE_JSON, body: { error: { code: 409, message: 'Transaction was aborted due to contention.', status: 'ABORTED' } }, expect: { category: 'conflict', sourceCode: 'ABORTED' } },
  { name: 'Google 503 UNAVAILABLE', status: 503, headers: GOOGLE_JSON, body: { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } }, expect: { category: 'server', sourceCode: 'UNAVAILABLE' } },
  {
    name: 'Google 504 DEADLINE_EXCEEDED (gateway timeout is server)',
    status: 504,
    headers: GOOGLE_JSON,
    body: { error: { code: 504, message: 'Deadline expired before operation could complete.', status: 'DEADLINE_EXCEEDED' } },
    expect: { category: 'server', sourceCode: 'DEADLINE_EXCEEDED' },
  },
  {
    name: 'Google legacy 403 dailyLimitExceeded',
    status: 403,
    headers: GOOGLE_JSON,
    body: { error: { errors: [{ domain: 'usageLimits', reason: 'dailyLimitExceeded', message: 'Daily Limit Exceeded' }], code: 403, message: 'Daily Limit Exceeded' } },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Google legacy 403 userRateLimitExceeded',
    status: 403,
    headers: GOOGLE_JSON,
    body: { error: { errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' }], code: 403, message: 'User Rate Limit Exceeded' } },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Firebase Auth 400 INVALID_PASSWORD',
    status: 400,
    headers: GOOGLE_JSON,
    body: { error: { code: 400, message: 'INVALID_PASSWORD', errors: [{ message: 'INVALID_PASSWORD', domain: 'global', reason: 'invalid' }] } },
    expect: { category: 'authentication' },
  },
  {
    name: 'Firebase Auth 400 TOKEN_EXPIRED',
    status: 400,
    headers: GOOGLE_JSON,
    body: { error: { code: 400, message: 'TOKEN_EXPIRED', errors: [{ message: 'TOKEN_EXPIRED', domain: 'global', reason: 'invalid' }] } },
    expect: { category: 'authentication' },
  },
  {
    name: 'Firebase Auth 400 TOO_MANY_ATTEMPTS_TRY_LATER',
    status: 400,
    headers: GOOGLE_JSON,
    body: {
      error: {
        code: 400,
        message: 'TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many failed login attempts.',
        errors: [{ message: 'TOO_MANY_ATTEMPTS_TRY_LATER : Access to this account has been temporarily disabled due to many failed login attempts.', domain: 'global', reason: 'invalid' }],
      },
    },
    expect: { category: 'rate_limit' },
  },
  { name: 'Firestore 404 NOT_FOUND', status: 404, headers: GOOGLE_JSON, body: { error: { code: 404, message: 'No document to update: projects/p/databases/(default)/documents/users/u1', status: 'NOT_FOUND' } }, expect: { category: 'not_found' } },
  {
    name: 'DynamoDB 400 ThrottlingException',
    status: 400,
    headers: { ...AWS_JSON, 'x-amzn-requestid': 'JH4VDN5UO8V7M1L5J0OBN1LHH3VV4KQNSO5AEMVJF66Q9ASUAAJG' },
    body: { __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' },
    expect: { category: 'rate_limit', requestId: 'JH4VDN5UO8V7M1L5J0OBN1LHH3VV4KQNSO5AEMVJF66Q9ASUAAJG' },
  },
  {
    name: 'DynamoDB 400 ProvisionedThroughputExceededException',
    status: 400,
    headers: { ...AWS_JSON, 'x-amzn-requestid': 'PTEE0001' },
    body: { __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'The level of configured provisioned throughput for the table was exceeded.' },
    expect: { category: 'rate_limit', requestId: 'PTEE0001' },
  },
  {
    name: 'DynamoDB 400 ResourceNotFoundException',
    status: 400,
    headers: AWS_JSON,
    body: { __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found: Table: Orders not found' },
    expect: { category: 'not_found' },
  },
  {
    name: 'DynamoDB 400 ValidationException',
    status: 400,
    headers: AWS_JSON,
    body: { __type: 'com.amazon.coral.validate#ValidationException', message: 'One or more parameter values were invalid: Missing the key id in the item' },
    expect: { category: 'request' },
  },
  {
    name: 'AWS 400 UnrecognizedClientException',
    status: 400,
    headers: AWS_JSON,
    body: { __type: 'com.amazon.coral.service#UnrecognizedClientException', message: 'The security token included in the request is invalid.' },
    expect: { category: 'authentication' },
  },
  {
    name: 'AWS 400 ExpiredTokenException',
    status: 400,
    headers: AWS_JSON,
    body: { __type: 'com.amazon.coral.service#ExpiredTokenException', message: 'The security token included in the request is expired' },
    expect: { category: 'authentication' },
  },
  {
    name: 'AWS 400 AccessDeniedException',
    status: 400,
    headers: AWS_JSON,
    body: { __type: 'com.amazon.coral.service#AccessDeniedException', Message: 'User: arn:aws:iam::123:user/x is not authorized to perform: dynamodb:PutItem' },
    expect: { category: 'authorization' },
  },
  {
    name: 'AWS x-amzn-ErrorType header only (Lambda 429)',
    status: 429,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException:http://internal.amazon.com/coral/com.amazonaws.lambda/', 'x-amzn-requestid': 'c0ffee00-1111-2222-3333-444455556666' },
    body: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', Type: 'User', message: 'Rate Exceeded.' },
    expect: { category: 'rate_limit', requestId: 'c0ffee00-1111-2222-3333-444455556666' },
  },
  {
    name: 'Cognito 400 NotAuthorizedException = wrong password',
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'cog-1' },
    body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    expect: { category: 'authentication', requestId: 'cog-1' },
  },
  {
    name: 'Cognito 400 TooManyRequestsException',
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'Cognito 400 LimitExceededException',
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: { __type: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' },
    expect: { category: 'rate_limit' },
  },
  {
    name: 'API Gateway 429 Too Many Requests',
    status: 429,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'apigw-429', 'x-amzn-errortype': 'TooManyRequestsException', 'x-amz-apigw-id': 'Abc1=' },
    body: { message: 'Too Many Requests' },
    expect: { category: 'rate_limit', requestId: 'apigw-429' },
  },
  {
    name: 'API Gateway 401 Unauthorized',
    status: 401,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'apigw-401', 'x-amzn-errortype': 'UnauthorizedException' },
    body: { message: 'Unauthorized' },
    expect: { category: 'authentication', requestId: 'apigw-401' },
  },
  {
    name: 'API Gateway 403 explicit deny',
    status: 403,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'apigw-403', 'x-amzn-errortype': 'AccessDeniedException' },
    body: { Message: 'User is not authorized to access this resource with an explicit deny' },
    expect: { category: 'authorization', requestId: 'apigw-403' },
  },
  {
    name: 'API Gateway 504 Endpoint request timed out',
    status: 504,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'apigw-504', 'x-amzn-errortype': 'InternalServerErrorException' },
    body: { message: 'Endpoint request timed out' },
    expect: { category: 'server', requestId: 'apigw-504' },
  },
  {
    name: 'API Gateway 502 Internal server error',
    status: 502,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'apigw-502' },
    body: { message: 'Internal server error' },
    expect: { category: 'server', requestId: 'apigw-502' },
  },
  {
    name: 'S3 503 SlowDown XML',
    status: 503,
    headers: { ...XML, 'x-amz-request-id': '4442587FB7D0A2F9' },
    body: s3Error('SlowDown', 'Please reduce your request rate.', '4442587FB7D0A2F9'),
    // S3's throttling signal: a rate limit even though it arrives as 503.
    expect: { category: 'rate_limit', sourceCode: 'SlowDown', requestId: '4442587FB7D0A2F9' },
  },
  {
    name: 'S3 403 AccessDenied XML',
    status: 403,
    headers: { ...XML, 'x-amz-request-id': 'A1B2C3D4E5F60718' },
    body: s3Error('AccessDenied', 'Access Denied', 'A1B2C3D4E5F60718'),
    expect: { category: 'authorization', sourceCode: 'AccessDenied', requestId: 'A1B2C3D4E5F60718' },
  },
  {
    name: 'S3 404 NoSuchKey XML',
    status: 404,
    headers: XML,
    body: s3Error('NoSuchKey', 'The specified key does not exist.', '0A1B2C3D4E5F6071'),
    expect: { category: 'not_found', sourceCode: 'NoSuchKey', requestId: '0A1B2C3D4E5F6071' },
  },
  {
    name: 'S3 403 InvalidAccessKeyId XML',
    status: 403,
    headers: XML,
    body: s3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 'F0E1D2C3B4A59687'),
    expect: { category: 'authentication', sourceCode: 'InvalidAccessKeyId', requestId: 'F0E1D2C3B4A59687' },
  },
  {
    name: 'S3 412 PreconditionFailed XML',
    status: 412,
    headers: XML,
    body: s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', '1122334455667788'),
    expect: { category: 'conflict', sourceCode: 'PreconditionFailed', requestId: '1122334455667788' },
  },
  {
    name: 'S3 409 BucketAlreadyExists XML',
    status: 409,
    headers: XML,
    body: s3Error('BucketAlreadyExists', 'The requested bucket name is not available.', '99AA88BB77CC66DD'),
    expect: { category: 'conflict', sourceCode: 'BucketAlreadyExists', requestId: '99AA88BB77CC66DD' },
  },
  {
    name: 'AWS Query XML 400 Throttling (SQS/STS style)',
    status: 400,
    headers: { 'content-type': 'text/xml' },
    body: '<?xml version="1.0"?>\n<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>',
    expect: { category: 'rate_limit', sourceCode: 'Throttling', requestId: 'c6104cbe-af31-11e0-8154-cbc7ccf896c7' },
  },
  {
    name: 'Azure ARM 429 TooManyRequests with Retry-After',
    status: 429,
    headers: { 'retry-after': '17', 'x-ms-request-id': 'b3a5a8d6-0f0a-4c6e-9a53-1a2b3c4d5e6f' },
    body: { error: { code: 'TooManyRequests', message: 'The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00.' } },
    expect: { category: 'rate_limit', sourceCode: 'TooManyRequests', requestId: 'b3a5a8d6-0f0a-4c6e-9a53-1a2b3c4d5e6f', retryInSeconds: 17 },
  },
  {
    name: 'Azure ARM 404 ResourceGroupNotFound',
    status: 404,
    headers: { 'x-ms-request-id': 'arm-404' },
    body: { error: { code: 'ResourceGroupNotFound', message: "Resource group 'rg1' could not be found." } },
    expect: { category: 'not_found', sourceCode: 'ResourceGroupNotFound', requestId: 'arm-404' },
  },
  {
    name: 'Azure ARM 401 InvalidAuthenticationToken',
    status: 401,
    body: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } },
    expect: { category: 'authentication', sourceCode: 'InvalidAuthenticationToken' },
  },
  {
    name: 'Azure ARM 403 AuthorizationFailed',
    status: 403,
    body: { error: { code: 'AuthorizationFailed', message: "The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read'." } },
    expect: { category: 'authorization', sourceCode: 'AuthorizationFailed' },
  },
  {
    name: 'Azure ARM 400 InvalidTemplate with details[].target',
    status: 400,
    body: {
      error: {
        code: 'InvalidRequestContent',
        message: 'The request content was invalid and could not be deserialized.',
        details: [{ code: 'InvalidParameter', target: 'adminPassword', message: 'The supplied password must be between 8-123 characters long.' }],
      },
    },
    expect: { category: 'request', sourceCode: 'InvalidRequestContent', fieldKeys: ['adminPassword'] },
  },
  {
    name: 'Microsoft Graph 401 with innerError request-id',
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' },
    body: {
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token has expired or is not yet valid.',
        innerError: { date: '2025-03-01T12:00:00', 'request-id': '5ad8c0ad-3c6f-4b0a-9b8a-5f3e2d1c0b9a', 'client-request-id': '5ad8c0ad-3c6f-4b0a-9b8a-5f3e2d1c0b9a' },
      },
    },
    expect: { category: 'authentication', sourceCode: 'InvalidAuthenticationToken', requestId: '5ad8c0ad-3c6f-4b0a-9b8a-5f3e2d1c0b9a' },
  },
  {
    name: 'Microsoft Graph 429 with Retry-After and request-id header',
    status: 429,
    headers: { 'retry-after': '10', 'request-id': 'graph-429-req' },
    body: { error: { code: 'TooManyRequests', message: 'Too many requests', innerError: { code: 'activityLimitReached', 'request-id': 'graph-429-req', date: '2025-03-01T12:00:00' } } },
    expect: { category: 'rate_limit', requestId: 'graph-429-req', retryInSeconds: 10 },
  },
  {
    name: 'Microsoft Graph 403 Authorization_RequestDenied',
    status: 403,
    body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: { 'request-id': 'graph-403-req' } } },
    expect: { category: 'authorization', sourceCode: 'Authorization_RequestDenied', requestId: 'graph-403-req' },
  },
  {
    name: 'Microsoft Graph 404 Request_ResourceNotFound',
    status: 404,
    body: { error: { code: 'Request_ResourceNotFound', message: "Resource 'abc' does not exist or one of its queried reference-property objects are not present.", innerError: { 'request-id': 'graph-404-req' } } },
    expect: { category: 'not_found', sourceCode: 'Request_ResourceNotFound', requestId: 'graph-404-req' },
  },
  {
    name: 'Azure Storage 403 AuthenticationFailed XML',
    status: 403,
    headers: { ...XML, 'x-ms-request-id': 'azs-403-0001' },
    body: '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nRequestId:azs-403-0001\nTime:2025-03-01T12:00:00.0000000Z</Message><AuthenticationErrorDetail>Signature not valid in the specified time frame</AuthenticationErrorDetail></Error>',
    expect: { category: 'authentication', sourceCode: 'AuthenticationFailed', requestId: 'azs-403-0001' },
  },
];
