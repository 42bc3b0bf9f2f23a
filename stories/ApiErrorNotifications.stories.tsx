import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorNotifications, type ApiErrorNotificationsProps } from '../src/query/ApiErrorNotifications.js';
import { createApiErrorNotificationStore, type ApiErrorNotificationStore } from '../src/query/createApiErrorNotificationStore.js';
import { notEditable, text } from './argTypes.js';
import { getExample, type ExampleId } from './examples.js';
import { translatorFor } from './exampleArgs.js';
import { notificationsGuidance } from './guidance/notificationsGuidance.js';
import { loadExample } from './loadExample.js';

/** A store holding these failures, in order (a repeated id raises that notice's count). */
async function storeWith(ids: readonly ExampleId[], offline = false): Promise<ApiErrorNotificationStore> {
  const store = createApiErrorNotificationStore();
  for (const id of ids) store.notify(await loadExample(getExample(id)), { retry: () => undefined });
  store.setOffline(offline);
  return store;
}

/** The page's one region for failures that do not block (background refreshes) and the offline line. */
const meta = {
  title: 'Components/ApiErrorNotifications',
  component: ApiErrorNotifications,
  argTypes: { store: notEditable, className: text },
  loaders: [async () => ({ store: await storeWith(['server', 'server', 'server', 'not-found']) })],
  render: (args, { loaded }) => <ApiErrorNotifications {...args} store={loaded.store as ApiErrorNotificationStore} />,
  // One notification region per page: on the docs page each story gets a frame of its own.
  parameters: { docs: { description: { component: notificationsGuidance }, story: { inline: false, height: '360px' } } },
} satisfies Meta<ApiErrorNotificationsProps>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RepeatedNotice: Story = {
  name: 'Server problem (3 times) and Not found (500, 404)',
  play: async ({ canvasElement, globals }) => {
    const translator = translatorFor(globals);
    const region = within(canvasElement).getByRole('region', { name: translator.t('notifications.label') });
    const items = within(region).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent(translator.t('banner.count', { count: 3 }));
    // Dismiss takes the notice away.
    await userEvent.click(within(items[1]!).getByRole('button', { name: translator.t('banner.dismiss') }));
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
  },
};

export const Offline: Story = {
  name: "You're offline (the offline line)",
  loaders: [async () => ({ store: await storeWith([], true) })],
  play: async ({ canvasElement, globals }) => {
    const line = canvasElement.querySelector('.raek-notifications__offline');
    await expect(line).toHaveAttribute('role', 'status');
    await expect(line).toHaveTextContent(translatorFor(globals).t('banner.offline'));
  },
};

export const Empty: Story = {
  name: 'Nothing to report: an empty region',
  loaders: [async () => ({ store: await storeWith([]) })],
  play: async ({ canvasElement }) => {
    // Present and empty: the status line must exist before its text does, or it is not announced.
    await expect(canvasElement.querySelector('.raek-notifications [role="status"]')).toHaveTextContent('');
    await expect(canvasElement.querySelector('.raek-notifications li')).toBeNull();
  },
};
