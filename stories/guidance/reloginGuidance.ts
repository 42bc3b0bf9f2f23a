/** Docs-page guidance for ReloginPrompt. */
export const reloginGuidance = `
For an ended session: a silent refresh first ("Reconnecting…"); only if that fails, a dialog over the screen. The screen underneath stays mounted, so nothing typed is lost, and the failed work runs again after sign-in.

**When to use:** for one failed request you handle yourself. With TanStack Query, \`ApiErrorSessionPrompt\` (rendered by \`ApiErrorQueryBridge\`) shows one prompt for every request of a wave of 401s.

**When not to:** for a 403 (signed in but not allowed): signing in again does not help.

- **Do** keep the form and its values mounted under the dialog.
- **Don't** navigate to a login page: the person would lose their work.

**What a screen reader announces:** "Reconnecting…" as a status; then the dialog's title and message as it opens with focus on "Sign in again"; "That didn't work" if sign-in fails.
`;
