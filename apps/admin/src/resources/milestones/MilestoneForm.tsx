import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { MilestoneRecord } from '#contracts';
import { choicesOf, SETTABLE_STATUSES, VISIBILITIES } from '../../common/domain.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { useCodeAndTitle } from '../../common/code-and-title.js';

/**
 * The status as recorded: a milestone shown "Delayed" (its due date has passed) keeps the status staff set, which
 * the form shows and says so; choosing another records that one.
 */
function RecordedStatusInput() {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  const derived = record?.status === 'delayed' && record.recordedStatus !== 'delayed';
  return (
    <SelectInput
      source="status"
      choices={choicesOf(SETTABLE_STATUSES, 'rex.status')}
      format={(value: unknown) => (value === 'delayed' && derived ? record.recordedStatus : value)}
      helperText={
        derived ? translate('rex.delayed.edit', { recorded: translate(`rex.status.${record.recordedStatus}`) }) : false
      }
    />
  );
}

/** The fields staff set on a milestone; `delayed` is derived by the API and cannot be chosen. */
export function MilestoneForm() {
  const objectiveText = useCodeAndTitle('title');
  const organisationText = useCodeAndTitle('name');
  return (
    <SimpleForm>
      <ReferenceInput source="objectiveId" reference="objectives" perPage={200}>
        <AutocompleteInput optionText={objectiveText} validate={required()} filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <TextInput source="code" helperText={false} />
      <TranslatableTextInput source="title" requireEnglish />
      <TranslatableTextInput source="description" multiline />
      <TextInput source="opinionReference" />
      <DateInput source="startDate" />
      <DateInput source="dueDate" validate={required()} />
      <RecordedStatusInput />
      <NumberInput source="progress" min={0} max={100} step={5} validate={[minValue(0), maxValue(100)]} />
      <ReferenceInput source="leadOrganisationId" reference="organisations" perPage={200}>
        <AutocompleteInput optionText={organisationText} validate={required()} filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <ReferenceArrayInput source="supportingOrganisationIds" reference="organisations" perPage={200}>
        <AutocompleteArrayInput optionText={organisationText} filterToQuery={(q) => ({ q })} />
      </ReferenceArrayInput>
      <SelectInput source="visibility" choices={choicesOf(VISIBILITIES, 'rex.visibility')} />
      <TextInput source="internalNotes" multiline minRows={2} />
    </SimpleForm>
  );
}
