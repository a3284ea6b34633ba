import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnitStanding } from '../../api/members';
import type { OrgDetail } from '../../api/types';
import { Section } from '../../components/Section';
import { StandingTag } from '../../components/Tags';
import { fmtDate } from '../../lib/format';

/**
 * On a unit's page: the Charter's warning for a cell with fewer than 3 official members (`tooFewOfficials`), and the
 * members not attending here as usual — members of other cells attending here temporarily, own members attending
 * elsewhere, suspended members (rules in src/domain/members.ts and src/domain/meetings/roster.ts).
 */
export function UnitStandingSection({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const q = useUnitStanding(org.id);
  const d = q.data;
  if (!d) return null;
  const isCell = org.kind === 'cell';
  const lists = [
    { key: 'here', items: d.attendingHere.map((x) => ({ ...x, note: [t('rules.unit.fromCell', { name: x.otherOrgName }), x.to ? t('rules.unit.until', { date: fmtDate(x.to) }) : ''] })) },
    { key: 'elsewhere', items: d.attendingElsewhere.map((x) => ({ ...x, note: [t('rules.unit.atCell', { name: x.otherOrgName }), x.to ? t('rules.unit.until', { date: fmtDate(x.to) }) : ''] })) },
    { key: 'suspended', items: d.suspended.map((x) => ({ ...x, note: [x.since ? t('rules.unit.since', { date: fmtDate(x.since) }) : ''] })) },
  ].filter((l) => l.items.length > 0);
  if (!d.tooFew.length && !lists.length) return null;
  return (
    <Section title={t('rules.unit.title')}>
      {d.tooFew.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={isCell ? t('rules.unit.tooFew', { official: d.tooFew[0].official, minimum: d.minimum }) : t('rules.unit.tooFewCells', { minimum: d.minimum })}
          description={isCell ? undefined : (
            <ul className="plain-list">
              {d.tooFew.map((c) => (
                <li key={c.orgId}>
                  <Link to={`/orgs/${c.orgId}`}>{t('rules.unit.officialOf', { name: c.orgName, official: c.official })}</Link>
                </li>
              ))}
            </ul>
          )}
        />
      ) : null}
      {lists.map((l) => (
        <div key={l.key} style={{ marginBottom: 12 }}>
          <h3 style={{ fontSize: 15, margin: "8px 0 4px" }}>{t(`rules.unit.${l.key}`)}</h3>
          <ul className="plain-list">
            {l.items.map((x) => (
              <li key={x.personId + l.key}>
                <Link to={`/members/${x.personId}`}>{x.name}</Link> <StandingTag standing={x.standing} />
                <div className="muted">{[...(isCell ? [] : [x.orgName]), ...x.note].filter(Boolean).join(' · ')}</div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
