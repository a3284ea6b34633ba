import { Alert, Button, Grid } from 'antd';
import { ApartmentOutlined, AuditOutlined, EyeOutlined, CalendarOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import { hasRole } from '../api/hooks';
import { authKeys, logout as endSession, useMe } from '../api/auth';
import { setupKeys } from '../api/setup';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';
import { OfflineBar, forgetOfflineData, useKeepUpcomingMeetings } from './Offline';
import { SyncStatus } from '../offline/SyncStatus';
import { forgetOutbox, outboxStore } from '../offline/outbox';

// The bell loads after the first screen (its own small chunk).
const NotificationBell = lazy(() => import('./followup/NotificationBell').then((m) => ({ default: m.NotificationBell })));

/** Header, navigation (a side list on wide screens, a bottom bar on phones) and the main area. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const manager = hasRole(me, 'admin', 'leader');
  const narrow = Grid.useBreakpoint().md === false;
  const reader = hasRole(me, 'admin', 'leader', 'secretary', 'overseer');
  const items = [
    { to: reader ? '/dashboard' : '/home', label: t('dash.nav'), icon: <Glyph d="M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z" /> },
    { to: '/orgs', label: t('nav.orgs'), icon: <ApartmentOutlined aria-hidden />, spare: true },
    { to: '/meetings', label: t('mtg.nav'), icon: <CalendarOutlined aria-hidden /> },
    { to: '/members', label: t('nav.members'), icon: <TeamOutlined aria-hidden /> },
    ...(manager
      ? [{ to: '/committee-year', label: t('ovs.hub.nav'), icon: <EyeOutlined aria-hidden /> }]
      : hasRole(me, 'overseer') ? [{ to: '/oversight', label: t('ovs.nav'), icon: <EyeOutlined aria-hidden /> }] : []),
    ...(manager
      ? [
          { to: '/accounts', label: t('nav.accounts'), icon: <KeyOutlined aria-hidden />, spare: true },
          { to: '/audit', label: t('nav.audit'), icon: <AuditOutlined aria-hidden />, spare: true },
        ]
      : []),
    { to: '/me', label: t('nav.me'), icon: <UserOutlined aria-hidden />, spare: true },
  ];
  // A phone's bar holds five places with whole labels: past five, the spare ones go under "Thêm".
  const [moreOpen, setMoreOpen] = useState(false);
  useEffect(() => setMoreOpen(false), [location.pathname]);
  const [bar, more] = items.length <= BAR_PLACES ? [items, []] : splitForBar(items);
  const inMore = more.some((i) => location.pathname.startsWith(i.to));
  const logout = async () => {
    // Changes still on this phone are lost with the session: only when the person says so.
    if (outboxStore.get().length > 0 && !window.confirm(t('field.sync.logoutConfirm', { count: outboxStore.get().length }))) return;
    try {
      await endSession();
    } finally {
      // Leave first, then forget the account (same render): the next person does not land on this page.
      navigate('/login', { replace: true });
      forgetOfflineData();
      void forgetOutbox();
      qc.setQueryData(authKeys.me, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me[0] && q.queryKey[0] !== setupKeys.state[0] });
    }
  };
  useKeepUpcomingMeetings(me?.accountId);
  const links = (cls: string, list = items) =>
    list.map((i) => (
      <li key={i.to}>
        <NavLink to={i.to} className={cls}>
          {i.icon}
          <span>{i.label}</span>
        </NavLink>
      </li>
    ));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          chibo
        </Link>
        {/* Not rendered on phones (no room), rather than hidden: text search for the name then finds the page's content. */}
        {narrow ? <span className="header-user" /> : <span className="header-user">{me?.fullName ?? me?.username}</span>}
        <div className="header-actions">
          <Suspense fallback={null}><NotificationBell /></Suspense>
          <Link to="/search" className="header-search" aria-label={t('dash.search.title')}>
            <Glyph d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z" />
          </Link>
          <span className="only-wide">
            <LanguageSwitch />
          </span>
          <span className="only-narrow">
            <LanguageSwitch compact />
          </span>
          <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={logout} aria-label={t('nav.logout')} className="logout-btn">
            <span className="only-wide">{t('nav.logout')}</span>
          </Button>
        </div>
      </header>
      <div className="shell-body">
        <nav className="side-nav" aria-label={t('nav.main')}>
          <ul>{links('side-link')}</ul>
        </nav>
        <main id="main" tabIndex={-1} className="main">
          <OfflineBar />
          <SyncStatus />
          {me?.mustChangePassword && location.pathname !== '/me' ? (
            <Alert
              type="warning"
              showIcon
              title={t('nav.mustChange')}
              action={
                <Link to="/me" className="alert-link">
                  {t('nav.changeNow')}
                </Link>
              }
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <nav className="bottom-nav" aria-label={t('nav.main')}>
        <ul>
          {links('bottom-link', bar)}
          {more.length ? (
            <li>
              <button type="button" className={'bottom-link' + (inMore ? ' active' : '')} aria-expanded={moreOpen} onClick={() => setMoreOpen(true)}>
                <MenuOutlined aria-hidden />
                <span>{t('nav.more')}</span>
              </button>
            </li>
          ) : null}
        </ul>
      </nav>
      {moreOpen ? (
        <Suspense fallback={null}>
          <MoreSheet open={moreOpen} onClose={() => setMoreOpen(false)} title={t('nav.more')}>
            {links('side-link', more)}
          </MoreSheet>
        </Suspense>
      ) : null}
    </div>
  );
}

const BAR_PLACES = 5;
const MoreSheet = lazy(() => import('./MoreSheet'));

/** The phone's bar: the first places that are not spare, and "Thêm" for the rest (in their order). */
function splitForBar<T extends { spare?: boolean }>(items: T[]): [T[], T[]] {
  const bar = items.filter((i) => !i.spare).slice(0, BAR_PLACES - 1);
  return [bar, items.filter((i) => !bar.includes(i))];
}

/** A one-path icon (Material glyphs) where an icon component would weigh on every first screen. */
function Glyph({ d }: { d: string }) {
  return (
    <span className="anticon" aria-hidden>
      <svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" focusable="false">
        <path d={d} />
      </svg>
    </span>
  );
}
