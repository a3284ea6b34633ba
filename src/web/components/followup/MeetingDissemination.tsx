import { App, Button } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { Chip } from '../Tags';
import { fmtDate } from '../../lib/format';
import type { Meeting } from '../../api/contract';
import { useCellDocuments, useRecordDissemination } from './documents-api';
import './followup.css';

/**
 * Under the meeting's "upper-level documents" item: the documents the cell is to disseminate (quán triệt). One tap
 * records that this meeting disseminated one; the members present count as reached, the absent read it later.
 */
export function MeetingDissemination({ m, agendaItemId }: { m: Meeting; agendaItemId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const docs = useCellDocuments(m.orgId);
  const record = useRecordDissemination(m.orgId);
  const items = (docs.data?.items ?? []).filter((d) => !d.meetingId || d.meetingId === m.id);
  if (!items.length) return null;
  const held = m.status === 'held' || m.status === 'approved';
  const canRecord = !!docs.data?.canManage && held;
  return (
    <div className="fu-dissem" role="group" aria-label={t('fu.dis.title')}>
      <h4 className="mt-h4">{t('fu.dis.title')}</h4>
      {!held ? <p className="muted">{t('fu.dis.afterHeld')}</p> : null}
      <ul className="fu-list">
        {items.map((d) => (
          <li key={d.documentId} className={`fu-card${d.overdue ? ' fu-card-overdue' : ''}`}>
            <Link to={`/orgs/${m.orgId}/documents/${d.documentId}`} className="fu-card-title">{d.number} — {d.subject}</Link>
            <div className="fu-card-meta">
              {d.meetingId ? <Chip tone="green">{t('fu.dis.here')}</Chip> : <Chip tone={d.overdue ? 'red' : 'grey'}>{d.overdue ? t('fu.doc.overdue') : t('fu.doc.notYet')}</Chip>}
              <span>{t('fu.doc.by', { date: fmtDate(d.deadline) })}</span>
              {d.meetingId ? <span>{t('fu.doc.reached', { reached: d.membersReached, total: d.membersTotal })}</span> : null}
            </div>
            {canRecord && !d.meetingId ? (
              <div className="fu-actions">
                <Button type="primary" loading={record.isPending && record.variables?.documentId === d.documentId}
                  onClick={() => void record.mutateAsync({ documentId: d.documentId, meetingId: m.id, agendaItemId })
                    .then(() => message.success(t('fu.dis.recorded', { number: d.number }))).catch(() => undefined)}>
                  {t('fu.dis.recordHere')}
                </Button>
              </div>
            ) : null}
            {d.meetingId && d.membersReached < d.membersTotal ? (
              <Link to={`/orgs/${m.orgId}/documents/${d.documentId}`} className="mt-strong-link">
                {t('fu.dis.absentLink', { count: d.membersTotal - d.membersReached })}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorAlert error={record.error} />
    </div>
  );
}
