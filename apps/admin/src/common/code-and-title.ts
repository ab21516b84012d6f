import { useLocaleState, type RaRecord } from 'react-admin';
import { translate, type Translatable } from './translatable.js';

/** `P2.O1 Title` in the reader's language, for reference pickers of any resource with a code and a title (or a name). */
export function useCodeAndTitle(field: 'title' | 'name' = 'title') {
  const [locale] = useLocaleState();
  return (record: RaRecord) =>
    `${String(record.code ?? record.shortCode ?? '')} ${translate(record[field] as Translatable, locale).text}`.trim();
}
