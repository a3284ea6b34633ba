import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useMyMeetings } from '../../api/meetings';
import { MeetingCards } from '../../components/meetings/MeetingCards';
import { addDays, todayVn } from '../../components/meetings/format';
import '../../components/meetings/meetings.css';
import { isUpcoming } from '../../../domain/meetings/roster';

// Documents the member still has to take in (loaded after the first screen, shown only when there are some).
// Below the fold, and with its own dialogs: loaded after the member's meetings.
const CalendarFeeds = lazy(() => import('../../components/meetings/CalendarFeeds').then((m) => ({ default: m.CalendarFeeds })));
const MyDocuments = lazy(() => import('../../components/followup/MyDocuments').then((m) => ({ default: m.MyDocuments })));

/** "Sinh hoạt": my meetings (summoned, and my cell's coming ones), the calendars of units I work with, my calendar link. */
export default function MyMeetingsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const from = addDays(todayVn(), -62);
  const to = addDays(todayVn(), 120);
  const mine = useMyMeetings(from, to);
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
      <Suspense fallback={null}><MyDocuments /></Suspense>
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
        <ErrorAlert error={mine.error} />
        {mine.isLoading ? <PageLoading /> : null}
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
        <Suspense fallback={<PageLoading />}>
          <CalendarFeeds />
        </Suspense>
      </Section>
    </>
  );
}
