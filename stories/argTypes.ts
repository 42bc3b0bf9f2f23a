/**
 * Controls for the kinds of prop the kit's components share. Callbacks are `fn()` spies in
 * `args` (the Actions panel logs each call) and get no control: a JSON box cannot hold a function.
 */
export const callback = { control: false, table: { category: 'Events' } } as const;

/** Props that hold a function or an element: set by the story, not typed into a box. */
export const notEditable = { control: false } as const;

export const text = { control: 'text' } as const;
