import { useState } from 'react';
import { App, Button, Form, Input, InputNumber } from 'antd';
import { CalendarOutlined, CheckOutlined, EditOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { usePlan, usePlanAction, type ActivityPlan, type ActivityPlanBody } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { MeetingStatusTag, MeetingTypeTag } from '../../components/meetings/Tags';
import { fmtDate, fmtDateTime } from '../../lib/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

const TONE = { draft: 'grey', submitted: 'amber', approved: 'green' } as const;

/** A cell's annual activity plan: quarters' thematic topics (with the meetings held), the month's focus, targets against progress. */
export default function PlanPage() {
  const { id = '', year: y = '' } = useParams();
  const year = Number(y);
  const { t } = useTranslation();
  const me = useMe().data;
  const plan = usePlan(id, year);
  const act = usePlanAction(id, year);
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const manager = hasRole(me, 'admin', 'leader');
  const cellManager = manager || hasRole(me, 'secretary');
  if (plan.isLoading) return <PageLoading />;
  const p = plan.data;
  if (!p) return <ErrorAlert error={plan.error} />;
  const title = t('plan.title', { name: p.orgName, year });
  const run = async (v: Parameters<typeof act.mutateAsync>[0], done: string) => {
    await act.mutateAsync(v);
    void message.success(done);
  };
  const tg = p.targets;
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      <div className="mt-card-tags">
        <Chip tone={TONE[p.status]}>{p.exists ? t(`plan.status.${p.status}`) : t('plan.none')}</Chip>
        {p.approvedAt ? <span className="muted">{t('plan.approvedBy', { name: p.approvedBy ?? '', date: fmtDateTime(p.approvedAt) })}</span> : null}
      </div>
      {p.approvalNote ? <p className="mt-pre">{p.approvalNote}</p> : null}
      {p.reopenReason && p.status !== 'approved' ? <p className="mt-reason">{t('plan.reopened', { reason: p.reopenReason })}</p> : null}
      <ErrorAlert error={act.error} />
      <div className="mt-actions">
        {cellManager && p.status !== 'approved' ? <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>{t('plan.edit')}</Button> : null}
        {cellManager && p.exists && p.status === 'draft' ? (
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={act.isPending} onClick={() => run({ action: 'submit' }, t('plan.submitted'))}>{t('plan.submit')}</Button>
        ) : null}
        {manager && p.status === 'submitted' ? (
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={act.isPending} onClick={() => run({ action: 'approve' }, t('plan.status.approved'))}>{t('plan.approve')}</Button>
        ) : null}
        {manager && p.status === 'approved' ? <Button icon={<UnlockOutlined aria-hidden />} onClick={() => setReopening(true)}>{t('plan.reopen')}</Button> : null}
      </div>
      <Section title={t('plan.progress', { date: fmtDate(p.progress.asOf) })}>
        <table className="ovs-table">
          <thead><tr><th scope="col">{t('plan.target')}</th><th scope="col">{t('plan.planned')}</th><th scope="col">{t('plan.done')}</th></tr></thead>
          <tbody>
            <tr><th scope="row">{t('plan.t.regularMeetings')}</th><td>{tg.regularMeetings ?? '—'}</td><td>{p.progress.regularMeetings}</td></tr>
            <tr><th scope="row">{t('plan.t.thematicMeetings')}</th><td>{tg.thematicMeetings ?? '—'}</td><td>{p.progress.thematicMeetings}</td></tr>
            <tr><th scope="row">{t('plan.t.attendanceRate')}</th><td>{tg.attendanceRate != null ? `${tg.attendanceRate}%` : '—'}</td>
              <td>{p.progress.attendanceRate != null ? `${p.progress.attendanceRate.toLocaleString('vi-VN')}%` : '—'}</td></tr>
            <tr><th scope="row">{t('plan.t.newMembers')}</th><td>{tg.newMembers ?? '—'}</td><td>{p.progress.newMembers}</td></tr>
          </tbody>
        </table>
        {tg.other ? <p className="mt-pre">{tg.other}</p> : null}
      </Section>
      <Section title={t('plan.quarters')}>
        <ul className="mt-cards">
          {p.quarters.map((q) => (
            <li key={q.quarter} className={`mt-card ${q.thematicHeld.length ? 'mt-card-approved' : 'mt-card-held'}`}>
              <strong>{t('plan.quarter', { q: q.quarter })}</strong>{q.month ? <span className="muted"> · {t('plan.month', { m: q.month })}</span> : null}
              <div className="wrap-anywhere">{q.thematicTopic || <span className="muted">{t('plan.noTopic')}</span>}</div>
              {q.thematicHeld.map((m) => (
                <div key={m.meetingId} className="mt-card-tags">
                  <Link to={`/meetings/${m.meetingId}`}>{fmtDate(m.date)}</Link>
                  <MeetingTypeTag type={m.type as never} /><MeetingStatusTag status={m.status as never} />
                </div>
              ))}
              {q.proposedDate && cellManager ? (
                <div className="mt-card-actions">
                  <Button icon={<CalendarOutlined aria-hidden />} loading={act.isPending}
                    onClick={() => run({ action: 'schedule', date: q.proposedDate!, topic: q.thematicTopic }, t('plan.scheduled'))}>
                    {t('plan.schedule', { date: fmtDate(q.proposedDate) })}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('plan.months')}>
        <ul className="plain-list">
          {p.months.map((m) => (
            <li key={m.month}>
              <strong>{t('plan.month', { m: m.month })}</strong>: {m.focus || <span className="muted">—</span>}
              {m.meetings.length ? (
                <div className="mt-card-tags">
                  {m.meetings.map((x) => <Link key={x.meetingId} to={`/meetings/${x.meetingId}`}>{fmtDate(x.date)}</Link>)}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      {editing ? <EditPlan p={p} onClose={() => setEditing(false)} onSave={(body) => run({ action: 'save', body }, t('plan.saved'))} /> : null}
      {reopening ? (
        <FormModal<{ reason: string }> title={t('plan.reopen')} name="reopen-plan" onClose={() => setReopening(false)}
          onSubmit={(v) => run({ action: 'reopen', reason: v.reason }, t('plan.status.draft'))}>
          <Form.Item name="reason" label={t('plan.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('plan.reasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}

type EditValues = { months: string[]; topics: string[]; qmonths: (number | null)[] } & ActivityPlan['targets'];

function EditPlan({ p, onClose, onSave }: { p: ActivityPlan; onClose: () => void; onSave: (b: ActivityPlanBody) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <FormModal<EditValues>
      title={t('plan.edit')} name="edit-plan" width={720} onClose={onClose}
      initialValues={{ months: p.months.map((m) => m.focus), topics: p.quarters.map((q) => q.thematicTopic), qmonths: p.quarters.map((q) => q.month), ...p.targets }}
      onSubmit={(v) => onSave({
        months: v.months.map((focus, i) => ({ month: i + 1, focus: focus ?? '' })),
        quarters: v.topics.map((topic, i) => ({ quarter: i + 1, thematicTopic: topic ?? '', month: v.qmonths[i] ?? null })),
        targets: { attendanceRate: v.attendanceRate ?? null, regularMeetings: v.regularMeetings ?? null, thematicMeetings: v.thematicMeetings ?? null,
          newMembers: v.newMembers ?? null, other: v.other ?? null },
      })}
    >
      <h3 className="mt-h4">{t('plan.quarters')}</h3>
      {[0, 1, 2, 3].map((i) => (
        <div key={i}>
          <Form.Item name={['topics', i]} label={t('plan.topicOf', { q: i + 1 })}><Input /></Form.Item>
          <Form.Item name={['qmonths', i]} label={t('plan.monthOf', { q: i + 1 })}><InputNumber min={i * 3 + 1} max={i * 3 + 3} /></Form.Item>
        </div>
      ))}
      <h3 className="mt-h4">{t('plan.targets')}</h3>
      {(['regularMeetings', 'thematicMeetings', 'attendanceRate', 'newMembers'] as const).map((k) => (
        <Form.Item key={k} name={k} label={t(`plan.t.${k}`)}><InputNumber min={0} max={k === 'attendanceRate' ? 100 : 1000} /></Form.Item>
      ))}
      <Form.Item name="other" label={t('plan.t.other')}><Input.TextArea rows={2} /></Form.Item>
      <h3 className="mt-h4">{t('plan.months')}</h3>
      {p.months.map((m, i) => (
        <Form.Item key={m.month} name={['months', i]} label={t('plan.month', { m: m.month })}><Input /></Form.Item>
      ))}
    </FormModal>
  );
}
