import {
  Create,
  Datagrid,
  EditButton,
  DateInput,
  List,
  NumberField,
  NumberInput,
  ReferenceManyField,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
  useResourceDefinition,
} from 'react-admin';
import type { ActionPlanRecord } from '#contracts';
import { CalendarDateField } from '../../common/DueDateField.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { ProgressField } from '../../common/ProgressField.js';
import { PublicSummaryButton } from '../../common/PublicSummaryLink.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { ListActions } from '../../common/ListActions.js';

export function ActionPlanList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'code', order: 'ASC' }}
      actions={<ListActions />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TranslatedField source="title" sortable={false} />
        <TextField source="timeZone" />
        <CalendarDateField source="adoptedAt" />
        <ProgressField source="progress" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** Edit (when the role may) and the plan's public page, which is what the public sees of it. */
function ActionPlanActions() {
  const record = useRecordContext<ActionPlanRecord>();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {record ? <PublicSummaryButton planId={record.id} /> : null}
      {hasEdit ? <EditButton /> : null}
    </TopToolbar>
  );
}

export function ActionPlanShow() {
  return (
    <Show actions={<ActionPlanActions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TranslatedField source="title" />
        <TranslatedField source="description" multiline />
        <TextField source="opinionReference" />
        <CalendarDateField source="adoptedAt" />
        <TextField source="timeZone" />
        <NumberField source="reportingPeriodMonths" />
        <ProgressField source="progress" />
        <ReferenceManyField reference="priorities" target="actionPlanId" sort={{ field: 'position', order: 'ASC' }}>
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

function ActionPlanForm() {
  return (
    <SimpleForm>
      <TextInput source="code" validate={required()} />
      <TranslatableTextInput source="title" requireEnglish />
      <TranslatableTextInput source="description" multiline />
      <TextInput source="opinionReference" />
      <TextInput source="timeZone" validate={required()} />
      <DateInput source="adoptedAt" />
      <NumberInput source="reportingPeriodMonths" min={1} max={12} />
    </SimpleForm>
  );
}

export function ActionPlanEdit() {
  return (
    <PlanEdit redirect="show">
      <ActionPlanForm />
    </PlanEdit>
  );
}

export function ActionPlanCreate() {
  return (
    <Create redirect="show" record={{ timeZone: 'Asia/Almaty', reportingPeriodMonths: 3 }}>
      <ActionPlanForm />
    </Create>
  );
}
