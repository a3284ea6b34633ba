import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { reviewDocumentUrl, useReview, useReviewStep, type ReviewDetail } from '../../api/reviews';
import type { ReviewLevel } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { fmtDate, fmtDateTime } from '../../lib/format';
import { LEVEL_TONE } from './ReviewsPage';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';
import { DocLink } from '../../components/DocLink';

const LEVELS: ReviewLevel[] = ['excellent', 'good', 'completed', 'not_completed'];

/** One review: the year's facts, the self-review, the cell's comments and proposal, the committee's decision, the form. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const q = useReview(id);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const r = q.data;
  const manager = hasRole(me, 'admin', 'leader');
  const responder = manager || hasRole(me, 'secretary');
  const title = `${r.subject.name} — ${r.year}`;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs"><li><Link to={`/reviews?year=${r.year}`}>{t('rev.title', { year: r.year })}</Link></li><li aria-current="page">{r.subject.name}</li></ol>
      </nav>
      <PageTitle text={title}>{title}</PageTitle>
      <div className="mt-card-tags">
        <span className="muted">{r.subject.kind === 'member' ? r.subject.orgName : t(`rev.kinds.${r.subject.kind}`)}</span>
        <Chip tone={r.status === 'decided' ? 'green' : r.status === 'open' ? 'grey' : 'amber'}>{t(`rev.status.${r.status}`)}</Chip>
      </div>
      {r.warnings.map((w) => <Alert key={w} className="rev-warn" type="warning" showIcon title={t(`rev.warn.${w}`)} />)}
      <Section title={t('rev.facts')}><Facts r={r} /></Section>
      <Section title={t('rev.self')}>
        {r.status === 'open'
          ? (responder ? <StepForm r={r} step="self" /> : <p className="muted">{t('rev.status.open')}</p>)
          : <Said text={r.selfText} level={r.selfLevel} score={r.selfScore} label="selfLevel" />}
      </Section>
      <Section title={t('rev.proposal')}>
        {r.status === 'self_done' && responder ? <StepForm r={r} step="proposal" />
          : r.proposedLevel ? (
            <>
              <Said text={r.comments} level={r.proposedLevel} score={r.proposedScore} label="proposedLevel" />
              {r.proposalReason ? <p className="muted">{t('rev.reasonOf', { reason: r.proposalReason })}</p> : null}
            </>
          ) : null}
      </Section>
      <Section title={t('rev.decision')}>
        {r.status === 'proposed' && manager ? <StepForm r={r} step="decision" />
          : r.decidedLevel ? (
            <>
              <Said text={r.decisionNote} level={r.decidedLevel} score={null} label="decidedLevel" />
              {r.decidedAt ? <p className="muted">{t('rev.decidedBy', { name: r.decidedBy ?? '', date: fmtDateTime(r.decidedAt) })}</p> : null}
            </>
          ) : null}
      </Section>
      <div className="mt-actions">
        {(['pdf', 'docx'] as const).map((f) => (
          <DocLink key={f} className="ant-btn ovs-btn-link" href={reviewDocumentUrl(id, f)} icon={<DownloadOutlined aria-hidden />}>
            {t('rev.form')} {t(`sup.${f}`)}
          </DocLink>
        ))}
      </div>
    </>
  );
}

function Facts({ r }: { r: ReviewDetail }) {
  const { t } = useTranslation();
  const f = r.facts;
  const member = r.subject.kind === 'member';
  const status = (s: string) => t(`trn.statuses.${s}`, { defaultValue: s });
  return (
    <>
      <p className="muted">{t('rev.factsPeriod', { from: fmtDate(f.from), to: fmtDate(f.to) })}</p>
      <ul className="rev-facts">
        <li>{t(member ? 'rev.f.meetings' : 'rev.f.cellMeetings', f.meetings)}</li>
        {f.dues ? <li>{t('rev.f.dues', { months: f.dues.months, amount: f.dues.amount.toLocaleString('vi-VN') })}</li> : null}
        <li>{t('rev.f.tasks', f.tasks)}</li>
        {member ? <li>{f.trainings.length ? t('rev.f.trainings', { list: f.trainings.map((x) => `${x.title} (${status(x.status)})`).join('; ') }) : t('rev.f.noTrainings')}</li> : null}
        <li>{f.inspections.length ? t('rev.f.inspections', { list: f.inspections.map((x) => x.content).join('; ') }) : t('rev.f.noInspections')}</li>
        {f.remediesOpen ? <li>{t('rev.f.remedies', { n: f.remediesOpen })}</li> : null}
        {!member ? <li>{t('rev.f.quality', f.quality)}</li> : null}
      </ul>
    </>
  );
}

function Said({ text, level, score, label }: { text: string | null; level: ReviewLevel | null; score: number | null; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {text ? <p className="mt-pre wrap-anywhere">{text}</p> : null}
      {level ? (
        <div className="mt-card-tags">
          <Chip tone={LEVEL_TONE[level]}>{t(`rev.${label}`, { level: t(`rev.levels.${level}`) })}</Chip>
          {score != null ? <span className="muted">{t('rev.scoreOf', { score })}</span> : null}
        </div>
      ) : null}
    </>
  );
}

type Values = { text?: string; comments?: string; note?: string; score?: number | null; level: ReviewLevel; quotaReason?: string };

function StepForm({ r, step }: { r: ReviewDetail; step: 'self' | 'proposal' | 'decision' }) {
  const { t } = useTranslation();
  const save = useReviewStep(r.id);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
  const submit = (v: Values) => {
    if (step === 'self') save.mutate({ step, body: { text: v.text ?? '', score: v.score ?? null, level: v.level } });
    else if (step === 'proposal') save.mutate({ step, body: { comments: v.comments ?? '', score: v.score ?? null, level: v.level, quotaReason: v.quotaReason || null } });
    else save.mutate({ step, body: { level: v.level, note: v.note || null, quotaReason: v.quotaReason || null } });
  };
  const initial: Partial<Values> = step === 'self' ? {} : { level: (r.proposedLevel ?? r.selfLevel) ?? undefined, score: r.proposedScore ?? r.selfScore ?? undefined };
  return (
    <Form<Values> layout="vertical" onFinish={submit} initialValues={initial} name={`review-${step}`}>
      {step === 'self' ? <Form.Item name="text" label={t('rev.selfText')} rules={required(t('rev.selfText'))}><Input.TextArea rows={5} maxLength={10000} /></Form.Item> : null}
      {step === 'proposal' ? <Form.Item name="comments" label={t('rev.comments')} rules={required(t('rev.comments'))}><Input.TextArea rows={4} maxLength={10000} /></Form.Item> : null}
      {step === 'decision' ? <Form.Item name="note" label={t('rev.note')}><Input.TextArea rows={2} maxLength={10000} /></Form.Item> : null}
      {step !== 'decision' ? <Form.Item name="score" label={t('rev.score')}><InputNumber min={0} max={100} style={{ width: 140, minHeight: 44 }} /></Form.Item> : null}
      <Form.Item name="level" label={t('rev.level')} rules={required(t('rev.level'))}>
        <Select options={LEVELS.map((l) => ({ value: l, label: t(`rev.levels.${l}`) }))} />
      </Form.Item>
      {step !== 'self' ? <Form.Item name="quotaReason" label={t('rev.quotaReason')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item> : null}
      <ErrorAlert error={save.error} />
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t(step === 'self' ? 'rev.saveSelf' : step === 'proposal' ? 'rev.saveProposal' : 'rev.saveDecision')}
      </Button>
    </Form>
  );
}
