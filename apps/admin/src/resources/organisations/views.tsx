import {
  ArrayField,
  ArrayInput,
  Create,
  Datagrid,
  List,
  ReferenceManyField,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { choicesOf, ORGANISATION_TYPES } from '../../common/domain.js';
import { DueDateField } from '../../common/DueDateField.js';
import { useRole } from '../../common/permissions.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { ProgressField } from '../../common/ProgressField.js';
import { EnumField, StatusField } from '../../common/StatusField.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { ListActions } from '../../common/ListActions.js';

const typeChoices = choicesOf(ORGANISATION_TYPES, 'rex.organisation_type');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={typeChoices} alwaysOn />,
  <TextInput key="country" source="country" />,
];

export function OrganisationList() {
  return (
    <List filters={filters} sort={{ field: 'shortCode', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="shortCode" />
        <TranslatedField source="name" sortBy="name" />
        <EnumField source="type" prefix="rex.organisation_type" />
        <TextField source="country" />
      </Datagrid>
    </List>
  );
}

export function OrganisationShow() {
  const { isStaff, isPartner } = useRole();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="shortCode" />
        <TranslatedField source="name" />
        <EnumField source="type" prefix="rex.organisation_type" />
        <TextField source="country" />
        {isStaff || isPartner ? (
          <ArrayField source="reminderContacts">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="role" />
              <TextField source="email" />
              <TextField source="locale" />
            </Datagrid>
          </ArrayField>
        ) : null}
        <ReferenceManyField
          reference="milestones"
          target="organisationId"
          sort={{ field: 'dueDate', order: 'ASC' }}
          label="resources.milestones.name"
        >
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

function OrganisationForm() {
  return (
    <SimpleForm>
      <TranslatableTextInput source="name" requireEnglish />
      <TextInput source="shortCode" validate={required()} />
      <SelectInput source="type" choices={typeChoices} validate={required()} />
      <TextInput source="country" validate={required()} />
      <ArrayInput source="reminderContacts">
        <SimpleFormIterator inline>
          <TextInput source="role" validate={required()} />
          <TextInput source="email" validate={required()} />
          <SelectInput
            source="locale"
            choices={[
              { id: 'en', name: 'English' },
              { id: 'ru', name: 'Русский' },
              { id: 'kk', name: 'Қазақша' },
            ]}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}

export function OrganisationEdit() {
  return (
    <PlanEdit redirect="show">
      <OrganisationForm />
    </PlanEdit>
  );
}

export function OrganisationCreate() {
  return (
    <Create redirect="show">
      <OrganisationForm />
    </Create>
  );
}
