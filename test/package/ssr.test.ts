import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { publicElements } from './publicElements.js';

// The unit project runs in plain Node: no window, no document, as on a server.
describe('server rendering', () => {
  test('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  test.each(publicElements())('%s renders to a string without warnings', (_name, element) => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const html = renderToString(element);
    expect(typeof html).toBe('string'); // the session prompt renders nothing until a wave of 401s
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
