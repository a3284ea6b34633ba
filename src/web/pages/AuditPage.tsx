import { Button, Empty, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useMe, useOrgs } from '../api/hooks';
import { useAuditLog } from '../api/audit';
import { ErrorAlert } from '../components/ErrorAlert';
import { OrgSelect } from '../components/OrgSelect';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { fmtDateTime } from '../lib/format';
import vi from '../i18n/vi';

// Every action the UI has a label for, e.g. 'org.create', 'member.transfer'.
const ACTIONS = Object.entries(vi.action).flatMap(([group, names]) => Object.keys(names).map((n) => `${group}.${n}`));

function Json({ value }: { value: unknown }) {
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

/** Who changed what, when, in a unit and the units under it; each entry opens to show before and after. */
export default function AuditPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? defaultOrgId(me, orgs.data);
  const action = params.get('action') ?? '';
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k === 'action' && orgId) next.set('orgId', orgId);
    setParams(next, { replace: true });
  };
  const log = useAuditLog(orgId, action);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const label = (a: string) => t(`action.${a}`, { defaultValue: a });
  // Some summaries are codes (a position title, a role): show their labels.
  const summaryText = (s: string) =>
    /^[a-z_]+$/.test(s) ? t(`position.${s}`, { defaultValue: t(`role.${s}`, { defaultValue: s }) }) : s;
  return (
    <>
      <PageTitle text={t('audit.title')}>{t('audit.title')}</PageTitle>
      <div className="filters">
        <div>
          <label htmlFor="audit-org" className="field-label">{t('audit.unit')}</label>
          <OrgSelect id="audit-org" value={orgId} onChange={(v) => set('orgId', v)} />
        </div>
        <div>
          <label htmlFor="audit-action" className="field-label">{t('audit.action')}</label>
          <Select
            id="audit-action"
            value={action}
            onChange={(v) => set('action', v)}
            style={{ width: '100%' }}
            options={[{ value: '', label: t('audit.allActions') }, ...ACTIONS.map((a) => ({ value: a, label: label(a) }))]}
          />
        </div>
      </div>
      <ErrorAlert error={log.error} />
      <Section title={t('audit.title')}>
        {log.data && items.length === 0 ? <Empty description={t('audit.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        <ul className="plain-list audit-list">
          {items.map((e) => (
            <li key={e.id}>
              <div className="audit-head">
                <time dateTime={e.at}>{fmtDateTime(e.at)}</time>
                <strong>{label(e.action)}</strong>
                <span>{e.fullName ?? e.username ?? t('audit.system')}</span>
              </div>
              {e.summary ? <div>{summaryText(e.summary)}</div> : null}
              {e.before != null || e.after != null ? (
                <details>
                  <summary>{t('audit.details')}</summary>
                  <div className="audit-diff">
                    {e.before != null ? (
                      <div>
                        <h3>{t('audit.before')}</h3>
                        <Json value={e.before} />
                      </div>
                    ) : null}
                    {e.after != null ? (
                      <div>
                        <h3>{t('audit.after')}</h3>
                        <Json value={e.after} />
                      </div>
                    ) : null}
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        {log.hasNextPage ? (
          <Button onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage} style={{ marginTop: 12 }}>
            {t('audit.loadMore')}
          </Button>
        ) : null}
      </Section>
    </>
  );
}
