export const dynamic = 'force-dynamic';

/** Fails on the first render after each reset, then works: only a retry that asks the server again recovers. */
export default async function Flaky() {
  globalThis.flakyHits = (globalThis.flakyHits ?? 0) + 1;
  if (globalThis.flakyHits === 1) throw new Error('first render fails');
  return <p>Rendered on the server after {globalThis.flakyHits} tries</p>;
}
