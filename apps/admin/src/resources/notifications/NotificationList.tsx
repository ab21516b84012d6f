import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Button } from '@mui/material';
import {
  BooleanInput,
  Datagrid,
  List,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  type RaRecord,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { NotificationRecord } from '#contracts';
import { TimestampField } from '../../common/DueDateField.js';
import { callApi } from '../../providers/http-client.js';

function MarkAllRead() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const notify = useNotify();
  const markAllRead = () =>
    callApi('/notifications/mark-all-read')
      .then(refresh)
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  return (
    <TopToolbar>
      <Button startIcon={<DoneAllIcon />} onClick={() => void markAllRead()}>
        {translate('rex.notifications.mark_all_read')}
      </Button>
    </TopToolbar>
  );
}

/** Opening a notification marks it read and goes where it points (a milestone or an update). */
export function NotificationList() {
  const dataProvider = useDataProvider();
  const navigate = useNavigate();
  const notify = useNotify();
  // react-admin types a row's record loosely (RaRecord); this list's rows are notifications.
  const open = (_id: unknown, _resource: string, row: RaRecord) => {
    const record = row as NotificationRecord;
    if (!record.read) {
      dataProvider
        .update('notifications', { id: record.id, data: { read: true }, previousData: record })
        .catch((error: Error) => notify(error.message, { type: 'error' }));
    }
    void navigate(record.link);
    return false as const;
  };
  return (
    <List
      filters={[<BooleanInput key="read" source="read" />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<MarkAllRead />}
    >
      <Datagrid rowClick={open} bulkActionButtons={false} rowSx={(record) => ({ fontWeight: record.read ? 400 : 600 })}>
        <TextField source="title" sortable={false} />
        <TimestampField source="createdAt" />
      </Datagrid>
    </List>
  );
}
