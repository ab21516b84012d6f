import DashboardIcon from '@mui/icons-material/Dashboard';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FlagIcon from '@mui/icons-material/Flag';
import TimelineIcon from '@mui/icons-material/Timeline';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { useRole } from '../common/permissions.js';

/** Pages first (what each role comes for), then the resources react-admin registered for this role. */
export function Menu() {
  const translate = useTranslate();
  const { isPartner, isStaff } = useRole();
  return (
    <RaMenu>
      {isPartner ? (
        <RaMenu.Item to="/my-milestones" primaryText={translate('rex.menu.my_milestones')} leftIcon={<FlagIcon />} />
      ) : (
        <RaMenu.Item to="/" primaryText={translate('rex.menu.dashboard')} leftIcon={<DashboardIcon />} />
      )}
      {isStaff ? (
        <RaMenu.Item to="/review-queue" primaryText={translate('rex.menu.review_queue')} leftIcon={<FactCheckIcon />} />
      ) : null}
      <RaMenu.Item to="/timeline" primaryText={translate('rex.menu.timeline')} leftIcon={<TimelineIcon />} />
      {isStaff ? (
        <RaMenu.Item to="/import-milestones" primaryText={translate('rex.import.menu')} leftIcon={<UploadFileIcon />} />
      ) : null}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
}
