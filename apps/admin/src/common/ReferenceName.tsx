import { ReferenceField, useLocaleState, useRecordContext, type ReferenceFieldProps } from 'react-admin';
import { translate, type Translatable } from './translatable.js';
import { TranslatedField } from './TranslatedField.js';

/** Code and translated title of a plan record (priority, objective, milestone); in lists, the code alone. */
export function CodeAndTitle({ titleSource = 'title', compact }: { titleSource?: string; compact?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (compact) {
    return (
      <strong title={translate(record[titleSource] as Translatable, locale).text}>
        {String(record.code ?? record.shortCode ?? '')}
      </strong>
    );
  }
  return (
    <span>
      <strong>{String(record.code ?? record.shortCode ?? '')}</strong> <TranslatedField source={titleSource} />
    </span>
  );
}

/** A reference shown by the referenced record's name, linking to it. */
export function ReferenceName(
  props: Omit<ReferenceFieldProps, 'children'> & { titleSource?: string; compact?: boolean },
) {
  const { titleSource, compact, ...rest } = props;
  return (
    <ReferenceField link="show" {...rest}>
      <CodeAndTitle
        titleSource={titleSource ?? (rest.reference === 'organisations' ? 'name' : 'title')}
        compact={compact}
      />
    </ReferenceField>
  );
}
