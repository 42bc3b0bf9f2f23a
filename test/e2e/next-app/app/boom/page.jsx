export const dynamic = 'force-dynamic';

/** A server component whose failure holds a secret: production must strip it before the browser. */
export default async function Boom() {
  await Promise.resolve();
  throw new Error('database password hunter2 rejected');
}
