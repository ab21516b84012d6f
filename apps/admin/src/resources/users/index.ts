import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

/** Accounts: administrators only (the API answers 403 to everyone else). */
export const users = {
  name: 'users',
  icon: PeopleIcon,
  list: lazyView(views, 'UserList'),
  show: lazyView(views, 'UserShow'),
  edit: lazyView(views, 'UserEdit'),
  create: lazyView(views, 'UserCreate'),
  recordRepresentation: (record: RaRecord) => String(record.name),
};
