import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The breadcrumb of a page under a unit: the unit (a link to its page), then the page. */
export function UnitCrumbs({ org, title }: { org: { id: string; name: string }; title: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('org.breadcrumb')}>
      <ol className="crumbs">
        <li>
          <Link to={`/orgs/${org.id}`}>{org.name}</Link>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
