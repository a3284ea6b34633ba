import { Button } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../api/hooks';
import { useMe } from '../api/auth';
import { thisYear } from './meetings/format';
import { OrgSelect } from './OrgSelect';
import './meetings/meetings.css';
import './oversight/oversight.css';

/**
 * The unit and the year a page of the committee's year shows (plans, training, supervision, reviews), kept in the
 * address (?org=&year=) so that a link or a reload shows the same; `set` changes one parameter in place.
 */
export function useUnitYear() {
  const me = useMe().data;
  const orgs = useOrgs();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? defaultOrgId(me, orgs.data);
  const year = Number(params.get('year') ?? thisYear());
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  return { me, params, orgId, year, set };
}

/** The unit picker and the previous / next year buttons above such a page. */
export function UnitYearBar({ orgId, year, set }: Pick<ReturnType<typeof useUnitYear>, 'orgId' | 'year' | 'set'>) {
  const { t } = useTranslation();
  return (
    <div className="ovs-toolbar">
      <OrgSelect value={orgId} onChange={(v) => set('org', v)} aria-label={t('sup.unit')} />
      <div className="mt-period-nav">
        <Button icon={<LeftOutlined aria-hidden />} aria-label={t('sup.prevYear')} onClick={() => set('year', String(year - 1))} />
        <span className="mt-year-label" aria-live="polite">{year}</span>
        <Button icon={<RightOutlined aria-hidden />} aria-label={t('sup.nextYear')} onClick={() => set('year', String(year + 1))} />
      </div>
    </div>
  );
}
