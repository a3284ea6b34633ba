import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import '../../components/meetings/meetings.css';

/** The committee's year: where the office finds each part of the yearly cycle. */
export default function YearHubPage() {
  const { t } = useTranslation();
  const parts = [
    { to: '/oversight/month', title: t('ovs.month.title'), text: t('ovs.hub.month') },
    { to: '/supervision', title: t('sup.nav'), text: t('ovs.hub.supervision') },
    { to: '/plans', title: t('plan.nav'), text: t('plan.hub') },
    { to: '/training', title: t('trn.nav'), text: t('trn.hub') },
    { to: '/reviews', title: t('rev.nav'), text: t('rev.hub') },
  ];
  return (
    <>
      <PageTitle text={t('ovs.hub.title')}>{t('ovs.hub.title')}</PageTitle>
      <ul className="mt-cards">
        {parts.map((p) => (
          <li key={p.to} className="mt-card">
            <Link className="row-link" to={p.to}>{p.title}</Link>
            <div className="muted">{p.text}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
