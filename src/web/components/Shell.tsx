import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useState } from 'react';
import { useMediaQuery } from '../lib/media';
import { hasRole } from '../api/hooks';
import { authKeys, logout as endSession, useMe } from '../api/auth';
import { setupKeys } from '../api/setup';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';
import { OfflineBar, forgetOfflineData, useKeepUpcomingMeetings } from './Offline';
import { SyncStatus } from '../offline/SyncStatus';
import { Glyph, ICONS, Notice } from './light';
import { forgetOutbox, outboxStore } from '../offline/outbox';

// The bell loads after the first screen (its own small chunk).
const NotificationBell = lazy(() => import('./followup/NotificationBell').then((m) => ({ default: m.NotificationBell })));

/** A phone's width (antd's md breakpoint), following the window; a page drawn on the server is drawn for a phone. */
const useNarrow = (): boolean => useMediaQuery('(max-width: 767px)', true);

/**
 * Header, navigation (a side list on wide screens, a bottom bar on phones) and the main area, in plain HTML: a
 * member's first screens do not load antd (the screens that use it bring it, components/AntdRoot.tsx).
 */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const manager = hasRole(me, 'admin', 'leader');
  const narrow = useNarrow();
  const reader = hasRole(me, 'admin', 'leader', 'secretary', 'overseer');
  const items = [
    { to: reader ? '/dashboard' : '/home', label: t('dash.nav'), icon: <Glyph d={ICONS.home} /> },
    { to: '/orgs', label: t('nav.orgs'), icon: <Glyph d={ICONS.orgs} />, spare: true },
    { to: '/meetings', label: t('mtg.nav'), icon: <Glyph d={ICONS.calendar} /> },
    { to: '/members', label: t('nav.members'), icon: <Glyph d={ICONS.members} /> },
    ...(manager
      ? [{ to: '/committee-year', label: t('ovs.hub.nav'), icon: <Glyph d={ICONS.eye} /> }]
      : hasRole(me, 'overseer') ? [{ to: '/oversight', label: t('ovs.nav'), icon: <Glyph d={ICONS.eye} /> }] : []),
    ...(manager
      ? [
          { to: '/accounts', label: t('nav.accounts'), icon: <Glyph d={ICONS.key} />, spare: true },
          { to: '/audit', label: t('nav.audit'), icon: <Glyph d={ICONS.audit} />, spare: true },
        ]
      : []),
    { to: '/me', label: t('nav.me'), icon: <Glyph d={ICONS.me} />, spare: true },
  ];
  // A phone's bar holds five places with whole labels: past five, the spare ones go under "Thêm".
  // The sheet belongs to the address it was opened at: leaving that address (a place in the sheet, the back button)
  // closes it. The address is the browser's, not the router's: a tap while a page is still loading (the router
  // shows the old page until the new one's code is here) must not be undone when the new page arrives.
  const [moreAt, setMoreAt] = useState<string | null>(null);
  const moreOpen = moreAt === location.pathname;
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
          {/* Its place is kept while it loads: the header's buttons do not move. */}
          <Suspense fallback={<span className="header-search" aria-hidden />}><NotificationBell /></Suspense>
          <Link to="/search" className="header-search" aria-label={t('dash.search.title')}>
            <Glyph d={ICONS.search} />
          </Link>
          <span className="only-wide">
            <LanguageSwitch />
          </span>
          <span className="only-narrow">
            <LanguageSwitch compact />
          </span>
          <button type="button" onClick={() => void logout()} aria-label={t('nav.logout')} className="btn btn-text logout-btn">
            <Glyph d={ICONS.logout} />
            <span className="only-wide">{t('nav.logout')}</span>
          </button>
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
            <Notice
              tone="warning"
              title={t('nav.mustChange')}
              action={
                <Link to="/me" className="alert-link">
                  {t('nav.changeNow')}
                </Link>
              }
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
              <button type="button" className={'bottom-link' + (inMore ? ' active' : '')} aria-expanded={moreOpen} onClick={() => setMoreAt(window.location.pathname)}>
                <Glyph d={ICONS.menu} />
                <span>{t('nav.more')}</span>
              </button>
            </li>
          ) : null}
        </ul>
      </nav>
      {moreOpen ? (
        <Suspense fallback={null}>
          <MoreSheet open={moreOpen} onClose={() => setMoreAt(null)} title={t('nav.more')}>
            {links('side-link', more)}
          </MoreSheet>
        </Suspense>
      ) : null}
    </div>
  );
}

const BAR_PLACES = 5;
// The sheet is antd's Drawer: it brings antd and its theme when first opened.
const MoreSheet = lazy(() =>
  Promise.all([import('./MoreSheet'), import('./AntdRoot')]).then(([sheet, root]) => ({
    default: (props: Parameters<typeof sheet.default>[0]) => (
      <root.AntdScope>
        <sheet.default {...props} />
      </root.AntdScope>
    ),
  })),
);

/** The phone's bar: the first places that are not spare, and "Thêm" for the rest (in their order). */
function splitForBar<T extends { spare?: boolean }>(items: T[]): [T[], T[]] {
  const bar = items.filter((i) => !i.spare).slice(0, BAR_PLACES - 1);
  return [bar, items.filter((i) => !bar.includes(i))];
}
