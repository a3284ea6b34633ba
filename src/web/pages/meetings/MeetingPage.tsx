import { lazy, Suspense, useState } from 'react';
import { Alert, Button } from 'antd';
import { CloseCircleOutlined, EditOutlined, LeftOutlined, RightOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, NavLink, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useMeeting, type Meeting } from '../../components/meetings/api';
import { MeetingStatusTag } from '../../components/meetings/Tags';
import { fmtTime, monthLabel, formatDateVi, parseIsoDate, weekdayDate } from '../../components/meetings/format';
import { quarterOf, romanQuarter } from '../../../domain/dates';
import { PrepStep } from '../../components/meetings/steps/PrepStep';
import { RollCallStep } from '../../components/meetings/steps/RollCallStep';
import { DuesStep } from '../../components/meetings/steps/DuesStep';
import { MinutesStep } from '../../components/meetings/steps/MinutesStep';
import { ResolutionStep } from '../../components/meetings/steps/ResolutionStep';
import { ScoreStep } from '../../components/meetings/steps/ScoreStep';
import { ApproveStep } from '../../components/meetings/steps/ApproveStep';
import '../../components/meetings/meetings.css';
import { useRuleText } from '../../lib/rules';

// Editing, moving or cancelling is rare (moving brings the date picker): loaded when asked for.
const EditMeetingModal = lazy(() => import('../../components/meetings/EditMeetingModal').then((x) => ({ default: x.EditMeetingModal })));
const MoveMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.MoveMeetingModal })));
const CancelMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.CancelMeetingModal })));

export const STEPS = ['prep', 'roll-call', 'dues', 'minutes', 'resolution', 'score', 'approve'] as const;
export type Step = (typeof STEPS)[number];

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
  const rule = useRuleText();
  const q = useMeeting(id);
  const [dialog, setDialog] = useState<'move' | 'cancel' | 'edit' | null>(null);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const m = q.data;
  if (!step || !(STEPS as readonly string[]).includes(step)) return <Navigate to={`/meetings/${m.id}/${defaultStep(m)}`} replace />;
  const current = step as Step;
  const index = STEPS.indexOf(current);
  const cancelled = m.status === 'cancelled';
  const readOnly = !m.can.manage || m.locked || cancelled;
  const planned = m.status === 'planned' || m.status === 'moved';
  const month = monthLabel((m.originalDate ?? m.date).slice(0, 7));
  const { year, month: mm } = parseIsoDate(m.originalDate ?? m.date);
  const title =
    m.type === 'thematic'
      ? t('mtg.page.titleQuarter', { type: t('mtg.type.thematic'), quarter: romanQuarter(quarterOf(mm)), year })
      : m.type === 'extraordinary'
        ? t('mtg.page.titleDate', { type: t('mtg.type.extraordinary'), date: formatDateVi(m.date) })
        : t('mtg.page.titleMonth', { type: t(`mtg.type.${m.type}`), month });
  const stepLabel = (s: Step) => t(`mtg.step.${s}`);
  const body = {
    prep: <PrepStep m={m} readOnly={readOnly} />,
    'roll-call': <RollCallStep m={m} readOnly={readOnly} />,
    dues: <DuesStep m={m} readOnly={readOnly} />,
    minutes: <MinutesStep m={m} readOnly={readOnly} />,
    resolution: <ResolutionStep m={m} readOnly={readOnly} />,
    score: <ScoreStep m={m} readOnly={!m.can.manage || m.locked || cancelled} />,
    approve: <ApproveStep m={m} readOnly={readOnly} />,
  }[current];
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
      {m.locked ? <Alert type="info" showIcon className="mt-alert" title={t('mtg.page.locked')} /> : null}
      {m.correctionReason && !m.locked ? <Alert type="info" showIcon className="mt-alert" title={t('mtg.approve.correcting', { reason: m.correctionReason })} /> : null}
      {m.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          className="mt-alert"
          title={t('mtg.page.warnings')}
          description={
            <ul className="mt-warn-list">
              {m.warnings.map((w) => (
                <li key={w.code}>{rule(w.code, w.params)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <nav className="mt-steps" aria-label={t('mtg.page.steps')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <NavLink to={`/meetings/${m.id}/${s}`} replace className="mt-step">
                <span className="mt-step-n" aria-hidden>
                  {i + 1}
                </span>
                <span>{stepLabel(s)}</span>
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <section className="mt-step-body" aria-labelledby="mt-step-title">
        <h2 id="mt-step-title" className="mt-step-title">
          {t('mtg.page.stepTitle', { n: index + 1, total: STEPS.length, label: stepLabel(current) })}
        </h2>
        {body}
      </section>
      <nav className="mt-step-nav" aria-label={t('mtg.page.stepNav')}>
        {index > 0 ? (
          <Link to={`/meetings/${m.id}/${STEPS[index - 1]}`} className="mt-step-prev">
            <LeftOutlined aria-hidden /> {t('mtg.page.prev', { label: stepLabel(STEPS[index - 1]) })}
          </Link>
        ) : (
          <span />
        )}
        {index < STEPS.length - 1 ? (
          <Link to={`/meetings/${m.id}/${STEPS[index + 1]}`} className="mt-step-next">
            {t('mtg.page.next', { label: stepLabel(STEPS[index + 1]) })} <RightOutlined aria-hidden />
          </Link>
        ) : null}
      </nav>
      <Suspense fallback={null}>
        {dialog === 'edit' ? <EditMeetingModal m={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'move' ? <MoveMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'cancel' ? <CancelMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </>
  );
}
