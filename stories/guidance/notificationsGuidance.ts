/** Docs-page guidance for ApiErrorNotifications. */
export const notificationsGuidance = `
The page's one region for failures that do not block: a background refresh failed while its data stays on screen, and the offline line.

**When to use:** once per page, inside \`QueryClientProvider\` (\`ApiErrorQueryBridge\` renders it).

**When not to:** for a failure that left the person with nothing (a boundary), or one tied to an action they just took (a banner next to it).

- **Do** let repeats merge: the same failure within 10 s is one notice, "(3 times)".
- **Don't** place two regions on one page.

**What a screen reader announces:** each new notice once, politely; "You're offline…" when the connection drops. The region itself is a labelled landmark ("Notifications"), not a live region.
`;
