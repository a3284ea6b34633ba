import { lazy, Suspense } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Notice } from '../../components/light';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import type { QueryClient } from '@tanstack/react-query';
import { useMeeting, type Meeting } from '../../components/meetings/api';
import { meetingQuery } from '../../api/meetings';
import { MeetingStatusTag } from '../../components/meetings/Tags';
import { fmtTime, monthLabel, formatDateVi, parseIsoDate, weekdayDate } from '../../components/meetings/format';
import { quarterOf, romanQuarter } from '../../../domain/dates';
import { STEPS, type Step } from './steps';
import { MemberMeetingView } from '../../components/meetings/MemberMeetingView';
import '../../components/meetings/meetings.css';

// The page itself is plain HTML: a member who only reads the meeting loads neither antd nor the seven steps (the
// forms of a secretary), which come with antd's theme for those who run or oversee the meeting.
const AntdScope = lazy(() => import('../../components/AntdRoot').then((x) => ({ default: x.AntdScope })));
const MeetingSteps = lazy(() => import('./MeetingSteps'));
const MeetingActions = lazy(() => import('./MeetingActions'));


/** The meeting, requested as soon as the app starts on its page (src/web/warm.ts), with the page's code. */
export function prefetch(qc: QueryClient, id: string): Promise<unknown> {
  return qc.prefetchQuery(meetingQuery(id));
}

/** Where a meeting opens: preparation before it, roll call when it starts, the minutes after, approval when done. */
function defaultStep(m: Meeting): Step {
  if (m.status === 'approved') return 'approve';
  if (m.status === 'held') return m.attendance.notRecorded > 0 ? 'roll-call' : 'minutes';
  return 'prep';
}

/** One meeting, step by step: preparation, roll call, dues, minutes, resolution, score, approval. */
export default function MeetingPage() {
  const { id = '', step } = useParams();
  const { t } = useTranslation();
  const q = useMeeting(id);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorNotice error={q.error} />;
  const m = q.data;
  // A member with no right to manage or observe the meeting reads it: no steps, nothing to correct.
  const memberView = !m.can.manage && !m.can.observe;
  if (memberView && step) return <Navigate to={`/meetings/${m.id}`} replace />;
  if (!memberView && (!step || !(STEPS as readonly string[]).includes(step))) return <Navigate to={`/meetings/${m.id}/${defaultStep(m)}`} replace />;
  const current = (step ?? 'prep') as Step;
  const index = STEPS.indexOf(current);
  const cancelled = m.status === 'cancelled';
  const planned = m.status === 'planned' || m.status === 'moved';
  const month = monthLabel((m.originalDate ?? m.date).slice(0, 7));
  const { year, month: mm } = parseIsoDate(m.originalDate ?? m.date);
  const title =
    m.type === 'thematic'
      ? t('mtg.page.titleQuarter', { type: t('mtg.type.thematic'), quarter: romanQuarter(quarterOf(mm)), year })
      : m.type === 'extraordinary'
        ? t('mtg.page.titleDate', { type: t('mtg.type.extraordinary'), date: formatDateVi(m.date) })
        : t('mtg.page.titleMonth', { type: t(`mtg.type.${m.type}`), month });
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li>
            <Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link>
          </li>
          <li>
            <Link to={`/orgs/${m.orgId}/meetings?view=month&month=${(m.originalDate ?? m.date).slice(0, 7)}`}>{t('mtg.list.title')}</Link>
          </li>
          <li aria-current="page">{formatDateVi(m.date)}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${m.orgName}`}>{title}</PageTitle>
      <div className="mt-meta">
        <div className="mt-meta-when">
          <strong>{weekdayDate(m.date)}</strong>, {t('mtg.page.at', { time: fmtTime(m.startTime) })}
          {m.endTime ? ` – ${fmtTime(m.endTime)}` : ''}
        </div>
        {m.location ? <div>{t('mtg.field.location')}: {m.location}</div> : null}
        {m.topic ? <div className="wrap-anywhere">{t('mtg.field.topic')}: {m.topic}</div> : null}
        <div className="mt-card-tags">
          <MeetingStatusTag status={m.status} />
          {m.numbers.BB ? <span className="muted">{t('mtg.page.number', { n: String(m.numbers.BB).padStart(2, '0') })}</span> : null}
        </div>
        {m.status === 'moved' && m.moveReason ? (
          <div className="mt-reason">
            {t('mtg.list.movedFrom', { date: formatDateVi(m.originalDate ?? m.date) })} {t('common.reason')}: {m.moveReason}
          </div>
        ) : null}
        {m.can.manage && planned ? (
          <Suspense fallback={null}>
            <AntdScope>
              <MeetingActions m={m} />
            </AntdScope>
          </Suspense>
        ) : null}
      </div>
      {cancelled ? (
        <Notice tone="error" className="mt-alert" title={t('mtg.page.cancelled')}>
          {m.cancelReason ? `${t('common.reason')}: ${m.cancelReason}` : undefined}
        </Notice>
      ) : null}
      {memberView ? <MemberMeetingView m={m} /> : (
        <Suspense fallback={<PageLoading />}>
          <AntdScope>
            <MeetingSteps m={m} current={current} index={index} />
          </AntdScope>
        </Suspense>
      )}
    </>
  );
}
