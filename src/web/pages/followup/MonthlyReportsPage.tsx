import { useState } from 'react';
import { Alert, Button, Form, InputNumber } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Chip, type Tone } from '../../components/Tags';
import { useMonthView, useSetDueDay, type ReportState } from '../../components/followup/tasks-api';
import { shiftMonth, thisMonth } from '../../components/meetings/format';
import { fmtDate } from '../../lib/format';
import '../../components/followup/followup.css';
import '../../components/meetings/meetings.css';
import { useOrg } from '../../api/orgs';

const TONE: Record<ReportState, Tone> = { submitted: 'green', late: 'amber', missing: 'red' };
const label = (ym: string) => `${ym.slice(5)}/${ym.slice(0, 4)}`;

/** A month of reports in a unit's subtree: each cell and partner unit with tasks — reported, late, or not yet. */
export default function MonthlyReportsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [settingDay, setSettingDay] = useState(false);
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : thisMonth();
  const org = useOrg(id);
  const view = useMonthView(id, month);
  if (org.isLoading) return <PageLoading />;
  if (!org.data) return <ErrorAlert error={org.error} />;
  const o = org.data;
  const manage = o.can.manageMeetings && o.status === 'active';
  const title = t('fu.report.title');
  const v = view.data;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li><Link to={`/orgs/${o.id}`}>{o.name}</Link></li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${o.name}`} extra={manage ? <Button onClick={() => setSettingDay(true)}>{t('fu.report.setDueDay')}</Button> : null}>
        {title}
        <span className="mt-subtitle">{o.name}</span>
      </PageTitle>
      <div className="fu-pager" style={{ marginTop: 0, marginBottom: 12 }}>
        <Button icon={<LeftOutlined aria-hidden />} aria-label={t('fu.report.prev')} onClick={() => setParams({ month: shiftMonth(month, -1) }, { replace: true })} />
        <strong>{t('fu.report.month', { month: label(month) })}</strong>
        <Button icon={<RightOutlined aria-hidden />} aria-label={t('fu.report.next')} disabled={month >= thisMonth()}
          onClick={() => setParams({ month: shiftMonth(month, 1) }, { replace: true })} />
      </div>
      {view.error ? <ErrorAlert error={view.error} /> : null}
      {v ? (
        <>
          <p className="fu-summary" aria-live="polite">{t('fu.report.counts', v.counts)}</p>
          <p className="muted">{t('fu.report.dueDayNow', { text: v.dueDay ? t('fu.report.dueDayOn', { day: v.dueDay }) : t('fu.report.dueDayDefault') })}</p>
          {v.items.length === 0 ? <Alert type="info" title={t('fu.report.none')} /> : (
            <ul className="fu-list">
              {v.items.map((x) => (
                <li key={x.unitId} className={`fu-card${x.overdue ? ' fu-card-overdue' : ''}`}>
                  <div className="fu-card-title" style={{ paddingBottom: 4 }}>{x.unitName}</div>
                  <div className="fu-card-meta">
                    <span>{t(`fu.report.kind.${x.unitKind}`)}{x.unitKind === 'partner' ? ` — ${x.orgName}` : ''}</span>
                    <Chip tone={TONE[x.state]}>{t(`fu.report.state.${x.state}`)}{x.overdue ? ` (${t('fu.report.overdue')})` : ''}</Chip>
                    <span>{x.submittedOn ? t('fu.report.submittedOn', { date: fmtDate(x.submittedOn) }) : t('fu.report.due', { date: fmtDate(x.dueOn) })}</span>
                    {x.enteredBySecretary ? <span>({t('fu.report.bySecretary')})</span> : null}
                  </div>
                  <Link className="fu-card-title" to={`/orgs/${x.orgId}/reports/${month}${x.unitKind === 'partner' ? `?partner=${x.unitId}` : ''}`}>
                    {x.reportId ? t('fu.report.view') : manage ? t('fu.report.enter') : t('fu.report.view')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : <PageLoading />}
      {settingDay ? <DueDayModal orgId={o.id} current={v?.dueDay ?? null} onClose={() => setSettingDay(false)} /> : null}
    </>
  );
}

function DueDayModal({ orgId, current, onClose }: { orgId: string; current: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const set = useSetDueDay(orgId);
  return (
    <FormModal<{ dueDay?: number | null }> title={t('fu.report.setDueDay')} name="due-day" initialValues={{ dueDay: current }} onClose={onClose}
      onSubmit={(v) => set.mutateAsync(v.dueDay ?? null)}>
      <Form.Item name="dueDay" label={t('fu.report.dueDay')} extra={t('fu.report.dueDayHint')}>
        <InputNumber min={1} max={31} style={{ width: 120, minHeight: 44 }} />
      </Form.Item>
    </FormModal>
  );
}
