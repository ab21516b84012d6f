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
import { PlanEdit } from '../../common/PlanEdit.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { ListActions } from '../../common/ListActions.js';
import { useCodeAndTitle } from '../milestones/MilestoneFilters.js';

function PlanPicker({ isRequired }: { isRequired?: boolean }) {
  const optionText = useCodeAndTitle('title');
  return (
    <ReferenceInput source="actionPlanId" reference="action-plans">
      <AutocompleteInput optionText={optionText} validate={isRequired ? required() : undefined} />
    </ReferenceInput>
  );
}

const filters = [<SearchInput key="q" source="q" alwaysOn />, <PlanPicker key="actionPlanId" />];

export function PriorityList() {
  return (
    <List filters={filters} sort={{ field: 'position', order: 'ASC' }} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TranslatedField source="title" sortBy="title" />
        <ReferenceName source="actionPlanId" reference="action-plans" sortable={false} />
        <ProgressField source="progress" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function PriorityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TranslatedField source="title" />
        <TranslatedField source="description" multiline />
        <ReferenceName source="actionPlanId" reference="action-plans" />
        <TextField source="opinionReference" />
        <ProgressField source="progress" />
        <ReferenceManyField reference="objectives" target="priorityId" sort={{ field: 'code', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="code" />
            <TranslatedField source="title" />
            <ProgressField source="progress" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}

function PriorityForm() {
  return (
    <SimpleForm>
      <PlanPicker isRequired />
      <NumberInput source="position" min={1} />
      <TextInput source="code" />
      <TranslatableTextInput source="title" requireEnglish />
      <TranslatableTextInput source="description" multiline />
      <TextInput source="opinionReference" />
    </SimpleForm>
  );
}

export function PriorityEdit() {
  return (
    <PlanEdit redirect="show">
      <PriorityForm />
    </PlanEdit>
  );
}

export function PriorityCreate() {
  return (
    <Create redirect="show">
      <PriorityForm />
    </Create>
  );
}
