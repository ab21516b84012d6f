import { lazy, type ComponentType } from 'react';

/** A view loaded with its resource's chunk on first use, so the first screen downloads no resource code. */
export function lazyView<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
