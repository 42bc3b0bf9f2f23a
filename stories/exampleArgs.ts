import type { ApiError } from '../src/index.js';
import { normalizeApiError } from '../src/model/normalizeApiError.js';
import { createTranslator } from '../src/messages/createTranslator.js';
import type { Translator } from '../src/messages/types.js';
import { EXAMPLES, getExample, type ExampleId } from './examples.js';
import { loadExample } from './loadExample.js';

/** Stories pick an example by id; the Controls panel offers every example in the list. */
export interface ExampleArgs {
  example: ExampleId;
}

export const exampleArgTypes = {
  example: { control: 'select', options: EXAMPLES.map((e) => e.id), description: 'An entry of stories/examples.ts' },
} as const;

/** Turns `args.example` into the raw error (`loaded.error`) before the story renders. */
export const loadExampleError = async ({ args }: { args: Partial<ExampleArgs> }): Promise<{ error: unknown }> => {
  const id = args.example;
  return { error: id === undefined ? null : await loadExample(getExample(id)) };
};

/** The translator for the toolbar's locale, to compute what a person should see. */
export function translatorFor(globals: Record<string, unknown>): Translator {
  return createTranslator({ locale: typeof globals.locale === 'string' ? globals.locale : 'en' });
}

/** The ApiError the components see for a raw error (memoized: the same object, the same retryAt). */
export function normalized(error: unknown): ApiError {
  return normalizeApiError(error);
}

/** A story's args as the component's own props: everything but the example picker. */
export function withoutExample<T extends Partial<ExampleArgs>>(args: T): Omit<T, 'example'> {
  const props: Partial<T> = { ...args };
  delete props.example;
  return props as Omit<T, 'example'>;
}
