import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FieldError } from '../../src/react/FieldError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { apiError } from './fixtures.js';

const invalid = apiError({
  category: 'request',
  code: 'VALIDATION_ERROR',
  status: 422,
  fieldErrors: { email: ['Enter an email address'], 'address.city': ['Enter a city', 'City is too long'] },
});

function Form({ error, disableAutoFocus }: { error: unknown; disableAutoFocus?: boolean }) {
  const id = (key: string) => `f-${key.replace(/\./g, '-')}`;
  return (
    <form>
      <FieldErrors error={error} fieldId={id} disableAutoFocus={disableAutoFocus} />
      <label htmlFor="f-email">Email</label>
      <input id="f-email" aria-describedby="f-email-error" />
      <FieldError error={error} name="email" fieldId={id} />
      <label htmlFor="f-address-city">City</label>
      <input id="f-address-city" />
      <FieldError error={error} name="address.city" fieldId={id} />
      <FieldError error={error} name="phone" fieldId={id} />
    </form>
  );
}

describe('FieldErrors and FieldError', () => {
  it('summarizes: heading, role=alert inside, a link per message to #fieldId, focus on appearance', () => {
    render(<Form error={invalid} />);
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    const summary = alert.parentElement!;
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary).toHaveFocus();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#f-email', '#f-address-city', '#f-address-city']);
    expect(links[0]).toHaveTextContent('Enter an email address');
  });

  it('a link moves focus to its input and scrolls the label into view', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    render(<Form error={invalid} />);
    fireEvent.click(screen.getByRole('link', { name: 'Enter a city' }));
    expect(screen.getByLabelText('City')).toHaveFocus();
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.instances[0]).toBe(screen.getByText('City'));
  });

  it('can leave focus alone', () => {
    render(<Form error={invalid} disableAutoFocus />);
    expect(document.body).toHaveFocus();
  });

  it('ties each field message to its input, with a hidden "Error:" prefix', () => {
    render(<Form error={invalid} />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAccessibleDescription('Error: Enter an email address');
    const cityError = document.getElementById('f-address-city-error')!;
    expect(cityError).toHaveTextContent('Error: Enter a city City is too long');
    expect(document.getElementById('f-phone-error')).toBeNull();
  });

  it('renders nothing without field errors or for junk', () => {
    const { container, rerender } = render(<FieldErrors error={apiError()} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<FieldErrors error={null} />);
    rerender(<FieldErrors error={{ fieldErrors: 'nope' }} />);
    rerender(<FieldError error={42} name="x" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders HTML-looking messages as text (GOV.UK "html as titleText")', () => {
    const error = apiError({ category: 'request', code: 'VALIDATION_ERROR', fieldErrors: { name: ['<b onclick=x>bold</b>'] } });
    const { container } = render(<FieldErrors error={error} />);
    expect(screen.getByRole('link', { name: '<b onclick=x>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });
});
