import { lazy, Suspense, useState } from 'react';
import { Button, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { OrgSelect } from '../../components/OrgSelect';
import { Chip, type Tone } from '../../components/Tags';
import { fmtDate } from '../../lib/format';
import { monthLabel, shiftMonth, thisMonth } from '../../components/meetings/format';
import type { Dashboard, DashboardCell, MeetingState } from './types';
import './dashboard.css';
import '../../i18n/dashboard-load';
import { OrgTasksSection } from '../../components/followup/OrgTasksSection';
import { ReportSection } from './ReportSection';
import { useDashboard, useRulesMembers } from '../../api/dashboard';

const Trends = lazy(() => import('./TrendsPanel'));

const STATE_TONE: Record<MeetingState, Tone> = { approved: 'green', held: 'blue', planned: 'grey', late: 'amber', missing: 'red' };
type Filter = { key: string; label: string; test: (c: DashboardCell) => boolean } | null;

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`.replace('.', ','));

/** Home of a commune leader (every cell) or of a cell's secretary (one cell): the month at a glance, each figure a filter. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? defaultOrgId(me, orgs.data);
  const month = params.get('month') ?? thisMonth();
  const [filter, setFilter] = useState<Filter>(null);
  // The cell whose members under warning are listed (null: the whole unit, a page at a time).
  const [membersOf, setMembersOf] = useState<DashboardCell | null>(null);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
    setFilter(null);
    setMembersOf(null);
  };
  const q = useDashboard(orgId, month);
  const d = q.data;
  const title = d ? t('dash.titleOf', { name: d.orgName }) : t('dash.title');
  const cells = d ? (filter ? d.cells.filter(filter.test) : d.cells) : [];
  const card = (key: string, label: string, value: string, test: ((c: DashboardCell) => boolean) | null, sub?: string) => (
    <li key={key}>
      <button
        type="button"
        className={`dash-card${filter?.key === key ? ' dash-card-on' : ''}`}
        aria-pressed={filter?.key === key}
        onClick={() => setFilter(test && filter?.key !== key ? { key, label, test } : null)}
      >
        <span className="dash-card-value">{value}</span>
        <span className="dash-card-label">{label}</span>
        {sub ? <span className="dash-card-sub">{sub}</span> : null}
      </button>
    </li>
  );
  return (
    <>
        <PageTitle text={title}>{title}</PageTitle>
        <div className="dash-controls">
          <OrgSelect
            aria-label={t('dash.unit')}
            value={orgId}
            onChange={(v) => set('orgId', v)}
            style={{ minWidth: 240, maxWidth: '100%' }}
          />
          <Space.Compact>
            <Button icon={<LeftOutlined aria-hidden />} aria-label={`${t('dash.month')} ${monthLabel(shiftMonth(month, -1))}`} onClick={() => set('month', shiftMonth(month, -1))} />
            <span className="dash-month" aria-live="polite">
              {t('dash.month')} {monthLabel(month)}
            </span>
            <Button
              icon={<RightOutlined aria-hidden />}
              aria-label={`${t('dash.month')} ${monthLabel(shiftMonth(month, 1))}`}
              onClick={() => set('month', shiftMonth(month, 1))}
              disabled={month >= thisMonth()}
            />
          </Space.Compact>
        </div>
        <ErrorAlert error={q.error} />
        {q.isLoading ? <PageLoading /> : null}
        {d ? (
          <>
            <ul className="dash-cards" aria-label={t('dash.showCells')}>
              {card('cells', t('dash.card.cells'), String(d.totals.cells), null)}
              {card('held', t('dash.card.held'), `${d.totals.held}/${d.totals.cells}`, (c) => c.meetingState === 'held' || c.meetingState === 'approved',
                d.totals.awaitingApproval ? `${t('dash.stateShort.held')}: ${d.totals.awaitingApproval}` : undefined)}
              {card('late', t('dash.card.late'), String(d.totals.late), (c) => c.meetingState === 'late')}
              {card('missing', t('dash.card.missing'), String(d.totals.missing), (c) => c.meetingState === 'missing')}
              {card('planned', t('dash.card.planned'), String(d.totals.planned), (c) => c.meetingState === 'planned')}
              {card('attendance', t('dash.card.attendance'), pct(d.totals.attendanceRate), (c) => c.attendanceRate !== null && c.attendanceRate < 0.9,
                d.totals.expected ? `${d.totals.attended}/${d.totals.expected}` : undefined)}
              {card('quality', t('dash.card.quality'), `${d.totals.quality.tot}·${d.totals.quality.kha}·${d.totals.quality.trung_binh}·${d.totals.quality.kem}`,
                (c) => c.qualityLevel === 'trung_binh' || c.qualityLevel === 'kem',
                `${t('mtg.level.tot')} · ${t('mtg.level.kha')} · ${t('mtg.level.trung_binh')} · ${t('mtg.level.kem')}`)}
              {card('thematic', t('dash.card.thematic', { quarter: d.totals.thematicQuarter?.slice(-1) ?? '' }), `${d.totals.thematicCovered}/${d.totals.cells}`,
                (c) => !c.thematicCovered)}
              {card('committee', t('dash.card.committee'), `${d.totals.committeePresent}/${d.totals.held}`, (c) => c.committeePresent === false)}
              {card('absence', t('dash.card.absence'), `${d.totals.absenceWarning} / ${d.totals.absenceFlag}`, (c) => c.absenceWarnings > 0)}
              {card('dues', t('dash.card.dues'), `${d.totals.duesWarning} / ${d.totals.duesFlag}`, (c) => c.duesWarnings > 0)}
              {card('tasks', t('dash.card.tasks'), `${d.totals.tasksOverdue} / ${d.totals.tasksOpen}`, (c) => c.tasksOverdue > 0)}
              {d.totals.reportsExpected
                ? card('reports', t('dash.card.reports'), `${d.totals.reportsOverdue}/${d.totals.reportsExpected}`, (c) => !!c.reportsOverdue)
                : null}
              {d.totals.disseminationCellsDue
                ? card('dissemination', t('dash.card2.dissemination'), `${d.totals.disseminationCellsComplete}/${d.totals.disseminationCellsDue}`,
                  (c) => c.disseminationDone < c.disseminationDue, t('dash.card2.disseminationSub', { overdue: d.totals.disseminationOverdue }))
                : null}
              {d.totals.remediesOpen
                ? card('remedies', t('dash.card2.remedies'), String(d.totals.remediesOpen), (c) => c.remediesOpen > 0,
                  t('dash.card2.remediesSub', { overdue: d.totals.remediesOverdue }))
                : null}
            </ul>
            <OrgTasksSection orgId={d.orgId} />
            <Section
              title={filter ? t('dash.filterOf', { what: filter.label }) : t('dash.all')}
              extra={filter ? <Button onClick={() => setFilter(null)}>{t('dash.clear')}</Button> : null}
            >
              <CellTable cells={cells} onMembers={(c) => {
                setMembersOf(c);
                document.getElementById('dash-members')?.scrollIntoView({ block: 'start' });
              }} />
            </Section>
            <MembersSection d={d} filter={filter} cell={membersOf} onAll={() => setMembersOf(null)} />
            {d.documents.length ? <DocumentsSection d={d} /> : null}
            <ReportSection orgId={d.orgId} month={month} />
            <Section title={t('dash.trends')}>
              <Suspense fallback={<PageLoading />}>
                <Trends orgId={d.orgId} to={month} />
              </Suspense>
            </Section>
          </>
        ) : null}
    </>
  );
}

function CellTable({ cells, onMembers }: { cells: DashboardCell[]; onMembers: (c: DashboardCell) => void }) {
  const { t } = useTranslation();
  return (
    <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={t('dash.col.cell')}>
      <table className="dash-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.col.cell')}</th>
            <th scope="col">{t('dash.col.state')}</th>
            <th scope="col">{t('dash.col.attendance')}</th>
            <th scope="col">{t('dash.col.quality')}</th>
            <th scope="col">{t('dash.col.committee')}</th>
            <th scope="col">{t('dash.col.thematic')}</th>
            <th scope="col">{t('dash.col.warnings')}</th>
            <th scope="col">{t('dash.col.tasks')}</th>
            <th scope="col">{t('dash.col.reports')}</th>
            <th scope="col">{t('dash.col2.dissemination')}</th>
            <th scope="col">{t('dash.col2.remedies')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={c.orgId}>
              <th scope="row">
                <Link className="row-link" to={`/orgs/${c.orgId}/meetings`} aria-label={t('dash.openCell', { name: c.orgName })}>
                  {c.orgName}
                </Link>
              </th>
              <td>
                <Chip tone={STATE_TONE[c.meetingState]}>{t(`dash.stateShort.${c.meetingState}`)}</Chip>
                <div className="dash-sub">
                  {c.meetingId ? (
                    <Link to={`/meetings/${c.meetingId}`}>{fmtDate(c.date)}</Link>
                  ) : (
                    t('dash.plannedOn', { date: fmtDate(c.plannedDate) })
                  )}
                </div>
              </td>
              <td>
                {pct(c.attendanceRate)}
                {c.expected ? <div className="dash-sub">{t('dash.ofExpected', { attended: c.attended, expected: c.expected })}</div> : null}
              </td>
              <td>{c.qualityLevel ? t(`mtg.level.${c.qualityLevel}`) : c.attendanceRate !== null ? t('dash.unscored') : '—'}</td>
              <td>{c.committeePresent === null ? '—' : c.committeePresent ? t('dash.yes') : t('dash.no')}</td>
              <td>{c.thematicCovered ? t('dash.yes') : t('dash.no')}</td>
              <td>
                {c.membersToRemind ? (
                  <Button type="link" className="dash-link-btn" aria-label={t('dash.membersOf', { name: c.orgName })} onClick={() => onMembers(c)}>
                    {c.membersToRemind}
                  </Button>
                ) : '—'}
              </td>
              <td>{c.tasksOpen ? t('dash.tasksOf', { overdue: c.tasksOverdue, open: c.tasksOpen }) : '—'}</td>
              <td>{c.reportsExpected === null ? '—' : c.reportsOverdue ? t('dash.reportsLate', { n: c.reportsOverdue }) : t('dash.reportsOk')}</td>
              <td>
                {c.disseminationDue ? t('dash.disseminationOf', { done: c.disseminationDone, due: c.disseminationDue }) : '—'}
                {c.disseminationOverdue ? <div className="dash-sub">{t('dash.overdueN', { n: c.disseminationOverdue })}</div> : null}
              </td>
              <td>
                {c.remediesOpen ? <Link to={`/supervision${c.parentId ? `?org=${c.parentId}` : ''}`}>{c.remediesOpen}</Link> : '—'}
                {c.remediesOverdue ? <div className="dash-sub">{t('dash.overdueN', { n: c.remediesOverdue })}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PAGE = 50;

/**
 * The members behind the warning figures, by name, from the drill-down route (/api/dashboard/members): one cell's when
 * a cell is chosen, else the unit's a page at a time (a province has tens of thousands). The absence or dues figure,
 * when it is the filter, narrows the list to its rule.
 */
function MembersSection({ d, filter, cell, onAll }: { d: Dashboard; filter: Filter; cell: DashboardCell | null; onAll: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const topic = filter?.key === 'absence' || filter?.key === 'dues' ? filter.key : 'all';
  const orgId = cell?.orgId ?? d.orgId;
  const [shown, setShown] = useState(`${orgId}|${d.month}|${topic}`);
  if (shown !== `${orgId}|${d.month}|${topic}`) {
    setShown(`${orgId}|${d.month}|${topic}`);
    setPage(0);
  }
  const q = useRulesMembers(orgId, d.month, topic, page, PAGE);
  const lvl = (x: { level: string; months: number[] }) =>
    x.level === 'ok' ? '—' : `${t(`dash.level.${x.level}`)} (${t('dash.member.months', { months: x.months.join(', ') })})`;
  const title = cell ? t('dash.membersTitleOf', { year: d.month.slice(0, 4), name: cell.orgName }) : t('dash.membersTitle', { year: d.month.slice(0, 4) });
  const list = q.data?.items ?? [];
  const total = q.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE);
  return (
    <>
    <div id="dash-members" className="dash-anchor" />
    <Section title={title} extra={cell ? <Button onClick={onAll}>{t('dash.membersAll')}</Button> : null}>
      <ErrorAlert error={q.error} />
      {q.isLoading ? <PageLoading /> : list.length ? (
        <>
          <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={title}>
            <table className="dash-table">
              <thead>
                <tr>
                  <th scope="col">{t('dash.member.name')}</th>
                  <th scope="col">{t('dash.member.cell')}</th>
                  <th scope="col">{t('dash.member.absence')}</th>
                  <th scope="col">{t('dash.member.dues')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.personId}>
                    <th scope="row">
                      <Link className="row-link" to={`/members/${m.personId}`}>
                        {m.fullName}
                      </Link>
                    </th>
                    <td>{m.orgName}</td>
                    <td>{lvl(m.absence)}</td>
                    <td>{lvl(m.dues)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <div className="dash-pager">
              <Button disabled={page === 0} onClick={() => setPage(page - 1)}>{t('dash.pagePrev')}</Button>
              <span aria-live="polite">{t('dash.pageOf', { from: page * PAGE + 1, to: Math.min(total, (page + 1) * PAGE), total })}</span>
              <Button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('dash.pageNext')}</Button>
            </div>
          ) : null}
        </>
      ) : (
        <p>{t('dash.membersNone')}</p>
      )}
    </Section>
    </>
  );
}

function DocumentsSection({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dash.documentsTitle')}>
      <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={t('dash.documentsTitle')}>
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('dash.document.number')}</th>
              <th scope="col">{t('dash.document.subject')}</th>
              <th scope="col">{t('dash.document.by')}</th>
              <th scope="col">{t('dash.document.cells')}</th>
            </tr>
          </thead>
          <tbody>
            {d.documents.map((x) => (
              <tr key={x.documentId}>
                <th scope="row">
                  <Link className="row-link" to={`/documents/${x.documentId}`}>{x.number}</Link>
                </th>
                <td>{x.subject}</td>
                <td>{fmtDate(x.disseminateBy)}</td>
                <td>{`${x.done}/${x.cells}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
