// The body readers that work whatever the dialect: a google.rpc.RequestInfo request id, and a
// retry delay in seconds or milliseconds. Both must survive hostile bodies.
import { describe, expect, it } from 'vitest';
import { bodyRetryAfterSeconds } from '../../src/model/http/bodyRetryAfter.js';
import { requestIdFromDetails } from '../../src/model/http/detailRequestId.js';

const INFO = 'type.googleapis.com/google.rpc.RequestInfo';
const hostile = new Proxy([], {
  get() {
    throw new Error('trap');
  },
});

describe('requestIdFromDetails', () => {
  it('reads RequestInfo at the top, under error, in proto names and in Connect debug form', () => {
    expect(requestIdFromDetails({ details: [{ '@type': INFO, requestId: 'a' }] })).toBe('a');
    expect(requestIdFromDetails({ error: { details: [{ '@type': 'x.ErrorInfo', reason: 'R' }, { '@type': INFO, request_id: 'b' }] } })).toBe('b');
    expect(requestIdFromDetails({ details: [{ type: 'google.rpc.RequestInfo', value: 'AA', debug: { requestId: 'c' } }] })).toBe('c');
  });

  it('ignores other details and survives hostile lists', () => {
    expect(requestIdFromDetails({ details: [{ '@type': 'x.RequestInfoX', requestId: 'no' }, { requestId: 'no' }] })).toBeUndefined();
    expect(requestIdFromDetails({ details: hostile })).toBeUndefined();
    expect(requestIdFromDetails('text')).toBeUndefined();
  });
});

describe('bodyRetryAfterSeconds', () => {
  it('reads seconds and milliseconds wherever vendors nest them', () => {
    expect(bodyRetryAfterSeconds({ retry_after: 30 })).toBe(30);
    expect(bodyRetryAfterSeconds({ error: { retryAfter: '12' } })).toBe(12);
    expect(bodyRetryAfterSeconds({ details: { retryAfter: 3600 } })).toBe(3600);
    expect(bodyRetryAfterSeconds({ retry_after_ms: 2500 })).toBe(2.5);
    expect(bodyRetryAfterSeconds({ parameters: { retry_after: 35 } })).toBe(35);
  });

  it('rejects negative, non-numeric and hostile values', () => {
    expect(bodyRetryAfterSeconds({ retry_after: -5 })).toBeUndefined();
    expect(bodyRetryAfterSeconds({ retryAfter: 'soon' })).toBeUndefined();
    expect(bodyRetryAfterSeconds(hostile)).toBeUndefined();
    expect(bodyRetryAfterSeconds(null)).toBeUndefined();
  });
});
