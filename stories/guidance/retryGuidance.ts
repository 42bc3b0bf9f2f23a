/** Docs-page guidance for RetryButton. */
export const retryGuidance = `
Sends the failed work again, and waits when the server said how long to wait (\`Retry-After\`).

**When to use:** inside your own error layout, when the banner's layout does not fit.

**When not to:** for errors that retrying cannot fix (access, your entries, configuration): the banner shows no retry for them.

- **Do** return the retry's promise from \`onRetry\`: the button says "Trying again…" until it settles.
- **Don't** hide the countdown: a disabled button with no reason looks broken.

**What a screen reader announces:** the label ("Try again"); while disabled, the wait in coarse steps ("You can try again in 1 minute") and "You can try again now" at zero, not every second.
`;
