import { Button, Empty } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { usePlanList } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { UnitYearBar, useUnitYear } from '../../components/UnitYearBar';
import { Chip } from '../../components/Tags';
import { thisYear } from '../../components/meetings/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

const TONE = { none: 'red', draft: 'grey', submitted: 'amber', approved: 'green' } as const;

/** The commune's view of the cells' annual activity plans: approved, waiting for approval, draft, missing. */
export default function PlansPage() {
  const { t } = useTranslation();
  const { me, params, orgId, year, set } = useUnitYear();
  const list = usePlanList(orgId, year);
  const title = t('plan.listTitle', { year });
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      <UnitYearBar orgId={orgId} year={year} set={set} />
      <ErrorAlert error={list.error} />
      {list.isLoading ? <PageLoading /> : null}
      {list.data ? (list.data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <ul className="mt-cards">
          {[...list.data.items].sort((a, b) => (a.status === 'approved' ? 1 : 0) - (b.status === 'approved' ? 1 : 0)).map((i) => (
            <li key={i.orgId} className="mt-card">
              <Link className="row-link" to={`/orgs/${i.orgId}/plan/${year}`}>{i.orgName}</Link>
              <div className="mt-card-tags">
                <Chip tone={TONE[i.status]}>{i.status === 'none' ? t('plan.none') : t(`plan.status.${i.status}`)}</Chip>
                <span className="muted">{t('plan.topics', { n: i.thematicTopics })}</span>
              </div>
            </li>
          ))}
        </ul>
      )) : null}
    </>
  );
}
