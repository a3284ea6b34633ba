import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListItem, MeetingList, MeetingStatus } from './api';
import { formatDateVi } from './format';
import { isHeldInAnotherMonth, meetingsOfMonth } from '../../../domain/meetings/schedule';

const SHORT: Record<MeetingStatus, string> = { planned: '○', moved: '↷', cancelled: '✕', held: '●', approved: '✔' };

/** The commune's view: one row per cell, one column per month, each meeting's day and status. */
export function CellGrid({ data, year }: { data: MeetingList; year: number }) {
  const { t } = useTranslation();
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const cells = new Map<string, string>();
  for (const x of data.quartersWithoutThematic) cells.set(x.orgId, x.orgName);
  for (const x of data.items) cells.set(x.orgId, x.orgName);
  const rows = [...cells.entries()].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
  // A meeting moved into another month stays in the column of the month it belongs to, marked as moved.
  const inMonth = (orgId: string, m: string): ListItem[] => meetingsOfMonth(data.items.filter((x) => x.orgId === orgId), m);
  const statuses: MeetingStatus[] = ['planned', 'moved', 'cancelled', 'held', 'approved'];
  return (
    <div className="mt-grid-block">
      <ul className="mt-legend" aria-label={t('mtg.grid.legend')}>
        {statuses.map((s) => (
          <li key={s}>
            <span className={`mt-dot mt-dot-${s}`} aria-hidden>
              {SHORT[s]}
            </span>{' '}
            {t(`mtg.status.${s}`)}
          </li>
        ))}
        <li>
          <span className="mt-dot mt-dot-thematic" aria-hidden>
            CĐ
          </span>{' '}
          {t('mtg.typeShort.thematic')}
        </li>
      </ul>
      <div className="mt-grid-scroll" tabIndex={0} role="region" aria-label={t('mtg.grid.title', { year })}>
        <table className="mt-grid">
          <caption className="visually-hidden">{t('mtg.grid.title', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mtg.grid.cell')}</th>
              {months.map((m) => (
                <th scope="col" key={m}>
                  <abbr title={t('mtg.list.monthTitle', { month: `${m.slice(5)}/${year}` })}>{t('mtg.grid.monthShort', { m: Number(m.slice(5)) })}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([orgId, name]) => (
              <tr key={orgId}>
                <th scope="row">
                  <Link to={`/orgs/${orgId}/meetings?view=year&year=${year}`}>{name}</Link>
                </th>
                {months.map((m) => {
                  const xs = inMonth(orgId, m);
                  return (
                    <td key={m}>
                      {xs.map((x) => {
                        const thematic = x.type === 'thematic' || x.type === 'combined';
                        const away = isHeldInAnotherMonth(x);
                        const label = `${formatDateVi(x.date)}: ${t(`mtg.type.${x.type}`)} — ${t(`mtg.status.${x.status}`)}` +
                          (away ? ` — ${t('mtg.list.movedFrom', { date: formatDateVi(x.originalDate!) })}` : '');
                        const body = (
                          <>
                            <span className={`mt-dot mt-dot-${x.status}`} aria-hidden>
                              {SHORT[x.status]}
                            </span>
                            <span aria-hidden>{away ? `↷${Number(x.date.slice(8))}/${Number(x.date.slice(5, 7))}` : Number(x.date.slice(8))}</span>
                            {thematic ? (
                              <span className="mt-dot mt-dot-thematic" aria-hidden>
                                CĐ
                              </span>
                            ) : null}
                            <span className="visually-hidden">{label}</span>
                          </>
                        );
                        return x.id ? (
                          <Link key={x.id} to={`/meetings/${x.id}`} className="mt-grid-item" title={label}>
                            {body}
                          </Link>
                        ) : (
                          <span key={x.date} className="mt-grid-item" title={label}>
                            {body}
                          </span>
                        );
                      })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
