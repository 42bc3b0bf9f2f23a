import { within } from 'storybook/test';
import { translatorFor } from './exampleArgs.js';

/**
 * The retry button in the story's locale. Its label is part of its name (a countdown follows
 * it), so the match is a substring test, not a RegExp: translated labels hold brackets and dots
 * (the pseudo-locale's "[Ţŕý…]").
 */
export function findRetryButton(canvasElement: HTMLElement, globals: Record<string, unknown>): Promise<HTMLElement> {
  const label = translatorFor(globals).t('retryButton.label');
  return within(canvasElement).findByRole('button', { name: (name) => name.includes(label) });
}
