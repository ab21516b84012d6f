import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Datagrid, List, TextField } from 'react-admin';
import { Link } from 'react-router-dom';
import { DueDateField } from '../../common/DueDateField.js';
import { ListActions } from '../../common/ListActions.js';
import { useRole } from '../../common/permissions.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { StatusField } from '../../common/StatusField.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { milestoneFilters } from './MilestoneFilters.js';

/** Filters, create and the API's export; staff also reach the import from here. */
function MilestoneListActions() {
  const { isStaff } = useRole();
  return (
    <ListActions>
      {isStaff ? (
        <Button component={Link} to="/import-milestones" label="rex.import.menu">
          <UploadFileIcon />
        </Button>
      ) : null}
    </ListActions>
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
