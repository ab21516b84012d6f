import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../lazy-view.js';

const views = () => import('./views.js');

export const organisations = {
  name: 'organisations',
  icon: CorporateFareIcon,
  list: lazyView(views, 'OrganisationList'),
  show: lazyView(views, 'OrganisationShow'),
  edit: lazyView(views, 'OrganisationEdit'),
  create: lazyView(views, 'OrganisationCreate'),
  recordRepresentation: (record: RaRecord) => String(record.shortCode),
};
