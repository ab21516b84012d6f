import {
  Create,
  Datagrid,
  EmailField,
  List,
  PasswordInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  email,
  required,
  ReferenceInput,
  AutocompleteInput,
} from 'react-admin';
import { choicesOf, ROLES } from '../../common/domain.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { EnumField } from '../../common/StatusField.js';
import { ListActions } from '../../common/ListActions.js';
import { useCodeAndTitle } from '../../common/code-and-title.js';

const roleChoices = choicesOf(ROLES, 'rex.role');
const localeChoices = [
  { id: 'en', name: 'English' },
  { id: 'ru', name: 'Русский' },
  { id: 'kk', name: 'Қазақша' },
];

function OrganisationPicker({ alwaysOn: _alwaysOn }: { alwaysOn?: boolean }) {
  const optionText = useCodeAndTitle('name');
  return (
    <ReferenceInput source="organisationId" reference="organisations" perPage={200}>
      <AutocompleteInput optionText={optionText} />
    </ReferenceInput>
  );
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <OrganisationPicker key="organisationId" />,
];

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EmailField source="email" />
        <EnumField source="role" prefix="rex.role" />
        <ReferenceName source="organisationId" reference="organisations" />
        <TextField source="locale" sortable={false} />
        <TextField source="timeZone" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <EmailField source="email" />
        <EnumField source="role" prefix="rex.role" />
        <ReferenceName source="organisationId" reference="organisations" />
        <TextField source="locale" />
        <TextField source="timeZone" />
      </SimpleShowLayout>
    </Show>
  );
}

function UserForm({ creating }: { creating?: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <OrganisationPicker />
      <SelectInput source="locale" choices={localeChoices} />
      <TextInput source="timeZone" />
      <PasswordInput source="password" autoComplete="new-password" validate={creating ? required() : undefined} />
    </SimpleForm>
  );
}

export function UserEdit() {
  return (
    <PlanEdit redirect="show">
      <UserForm />
    </PlanEdit>
  );
}

export function UserCreate() {
  return (
    <Create redirect="show" record={{ role: 'partner', locale: 'en', timeZone: 'Asia/Almaty' }}>
      <UserForm creating />
    </Create>
  );
}
