import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../api/types';
import { Section } from '../../components/Section';
import { fmtDate } from '../../lib/format';

type Item = { key: string; value: React.ReactNode };

function Pairs({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  return (
    <dl className="kv">
      {items.map((i) => (
        <div key={i.key} style={{ display: 'contents' }}>
          <dt>{t(`member.${i.key}`)}</dt>
          <dd>{i.value === null || i.value === undefined || i.value === '' ? <span className="muted">—</span> : i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Personal and party fields with their Vietnamese labels (as in the national member database). */
export function ProfileDetails({ profile: p }: { profile: Profile }) {
  const { t } = useTranslation();
  const label = (prefix: string, v: string | null) => (v ? t(`${prefix}.${v}`, { defaultValue: v }) : null);
  return (
    <>
      <Section title={t('member.personal')}>
        <Pairs
          items={[
            { key: 'fullName', value: p.fullName },
            { key: 'birthDate', value: fmtDate(p.birthDate) },
            { key: 'gender', value: label('gender', p.gender) },
            { key: 'ethnicity', value: p.ethnicity },
            { key: 'religion', value: p.religion },
            { key: 'citizenId', value: p.citizenId },
            { key: 'phone', value: p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : null },
            { key: 'email', value: p.email },
            { key: 'address', value: p.address },
            { key: 'education', value: p.education },
          ]}
        />
      </Section>
      <Section title={t('member.party')}>
        <Pairs
          items={[
            { key: 'cell', value: p.currentOrgId ? <Link to={`/orgs/${p.currentOrgId}`}>{p.currentOrgName}</Link> : null },
            { key: 'admissionDate', value: fmtDate(p.admissionDate) },
            { key: 'officialDate', value: fmtDate(p.officialDate) },
            { key: 'cardNo', value: p.cardNo },
            { key: 'standing', value: label('standing', p.standing) },
            { key: 'state', value: label('state', p.state) },
            { key: 'theoryLevel', value: label('theory', p.theoryLevel) },
            { key: 'duesCategory', value: label('dues', p.duesCategory) },
            {
              key: 'account',
              value: p.account ? (
                <>
                  <code>{p.account.username}</code> {p.account.disabled ? `(${t('member.disabledTag')})` : null}
                </>
              ) : (
                t('member.noAccount')
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
