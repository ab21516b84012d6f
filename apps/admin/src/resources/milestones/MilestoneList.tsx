import { CreateButton, Datagrid, ExportButton, FilterButton, List, TextField, TopToolbar } from 'react-admin';
import { DueDateField } from '../../common/DueDateField.js';
import { useRole } from '../../common/permissions.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { StatusField } from '../../common/StatusField.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { milestoneFilters } from './MilestoneFilters.js';

function MilestoneListActions() {
  const { isStaff } = useRole();
  return (
    <TopToolbar>
      <FilterButton />
      {isStaff ? <CreateButton /> : null}
      <ExportButton />
    </TopToolbar>
  );
}

export default function MilestoneList() {
  return (
    <List
      filters={milestoneFilters}
      sort={{ field: 'dueDate', order: 'ASC' }}
      perPage={25}
      actions={<MilestoneListActions />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TranslatedField source="title" sortBy="title" />
        <ReferenceName source="objectiveId" reference="objectives" compact />
        <DueDateField source="dueDate" compact />
        <StatusField source="status" />
        <ProgressField source="progress" />
        <ReferenceName source="leadOrganisationId" reference="organisations" compact />
      </Datagrid>
    </List>
  );
}
