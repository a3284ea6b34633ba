import { useMemo, useState } from 'react';
import { Checkbox, Empty } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../api/hooks';
import { buildTree, type OrgNode } from '../lib/tree';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { Chip, KindTag } from '../components/Tags';

function Node({ node }: { node: OrgNode }) {
  const { t } = useTranslation();
  return (
    <li>
      <div className="org-node">
        {node.contextOnly ? (
          <span className="context" title={t('tree.outside')}>
            {node.name}
          </span>
        ) : (
          <Link className="tree-link" to={`/orgs/${node.id}`}>
            {node.name}
          </Link>
        )}
        <KindTag kind={node.kind} />
        {node.status !== 'active' ? <Chip tone="red">{t(`orgStatus.${node.status}`)}</Chip> : null}
        {!node.contextOnly ? <span className="count">{t('tree.members', { count: node.memberCount })}</span> : null}
      </div>
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((c) => (
            <Node key={c.id} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The units the caller may see, as a tree of links; ancestors outside their scope are shown greyed. */
export default function OrgTreePage() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const orgs = useOrgs(includeInactive);
  const tree = useMemo(() => buildTree(orgs.data ?? []), [orgs.data]);
  return (
    <>
      <PageTitle text={t('tree.title')}>{t('tree.title')}</PageTitle>
      <div className="toolbar">
        <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
          {t('tree.includeInactive')}
        </Checkbox>
      </div>
      <ErrorAlert error={orgs.error} />
      {orgs.isLoading ? (
        <PageLoading />
      ) : tree.length === 0 ? (
        <Empty description={t('tree.empty')} />
      ) : (
        <div className="section">
          <ul className="org-tree">
            {tree.map((n) => (
              <Node key={n.id} node={n} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
