import { Button, Popconfirm } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEndPosition } from '../../api/members';
import type { Profile } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { fmtDate } from '../../lib/format';

/** Cells over time (by the name they had then), status changes with reasons, and positions with terms. */
export function History({ profile: p }: { profile: Profile }) {
  const { t } = useTranslation();
  const end = useEndPosition();
  const where = (from: string | null, to: string | null) =>
    from && to && from !== to ? t('member.from', { from, to }) : t('member.at', { name: to ?? from });
  const span = (from: string, to: string | null) => `${fmtDate(from)} – ${to ? fmtDate(to) : t('common.present')}`;
  const endPosition = (positionId: string) => end.mutateAsync(positionId).catch(() => undefined);
  // Temporary attendance in another cell has its own section (TemporaryAttendance).
  const memberships = p.memberships.filter((m) => m.kind !== 'temporary').sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  const positions = [...p.positions].sort((a, b) => Number(!!a.endedOn) - Number(!!b.endedOn) || b.startedOn.localeCompare(a.startedOn));
  return (
    <>
      <Section title={t('member.history')}>
        {memberships.length === 0 ? <p className="muted">{t('member.noHistory')}</p> : null}
        <ol className="timeline">
          {memberships.map((m, i) => (
            <li key={m.orgId + m.startedOn + i}>
              <div>
                <Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link>
                {m.orgNameNow !== m.orgName ? <span className="muted"> ({t('member.nowIs', { name: m.orgNameNow })})</span> : null}
              </div>
              <div className="muted">
                {span(m.startedOn, m.endedOn)}
                {m.endReason ? ` · ${m.endReason}` : ''}
              </div>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('member.events')}>
        {p.events.length === 0 ? <p className="muted">{t('member.noHistory')}</p> : null}
        <ol className="timeline">
          {p.events.map((e) => (
            <li key={e.id}>
              <div>
                <strong>{fmtDate(e.effectiveOn)}</strong> — {t(`event.${e.kind}`, { defaultValue: e.kind })}
                {e.fromOrgName || e.toOrgName ? <span className="muted"> ({where(e.fromOrgName, e.toOrgName)})</span> : null}
              </div>
              {e.reason ? <div>{t('common.reason')}: {e.reason}</div> : null}
              {e.decisionRef ? (
                <div className="muted">
                  {t('member.decisionRef')}: {e.decisionRef}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('member.positions')}>
        <ErrorAlert error={end.error} />
        {positions.length === 0 ? <p className="muted">{t('member.noHistory')}</p> : null}
        <ul className="plain-list">
          {positions.map((x) => (
            <li key={x.positionId} className="toolbar" style={{ marginBottom: 0 }}>
              <span>
                <strong>{t(`position.${x.title}`, { defaultValue: x.title })}</strong> — <Link to={`/orgs/${x.orgId}`}>{x.orgName}</Link>
                <br />
                <span className="muted">
                  {x.termLabel ? t('org.term', { term: x.termLabel }) + ' · ' : ''}
                  {span(x.startedOn, x.endedOn)}
                </span>
              </span>
              {p.can.manage && !x.endedOn ? (
                <Popconfirm title={t('member.endPositionQ')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => endPosition(x.positionId)}>
                  <Button aria-label={`${t('member.endPosition')}: ${t(`position.${x.title}`, { defaultValue: x.title })}`}>{t('member.endPosition')}</Button>
                </Popconfirm>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
