import { forwardRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity, useUserMenu } from 'react-admin';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { useTranslate } from 'react-admin';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { Menu } from './Menu.js';
import { NotificationBell } from './NotificationBell.js';
import { useAccountLanguage } from './use-account-language.js';

/** "Change password", in the user menu. */
const ChangePasswordMenuItem = forwardRef<HTMLAnchorElement>(function ChangePasswordMenuItem(props, ref) {
  const userMenu = useUserMenu();
  const translate = useTranslate();
  return (
    <MenuItem ref={ref} {...props} component={Link} to="/password" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('rex.password.menu')}</ListItemText>
    </MenuItem>
  );
});

/** react-admin's user menu, named after the person it shows (its stock label "Profile" does not match its text). */
function RexUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
      <ChangePasswordMenuItem />
      <Logout />
    </UserMenu>
  );
}

function RexAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="secondary"
      userMenu={<RexUserMenu />}
      toolbar={
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <NotificationBell />
          <LanguageSwitcher />
        </Box>
      }
    >
      <Typography
        variant="subtitle1"
        component="span"
        sx={{ mr: 2, display: { xs: 'none', md: 'block' }, fontWeight: 600 }}
      >
        {translate('rex.app_title')}
      </Typography>
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  useAccountLanguage();
  return (
    <RaLayout appBar={RexAppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
