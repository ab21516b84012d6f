import { useLocaleState } from 'react-admin';
import { translate, type Translatable } from './translatable.js';

/** A plan level (code, title) or an organisation (short code, name). */
type CodedRecord = { code?: string; shortCode?: string; title?: Translatable; name?: Translatable };

/** `P2.O1 Title` in the reader's language, for reference pickers of any resource with a code and a title (or a name). */
export function useCodeAndTitle(field: 'title' | 'name' = 'title') {
  const [locale] = useLocaleState();
  return (record: CodedRecord) =>
    `${record.code ?? record.shortCode ?? ''} ${translate(record[field], locale).text}`.trim();
}
