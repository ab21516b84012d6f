import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choicesOf, MILESTONE_STATUSES, VISIBILITIES } from '../../common/domain.js';
import { useCodeAndTitle } from '../../common/code-and-title.js';

function ReferencePicker({
  source,
  reference,
  field,
}: {
  source: string;
  reference: string;
  field?: 'title' | 'name';
}) {
  const optionText = useCodeAndTitle(field);
  return (
    <ReferenceInput source={source} reference={reference} perPage={200}>
      <AutocompleteInput optionText={optionText} filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
  );
}

export const milestoneFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf(MILESTONE_STATUSES, 'rex.status')} alwaysOn />,
  <ReferencePicker key="priorityId" source="priorityId" reference="priorities" />,
  <ReferencePicker key="objectiveId" source="objectiveId" reference="objectives" />,
  <ReferencePicker key="organisationId" source="organisationId" reference="organisations" field="name" />,
  <ReferencePicker key="leadOrganisationId" source="leadOrganisationId" reference="organisations" field="name" />,
  <SelectInput key="visibility" source="visibility" choices={choicesOf(VISIBILITIES, 'rex.visibility')} />,
  <DateInput key="dueDate_gte" source="dueDate_gte" />,
  <DateInput key="dueDate_lte" source="dueDate_lte" />,
];
