import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../api/types';
import { Section } from '../Section';
import { useMeetingList } from './api';
import { MeetingStatusTag, MeetingTypeTag } from './Tags';
import { addDays, fmtTime, todayVn, weekdayDate } from './format';
import { romanQuarter, type Quarter } from '../../../domain/dates';
import { isUpcoming } from '../../../domain/meetings/roster';
import { warningsOfQuarter } from '../../../domain/meetings/schedule';
import './meetings.css';

/** On a unit's page: "Lịch sinh hoạt" — the next meetings, a quarter without a thematic meeting, and the link to the calendar. */
export function OrgMeetingsSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const from = todayVn();
  const to = addDays(from, 62);
  const list = useMeetingList(org.id, from, to);
  const isCell = org.kind === 'cell';
  const next = (list.data?.items ?? []).filter((m) => isUpcoming(m, from)).slice(0, isCell ? 2 : 0);
  // This quarter only, as the calendar of this month shows it.
  const warnings = warningsOfQuarter(list.data?.quartersWithoutThematic ?? [], from).filter((w) => w.orgId === org.id || !isCell);
  const link = (
    <Link to={`/orgs/${org.id}/meetings`} className="mt-strong-link">
      {isCell ? t('mtg.section.open') : t('mtg.section.openCells')}
    </Link>
  );
  return (
    <Section title={t('mtg.section.title')} extra={link}>
      {isCell ? (
        next.length === 0 ? (
          <p className="muted">{t('mtg.section.none')}</p>
        ) : (
          <ul className="plain-list">
            {next.map((m) => (
              <li key={m.id ?? m.date} className="mt-history-row">
                {m.id ? <Link to={`/meetings/${m.id}`}>{weekdayDate(m.date)}</Link> : <span>{weekdayDate(m.date)}</span>}
                <span>{fmtTime(m.startTime)}</span>
                <MeetingTypeTag type={m.type} />
                <MeetingStatusTag status={m.status} />
              </li>
            ))}
          </ul>
        )
      ) : (
        <p className="muted">{t('mtg.section.cellsHint')}</p>
      )}
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          className="mt-alert"
          title={
            isCell
              ? t('mtg.list.noThematicCell', { quarter: romanQuarter(warnings[0].quarter as Quarter), year: warnings[0].year })
              : t('mtg.section.cellsWithout', { count: new Set(warnings.map((w) => w.orgId)).size })
          }
        />
      ) : null}
    </Section>
  );
}
