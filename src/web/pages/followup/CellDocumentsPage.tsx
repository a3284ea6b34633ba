import { Alert } from 'antd';
import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Chip } from '../../components/Tags';
import { MyDocuments } from '../../components/followup/MyDocuments';
import { useCellDocuments } from '../../components/followup/documents-api';
import { fmtDate } from '../../lib/format';
import '../../components/followup/followup.css';
import '../../components/meetings/meetings.css';
import { useOrg } from '../../api/orgs';

/** What a cell is to disseminate (quán triệt): not yet done first, then done — at which meeting, how many members reached. */
export default function CellDocumentsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const org = useOrg(id);
  const docs = useCellDocuments(id);
  if (org.isLoading || docs.isLoading) return <PageLoading />;
  if (!org.data || !docs.data) return <ErrorAlert error={org.error ?? docs.error} />;
  // A unit above the cells follows its documents in the library (coverage of every cell).
  if (org.data.kind !== 'cell') return <Navigate to="/documents" replace />;
  const title = t('fu.doc.title');
  const items = docs.data.items;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li><Link to={`/orgs/${id}`}>{org.data.name}</Link></li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${org.data.name}`}>{title}<span className="mt-subtitle">{org.data.name}</span></PageTitle>
      <MyDocuments />
      <p className="muted">{t('fu.dis.cellHint')} <Link to="/documents">{t('fu.dis.library')}</Link></p>
      {items.length === 0 ? <Alert type="info" title={t('fu.doc.none')} /> : (
        <ul className="fu-list">
          {items.map((d) => (
            <li key={d.documentId} className={`fu-card${d.overdue ? ' fu-card-overdue' : ''}`}>
              <Link to={`/orgs/${id}/documents/${d.documentId}`} className="fu-card-title">{d.number} — {d.subject}</Link>
              <div className="fu-card-meta">
                {d.meetingId ? <Chip tone="green">{t('fu.doc.doneAt', { date: fmtDate(d.meetingDate) })}</Chip>
                  : <Chip tone={d.overdue ? 'red' : 'grey'}>{d.overdue ? t('fu.doc.overdue') : t('fu.doc.notYet')}</Chip>}
                <span>{t('fu.doc.by', { date: fmtDate(d.deadline) })}</span>
                <span>{t('fu.doc.reached', { reached: d.membersReached, total: d.membersTotal })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
