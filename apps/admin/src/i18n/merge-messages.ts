import type { TranslationMessages } from 'ra-core';

type Catalogue = { [key: string]: string | Catalogue | undefined };

/**
 * Lays `over` on `under`, key by key at every depth: a catalogue missing a few
 * recent react-admin keys then shows them in English rather than as raw keys.
 */
export function mergeMessages(
  under: Catalogue | TranslationMessages,
  ...overs: Array<Catalogue | TranslationMessages>
): TranslationMessages {
  const merged: Catalogue = { ...under };
  for (const over of overs) {
    for (const [key, value] of Object.entries(over as Catalogue)) {
      const below = merged[key];
      merged[key] = typeof value === 'object' && typeof below === 'object' ? mergeMessages(below, value) : value;
    }
  }
  return merged as TranslationMessages;
}
