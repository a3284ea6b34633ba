import { useEffect, useState } from 'react';
import { App, Button, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { reportFile, useIssueReport, useReportState, useSaveNarrative } from '../../api/reports';
import type { ReportState } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { DateInput } from '../../components/DateInput';
import { Chip } from '../../components/Tags';
import { fmtDate, fmtDateTime } from '../../lib/format';
import { monthLabel } from '../../components/meetings/format';
import { DocLink } from '../../components/DocLink';

type Narrative = ReportState['narrative'];
const FIELDS = ['strengths', 'weaknesses', 'directions', 'proposals'] as const;

/** Reports to the upper level: the period, the downloads, and the office's narrative (versions) and issuing (number). */
export function ReportSection({ orgId, month }: { orgId: string; month: string }) {
  const { t } = useTranslation();
  const y = month.slice(0, 4);
  const q = Math.ceil(Number(month.slice(5, 7)) / 3);
  const h = Number(month.slice(5, 7)) <= 6 ? 1 : 2;
  const options = [
    { value: month, label: t('dash.report.month', { m: monthLabel(month) }) },
    { value: `${y}-Q${q}`, label: t('dash.report.quarter', { q, y }) },
    { value: `${y}-H${h}`, label: t(h === 1 ? 'dash.report.h1' : 'dash.report.h2', { y }) },
    { value: y, label: t('dash.report.year', { y }) },
  ];
  const [period, setPeriod] = useState(month);
  const current = options.some((o) => o.value === period) ? period : month;
  const state = useReportState(orgId, current);
  const s = state.data;
  return (
    <Section title={t('dash.report.title')}>
      <div className="dash-controls">
        <Select aria-label={t('dash.report.period')} value={current} onChange={setPeriod} options={options} style={{ minWidth: 220 }} />
        {s ? (
          <Chip tone={s.status === 'issued' ? 'green' : 'grey'}>
            {s.status === 'issued' ? t('dash.report.issued', { number: s.number, date: fmtDate(s.issuedOn) }) : t('dash.report.draft')}
          </Chip>
        ) : null}
      </div>
      <ul className="dash-downloads">
        {(['xlsx', 'pdf', 'docx'] as const).map((ext) => (
          <li key={ext}>
            <DocLink className="ant-btn ant-btn-default dash-download" href={reportFile(orgId, current, ext)}>
              {t(`dash.report.${ext}`)}
            </DocLink>
          </li>
        ))}
      </ul>
      <p className="dash-sub">{s?.status === 'issued' ? t('dash.report.issuedNote') : t('dash.report.note')}</p>
      <ErrorAlert error={state.error} />
      {s ? <NarrativeForm key={`${s.orgId}|${s.period}|${s.version}|${s.status}`} s={s} /> : null}
    </Section>
  );
}

function NarrativeForm({ s }: { s: ReportState }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe().data;
  const canWrite = hasRole(me, 'admin', 'leader', 'secretary') && s.status === 'draft';
  const [text, setText] = useState<Narrative>(s.narrative);
  const [date, setDate] = useState<string | null>(null);
  const save = useSaveNarrative();
  const issue = useIssueReport();
  useEffect(() => setText(s.narrative), [s.narrative]);
  const dirty = FIELDS.some((f) => text[f] !== s.narrative[f]);
  const onSave = async () => {
    const r = await save.mutateAsync({ orgId: s.orgId, period: s.period, version: s.version, narrative: text });
    message.success(t('dash.report.saved', { version: r.version }));
  };
  const onIssue = () =>
    modal.confirm({
      title: t('dash.report.issueConfirm'),
      onOk: () => issue.mutateAsync({ orgId: s.orgId, period: s.period, ...(date ? { date } : {}) }),
    });
  return (
    <div className="dash-narrative">
      <h3>{t('dash.report.narrative')}{s.version ? ` · ${t('dash.report.version', { version: s.version })}` : ''}</h3>
      {FIELDS.map((f) => (
        <label key={f} className="dash-field">
          <span>{t(`dash.report.${f}`)}</span>
          <Input.TextArea
            value={text[f]}
            readOnly={!canWrite}
            maxLength={8000}
            autoSize={{ minRows: 2, maxRows: 10 }}
            onChange={(e) => setText({ ...text, [f]: e.target.value })}
          />
        </label>
      ))}
      <ErrorAlert error={save.error ?? issue.error} />
      {canWrite ? (
        <div className="dash-controls">
          <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!dirty}>
            {t('dash.report.save')}
          </Button>
          <label className="dash-inline">
            <span>{t('dash.report.issueDate')}</span>
            <DateInput value={date} onChange={setDate} />
          </label>
          <Button onClick={onIssue} disabled={dirty || !s.version} loading={issue.isPending}>
            {t('dash.report.issue')}
          </Button>
          {dirty ? <span className="dash-sub">{t('dash.report.unsaved')}</span> : null}
        </div>
      ) : null}
      {s.versions.length ? (
        <details className="dash-versions">
          <summary>{t('dash.report.versions')}</summary>
          <ol>
            {s.versions.map((v) => (
              <li key={v.version}>
                {t('dash.report.savedBy', { version: v.version, who: v.savedBy ?? '—', at: fmtDateTime(v.savedAt) })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
