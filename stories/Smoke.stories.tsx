import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const meta: Meta = { title: 'Internal/Smoke' };
export default meta;

export const Renders: StoryObj = {
  render: () => <p>smoke</p>,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('smoke')).toBeInTheDocument();
  },
};
