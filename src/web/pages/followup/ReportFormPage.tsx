import { useState } from 'react';
import { Alert, App, Button, Input } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { TaskStatusTag, dueText } from '../../components/followup/TaskCard';
import { useReportForm, useSubmitReport, type StoredStatus } from '../../components/followup/tasks-api';
import { fmtDate } from '../../lib/format';
import '../../components/followup/followup.css';

const STORED: StoredStatus[] = ['open', 'in_progress', 'done'];
type Line = { result: string; status: StoredStatus | null };

/** A cell's (or, ?partner=, a partner unit's) monthly report: the result of each task, difficulties, proposals. */
export default function ReportFormPage() {
  const { id = '', month = '' } = useParams();
  const [params] = useSearchParams();
  const partnerId = params.get('partner');
  // Another unit or month is another form: what was typed for one is not carried to the next.
  return <ReportForm key={`${id}|${month}|${partnerId ?? ''}`} id={id} month={month} partnerId={partnerId} />;
}

function ReportForm({ id, month, partnerId }: { id: string; month: string; partnerId: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useReportForm(id, month, partnerId);
  const submit = useSubmitReport(id, month);
  // What the person types lies over the server's copy, field by field: a refresh of the copy (the connection coming
  // back, a change made elsewhere) shows what changed there and never wipes what is being typed here.
  const [edits, setEdits] = useState<Record<string, Partial<Line>>>({});
  const [difficultiesTyped, setDifficulties] = useState<string | null>(null);
  const [proposalsTyped, setProposals] = useState<string | null>(null);
  if (form.isLoading) return <PageLoading />;
  if (!form.data) return <ErrorAlert error={form.error} />;
  const f = form.data;
  const lines: Record<string, Line> = Object.fromEntries(f.tasks.map((x) => {
    const it = f.report?.items.find((i) => i.taskId === x.id);
    return [x.id, { result: it?.result ?? '', status: it?.status ?? null, ...edits[x.id] }];
  }));
  const difficulties = difficultiesTyped ?? f.report?.difficulties ?? '';
  const proposals = proposalsTyped ?? f.report?.proposals ?? '';
  const setLine = (taskId: string, p: Partial<Line>) => setEdits((s) => ({ ...s, [taskId]: { ...s[taskId], ...p } }));
  const label = `${month.slice(5)}/${month.slice(0, 4)}`;
  const title = t('fu.report.formTitle', { month: label });
  const send = async () => {
    await submit.mutateAsync({
      partnerId, difficulties, proposals,
      items: Object.entries(lines).filter(([, l]) => l.result.trim() || l.status).map(([taskId, l]) => ({ taskId, result: l.result, ...(l.status ? { status: l.status } : {}) })),
    });
    void message.success(t('fu.report.saved'));
  };
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li><Link to={`/orgs/${f.unit.orgId}`}>{f.unit.orgName}</Link></li>
          <li><Link to={`/orgs/${f.unit.orgId}/reports?month=${month}`}>{t('fu.report.title')}</Link></li>
          <li aria-current="page">{label}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${f.unit.name}`}>
        {title}
        <span className="mt-subtitle">{f.unit.name}</span>
      </PageTitle>
      <p className="muted">{t('fu.report.due', { date: fmtDate(f.dueOn) })}</p>
      {f.report ? (
        <Alert type={f.report.state === 'late' ? 'warning' : 'success'} showIcon style={{ marginBottom: 12 }}
          title={t('fu.report.already', { date: fmtDate(f.report.submittedOn), state: t(`fu.report.state.${f.report.state}`) })} />
      ) : null}
      <Section title={t('fu.report.tasks')}>
        {f.tasks.length === 0 ? <p className="muted">{t('fu.report.noTasks')}</p> : (
          <ol className="fu-list">
            {f.tasks.map((x) => (
              <li key={x.id} className="fu-review-item">
                <Link to={`/tasks/${x.id}`} className="fu-card-title">{x.title}</Link>
                <div className="fu-card-meta"><span>{dueText(x.due, t)}</span><TaskStatusTag status={x.status} /></div>
                {lines[x.id] ? (
                  <>
                    <label>
                      {t('fu.report.result')}
                      <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} value={lines[x.id].result}
                        onChange={(e) => setLine(x.id, { result: e.target.value })} />
                    </label>
                    <label>
                      {t('fu.task.newStatus')}
                      <NativeSelect value={lines[x.id].status} placeholder={t('fu.task.keepStatus')}
                        onChange={(v) => setLine(x.id, { status: v as StoredStatus | null })}
                        options={STORED.map((s) => ({ value: s, label: t(`fu.task.status.${s}`) }))} />
                    </label>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('fu.report.difficulties')}>
        <Input.TextArea aria-label={t('fu.report.difficulties')} autoSize={{ minRows: 2 }} maxLength={2000} value={difficulties} onChange={(e) => setDifficulties(e.target.value)} />
      </Section>
      <Section title={t('fu.report.proposals')}>
        <Input.TextArea aria-label={t('fu.report.proposals')} autoSize={{ minRows: 2 }} maxLength={2000} value={proposals} onChange={(e) => setProposals(e.target.value)} />
      </Section>
      {submit.error ? <ErrorAlert error={submit.error} /> : null}
      <div className="fu-actions">
        <Button type="primary" loading={submit.isPending} onClick={() => void send().catch(() => undefined)}>{t('fu.report.submit')}</Button>
      </div>
    </>
  );
}
