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
} from 'react-admin';
import { choicesOf, SETTABLE_STATUSES, VISIBILITIES } from '../../common/domain.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { useCodeAndTitle } from '../../common/code-and-title.js';

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
      <SelectInput source="status" choices={choicesOf(SETTABLE_STATUSES, 'rex.status')} />
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
