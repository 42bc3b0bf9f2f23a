import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FieldError } from '../src/react/FieldError.js';
import { FieldErrors, type FieldErrorsProps } from '../src/react/FieldErrors.js';
import { notEditable, text } from './argTypes.js';
import { exampleArgTypes, loadExampleError, normalized, translatorFor, type ExampleArgs, withoutExample } from './exampleArgs.js';
import { fieldGuidance } from './guidance/fieldGuidance.js';

/** The GOV.UK error summary on a real form: a heading, links that focus each field, messages beside the inputs. */
const meta = {
  title: 'Components/FieldErrors',
  component: FieldErrors,
  args: { example: 'validation', error: null, disableAutoFocus: false },
  argTypes: { ...exampleArgTypes, error: notEditable, fieldId: notEditable, className: text },
  loaders: [loadExampleError],
  render: (args, { loaded }) => <CustomerForm {...withoutExample(args)} error={loaded.error} />,
  parameters: { docs: { description: { component: fieldGuidance } } },
} satisfies Meta<FieldErrorsProps & ExampleArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

function CustomerForm(props: FieldErrorsProps) {
  const { error } = props;
  const fields = normalized(error).fieldErrors;
  const describedBy = (name: string) => (fields[name] ? `${name}-error` : undefined);
  return (
    <>
      <FieldErrors {...props} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div>
          <label htmlFor="name">Name</label>
          <FieldError error={error} name="name" />
          <input id="name" name="name" aria-describedby={describedBy('name')} />
        </div>
        <div>
          <label htmlFor="email">Email</label>
          <FieldError error={error} name="email" />
          <input id="email" name="email" type="email" defaultValue="ada@" aria-describedby={describedBy('email')} />
        </div>
        <button type="submit">Save</button>
      </form>
    </>
  );
}

export const OnAForm: Story = {
  name: 'There is a problem: summary and fields (422)',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: translatorFor(globals).t('fieldErrors.title') })).toBeInTheDocument();
    const link = canvas.getByRole('link', { name: /Enter an email address/ });
    await expect(link).toHaveAttribute('href', '#email');
    await userEvent.click(link);
    await expect(canvas.getByLabelText('Email')).toHaveFocus();
    // The field's own message is tied to its input.
    await expect(canvas.getByLabelText('Name')).toHaveAccessibleDescription(/Name is required/);
  },
};

export const NestedFields: Story = {
  name: 'Nested field paths (RFC 9457)',
  args: { example: 'problem-details' },
  render: (_args, { loaded }) => (
    <>
      <FieldErrors error={loaded.error} fieldId={(key) => key.replace(/\./g, '-')} />
      <label htmlFor="address-city">City</label>
      <input id="address-city" />
    </>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /City is required/ });
    await expect(link).toHaveAttribute('href', '#address-city');
  },
};

export const NoFieldErrors: Story = {
  name: 'No field errors (500): nothing',
  args: { example: 'server' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};
