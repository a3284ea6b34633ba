import { App, Button, Empty, Segmented } from 'antd';
import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, hasRole, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { reviewSummaryUrl, useReviews, useStartReviews, type ReviewList } from '../../api/reviews';
import type { ReviewLevel } from '../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { UnitYearBar, useUnitYear } from '../../components/UnitYearBar';
import { Section } from '../../components/Section';
import { Chip, type Tone } from '../../components/Tags';
import { thisYear } from '../../components/meetings/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';
import { DocLink } from '../../components/DocLink';

export const LEVEL_TONE: Record<ReviewLevel, Tone> = { excellent: 'green', good: 'blue', completed: 'amber', not_completed: 'red' };
const LEVELS: ReviewLevel[] = ['excellent', 'good', 'completed', 'not_completed'];

/** The year's review and ranking: the committee's summary (levels, quota) and every review with its step. */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, params, orgId, year, set } = useUnitYear();
  const show = params.get('show') ?? 'all';
  const list = useReviews(orgId, year);
  const start = useStartReviews();
  const manager = hasRole(me, 'admin', 'leader');
  const title = t('rev.title', { year });
  const items = (list.data?.items ?? []).filter((i) => show === 'all' || (show === 'members') === (i.subject.kind === 'member'));
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      <UnitYearBar orgId={orgId} year={year} set={set} />
      <ErrorAlert error={list.error ?? start.error} />
      {list.isLoading ? <PageLoading /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rev.none')}>
          {manager && orgId ? (
            <Button type="primary" loading={start.isPending}
              onClick={() => start.mutate({ orgId, year }, { onSuccess: (r) => void message.success(t('rev.started', r)) })}>
              {t('rev.start', { year })}
            </Button>
          ) : null}
        </Empty>
      ) : null}
      {list.data && list.data.items.length > 0 && orgId ? (
        <>
          <Section title={t('rev.summary')} extra={
            <span className="mt-actions">
              {(['pdf', 'docx'] as const).map((f) => (
                <DocLink key={f} className="ant-btn ovs-btn-link" href={reviewSummaryUrl(orgId, year, f)} icon={<DownloadOutlined aria-hidden />}>
                  {t('rev.summaryDoc')} {t(`sup.${f}`)}
                </DocLink>
              ))}
            </span>
          }>
            <SummaryPart data={list.data} part="organisations" />
            <SummaryPart data={list.data} part="members" />
          </Section>
          <Section title={`${items.length}`} extra={
            <Segmented value={show} onChange={(v) => set('show', String(v))} aria-label={t('rev.filter')}
              options={[{ value: 'all', label: t('rev.all') }, { value: 'cells', label: t('rev.onlyCells') }, { value: 'members', label: t('rev.onlyMembers') }]} />
          }>
            <ul className="mt-cards">
              {items.map((i) => {
                const lvl = i.decidedLevel ?? i.proposedLevel ?? i.selfLevel;
                return (
                  <li key={i.id} className="mt-card">
                    <Link className="row-link" to={`/reviews/${i.id}`}>{i.subject.name}</Link>
                    <div className="mt-card-tags">
                      <span className="muted">{i.subject.kind === 'member' ? i.subject.orgName : t(`rev.kinds.${i.subject.kind}`)}</span>
                      <Chip tone={i.status === 'decided' ? 'green' : i.status === 'open' ? 'grey' : 'amber'}>{t(`rev.status.${i.status}`)}</Chip>
                      {lvl ? <Chip tone={LEVEL_TONE[lvl]}>{t(`rev.levels.${lvl}`)}</Chip> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </Section>
        </>
      ) : null}
    </>
  );
}

function SummaryPart({ data, part }: { data: ReviewList; part: 'members' | 'organisations' }) {
  const { t } = useTranslation();
  const s = data.summary[part];
  return (
    <div className="mt-card rev-summary">
      <strong>{t(`rev.${part}`)}</strong>
      <table className="rev-table">
        <thead><tr><th scope="col" /><th scope="col">{t('rev.proposed')}</th><th scope="col">{t('rev.decided')}</th></tr></thead>
        <tbody>
          {LEVELS.map((l) => (
            <tr key={l}><th scope="row">{t(`rev.levels.${l}`)}</th><td>{s.proposed[l]}</td><td>{s.decided[l]}</td></tr>
          ))}
          <tr><th scope="row">{t('rev.pending')}</th><td>{s.proposed.pending}</td><td>{s.decided.pending}</td></tr>
        </tbody>
      </table>
      <div className={s.quota.exceeded ? 'rev-over' : 'muted'}>
        {s.quota.exceeded ? <Chip tone="red">{t('rev.quotaOver')}</Chip> : null} {t('rev.quota', { ...s.quota, percent: data.quotaPercent })}
      </div>
    </div>
  );
}
