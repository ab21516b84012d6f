import {
  AutocompleteInput,
  Create,
  Datagrid,
  List,
  NumberInput,
  ReferenceInput,
  ReferenceManyField,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { DueDateField } from '../../common/DueDateField.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { StatusField } from '../../common/StatusField.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { ListActions } from '../../common/ListActions.js';
import { useCodeAndTitle } from '../milestones/MilestoneFilters.js';

function PriorityPicker({ isRequired }: { isRequired?: boolean; alwaysOn?: boolean }) {
  const optionText = useCodeAndTitle('title');
  return (
    <ReferenceInput source="priorityId" reference="priorities">
      <AutocompleteInput optionText={optionText} validate={isRequired ? required() : undefined} />
    </ReferenceInput>
  );
}

const filters = [<SearchInput key="q" source="q" alwaysOn />, <PriorityPicker key="priorityId" alwaysOn />];

export function ObjectiveList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TranslatedField source="title" sortBy="title" />
        <ReferenceName source="priorityId" reference="priorities" />
        <ProgressField source="progress" />
      </Datagrid>
    </List>
  );
}

export function ObjectiveShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TranslatedField source="title" />
        <TranslatedField source="description" multiline />
        <ReferenceName source="priorityId" reference="priorities" />
        <TextField source="opinionReference" />
        <ProgressField source="progress" />
        <ReferenceManyField reference="milestones" target="objectiveId" sort={{ field: 'dueDate', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="code" />
            <TranslatedField source="title" />
            <DueDateField source="dueDate" />
            <StatusField source="status" />
            <ProgressField source="progress" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}

function ObjectiveForm() {
  return (
    <SimpleForm>
      <PriorityPicker isRequired />
      <NumberInput source="position" min={1} />
      <TextInput source="code" />
      <TranslatableTextInput source="title" requireEnglish />
      <TranslatableTextInput source="description" multiline />
      <TextInput source="opinionReference" />
    </SimpleForm>
  );
}

export function ObjectiveEdit() {
  return (
    <PlanEdit redirect="show">
      <ObjectiveForm />
    </PlanEdit>
  );
}

export function ObjectiveCreate() {
  return (
    <Create redirect="show">
      <ObjectiveForm />
    </Create>
  );
}
