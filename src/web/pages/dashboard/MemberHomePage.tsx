import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { MyDocuments } from '../../components/followup/MyDocuments';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { fmtDate } from '../../lib/format';
import { fmtTime, monthLabel, weekdayDate } from '../../components/meetings/format';
import { formatVnd } from '../../../domain/meetings/dues';
import { useRuleText } from '../../lib/rules';
import './dashboard.css';
import '../../i18n/dashboard-load';
import { useMemberHome } from '../../api/dashboard';

/** A member's home: the next meeting and what to read for it, their own attendance and dues this year. */
export default function MemberHomePage() {
  const { t } = useTranslation();
  const rule = useRuleText();
  const q = useMemberHome();
  const h = q.data;
  return (
    <>
      <PageTitle text={t('dash.my.title')}>{t('dash.my.title')}</PageTitle>
      <MyDocuments />
      <ErrorAlert error={q.error} />
      {q.isLoading ? <PageLoading /> : null}
      {h ? (
        <div className="my-home-grid">
          <Section title={t('dash.my.next')}>
            {h.next ? (
              <>
                <p>
                  <strong>{t(`mtg.type.${h.next.type}`)}</strong> — {h.next.orgName}
                  <br />
                  {weekdayDate(h.next.date)}, {fmtTime(h.next.startTime)}
                  {h.next.location ? ` · ${h.next.location}` : ''}
                  {h.next.topic ? (
                    <>
                      <br />
                      {h.next.topic}
                    </>
                  ) : null}
                </p>
                {h.next.id ? (
                  <Link className="row-link" to={`/meetings/${h.next.id}`}>
                    {t('dash.my.open')}
                  </Link>
                ) : null}
                <h3 className="mt-h3">{t('dash.my.read')}</h3>
                {h.next.documents.length ? (
                  <ul>
                    {h.next.documents.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('dash.my.noRead')}</p>
                )}
              </>
            ) : (
              <p>{t('dash.my.noNext')}</p>
            )}
          </Section>
          {h.attendance ? (
            <Section title={t('dash.my.attendance', { year: h.attendance.year })}>
              <p>
                {t('dash.my.attended', { attended: h.attendance.attended, meetings: h.attendance.meetings })}
                {h.attendance.absence.level !== 'ok' ? (
                  <>
                    {' '}
                    <Chip tone={h.attendance.absence.level === 'flag' ? 'red' : 'amber'}>{t(`dash.level.${h.attendance.absence.level}`)}</Chip>
                  </>
                ) : null}
              </p>
              {h.attendance.absence.level !== 'ok' ? <p>{rule(`absence_${h.attendance.absence.level}`, h.attendance.absence)}</p> : null}
              <ul className="plain-list">
                {h.attendance.items.map((i) => (
                  <li key={i.meetingId}>
                    {fmtDate(i.date)} — {i.exempt ? t('mtg.role.exempt') : t(`mtg.att.${i.status}`)}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {h.dues ? (
            <Section title={t('dash.my.dues', { year: h.dues.year })}>
              <p>{t('dash.my.duesTotal', { total: formatVnd(h.dues.total) })}</p>
              <p>
                {h.dues.unpaidMonths.length
                  ? t('dash.my.unpaid', { months: h.dues.unpaidMonths.map(monthLabel).join(', ') })
                  : t('dash.my.allPaid')}
              </p>
            </Section>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
