import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useOrgs } from './api/hooks';
import { saveLocale, useMe } from './api/auth';
import { currentLocale } from './lib/language';
import { useSetup } from './api/setup';
import { ensureLocale, hasStoredLocale } from './i18n';
import { AppLoading } from './components/PageLoading';
import { followAccount } from './lib/textSize';

// The shell (navigation) is not part of the login page's download; antd's theme and context come only with the
// screens that use antd (a member's home and meeting, and the shell around them, are plain HTML).
const AntdRoot = lazy(() => import('./components/AntdRoot'));
const Shell = lazy(() => import('./components/Shell').then((m) => ({ default: m.Shell })));
const SetupPage = lazy(() => import('./pages/SetupPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const OrgTreePage = lazy(() => import('./pages/OrgTreePage'));
const OrgPage = lazy(() => import('./pages/OrgPage'));
const MemberPage = lazy(() => import('./pages/MemberPage'));
const MemberSearchPage = lazy(() => import('./pages/MemberSearchPage'));
const AccountsPage = lazy(() => import('./pages/AccountsPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const MePage = lazy(() => import('./pages/MePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const MyMeetingsPage = lazy(() => import('./pages/meetings/MyMeetingsPage'));
const OrgMeetingsPage = lazy(() => import('./pages/meetings/OrgMeetingsPage'));
const ScoringSchemesPage = lazy(() => import('./pages/meetings/ScoringSchemesPage'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage'));
const CheckinPage = lazy(() => import('./pages/meetings/CheckinPage'));
const OversightPage = lazy(() => import('./pages/oversight/OversightPage'));
const ObservationPage = lazy(() => import('./pages/oversight/ObservationPage'));
const OversightMonthPage = lazy(() => import('./pages/oversight/MonthPage'));
const YearHubPage = lazy(() => import('./pages/oversight/YearHubPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanPage = lazy(() => import('./pages/plans/PlanPage'));
const TrainingPage = lazy(() => import('./pages/training/TrainingPage'));
const CoursePage = lazy(() => import('./pages/training/CoursePage'));
const ReviewsPage = lazy(() => import('./pages/reviews/ReviewsPage'));
const ReviewPage = lazy(() => import('./pages/reviews/ReviewPage'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage'));
const SupervisionItemPage = lazy(() => import('./pages/supervision/SupervisionItemPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const MemberHomePage = lazy(() => import('./pages/dashboard/MemberHomePage'));
const SearchPage = lazy(() => import('./pages/dashboard/SearchPage'));
const TasksPage = lazy(() => import('./pages/followup/TasksPage'));
const TaskPage = lazy(() => import('./pages/followup/TaskPage'));
const TaskReviewPage = lazy(() => import('./pages/followup/TaskReviewPage'));
const MonthlyReportsPage = lazy(() => import('./pages/followup/MonthlyReportsPage'));
const ReportFormPage = lazy(() => import('./pages/followup/ReportFormPage'));
const DocumentsPage = lazy(() => import('./pages/followup/DocumentsPage'));
const DocumentPage = lazy(() => import('./pages/followup/DocumentPage'));
const NotificationsPage = lazy(() => import('./pages/followup/NotificationsPage'));
const CellDocumentsPage = lazy(() => import('./pages/followup/CellDocumentsPage'));
const CellDocumentPage = lazy(() => import('./pages/followup/CellDocumentPage'));

/** Until chibo is set up, every page leads to /setup. */
function SetupGate() {
  const setup = useSetup();
  const location = useLocation();
  if (setup.isLoading) return <AppLoading />;
  if (setup.data?.needed && location.pathname !== '/setup') return <Navigate to="/setup" replace />;
  return <Outlet />;
}

function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const account = me.data;
  useEffect(() => {
    if (!account) return;
    // A choice made in this browser wins and is saved to the account; otherwise the account's language applies.
    if (hasStoredLocale()) {
      if (account.locale !== i18n.language) void saveLocale(currentLocale()).catch(() => undefined);
    } else if (account.locale !== i18n.language) {
      void ensureLocale(account.locale).then(() => i18n.changeLanguage(account.locale));
    }
  }, [account?.accountId]); // eslint-disable-line react-hooks/exhaustive-deps
  // Large-text mode follows the account to this phone.
  useEffect(() => {
    if (account) followAccount(account.largeText);
  }, [account?.accountId, account?.largeText]); // eslint-disable-line react-hooks/exhaustive-deps
  if (me.isLoading) return <AppLoading />;
  if (!account) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

/** Leaders and secretaries start at their unit's dashboard; committee members in charge at what waits for them; plain members at their meetings. */
function Home() {
  const me = useMe().data;
  if (me?.mustChangePassword) return <Navigate to="/me" replace />;
  if (hasRole(me, 'admin', 'leader', 'secretary')) return <Navigate to="/dashboard" replace />;
  // A committee member in charge of cells starts at what waits for him.
  if (hasRole(me, 'overseer')) return <Navigate to="/oversight" replace />;
  // A plain member's first screen is her meetings: light to load, and what she comes for.
  return <Navigate to="/meetings" replace />;
}

/** The app in the browser. */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

/** Every screen, by its address, under whichever router holds the location (the browser's, or the server's for a first screen, src/web/ssr.tsx). */
export function AppRoutes() {
  return (
    <Suspense fallback={<AppLoading />}>
      <Routes>
        <Route element={<SetupGate />}>
          <Route path="/login" element={<LoginPage />} />
          <Route element={<AntdRoot />}>
            <Route path="/setup" element={<SetupPage />} />
          </Route>
          <Route element={<RequireAuth />}>
            <Route element={<Shell />}>
              <Route index element={<Home />} />
              {/* A member's first screens: plain HTML (the secretary's steps bring antd with them, MeetingPage). */}
              <Route path="meetings" element={<MyMeetingsPage />} />
              <Route path="meetings/:id/:step?" element={<MeetingPage />} />
              <Route element={<AntdRoot />}>
                <Route path="dashboard" element={<DashboardPage />} />
                <Route path="home" element={<MemberHomePage />} />
                <Route path="search" element={<SearchPage />} />
                <Route path="orgs" element={<OrgTreePage />} />
                <Route path="orgs/:id" element={<OrgPage />} />
                <Route path="orgs/:id/meetings" element={<OrgMeetingsPage />} />
                <Route path="orgs/:id/scoring" element={<ScoringSchemesPage />} />
                <Route path="meetings/:id/task-review" element={<TaskReviewPage />} />
                <Route path="orgs/:id/tasks" element={<TasksPage />} />
                <Route path="orgs/:id/reports" element={<MonthlyReportsPage />} />
                <Route path="orgs/:id/reports/:month" element={<ReportFormPage />} />
                <Route path="tasks/:id" element={<TaskPage />} />
                <Route path="documents" element={<DocumentsPage />} />
                <Route path="documents/:id" element={<DocumentPage />} />
                <Route path="orgs/:id/documents" element={<CellDocumentsPage />} />
                <Route path="notifications" element={<NotificationsPage />} />
                <Route path="orgs/:id/documents/:documentId" element={<CellDocumentPage />} />
                <Route path="checkin/:token" element={<CheckinPage />} />
                <Route path="oversight" element={<OversightPage />} />
                <Route path="oversight/meetings/:id" element={<ObservationPage />} />
                <Route path="oversight/month" element={<OversightMonthPage />} />
                <Route path="committee-year" element={<YearHubPage />} />
                <Route path="plans" element={<PlansPage />} />
                <Route path="orgs/:id/plan/:year" element={<PlanPage />} />
                <Route path="training" element={<TrainingPage />} />
                <Route path="training/:id" element={<CoursePage />} />
                <Route path="reviews" element={<ReviewsPage />} />
                <Route path="reviews/:id" element={<ReviewPage />} />
                <Route path="supervision" element={<SupervisionPage />} />
                <Route path="supervision/:id" element={<SupervisionItemPage />} />
                <Route path="members" element={<MemberSearchPage />} />
                <Route path="members/:id" element={<MemberPage />} />
                <Route path="accounts" element={<AccountsPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="me" element={<MePage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
