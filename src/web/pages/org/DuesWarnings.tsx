import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDuesWarnings } from '../../api/members';
import type { OrgDetail } from '../../api/types';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { formatVnd } from '../../../domain/meetings/dues';

/**
 * On a cell's or a commune's page: members who left 2 (reminder) or 3 or more (to consider under the Charter)
 * months of the year unpaid without a valid reason, with the months that count (`duesWarnings`).
 */
export function DuesWarnings({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const q = useDuesWarnings(org.id, org.can.readMembers);
  const d = q.data;
  if (!org.can.readMembers || !d) return null;
  const isCell = org.kind === 'cell';
  return (
    <Section title={t('rules.duesList.title')}>
      <p className="muted">{t('rules.duesList.hint', { year: d.year })}</p>
      {d.items.length === 0 ? (
        <p className="muted">{t('rules.duesList.empty', { year: d.year })}</p>
      ) : (
        <ul className="plain-list">
          {d.items.map((x) => (
            <li key={x.personId}>
              <div>
                <Link to={`/members/${x.personId}`}>{x.name}</Link>{' '}
                <Chip tone={x.level === 'flag' ? 'red' : 'amber'}>{t(`rules.duesList.${x.level}`)}</Chip>
              </div>
              <div className="muted">
                {[
                  isCell ? null : x.orgName,
                  t('rules.duesList.months', { months: x.unpaidMonths.join(', ') }),
                  x.arrears > 0 ? t('rules.duesList.arrears', { amount: formatVnd(x.arrears) }) : null,
                ].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
