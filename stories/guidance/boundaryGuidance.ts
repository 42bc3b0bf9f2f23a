/** Docs-page guidance for ApiErrorBoundary. */
export const boundaryGuidance = `
Catches a failed request that leaves a whole screen (or a large region) with nothing to show, and puts the fallback there.

**When to use:** around a route or panel whose data failed to load (\`throwOnError\`, suspense, \`useApiErrorBoundary\`).

**When not to:** a single action failed and the screen is fine (use \`ApiErrorBanner\`); a background refresh failed and the old data is still useful (use \`ApiErrorNotifications\`).

- **Do** give it \`resetKeys\` (the route's id) so moving to another page clears the error.
- **Don't** wrap the whole app in one boundary: a failed sidebar should not blank the page.
- **Do** keep a custom \`fallback\` saying what happened and what to do, like the default.

**What a screen reader announces:** the fallback banner's title and message; "Try again" renders the screen again and focus stays on the page.
`;
