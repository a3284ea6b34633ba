import { Alert, Empty } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../api/hooks';
import { useOrg } from '../api/orgs';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { Chip, KindTag } from '../components/Tags';
import { fmtDate } from '../lib/format';
import { OrgActions } from './org/OrgActions';
import { MemberList } from './org/MemberList';
import { Partners } from './org/Partners';
import { Officers } from './org/Officers';
import { OrgMeetingsSection } from '../components/meetings/OrgMeetingsSection';
import { OrgTasksSection } from '../components/followup/OrgTasksSection';
import { UnitStandingSection } from './org/Standing';
import { DuesWarnings } from './org/DuesWarnings';

/** One unit: where it sits, its numbers, officers, members, partners, units under it and its names over time. */
export default function OrgPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const orgs = useOrgs();
  const q = useOrg(id);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const org = q.data;
  const visible = new Set((orgs.data ?? []).filter((o) => !o.contextOnly).map((o) => o.id));
  const counts = [
    { key: 'total', label: t('org.total'), value: org.counts.total },
    { key: 'official', label: t('org.official'), value: org.counts.official },
    { key: 'probationary', label: t('org.probationary'), value: org.counts.probationary },
    { key: 'exempt', label: t('org.exempt'), value: org.counts.exempt },
  ];
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li>
            <Link to="/orgs">{t('tree.title')}</Link>
          </li>
          {org.ancestors.map((a) => (
            <li key={a.id}>{visible.has(a.id) ? <Link to={`/orgs/${a.id}`}>{a.name}</Link> : <span className="muted">{a.name}</span>}</li>
          ))}
          <li aria-current="page">{org.name}</li>
        </ol>
      </nav>
      <PageTitle text={org.name} extra={org.can.manage ? <OrgActions org={org} /> : null}>
        {org.name}
      </PageTitle>
      <div className="toolbar" style={{ marginTop: -8 }}>
        <KindTag kind={org.kind} />
        {org.place ? <span className="muted">{t('org.place')}: {org.place}</span> : null}
        {org.can.manageAccounts ? <Link to={`/accounts?orgId=${org.id}`}>{t('org.accounts')}</Link> : null}
        {org.can.readAudit ? <Link to={`/audit?orgId=${org.id}`}>{t('org.audit')}</Link> : null}
      </div>
      {org.status !== 'active' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('org.inactive', { status: t(`orgStatus.${org.status}`).toLowerCase(), date: fmtDate(org.endedOn) })}
          description={
            <>
              {org.endedReason}
              {org.mergedIntoId ? (
                <>
                  {' '}
                  <Link to={`/orgs/${org.mergedIntoId}`}>{t('org.mergedInto')}</Link>
                </>
              ) : null}
            </>
          }
        />
      ) : null}
      <section aria-label={t('org.counts')} style={{ marginBottom: 16 }}>
        <dl className="stats">
          {counts.map((c) => (
            <div className="stat" key={c.key}>
              <dt>{c.label}</dt>
              <dd>{c.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <OrgMeetingsSection org={org} />
      <OrgTasksSection orgId={org.id} />
      <Officers org={org} />
      <UnitStandingSection org={org} />
      <DuesWarnings org={org} />
      <MemberList org={org} />
      <Partners org={org} />
      {org.kind !== 'cell' || org.children.length > 0 ? (
        <Section title={t('org.children')}>
          {org.children.length === 0 ? (
            <Empty description={t('org.noChildren')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <ul className="plain-list">
              {org.children.map((c) => (
                <li key={c.id} className="org-node">
                  <Link to={`/orgs/${c.id}`}>{c.name}</Link>
                  <KindTag kind={c.kind} />
                  {c.status !== 'active' ? <Chip tone="red">{t(`orgStatus.${c.status}`)}</Chip> : null}
                  <span className="count">{t('tree.members', { count: c.memberCount })}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
      {org.nameHistory.length > 1 ? (
        <Section title={t('org.nameHistory')}>
          <ul className="plain-list">
            {org.nameHistory.map((h) => (
              <li key={h.validFrom + h.name}>
                <strong>{h.name}</strong>{' '}
                <span className="muted">
                  {fmtDate(h.validFrom)} – {h.validTo ? fmtDate(h.validTo) : t('common.present')}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
