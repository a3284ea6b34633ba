import { Button, Empty, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../api/hooks';
import { useMe } from '../api/auth';
import { useAuditLog } from '../api/audit';
import { ErrorAlert } from '../components/ErrorAlert';
import { OrgSelect } from '../components/OrgSelect';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { fmtDateTime } from '../lib/format';
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from '../../domain/audit';

// Every action chibo records, worded in src/domain/audit.ts.
const ACTIONS = Object.keys(AUDIT_ACTIONS) as AuditAction[];

function Json({ value }: { value: unknown }) {
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

/** Who changed what, when, in a unit and the units under it; each entry opens to show before and after. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
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
  const log = useAuditLog(orgId, action, lang);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const label = (a: string) => {
    const words = isAuditAction(a) ? AUDIT_ACTIONS[a][lang] : a;
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
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
              </div>
              <div>{e.text}</div>
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
