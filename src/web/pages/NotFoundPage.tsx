import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle text={t('common.notFound')}>{t('common.notFound')}</PageTitle>
      <Link to="/">{t('common.home')}</Link>
    </>
  );
}
