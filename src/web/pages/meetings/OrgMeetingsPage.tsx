import { useState } from 'react';
import { Alert, Button, Radio } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../api/orgs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useMeetingList, type ListItem, type MeetingList } from '../../components/meetings/api';
import { MeetingCards } from '../../components/meetings/MeetingCards';
import { CellGrid } from '../../components/meetings/CellGrid';
import { CalendarFeeds } from '../../components/meetings/CalendarFeeds';
import { MeetingRuleModal } from '../../components/meetings/MeetingRuleModal';
import { PlanMeetingModal } from '../../components/meetings/ScheduleDialogs';
import { formatDateVi, monthEnd, monthLabel, monthStart, shiftMonth, thisMonth, thisYear, weekdayDate } from '../../components/meetings/format';
import { isMovedFromOriginal, meetingMonth, meetingsOfMonth } from '../../../domain/meetings/schedule';
import { MeetingStatusTag, MeetingTypeTag } from '../../components/meetings/Tags';
import { romanQuarter, type Quarter } from '../../../domain/dates';
import '../../components/meetings/meetings.css';
import { UnitCrumbs } from '../../components/UnitCrumbs';

/** A unit's meeting calendar: by month or by year; for a committee, all its cells (a grid of cells × months). */
export default function OrgMeetingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'year' ? 'year' : 'month';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : thisMonth();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear();
  const [planning, setPlanning] = useState(false);
  const [ruleOpen, setRuleOpen] = useState(false);
  const org = useOrg(id);
  const from = view === 'month' ? monthStart(month) : `${year}-01-01`;
  const to = view === 'month' ? monthEnd(month) : `${year}-12-31`;
  const list = useMeetingList(id, from, to);
  if (org.isLoading) return <PageLoading />;
  if (!org.data) return <ErrorAlert error={org.error} />;
  const o = org.data;
  const isCell = o.kind === 'cell';
  // Meetings are managed by those who manage the cell's members (secretaries, the commune office).
  const manage = isCell && o.status === 'active' && o.can.manageMeetings;
  const set = (next: Record<string, string>) => setParams({ view, ...(view === 'month' ? { month } : { year: String(year) }), ...next }, { replace: true });
  const periodLabel = view === 'month' ? t('mtg.list.monthTitle', { month: monthLabel(month) }) : t('mtg.list.yearTitle', { year });
  const prev = () => (view === 'month' ? set({ month: shiftMonth(month, -1) }) : set({ year: String(year - 1) }));
  const next = () => (view === 'month' ? set({ month: shiftMonth(month, 1) }) : set({ year: String(year + 1) }));
  const title = t('mtg.list.title');
  return (
    <>
      <UnitCrumbs org={o} title={title} />
      <PageTitle
        text={`${title} — ${o.name}`}
        extra={
          <div className="toolbar">
            {manage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setPlanning(true)}>
                {t('mtg.plan.title')}
              </Button>
            ) : null}
            {o.can.manage && o.status === 'active' ? <Button onClick={() => setRuleOpen(true)}>{t('mtg.rule.title')}</Button> : null}
            {o.kind === 'cell' ? <Link className="row-link" to={`/orgs/${o.id}/plan/${thisYear()}`}>{t('plan.nav')}</Link> : null}
            <Link className="row-link" to={`/orgs/${o.id}/scoring`}>{t('mtg.scheme.title')}</Link>
          </div>
        }
      >
        {title}
        <span className="mt-subtitle">{o.name}</span>
      </PageTitle>
      <div className="mt-period">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={view}
          aria-label={t('mtg.list.view')}
          onChange={(e) => setParams(e.target.value === 'year' ? { view: 'year', year: month.slice(0, 4) } : { view: 'month', month }, { replace: true })}
          options={[
            { value: 'month', label: t('mtg.list.byMonth') },
            { value: 'year', label: t('mtg.list.byYear') },
          ]}
        />
        <div className="mt-period-nav">
          <Button icon={<LeftOutlined aria-hidden />} onClick={prev} aria-label={view === 'month' ? t('mtg.list.prevMonth') : t('mtg.list.prevYear')} />
          <h2 className="mt-period-label" aria-live="polite">
            {periodLabel}
          </h2>
          <Button icon={<RightOutlined aria-hidden />} onClick={next} aria-label={view === 'month' ? t('mtg.list.nextMonth') : t('mtg.list.nextYear')} />
        </div>
      </div>
      <ErrorAlert error={list.error} />
      {list.isLoading ? <PageLoading /> : null}
      {list.data ? <ThematicWarnings data={list.data} isCell={isCell} /> : null}
      {list.data ? (
        view === 'month' || isCell ? (
          view === 'month' ? (
            <section aria-label={periodLabel} className="mt-list-block">
              <MeetingCards items={meetingsOfMonth(list.data.items, month)} manage={manage} showOrg={!isCell} empty={t('mtg.list.emptyMonth')} />
              <HeldHereFromOtherMonths items={list.data.items} month={month} />
            </section>
          ) : (
            <YearList items={list.data.items} year={year} onMonth={(m) => setParams({ view: 'month', month: m })} />
          )
        ) : (
          <CellGrid data={list.data} year={year} />
        )
      ) : null}
      <Section title={t('mtg.feeds.title')}>
        <CalendarFeeds orgId={o.id} orgName={o.name} />
      </Section>
      {ruleOpen ? <MeetingRuleModal orgId={o.id} onClose={() => setRuleOpen(false)} /> : null}
      {planning ? (
        <PlanMeetingModal orgId={o.id} onClose={() => setPlanning(false)} onDone={(m) => navigate(`/meetings/${m.id}`)} />
      ) : null}
    </>
  );
}

/** HD 12-HD/BTCTW: at least one thematic meeting a quarter. */
function ThematicWarnings({ data, isCell }: { data: MeetingList; isCell: boolean }) {
  const { t } = useTranslation();
  const w = data.quartersWithoutThematic;
  if (w.length === 0) return null;
  const byQuarter = new Map<string, { year: number; quarter: number; cells: string[] }>();
  for (const x of w) {
    const k = `${x.year}-${x.quarter}`;
    const e = byQuarter.get(k) ?? { year: x.year, quarter: x.quarter, cells: [] };
    e.cells.push(x.orgName);
    byQuarter.set(k, e);
  }
  return (
    <Alert
      type="warning"
      showIcon
      className="mt-alert"
      title={t('mtg.list.noThematicTitle')}
      description={
        <ul className="mt-warn-list">
          {[...byQuarter.values()].map((q) => (
            <li key={`${q.year}-${q.quarter}`}>
              {isCell ? (
                t('mtg.list.noThematicCell', { quarter: romanQuarter(q.quarter as Quarter), year: q.year })
              ) : (
                <details className="mt-details-inline">
                  <summary>{t('mtg.list.noThematicCells', { quarter: romanQuarter(q.quarter as Quarter), year: q.year, count: q.cells.length })}</summary>
                  {q.cells.join(', ')}
                </details>
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** A cell's year: each month with its meetings, compact (the month view has the actions). */
function YearList({ items, year, onMonth }: { items: ListItem[]; year: number; onMonth: (m: string) => void }) {
  const { t } = useTranslation();
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return (
    <ol className="mt-year">
      {months.map((m) => {
        // A meeting moved into another month stays under the month it belongs to, marked as moved.
        const own = meetingsOfMonth(items, m);
        return (
          <li key={m} className="mt-year-month">
            <div className="mt-year-head">
              <h3>{t('mtg.list.monthTitle', { month: monthLabel(m) })}</h3>
              <Button type="link" onClick={() => onMonth(m)}>
                {t('mtg.list.openMonth')}
                <span className="visually-hidden"> {monthLabel(m)}</span>
              </Button>
            </div>
            {own.length === 0 ? (
              <div className="muted">{t('mtg.list.emptyMonth')}</div>
            ) : (
              <ul className="mt-compact">
                {own.map((x) => (
                  <li key={x.id ?? x.date}>
                    {x.id ? <Link to={`/meetings/${x.id}`}>{weekdayDate(x.date)}</Link> : <span>{weekdayDate(x.date)}</span>}{' '}
                    <MeetingTypeTag type={x.type} />
                    <MeetingStatusTag status={x.status} />
                    {isMovedFromOriginal(x) ? (
                      <span className="mt-reason mt-moved">
                        <SwapOutlined aria-hidden /> {t('mtg.list.movedFrom', { date: formatDateVi(x.originalDate!) })}
                        {x.moveReason ? ` ${x.moveReason}` : ''}
                      </span>
                    ) : x.status === 'moved' && x.moveReason ? <span className="mt-reason">{x.moveReason}</span> : null}
                    {x.status === 'cancelled' && x.cancelReason ? <span className="mt-reason">{x.cancelReason}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Meetings of another month held in this one (moved here): named with the month they belong to, where they are listed. */
function HeldHereFromOtherMonths({ items, month }: { items: ListItem[]; month: string }) {
  const { t } = useTranslation();
  const here = items.filter((x) => x.date.startsWith(month) && meetingMonth(x) !== month);
  if (here.length === 0) return null;
  return (
    <ul className="mt-elsewhere muted">
      {here.map((x) => (
        <li key={x.id ?? x.date}>
          <SwapOutlined aria-hidden />{' '}
          {t('mtg.list.heldHere', { date: weekdayDate(x.date), month: monthLabel(meetingMonth(x)), org: x.orgName })}{' '}
          {x.id ? <Link to={`/meetings/${x.id}`}>{t('mtg.list.open')}</Link> : null}
        </li>
      ))}
    </ul>
  );
}
