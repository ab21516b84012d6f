import { Admin, Authenticated, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard.js';
import { Layout } from './layout/Layout.js';
import { LoginPage } from './layout/LoginPage.js';
import { authProvider, type Permissions } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { i18nProvider } from './providers/i18n-provider.js';
import { createStore } from './providers/store.js';
import { actionPlans } from './resources/action-plans/index.js';
import { auditEvents } from './resources/audit-events/index.js';
import { calendarFeeds } from './resources/calendar-feeds/index.js';
import { milestones } from './resources/milestones/index.js';
import { notifications } from './resources/notifications/index.js';
import { objectives } from './resources/objectives/index.js';
import { organisations } from './resources/organisations/index.js';
import { priorities } from './resources/priorities/index.js';
import { progressUpdates } from './resources/progress-updates/index.js';
import { reminders } from './resources/reminders/index.js';
import { reports } from './resources/reports/index.js';
import { users } from './resources/users/index.js';
import { theme } from './theme.js';
import { lazyView } from './resources/lazy-view.js';
import { NotAvailable } from './common/NotAvailable.js';

// The pages beyond the resources load on first visit, like the resources' views.
const MyMilestones = lazyView(() => import('./partner/MyMilestones.js'), 'MyMilestones');
const ReportProgress = lazyView(() => import('./partner/ReportProgress.js'), 'ReportProgress');
const ReviewQueue = lazyView(() => import('./review/ReviewQueue.js'), 'ReviewQueue');
const Timeline = lazyView(() => import('./timeline/Timeline.js'), 'Timeline');
const ImportMilestones = lazyView(() => import('./import/ImportMilestones.js'), 'ImportMilestones');
const ChangePassword = lazyView(() => import('./account/ChangePassword.js'), 'ChangePassword');

/** A resource without the write views a role may not use (the API refuses them anyway). */
function readOnly<T extends { edit?: unknown; create?: unknown }>(resource: T) {
  return { ...resource, edit: undefined, create: undefined };
}

// Not `requireAuth`: with it, react-admin 5.15 loops between its logout redirect and the permissions
// query for seconds when no one is signed in. Every view checks authentication itself instead
// (lists, shows and edits through their controllers, the pages below through <Authenticated>).

/** react-admin's store, kept in localStorage: the chosen language survives reloads and sign-outs. */
const store = createStore();

/**
 * The admin app. Which resources and write views exist depends on the role
 * from /api/auth/me: staff manage the plan and review, partners report on
 * their organisation's milestones, viewers read, administrators also manage
 * accounts.
 */
export function App() {
  return (
    <Admin
      title="REX/587"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      disableTelemetry
    >
      {(permissions: Permissions | null | undefined) => {
        const staff = permissions?.role === 'admin' || permissions?.role === 'staff';
        const plan = <T extends { edit?: unknown; create?: unknown }>(resource: T) =>
          staff ? resource : readOnly(resource);
        // Reports show every organisation's milestones: not for partners. Feeds are for those who report.
        return (
          <>
            <Resource {...plan(milestones)} />
            <Resource {...progressUpdates} />
            <Resource {...plan(priorities)} />
            <Resource {...plan(objectives)} />
            <Resource {...plan(actionPlans)} />
            <Resource {...plan(organisations)} />
            {staff ? <Resource {...auditEvents} /> : null}
            {staff || permissions?.role === 'viewer' ? <Resource {...(staff ? reports : readOnly(reports))} /> : null}
            {permissions?.role === 'viewer' ? null : <Resource {...calendarFeeds} />}
            <Resource {...reminders} />
            <Resource {...notifications} />
            {permissions?.role === 'admin' ? <Resource {...users} /> : null}
            <Resource name="reporting-completeness" />
            <CustomRoutes>
              <Route
                path="/my-milestones"
                element={
                  <Authenticated>
                    <MyMilestones />
                  </Authenticated>
                }
              />
              <Route
                path="/report/:milestoneId"
                element={
                  <Authenticated>
                    <ReportProgress />
                  </Authenticated>
                }
              />
              <Route
                path="/review-queue"
                element={<Authenticated>{staff ? <ReviewQueue /> : <NotAvailable />}</Authenticated>}
              />
              <Route
                path="/import-milestones"
                element={<Authenticated>{staff ? <ImportMilestones /> : <NotAvailable />}</Authenticated>}
              />
              <Route
                path="/timeline"
                element={
                  <Authenticated>
                    <Timeline />
                  </Authenticated>
                }
              />
              <Route
                path="/password"
                element={
                  <Authenticated>
                    <ChangePassword />
                  </Authenticated>
                }
              />
            </CustomRoutes>
          </>
        );
      }}
    </Admin>
  );
}
