import { useState } from 'react';
import { App, Button, Empty, Form, Input } from 'antd';
import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { MeetingTypeTag } from '../../components/meetings/Tags';
import { fmtTime, thisYear, weekdayDate } from '../../components/meetings/format';
import { fmtDate, fmtDateTime } from '../../lib/format';
import { useMyOversight, useObservations, useOversightActions, type ObservationItem, type Score } from '../../api/oversight';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

const LEVEL_TONE: Record<string, 'green' | 'blue' | 'amber' | 'red'> = { tot: 'green', kha: 'blue', trung_binh: 'amber', kem: 'red' };

/** The committee member in charge's first screen: scores to confirm, observations to write, his cells' next meetings, his year. */
export default function OversightPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const mine = useMyOversight();
  const year = thisYear();
  const list = useObservations(me?.personId, year);
  const [confirming, setConfirming] = useState<Score | null>(null);
  const actions = useOversightActions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const d = mine.data;
  return (
    <>
      <PageTitle text={t('ovs.home.title')}>{t('ovs.home.title')}</PageTitle>
      <p>
        {hasRole(me, 'admin', 'leader') ? <><Link className="row-link" to="/oversight/month">{t('ovs.home.monthLink')}</Link><br /></> : null}
        <Link className="row-link" to="/supervision">{t('sup.nav')}</Link>
      </p>
      <ErrorAlert error={mine.error} />
      {mine.isLoading ? <PageLoading /> : null}
      {d ? (
        <>
          <Section title={`${t('ovs.home.scores')} (${d.scoresToConfirm.length})`}>
            {d.scoresToConfirm.length === 0 ? <p className="muted">{t('ovs.home.noScores')}</p> : (
              <ul className="mt-cards">
                {d.scoresToConfirm.map((s) => (
                  <li key={s.meetingId} className="mt-card mt-card-held">
                    <Link to={`/meetings/${s.meetingId}/score`} className="row-link mt-card-date">{weekdayDate(s.date)}</Link>
                    <div className="mt-card-org">{s.orgName}</div>
                    <div className="mt-card-tags">
                      <MeetingTypeTag type={s.type as never} />
                      <Chip tone={LEVEL_TONE[s.level]}>{t(`mtg.level.${s.level}`)}</Chip>
                    </div>
                    <div>{t('ovs.home.scoreLine', { total: s.total, level: t(`mtg.level.${s.level}`) })}</div>
                    <div className="mt-card-actions">
                      <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setConfirming(s)}>
                        {t('ovs.home.confirm')}<span className="visually-hidden"> {s.orgName} {fmtDate(s.date)}</span>
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={`${t('ovs.home.observations')} (${d.observationsToWrite.length})`}>
            {d.observationsToWrite.length === 0 ? <p className="muted">{t('ovs.home.noObservations')}</p> : (
              <ul className="mt-cards">
                {d.observationsToWrite.map((o) => (
                  <li key={o.meetingId} className="mt-card mt-card-moved">
                    <div className="mt-card-date">{weekdayDate(o.date)}</div>
                    <div className="mt-card-org">{o.orgName}</div>
                    <div className="mt-card-actions">
                      <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => navigate(`/oversight/meetings/${o.meetingId}`)}>
                        {t('ovs.obs.write')}<span className="visually-hidden"> {o.orgName} {fmtDate(o.date)}</span>
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t('ovs.home.next')}>
            {d.nextMeetings.length === 0 ? <p className="muted">{t('ovs.home.noNext')}</p> : (
              <ul className="plain-list">
                {d.nextMeetings.map((m) => (
                  <li key={m.meetingId}>
                    <Link className="row-link" to={`/meetings/${m.meetingId}`}>{weekdayDate(m.date)} {fmtTime(m.startTime)} — {m.orgName}</Link>
                    <div className="mt-card-tags"><MeetingTypeTag type={m.type as never} />{m.topic ? <span className="wrap-anywhere">{m.topic}</span> : null}</div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {d.recentlyConfirmed.length ? (
            <Section title={t('ovs.home.confirmed')}>
              <ul className="plain-list">
                {d.recentlyConfirmed.map((s) => (
                  <li key={s.meetingId}>
                    <Link className="row-link" to={`/meetings/${s.meetingId}/score`}>{s.orgName} — {fmtDate(s.date)}</Link>
                    <div>
                      {t('ovs.home.scoreLine', { total: s.total, level: t(`mtg.level.${s.level}`) })}.{' '}
                      {t('ovs.home.confirmedBy', { name: s.confirmedBy ?? '', date: fmtDateTime(s.confirmedAt) })}
                    </div>
                    {s.comment ? <div className="mt-pre">“{s.comment}”</div> : null}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title={t('ovs.home.cells')}>
            {d.cells.length === 0 ? <p className="muted">{t('ovs.home.noCells')}</p> : (
              <ul className="plain-list">
                {d.cells.map((c) => (
                  <li key={c.orgId}>
                    <Link className="row-link" to={`/orgs/${c.orgId}/meetings`}>{c.orgName}</Link>{' '}
                    <span className="muted">{t('ovs.home.since', { date: fmtDate(c.startedOn) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      ) : null}
      {me?.personId ? (
        <Section title={t('ovs.home.yearTitle', { year })}>
          <ErrorAlert error={list.error} />
          {list.data ? <YearList items={[...list.data.items].reverse()} /> : null}
        </Section>
      ) : null}
      {confirming ? (
        <FormModal<{ comment?: string }>
          title={t('ovs.home.confirmTitle', { date: fmtDate(confirming.date), unit: confirming.orgName })}
          name="confirm-score"
          okText={t('ovs.home.confirm')}
          onClose={() => setConfirming(null)}
          onSubmit={async (v) => {
            await actions.confirmScore(confirming.meetingId, v.comment?.trim() || null);
            void message.success(t('ovs.home.confirmed'));
          }}
        >
          <p>{t('ovs.home.scoreLine', { total: confirming.total, level: t(`mtg.level.${confirming.level}`) })}</p>
          <Form.Item name="comment" label={t('ovs.home.comment')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}

function YearList({ items }: { items: ObservationItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ovs.home.noMeetings')} />;
  return (
    <ul className="plain-list">
      {items.map((i) => (
        <li key={i.meetingId}>
          {i.attended ? (
            <Link className="row-link" to={`/oversight/meetings/${i.meetingId}`}>{fmtDate(i.date)} — {i.orgName}</Link>
          ) : (
            <span className="ovs-row">{fmtDate(i.date)} — {i.orgName}</span>
          )}
          <div className="mt-card-tags">
            <MeetingTypeTag type={i.type as never} />
            {i.attended ? <Chip tone="blue">{t('ovs.att.attended')}</Chip>
              : <Chip tone="grey">{i.attendance ? t('ovs.att.notAttended') : t('ovs.att.notInvited')}</Chip>}
            {i.observation ? <Chip tone="green">{t('ovs.att.written')}</Chip> : null}
            {i.missing ? <Chip tone="amber">{t('ovs.att.missing')}</Chip> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
