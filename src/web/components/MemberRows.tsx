import { Grid, Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../api/types';
import { fmtDate } from '../lib/format';
import { StandingTag, StateTag } from './Tags';

type Props = { rows: MemberRow[]; showCell?: boolean; loading?: boolean; caption: string; linkable?: (r: MemberRow) => boolean };

/** Members as a table on wide screens and as a list on phones; each name links to the member's record. */
export function MemberRows({ rows, showCell = true, loading, caption, linkable = () => true }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  // Without the right to read records (an ordinary member), names are plain text rather than links that lead nowhere.
  const name = (r: MemberRow) =>
    linkable(r) ? (
      <Link className="row-link" to={`/members/${r.personId}`}>
        {r.fullName}
      </Link>
    ) : (
      <span className="row-link">{r.fullName}</span>
    );
  const positions = (r: MemberRow) => r.positions.map((p) => t(`position.${p}`, { defaultValue: p })).join(', ');
  if (screens.md === false) {
    return (
      <ul className="plain-list" aria-label={caption} aria-busy={loading}>
        {rows.map((r) => (
          <li key={r.personId}>
            {name(r)}
            <div>
              <StandingTag standing={r.standing} />
              <StateTag state={r.state} />
            </div>
            {r.positions.length > 0 ? <div>{positions(r)}</div> : null}
            {showCell ? <div className="muted">{r.orgName}</div> : null}
          </li>
        ))}
      </ul>
    );
  }
  const hasDetail = rows.some((r) => 'birthDate' in r);
  return (
    <Table<MemberRow>
      rowKey="personId"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={rows}
      caption={<span className="visually-hidden">{caption}</span>}
      columns={[
        {
          key: 'name',
          title: t('member.fullName'),
          render: (_, r) => name(r),
        },
        {
          key: 'status',
          title: t('member.state'),
          render: (_, r) => (
            <>
              <StandingTag standing={r.standing} />
              <StateTag state={r.state} />
            </>
          ),
        },
        { key: 'positions', title: t('members.position'), render: (_, r) => positions(r) },
        ...(showCell ? [{ key: 'cell', title: t('members.cell'), render: (_: unknown, r: MemberRow) => r.orgName }] : []),
        ...(hasDetail
          ? [
              { key: 'birth', title: t('member.birthDate'), render: (_: unknown, r: MemberRow) => fmtDate(r.birthDate) },
              { key: 'admission', title: t('member.admissionDate'), render: (_: unknown, r: MemberRow) => fmtDate(r.admissionDate) },
            ]
          : []),
      ]}
    />
  );
}
