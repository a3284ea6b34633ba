import { Empty, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import { useMemberSearch } from '../api/members';
import { ErrorAlert } from '../components/ErrorAlert';
import { MemberRows } from '../components/MemberRows';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { useDebounced } from '../lib/useDebounced';

/** Search members by name across every unit the caller may see ("truong" finds "Lường Văn Trường"). */
export default function MemberSearchPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const q = useDebounced(text.trim(), 300);
  const results = useMemberSearch(q, { keepPrevious: true });
  return (
    <>
      <PageTitle text={t('members.title')}>{t('members.title')}</PageTitle>
      <div className="toolbar">
        <Input
          className="grow"
          type="search"
          size="large"
          prefix={<SearchOutlined aria-hidden />}
          aria-label={t('members.searchLabel')}
          placeholder={t('members.searchPh')}
          allowClear
          autoFocus
          value={text}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </div>
      <ErrorAlert error={results.error} />
      {!q ? (
        <p className="muted">{t('members.searchHint')}</p>
      ) : results.data && results.data.length === 0 ? (
        <Empty description={t('members.noResults')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : results.data ? (
        <Section title={t('members.results', { count: results.data.length })}>
          <MemberRows
            // Detail fields come only with the right to read the record: link only then (or to oneself).
            linkable={(r) => 'birthDate' in r || r.personId === me?.personId}
            rows={results.data} loading={results.isFetching} caption={t('members.results', { count: results.data.length })} />
        </Section>
      ) : null}
    </>
  );
}
