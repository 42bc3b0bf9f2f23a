/** Docs-page guidance for FieldErrors and FieldError. */
export const fieldGuidance = `
The GOV.UK error summary: \`FieldErrors\` above the form lists every field's message as a link to its input; \`FieldError\` repeats the same words beside each input.

**When to use:** a 400 or 422 that names fields (\`ApiError.fieldErrors\`).

**When not to:** errors about the request as a whole: the banner says those.

- **Do** use the same \`fieldId\` on both, and set each input's \`aria-describedby\` to \`<id>-error\` while it has an error.
- **Do** use the same words in the summary and at the field.
- **Don't** clear what the person typed.

**What a screen reader announces:** focus moves to the summary ("There is a problem" and the list); each link moves focus to its input, which then reads "Error:" and its message as its description.
`;
