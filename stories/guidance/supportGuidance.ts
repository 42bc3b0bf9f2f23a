/** Docs-page guidance for SupportDialog. */
export const supportGuidance = `
Everything support needs to find the failed request: request ID, code, status, time, method and path (secrets removed), and the server's message, which is shown only here.

**When to use:** on errors a person cannot fix themselves (server, access, integration); the banner adds "Get help" for those.

**When not to:** for errors about the person's own input: they need the field messages, not support.

- **Do** set \`support\` on the provider (an email or a help-centre URL).
- **Don't** ask people to read an ID aloud: "Copy details" copies everything at once.

**What a screen reader announces:** the dialog's title as it opens, focus inside; "Copied" or "Couldn't copy…" after Copy details; focus returns to "Get help" on close.
`;
