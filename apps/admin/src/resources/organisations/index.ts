import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazyView } from '../lazy-view.js';
import { representedBy } from '../../common/records.js';

const views = () => import('./views.js');

export const organisations = {
  name: 'organisations',
  icon: CorporateFareIcon,
  list: lazyView(views, 'OrganisationList'),
  show: lazyView(views, 'OrganisationShow'),
  edit: lazyView(views, 'OrganisationEdit'),
  create: lazyView(views, 'OrganisationCreate'),
  recordRepresentation: representedBy('organisations', (organisation) => organisation.shortCode),
};
