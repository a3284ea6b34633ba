import { useState } from 'react';
import { Button, Checkbox, Empty } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OrgSelect } from '../../components/OrgSelect';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { MeetingStatusTag, MeetingTypeTag } from '../../components/meetings/Tags';
import { monthLabel, shiftMonth, thisMonth } from '../../components/meetings/format';
import { fmtDate } from '../../lib/format';
import { useMonthView } from '../../api/oversight';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

/** The commune's month: which cells had no one from the committee at their meeting, which observations are missing. */
export default function MonthPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? defaultOrgId(me, orgs.data);
  const month = params.get('month') ?? thisMonth();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const view = useMonthView(orgId, month);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const cells = (view.data?.cells ?? []).filter((c) => !onlyProblems || c.noCommittee || c.missingObservations > 0);
  return (
    <>
      <PageTitle text={t('ovs.month.title')}>{t('ovs.month.title')}</PageTitle>
      <div className="ovs-toolbar">
        <OrgSelect value={orgId} onChange={(v) => set('org', v)} kinds={['committee', 'sub_committee', 'cell']} aria-label={t('ovs.month.unit')} />
        <div className="mt-period-nav">
          <Button icon={<LeftOutlined aria-hidden />} aria-label={t('ovs.month.prev')} onClick={() => set('month', shiftMonth(month, -1))} />
          <span className="mt-period-label" aria-live="polite">{t('ovs.month.month')} {monthLabel(month)}</span>
          <Button icon={<RightOutlined aria-hidden />} aria-label={t('ovs.month.next')} onClick={() => set('month', shiftMonth(month, 1))} />
        </div>
        <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>{t('ovs.month.onlyProblems')}</Checkbox>
      </div>
      <ErrorAlert error={view.error} />
      {view.isLoading ? <PageLoading /> : null}
      {view.data ? (
        <>
          <ul className="ovs-summary" aria-label={view.data.orgName}>
            <li><strong>{view.data.summary.cells}</strong>{t('ovs.month.cells', { n: view.data.summary.cells })}</li>
            <li><strong>{view.data.summary.held}</strong>{t('ovs.month.held', { n: view.data.summary.held })}</li>
            <li><strong>{view.data.summary.withoutCommittee}</strong>{t('ovs.month.withoutCommittee')}</li>
            <li><strong>{view.data.summary.missingObservations}</strong>{t('ovs.month.missing')}</li>
          </ul>
          {onlyProblems && cells.length === 0 ? <p>{t('ovs.month.allGood')}</p> : null}
          <Section title={view.data.orgName}>
            {cells.length === 0 && !onlyProblems ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
              <ul className="mt-cards">
                {cells.map((c) => (
                  <li key={c.orgId} className={`mt-card ${c.noCommittee || c.missingObservations ? 'ovs-card-problem' : 'mt-card-approved'}`}>
                    <Link className="row-link" to={`/orgs/${c.orgId}/meetings`}>{c.orgName}</Link>
                    <div className="muted">
                      {t('ovs.month.inCharge')}: {c.overseers.length ? c.overseers.map((o) => o.name).join(', ') : t('ovs.month.noneInCharge')}
                    </div>
                    {c.meetings.length === 0 ? <div className="muted">{t('ovs.month.noMeeting')}</div> : null}
                    {c.meetings.map((m) => (
                      <div key={m.meetingId} className="ovs-meeting">
                        <div className="mt-card-tags">
                          <Link to={`/meetings/${m.meetingId}`}>{fmtDate(m.date)}</Link>
                          <MeetingTypeTag type={m.type as never} />
                          <MeetingStatusTag status={m.status as never} />
                        </div>
                        {['held', 'approved'].includes(m.status) ? (
                          m.committeePresent.length ? (
                            <div>{t('ovs.month.present')}: {m.committeePresent.map((p) => p.name).join(', ')}</div>
                          ) : <Chip tone="red">{t('ovs.month.noOne')}</Chip>
                        ) : null}
                        {m.observationsMissing.length ? (
                          <div><Chip tone="amber">{t('ovs.month.missingOf', { names: m.observationsMissing.map((p) => p.name).join(', ') })}</Chip></div>
                        ) : null}
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      ) : null}
    </>
  );
}
