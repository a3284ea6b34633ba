import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueryClient } from '@tanstack/react-query';
import { orgsQuery, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { ErrorNotice, WhenNear } from '../../components/light';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { myMeetingsQuery, useMyMeetings } from '../../api/meetings';
import { MyDocuments } from '../../components/followup/MyDocuments';
import { myDocumentsQuery, useMyDocuments } from '../../components/followup/documents-api';
import { MeetingCards } from '../../components/meetings/MeetingCards';
import { todayVn } from '../../components/meetings/format';
import { myMeetingsRange } from '../../../domain/meetings/home';
import '../../components/meetings/meetings.css';
import { isUpcoming } from '../../../domain/meetings/roster';

// Plain HTML, like the shell around it: a member's home does not load antd. The calendar links (antd, with their own
// dialogs) are below the fold: loaded with antd's theme when she scrolls to them.
const CalendarFeeds = lazy(() =>
  Promise.all([import('../../components/AntdRoot'), import('../../components/meetings/CalendarFeeds')]).then(([root, feeds]) => ({
    default: () => (
      <root.AntdScope>
        <feeds.CalendarFeeds />
      </root.AntdScope>
    ),
  })),
);

const range = () => myMeetingsRange(todayVn());

/** Everything the page shows, requested together as soon as the app starts on /meetings (src/web/warm.ts). */
export function prefetch(qc: QueryClient): Promise<unknown> {
  const { from, to } = range();
  return Promise.all([qc.prefetchQuery(myMeetingsQuery(from, to)), qc.prefetchQuery(orgsQuery()), qc.prefetchQuery(myDocumentsQuery())]);
}

/** "Sinh hoạt": my meetings (summoned, and my cell's coming ones), the calendars of units I work with, my calendar link. */
export default function MyMeetingsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const { from, to } = range();
  const mine = useMyMeetings(from, to);
  const docs = useMyDocuments();
  // Shown at once when all of it is here: parts arriving one after the other would push the page down under the reader.
  if (mine.isLoading || orgs.isLoading || docs.isLoading) {
    return (
      <>
        <PageTitle text={t('mtg.my.pageTitle')}>{t('mtg.my.pageTitle')}</PageTitle>
        <PageLoading />
      </>
    );
  }
  const today = todayVn();
  // A meeting already held (even one held early) is no longer "coming": one rule, from src/domain.
  // (a cancelled one stays where its date puts it, marked as cancelled).
  const comingOrCancelled = (m: { status: string; date: string }) => isUpcoming(m, today) || (m.status === 'cancelled' && m.date >= today);
  const coming = (mine.data ?? []).filter(comingOrCancelled);
  const past = (mine.data ?? []).filter((m) => !comingOrCancelled(m)).reverse();
  // Units whose calendar the person works with: their own cell and the units of their grants (visible ones only).
  const visible = new Map((orgs.data ?? []).filter((o) => !o.contextOnly).map((o) => [o.id, o]));
  const unitIds = [...new Set([me?.homeOrgId, ...(me?.grants ?? []).map((g) => g.orgId)].filter((x): x is string => !!x && visible.has(x)))];
  return (
    <>
      <PageTitle text={t('mtg.my.pageTitle')}>{t('mtg.my.pageTitle')}</PageTitle>
      <MyDocuments />
      {unitIds.length ? (
        <Section title={t('mtg.my.calendars')}>
          <ul className="plain-list">
            {unitIds.map((id) => (
              <li key={id}>
                <Link className="row-link" to={`/orgs/${id}/meetings`}>
                  {t('mtg.my.calendarOf', { name: visible.get(id)!.name })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={t('mtg.my.title')}>
        <ErrorNotice error={mine.error} />
        {mine.data ? (
          <>
            <h3 className="mt-h3">{t('mtg.my.coming')}</h3>
            <MeetingCards items={coming} manage={false} showOrg empty={t('mtg.my.noComing')} />
            {past.length ? (
              <>
                <h3 className="mt-h3">{t('mtg.my.past')}</h3>
                <MeetingCards items={past} manage={false} showOrg />
              </>
            ) : null}
          </>
        ) : null}
      </Section>
      <Section title={t('mtg.feeds.title')}>
        <WhenNear>
          <Suspense fallback={<PageLoading />}>
            <CalendarFeeds />
          </Suspense>
        </WhenNear>
      </Section>
    </>
  );
}
