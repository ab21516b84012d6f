import { Datagrid, List, NumberField, SelectInput, TextField, TextInput } from 'react-admin';
import { choicesOf, REMINDER_STATES } from '../../common/domain.js';
import { DueDateField, TimestampField } from '../../common/DueDateField.js';
import { EnumField } from '../../common/StatusField.js';

const filters = [
  <SelectInput key="state" source="state" choices={choicesOf(REMINDER_STATES, 'rex.reminder_state')} alwaysOn />,
  <TextInput key="kind" source="kind" />,
];

export function ReminderList() {
  return (
    <List filters={filters} sort={{ field: 'scheduledFor', order: 'DESC' }} perPage={25}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="milestoneCode" sortable={false} />
        <TextField source="kind" />
        <DueDateField source="dueDate" />
        <TextField source="recipientEmail" sortable={false} />
        <TimestampField source="scheduledFor" />
        <EnumField source="state" prefix="rex.reminder_state" />
        <NumberField source="attempts" sortable={false} />
        <TimestampField source="sentAt" sortable={false} />
        <TextField source="lastError" sortable={false} />
      </Datagrid>
    </List>
  );
}
