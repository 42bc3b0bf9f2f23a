import { describe, expect, it } from 'vitest';
import { scrubSecretText } from '../../src/model/redact.js';

describe('scrubSecretText keeps the punctuation around a secret', () => {
  it.each([
    ['(db password=hunter2)', '(db password=[redacted])'],
    ['failed [token=abc123].', 'failed [token=[redacted]].'],
    ['login refused (password: hunter2).', 'login refused (password: [redacted]).'],
    ['password=hunter2!', 'password=[redacted]!'],
    ['use api_key=k1 and retry', 'use api_key=[redacted] and retry'],
  ])('%s', (input, expected) => {
    expect(scrubSecretText(input)).toBe(expected);
  });

  it('still removes the whole secret when punctuation sits inside it', () => {
    expect(scrubSecretText('password=a)b(c')).toBe('password=[redacted]');
  });
});
