import { render, screen } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { useApiErrorContext } from '../../src/react/useApiErrorContext.js';

// Regression: an inline `messages={{ ... }}` is a new object on every render of the app, and used
// to give a new translator, so every part of the kit re-rendered with the app's root.
describe('ApiErrorProvider with inline messages', () => {
  it('keeps the same context while the overrides have the same content', () => {
    let renders = 0;
    const Consumer = memo(function Consumer() {
      renders += 1;
      return <p>{useApiErrorContext().translator.t('retryButton.label')}</p>;
    });
    const consumer = <Consumer />;
    const { rerender } = render(
      <ApiErrorProvider messages={{ en: { 'retryButton.label': 'Go again' } }}>{consumer}</ApiErrorProvider>,
    );
    rerender(<ApiErrorProvider messages={{ en: { 'retryButton.label': 'Go again' } }}>{consumer}</ApiErrorProvider>);
    expect(renders).toBe(1);
    expect(screen.getByText('Go again')).toBeInTheDocument();

    rerender(<ApiErrorProvider messages={{ en: { 'retryButton.label': 'Once more' } }}>{consumer}</ApiErrorProvider>);
    expect(renders).toBe(2);
    expect(screen.getByText('Once more')).toBeInTheDocument();
  });
});
