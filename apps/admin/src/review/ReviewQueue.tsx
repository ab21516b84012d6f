import { Typography } from '@mui/material';
import { Datagrid, List, TextField, useTranslate } from 'react-admin';
import { TimestampField } from '../common/DueDateField.js';
import { EnteredByField } from '../common/EnteredBy.js';
import { ProgressField } from '../common/ProgressField.js';
import { ReferenceName } from '../common/ReferenceName.js';
import { StatusField } from '../common/StatusField.js';

function Intro() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mt: 2 }}>
      {translate('rex.review.intro')}
    </Typography>
  );
}

/**
 * Updates awaiting review, oldest first: the same records as the API's
 * /progress-updates/review-queue, listed through the resource so each row
 * opens the update's page, where staff approve, return or reject it.
 */
export function ReviewQueue() {
  const translate = useTranslate();
  return (
    <List
      resource="progress-updates"
      title={translate('rex.review.title')}
      filter={{ state: 'submitted' }}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      perPage={25}
      storeKey="review-queue"
      actions={false}
      aside={undefined}
      empty={<Typography sx={{ m: 2 }}>{translate('rex.review.empty')}</Typography>}
      disableSyncWithLocation
    >
      <Intro />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TimestampField source="submittedAt" />
        <TextField source="milestoneCode" sortable={false} />
        <ReferenceName source="milestoneId" reference="milestones" sortable={false} />
        <ReferenceName source="organisationId" reference="organisations" />
        <EnteredByField source="enteredByStaff" sortable={false} />
        <ProgressField source="progress" sortable={false} />
        <StatusField source="status" />
      </Datagrid>
    </List>
  );
}
