/**
 * Records which components rendered in each React commit, the way React DevTools does: React
 * (development build) reports every commit to `__REACT_DEVTOOLS_GLOBAL_HOOK__`, and a fiber
 * whose component function ran in that commit carries the PerformedWork flag. A Profiler alone
 * can say that a subtree committed, not which component in it rendered.
 *
 * Import this module before anything imports react-dom, so React finds the hook when it loads.
 */

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

const PERFORMED_WORK = 1;
// Function, class, forwardRef, memo and simple memo components.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);

const renders: string[] = [];

function nameOf(type: unknown): string {
  if (typeof type === 'function') return (type as { displayName?: string; name: string }).displayName ?? type.name;
  if (typeof type === 'object' && type !== null) {
    const inner = (type as { render?: unknown; type?: unknown }).render ?? (type as { type?: unknown }).type;
    return nameOf(inner);
  }
  return String(type);
}

function visit(next: Fiber, previous: Fiber | null): void {
  if (COMPONENT_TAGS.has(next.tag) && (previous === null || (next.flags & PERFORMED_WORK) !== 0)) renders.push(nameOf(next.type));
  // A subtree React did not touch keeps its child pointer: nothing in it rendered.
  if (previous !== null && next.child === previous.child) return;
  for (let child = next.child; child !== null; child = child.sibling) visit(child, child.alternate);
}

const hook = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map<number, unknown>(),
  inject(renderer: unknown): number {
    const id = hook.renderers.size + 1;
    hook.renderers.set(id, renderer);
    return id;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }): void {
    const current = root.current;
    for (let child = current.child; child !== null; child = child.sibling) visit(child, child.alternate);
  },
  onCommitFiberUnmount(): void {},
  onPostCommitFiberRoot(): void {},
  checkDCE(): void {},
};

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ ??= hook;

/** Names of the components rendered since the last call, counted. */
export function takeRenders(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of renders) counts.set(name, (counts.get(name) ?? 0) + 1);
  renders.length = 0;
  return counts;
}

/** False when something else installed the hook first (then the counts would be empty). */
export const recorderInstalled = (globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ === hook;
