import { useState } from 'react';
import { Alert, Button, Empty } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { PageLoading } from '../PageLoading';
import { Section } from '../Section';
import { Chip } from '../Tags';
import { useAttendanceHistory } from './api';
import { AttendanceTag } from './Tags';
import { thisYear, weekdayDate } from './format';
import './meetings.css';
import { useRuleText } from '../../lib/rules';

/** A member's meetings in a year and the absence rule: a warning at 2, a flag at 3 months without valid reason. */
export function AttendanceHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const rule = useRuleText();
  const [year, setYear] = useState(thisYear());
  const q = useAttendanceHistory(personId, year);
  const d = q.data;
  const absence = d?.absence;
  // The server lists every year; the page shows the year chosen (the one the absence rule is counted for).
  const items = (d?.items ?? []).filter((x) => (x.originalDate ?? x.date).startsWith(String(year)));
  return (
    <Section
      title={t('mtg.history.title')}
      extra={
        <div className="mt-period-nav">
          <Button icon={<LeftOutlined aria-hidden />} aria-label={t('mtg.list.prevYear')} onClick={() => setYear(year - 1)} />
          <span className="mt-year-label" aria-live="polite">
            {t('mtg.history.year', { year })}
          </span>
          <Button icon={<RightOutlined aria-hidden />} aria-label={t('mtg.list.nextYear')} onClick={() => setYear(year + 1)} disabled={year >= thisYear()} />
        </div>
      }
    >
      <ErrorAlert error={q.error} />
      {q.isLoading ? <PageLoading /> : null}
      {absence && absence.level !== 'ok' ? (
        <Alert
          type={absence.level === 'flag' ? 'error' : 'warning'}
          showIcon
          className="mt-alert"
          title={absence.level === 'flag' ? t('mtg.history.flag', { count: absence.count }) : t('mtg.history.warning', { count: absence.count })}
          description={
            <>
              <p>{rule(`absence_${absence.level}`, absence)}</p>
              <p>{t('mtg.history.months', { months: absence.months.map((x) => String(x).padStart(2, '0')).join(', ') })}</p>
              <p className="muted">{t('mtg.history.rule')}</p>
            </>
          }
        />
      ) : null}
      {d?.excusedStreak.tooLong ? <Alert type="warning" showIcon className="mt-alert" title={t('mtg.history.excusedStreak', { count: d.excusedStreak.longest })} /> : null}
      {d ? (
        items.length === 0 ? (
          <Empty description={t('mtg.history.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <>
            <p className="muted">
              {t('mtg.history.summary', {
                total: items.length,
                present: items.filter((x) => ['present', 'late', 'left_early'].includes(x.status)).length,
                unexcused: items.filter((x) => x.status === 'absent_unexcused').length,
              })}
            </p>
            <ul className="plain-list">
              {items.map((x) => (
                <li key={x.meetingId} className="mt-history-row">
                  <Link to={`/meetings/${x.meetingId}`}>{weekdayDate(x.date)}</Link>
                  <span className="muted">
                    {t(`mtg.typeShort.${x.type}`, { defaultValue: x.type })} · {x.orgName}
                  </span>
                  {x.exempt ? <Chip tone="grey">{t('state.exempt')}</Chip> : <AttendanceTag status={x.status === 'not_recorded' ? null : x.status} />}
                  {x.reason ? <span className="mt-reason">{x.reason}</span> : null}
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </Section>
  );
}
