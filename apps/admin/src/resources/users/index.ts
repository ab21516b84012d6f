import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

/** Accounts: administrators only (the API answers 403 to everyone else). */
export const users = {
  name: 'users',
  icon: PeopleIcon,
  list: lazyView(views, 'UserList'),
  show: lazyView(views, 'UserShow'),
  edit: lazyView(views, 'UserEdit'),
  create: lazyView(views, 'UserCreate'),
  recordRepresentation: representedBy('users', (user) => user.name),
};
