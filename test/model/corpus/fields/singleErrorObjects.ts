// `errors` as one object with a code and a message is one error, not field errors named
// `code` and `message`.
import type { HttpRow } from '../row.js';

export const SINGLE_ERROR_OBJECTS: readonly HttpRow[] = [
  {
    // Zarinpal's v4 API: {data: {}, errors: {code, message, validations}}. The docs list the codes,
    // not the HTTP status that comes with them; 400 here.
    name: 'Zarinpal v4 errors object code -9 validation error',
    source: 'https://www.zarinpal.com/docs/paymentGateway/errorList.html',
    status: 400,
    body: { data: {}, errors: { code: -9, message: 'The merchant id field is required.', validations: [] } },
    expect: { category: 'request', sourceCode: '-9' },
  },
  {
    // Laravel-style map whose fields happen to be named like error keys stays a field map.
    name: 'Laravel 422 field map with a field named code',
    source: 'https://laravel.com/docs/validation#validation-error-response-format',
    status: 422,
    body: { message: 'The code field is required.', errors: { code: ['The code field is required.'] } },
    expect: { category: 'request', fieldKeys: ['code'] },
  },
];
