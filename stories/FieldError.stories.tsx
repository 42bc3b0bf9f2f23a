import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FieldError, type FieldErrorProps } from '../src/react/FieldError.js';
import { notEditable, text } from './argTypes.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { fieldGuidance } from './guidance/fieldGuidance.js';

/** One field's message beside its input, tied to it with aria-describedby. */
const meta = {
  title: 'Components/FieldError',
  component: FieldError,
  args: { example: 'validation', error: null, name: 'email' },
  argTypes: {
    ...exampleArgTypes,
    error: notEditable,
    fieldId: notEditable,
    name: { control: 'select', options: ['email', 'name', 'phone'] },
    className: text,
  },
  loaders: [loadExampleError],
  render: (args, { loaded }) => {
    const props = withoutExample(args);
    return (
    <div>
      <label htmlFor={props.name}>Your {props.name}</label>
      <FieldError {...props} error={loaded.error} />
      <input id={props.name} aria-describedby={normalized(loaded.error).fieldErrors[props.name] ? `${props.name}-error` : undefined} defaultValue="ada@" />
    </div>
    );
  },
  parameters: { docs: { description: { component: fieldGuidance } } },
} satisfies Meta<FieldErrorProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EmailMessage: Story = {
  name: 'Enter an email address… (beside the input, 422)',
  play: async ({ canvasElement, globals }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter an email address'));
    // The visually hidden prefix tells a screen reader what the text is.
    const prefix = translatorFor(globals).t('fieldErrors.prefix');
    await expect(canvasElement.querySelector('#email-error')?.textContent?.startsWith(prefix)).toBe(true);
  },
};

export const FieldWithoutError: Story = {
  name: 'A field without an error: nothing',
  args: { name: 'phone' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.raek-field-error')).toBeNull();
  },
};
