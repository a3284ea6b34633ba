import { useState } from 'react';
import { Input } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { fmtDate } from '../../lib/format';
import './dashboard.css';
import '../../i18n/dashboard-load';
import { useSearch } from '../../api/dashboard';
import type { SearchItem as Item } from '../../api/contract';

const HREF: Record<Item['kind'], (id: string) => string> = {
  person: (id) => `/members/${id}`, unit: (id) => `/orgs/${id}`, meeting: (id) => `/meetings/${id}`, task: (id) => `/tasks/${id}`,
  document: (id) => `/documents/${id}`,
};

/** One search box: people, units, meetings (topic, minutes, resolution), documents, tasks — typed with or without diacritics. */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const res = useSearch(q);
  return (
    <>
      <PageTitle text={t('dash.search.title')}>{t('dash.search.title')}</PageTitle>
      <form
        role="search"
        className="dash-search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: text.trim() }, { replace: true });
        }}
      >
        <label htmlFor="global-search">{t('dash.search.label')}</label>
        <Input.Search
          id="global-search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => setParams({ q: v.trim() }, { replace: true })}
          enterButton={t('dash.search.go')}
          size="large"
          maxLength={100}
          placeholder={t('dash.search.placeholder')}
        />
      </form>
      <ErrorAlert error={res.error} />
      {res.isLoading ? <PageLoading /> : null}
      {res.data ? (
        res.data.items.length ? (
          <ul className="plain-list dash-results" aria-label={t('dash.search.results', { n: res.data.items.length })}>
            {res.data.items.map((i) => (
              <li key={`${i.kind}:${i.id}`}>
                <Link className="row-link" to={HREF[i.kind](i.id)}>
                  <span className="dash-kind">{t(`dash.search.kind.${i.kind}`)}</span> {i.title || t('dash.search.untitled')}
                </Link>
                <div className="dash-sub">
                  {[i.subtitle, i.date ? fmtDate(i.date) : null].filter(Boolean).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('dash.search.none')}</p>
        )
      ) : null}
    </>
  );
}
