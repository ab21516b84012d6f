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
import { useCodeAndTitle } from './code-and-title.js';
import { DueDateField } from './DueDateField.js';
import { ListActions } from './ListActions.js';
import { PlanEdit } from './PlanEdit.js';
import { ProgressField } from './ProgressField.js';
import { ReferenceName } from './ReferenceName.js';
import { StatusField } from './StatusField.js';
import { TranslatableTextInput } from './TranslatableTextInput.js';
import { TranslatedField } from './TranslatedField.js';

/** A level of the plan between the plan and its milestones (a priority, an objective): what sets it apart. */
export interface PlanLevel {
  /** The level above: its id field and resource (a priority's plan, an objective's priority). */
  parent: { source: string; reference: string; sortable: boolean; filterAlwaysOn: boolean };
  /** The level below, listed on the show page (a priority's objectives, an objective's milestones). */
  children: { reference: string; target: string; sortField: string; milestones: boolean };
  listSortField: string;
  /** Whether the API sorts the list by the computed roll-up. */
  progressSortable: boolean;
}

/** The list, show, edit and create views of a plan level: one layout for priorities and objectives. */
export function planLevelViews(level: PlanLevel) {
  const { parent, children } = level;

  function ParentPicker({ isRequired }: { isRequired?: boolean; alwaysOn?: boolean }) {
    const optionText = useCodeAndTitle('title');
    return (
      <ReferenceInput source={parent.source} reference={parent.reference}>
        <AutocompleteInput optionText={optionText} validate={isRequired ? required() : undefined} />
      </ReferenceInput>
    );
  }

  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ParentPicker key={parent.source} alwaysOn={parent.filterAlwaysOn} />,
  ];

  function LevelList() {
    return (
      <List filters={filters} sort={{ field: level.listSortField, order: 'ASC' }} actions={<ListActions />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="code" />
          <TranslatedField source="title" sortBy="title" />
          <ReferenceName source={parent.source} reference={parent.reference} sortable={parent.sortable} />
          <ProgressField source="progress" sortable={level.progressSortable} />
        </Datagrid>
      </List>
    );
  }

  function LevelShow() {
    return (
      <Show>
        <SimpleShowLayout>
          <TextField source="code" />
          <TranslatedField source="title" />
          <TranslatedField source="description" multiline />
          <ReferenceName source={parent.source} reference={parent.reference} />
          <TextField source="opinionReference" />
          <ProgressField source="progress" />
          <ReferenceManyField
            reference={children.reference}
            target={children.target}
            sort={{ field: children.sortField, order: 'ASC' }}
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="code" />
              <TranslatedField source="title" />
              {children.milestones ? <DueDateField source="dueDate" /> : null}
              {children.milestones ? <StatusField source="status" /> : null}
              <ProgressField source="progress" />
            </Datagrid>
          </ReferenceManyField>
        </SimpleShowLayout>
      </Show>
    );
  }

  function LevelForm() {
    return (
      <SimpleForm>
        <ParentPicker isRequired />
        <NumberInput source="position" min={1} />
        <TextInput source="code" />
        <TranslatableTextInput source="title" requireEnglish />
        <TranslatableTextInput source="description" multiline />
        <TextInput source="opinionReference" />
      </SimpleForm>
    );
  }

  function LevelEdit() {
    return (
      <PlanEdit redirect="show">
        <LevelForm />
      </PlanEdit>
    );
  }

  function LevelCreate() {
    return (
      <Create redirect="show">
        <LevelForm />
      </Create>
    );
  }

  return { List: LevelList, Show: LevelShow, Edit: LevelEdit, Create: LevelCreate };
}
