import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../api/types';
import { Section } from '../../components/Section';
import { fmtDate } from '../../lib/format';

const ORDER = ['commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member', 'cell_secretary', 'cell_deputy', 'cell_committee'];

/** The unit's officers (secretary, deputies, committee) and the committee members in charge of it. */
export function Officers({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const officers = [...org.officers].sort((a, b) => ORDER.indexOf(a.title) - ORDER.indexOf(b.title) || a.fullName.localeCompare(b.fullName, 'vi'));
  const showOverseers = org.kind === 'cell' || org.overseers.length > 0;
  return (
    <Section title={t('org.officers')}>
      {officers.length === 0 ? (
        <p className="muted">{t('org.noOfficers')}</p>
      ) : (
        <dl className="kv">
          {officers.map((o) => (
            <div key={o.positionId} style={{ display: 'contents' }}>
              <dt>{t(`position.${o.title}`, { defaultValue: o.title })}</dt>
              <dd>
                <Link to={`/members/${o.personId}`}>{o.fullName}</Link>{' '}
                <span className="muted">
                  {o.termLabel ? t('org.term', { term: o.termLabel }) + ', ' : ''}
                  {t('common.from', { date: fmtDate(o.startedOn) })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {showOverseers ? (
        <>
          <h3 style={{ marginTop: 16, marginBottom: 8 }}>{t('org.overseers')}</h3>
          {org.overseers.length === 0 ? (
            <p className="muted">{t('org.noOverseers')}</p>
          ) : (
            <ul className="plain-list">
              {org.overseers.map((o) => (
                <li key={o.personId}>
                  <Link to={`/members/${o.personId}`}>{o.fullName}</Link>{' '}
                  <span className="muted">{t('common.from', { date: fmtDate(o.startedOn) })}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Section>
  );
}
