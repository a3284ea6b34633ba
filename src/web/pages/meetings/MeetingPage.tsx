import { lazy, Suspense, useState } from 'react';
import { Alert, Button } from 'antd';
import { CloseCircleOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useMeeting, type Meeting } from '../../components/meetings/api';
import { MeetingStatusTag } from '../../components/meetings/Tags';
import { fmtTime, monthLabel, formatDateVi, parseIsoDate, weekdayDate } from '../../components/meetings/format';
import { quarterOf, romanQuarter } from '../../../domain/dates';
import { STEPS, type Step } from './steps';
import { MemberMeetingView } from '../../components/meetings/MemberMeetingView';
import '../../components/meetings/meetings.css';

// The seven steps (the forms of a secretary) are not loaded for a member who only reads the meeting.
const MeetingSteps = lazy(() => import('./MeetingSteps'));
// Editing, moving or cancelling is rare (moving brings the date picker): loaded when asked for.
const EditMeetingModal = lazy(() => import('../../components/meetings/EditMeetingModal').then((x) => ({ default: x.EditMeetingModal })));
const MoveMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.MoveMeetingModal })));
const CancelMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.CancelMeetingModal })));


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
  const [dialog, setDialog] = useState<'move' | 'cancel' | 'edit' | null>(null);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
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
          <div className="mt-card-actions">
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
              {t('mtg.edit.button')}
            </Button>
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
              {t('mtg.move.button')}
            </Button>
            <Button danger icon={<CloseCircleOutlined aria-hidden />} onClick={() => setDialog('cancel')}>
              {t('mtg.cancel.button')}
            </Button>
          </div>
        ) : null}
      </div>
      {cancelled ? (
        <Alert type="error" showIcon className="mt-alert" title={t('mtg.page.cancelled')} description={m.cancelReason ? `${t('common.reason')}: ${m.cancelReason}` : undefined} />
      ) : null}
      {memberView ? <MemberMeetingView m={m} /> : (
        <Suspense fallback={<PageLoading />}>
          <MeetingSteps m={m} current={current} index={index} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        {dialog === 'edit' ? <EditMeetingModal m={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'move' ? <MoveMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'cancel' ? <CancelMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </>
  );
}
