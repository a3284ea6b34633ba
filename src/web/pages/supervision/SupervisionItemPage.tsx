import type { ReactNode } from 'react';
import { App, Button, Form, Input, InputNumber } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { documentUrl, useRemedyAction, useSupervisionItem, useSupervisionStep, type SupervisionDetail } from '../../api/supervision';
import type { ConclusionBody } from '../../api/contract';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { todayVn } from '../../components/meetings/format';
import { fmtDate, fmtDateTime } from '../../lib/format';
import { STATUS_TONE } from './SupervisionPage';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';
import { DocLink } from '../../components/DocLink';

const ORDER = ['planned', 'decided', 'reported', 'findings', 'concluded', 'verified'];
const reached = (d: SupervisionDetail, s: string) => ORDER.indexOf(d.status) >= ORDER.indexOf(s);

/** One inspection or supervision item, step by step: decision and plan, report, findings, conclusion, remedies. */
export default function SupervisionItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const item = useSupervisionItem(id);
  const manager = hasRole(me, 'admin', 'leader');
  const responder = manager || hasRole(me, 'secretary');
  if (item.isLoading) return <PageLoading />;
  const d = item.data;
  if (!d) return <ErrorAlert error={item.error} />;
  const title = `${t(`sup.kind.${d.kind}`)}: ${d.subject.name}`;
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      <div className="mt-card-tags">
        <Chip tone={STATUS_TONE[d.status]}>{t(`sup.status.${d.status}`)}</Chip>
        <Chip tone="grey">{t(`sup.subjectKind.${d.subject.kind}`)}</Chip>
      </div>
      <p className="wrap-anywhere">{d.content}</p>
      <p className="muted">
        {t('sup.field.period')}: {fmtDate(d.periodFrom)} – {fmtDate(d.periodTo)}
        {d.team.length ? ` · ${t('sup.field.team')}: ${d.team.map((m) => (m.personId === d.lead?.personId ? `${m.name} (${t('sup.field.lead')})` : m.name)).join(', ')}` : ''}
      </p>
      <Link className="row-link" to={`/supervision?org=${d.orgId}&year=${d.year}`}>{t('sup.back')}</Link>

      <Section title={`1. ${t('sup.steps.decision')}`}>
        {d.decisionNo ? (
          <>
            <p>{t('sup.decision.issued', { no: String(d.decisionNo).padStart(2, '0'), date: fmtDate(d.decisionDate) })}</p>
            {d.plan ? <p className="mt-pre">{d.plan}</p> : null}
            <Downloads id={d.id} doc="decision" />
          </>
        ) : manager ? <DecisionForm d={d} /> : <p className="muted">{t('sup.status.planned')}</p>}
      </Section>
      {reached(d, 'decided') ? (
        <Section title={`2. ${t('sup.steps.report')}`}>
          {d.report ? <><p className="muted">{fmtDate(d.reportDate)}</p><p className="mt-pre">{d.report}</p></>
            : responder ? <TextStep d={d} step="report" /> : <p className="muted">{t('sup.report.waiting')}</p>}
        </Section>
      ) : null}
      {reached(d, 'reported') ? (
        <Section title={`3. ${t('sup.steps.findings')}`}>
          {d.findings ? <><p className="muted">{fmtDate(d.findingsDate)}</p><p className="mt-pre">{d.findings}</p></>
            : manager ? <TextStep d={d} step="findings" /> : null}
        </Section>
      ) : null}
      {reached(d, 'findings') ? (
        <Section title={`4. ${t('sup.steps.conclusion')}`}>
          {d.noticeNo ? (
            <>
              <p>{t('sup.conclusion.issued', { no: String(d.noticeNo).padStart(2, '0'), date: fmtDate(d.noticeDate) })}</p>
              <Labelled label={t('sup.conclusion.strengths')}>{d.conclusion.strengths}</Labelled>
              <Labelled label={t('sup.conclusion.shortcomings')}>{d.conclusion.shortcomings}</Labelled>
              <Labelled label={t('sup.conclusion.requests')}>{d.conclusion.requests}</Labelled>
              <Downloads id={d.id} doc="notice" />
            </>
          ) : manager ? <ConclusionForm d={d} /> : null}
        </Section>
      ) : null}
      {reached(d, 'concluded') ? (
        <Section title={`5. ${t('sup.steps.remedies')}`}>
          <Remedies d={d} manager={manager} responder={responder} />
        </Section>
      ) : null}
      {d.subject.kind !== 'member' ? (
        <Section title={t('sup.observations')}>
          {d.observations.length === 0 ? <p className="muted">{t('sup.noObservations')}</p> : (
            <ul className="plain-list">
              {d.observations.map((o) => (
                <li key={`${o.meetingId}-${o.overseer}`}>
                  <Link className="row-link" to={`/meetings/${o.meetingId}`}>{fmtDate(o.date)}</Link>{' '}
                  {o.overseer} — {o.attended ? t('sup.attended') : t('sup.absent')}
                  {o.attended && !o.leadership ? <> · <Chip tone="amber">{t('sup.noNote')}</Chip></> : null}
                  {o.leadership ? <div className="mt-pre">{o.leadership}{o.mood ? `\n${o.mood}` : ''}</div> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return <div className="mt-list-block"><strong>{label}</strong><div className="mt-pre">{children}</div></div>;
}

function Downloads({ id, doc }: { id: string; doc: 'decision' | 'notice' }) {
  const { t } = useTranslation();
  return (
    <div className="mt-actions">
      {(['pdf', 'docx'] as const).map((f) => (
        <DocLink key={f} className="ant-btn ovs-btn-link" href={documentUrl(id, doc, f)} icon={<DownloadOutlined aria-hidden />}>
          {t('sup.download')} {t(`sup.${f}`)}
        </DocLink>
      ))}
    </div>
  );
}

function DecisionForm({ d }: { d: SupervisionDetail }) {
  const { t } = useTranslation();
  const step = useSupervisionStep(d.id);
  const req = [{ required: true, message: t('sup.required') }];
  return (
    <Form layout="vertical" name="decision" initialValues={{ decisionNo: d.nextDecisionNo, decisionDate: todayVn() }}
      onFinish={(v: { decisionNo: number; decisionDate: string; plan: string }) => step.mutate({ step: 'decision', body: v })}>
      <ErrorAlert error={step.error} />
      <Form.Item name="decisionNo" label={t('sup.decision.no')} rules={req}><InputNumber min={1} max={9999} /></Form.Item>
      <Form.Item name="decisionDate" label={t('sup.decision.date')} rules={req}><DateInput /></Form.Item>
      <Form.Item name="plan" label={t('sup.decision.plan')} rules={req}><Input.TextArea rows={5} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending}>{t('sup.decision.submit')}</Button>
    </Form>
  );
}

function TextStep({ d, step: which }: { d: SupervisionDetail; step: 'report' | 'findings' }) {
  const { t } = useTranslation();
  const step = useSupervisionStep(d.id);
  const req = [{ required: true, whitespace: true, message: t('sup.required') }];
  const textKey = which === 'report' ? 'report' : 'findings';
  const dateKey = which === 'report' ? 'reportDate' : 'findingsDate';
  return (
    <Form layout="vertical" name={which} initialValues={{ [dateKey]: todayVn() }}
      onFinish={(v: Record<string, string>) => step.mutate(which === 'report'
        ? { step: 'report', body: { report: v.report, reportDate: v.reportDate } }
        : { step: 'findings', body: { findings: v.findings, findingsDate: v.findingsDate } })}>
      <ErrorAlert error={step.error} />
      <Form.Item name={textKey} label={t(`sup.${which}.text`)} rules={req}><Input.TextArea rows={5} /></Form.Item>
      <Form.Item name={dateKey} label={t(`sup.${which}.date`)} rules={[{ required: true, message: t('sup.required') }]}><DateInput /></Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending}>{t(`sup.${which}.submit`)}</Button>
    </Form>
  );
}

function ConclusionForm({ d }: { d: SupervisionDetail }) {
  const { t } = useTranslation();
  const step = useSupervisionStep(d.id);
  const text = [{ required: true, whitespace: true, message: t('sup.required') }];
  const req = [{ required: true, message: t('sup.required') }];
  return (
    <Form<ConclusionBody> layout="vertical" name="conclusion"
      initialValues={{ noticeNo: d.nextNoticeNo, noticeDate: todayVn(), remedies: [] }}
      onFinish={(v) => step.mutate({ step: 'conclusion', body: { ...v, remedies: v.remedies ?? [] } })}>
      <ErrorAlert error={step.error} />
      <Form.Item name="strengths" label={t('sup.conclusion.strengths')} rules={text}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="shortcomings" label={t('sup.conclusion.shortcomings')}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="requests" label={t('sup.conclusion.requests')}><Input.TextArea rows={2} /></Form.Item>
      <Form.Item name="noticeNo" label={t('sup.conclusion.noticeNo')} rules={req}><InputNumber min={1} max={9999} /></Form.Item>
      <Form.Item name="noticeDate" label={t('sup.conclusion.noticeDate')} rules={req}><DateInput /></Form.Item>
      <h3 className="mt-h4">{t('sup.conclusion.remedies')}</h3>
      <Form.List name="remedies">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, n) => (
              <fieldset key={f.key} className="mt-card ovs-remedy-edit">
                <legend>{t('sup.conclusion.remedy')} {n + 1}</legend>
                <Form.Item name={[f.name, 'content']} label={t('sup.conclusion.remedy')} rules={text}><Input.TextArea rows={2} /></Form.Item>
                <Form.Item name={[f.name, 'ownerName']} label={t('sup.conclusion.owner')} rules={text}><Input /></Form.Item>
                <Form.Item name={[f.name, 'dueOn']} label={t('sup.conclusion.due')} rules={req}><DateInput /></Form.Item>
                <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)}>{t('sup.conclusion.remove')}</Button>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} className="mt-list-block">{t('sup.conclusion.addRemedy')}</Button>
          </>
        )}
      </Form.List>
      <div><Button type="primary" htmlType="submit" loading={step.isPending}>{t('sup.conclusion.submit')}</Button></div>
    </Form>
  );
}

function Remedies({ d, manager, responder }: { d: SupervisionDetail; manager: boolean; responder: boolean }) {
  const { t } = useTranslation();
  const action = useRemedyAction(d.id);
  const { modal } = App.useApp();
  if (d.remedyList.length === 0) return <p className="muted">{t('sup.remedy.none')}</p>;
  const ask = (remedyId: string, kind: 'done' | 'verify', label: string) => {
    let note = '';
    modal.confirm({
      title: label,
      content: <Input.TextArea aria-label={t('sup.remedy.note')} placeholder={t('sup.remedy.note')} rows={3} onChange={(e) => { note = e.target.value; }} />,
      okText: label,
      onOk: () => action.mutateAsync({ remedyId, action: kind, note: note.trim() || null }),
    });
  };
  return (
    <>
      <ErrorAlert error={action.error} />
      <ul className="mt-cards">
        {d.remedyList.map((r) => (
          <li key={r.id} className={`mt-card ${r.status === 'verified' ? 'mt-card-approved' : r.overdue ? 'ovs-card-problem' : 'mt-card-held'}`}>
            <div className="wrap-anywhere"><strong>{r.position}.</strong> {r.content}</div>
            <div className="mt-card-tags">
              <Chip tone={r.status === 'verified' ? 'green' : r.status === 'reported' ? 'blue' : 'amber'}>{t(`sup.remedy.${r.status}`)}</Chip>
              {r.overdue ? <Chip tone="red">{t('sup.remedy.overdue')}</Chip> : null}
              <span className="muted">{t('sup.remedy.due', { date: fmtDate(r.dueOn) })}</span>
            </div>
            <div className="muted">{t('sup.remedy.owner', { name: r.ownerName })}</div>
            {r.doneNote ? <div className="mt-pre">{t('sup.remedy.doneNote', { note: r.doneNote })}</div> : null}
            {r.verifiedAt ? <div className="muted">{t('sup.remedy.verifiedBy', { name: r.verifiedBy ?? '', date: fmtDateTime(r.verifiedAt) })}</div> : null}
            <div className="mt-card-actions">
              {r.taskId ? <Link to={`/tasks/${r.taskId}`} className="row-link">{t('sup.remedyTask.open')}</Link> : null}
              {r.status === 'open' && responder ? (
                <Button onClick={() => ask(r.id, 'done', t('sup.remedy.done'))}>{t('sup.remedy.done')}<span className="visually-hidden"> {r.position}</span></Button>
              ) : null}
              {r.status === 'reported' && manager ? (
                <Button type="primary" onClick={() => ask(r.id, 'verify', t('sup.remedy.verify'))}>{t('sup.remedy.verify')}<span className="visually-hidden"> {r.position}</span></Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
