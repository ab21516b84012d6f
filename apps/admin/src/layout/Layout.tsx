import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { Menu } from './Menu.js';
import { NotificationBell } from './NotificationBell.js';
import { useAccountLanguage } from './use-account-language.js';

/** react-admin's user menu, named after the person it shows (its stock label "Profile" does not match its text). */
function RexUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
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
