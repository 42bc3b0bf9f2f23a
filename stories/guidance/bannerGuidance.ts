/** Docs-page guidance for ApiErrorBanner (Markdown, shown above the stories). */
export const bannerGuidance = `
Says what went wrong with one request and what the person can do about it, next to the part of the screen that failed.

**When to use:** a request for one part of a screen failed (a save, a list, a payment) and the rest of the screen still works.

**When not to:** the whole screen cannot show anything (use \`ApiErrorBoundary\`); data is still on screen and only a background refresh failed (use \`ApiErrorNotifications\`); the session ended (the banner offers "Sign in again", but \`ReloginPrompt\` is the flow).

- **Do** place it where the failed content would be, and keep what the person typed.
- **Don't** stack several banners for the same failure: pass \`count\` ("3 times") instead.
- **Do** pass \`onRetry\` when the work can be sent again; without it there is no retry button.
- **Don't** put the server's text for a 5xx in \`children\`: it may hold internals. The support dialog keeps it.

**What a screen reader announces:** the title and message once, when a new error appears: at once for blocking categories (\`role="alert"\`: offline, sign-in, access, your entries, conflict), politely otherwise (\`role="status"\`). A countdown is announced in coarse steps, not every second.
`;
