import { Alert } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { useCoverage, useDocument } from '../../components/followup/documents-api';
import { fmtDate } from '../../lib/format';
import '../../components/followup/followup.css';
import { DocLink } from '../../components/DocLink';

/** One document: what it is, its file (with the checksum), the deadline, and each cell's coverage. */
export default function DocumentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const doc = useDocument(id);
  const cov = useCoverage(id);
  if (doc.isLoading) return <PageLoading />;
  if (!doc.data) return <ErrorAlert error={doc.error} />;
  const d = doc.data;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs"><li><Link to="/documents">{t('fu.doc.title')}</Link></li><li aria-current="page">{d.number}</li></ol>
      </nav>
      <PageTitle text={`${d.number} — ${d.subject}`}>{d.number}<span className="mt-subtitle">{d.subject}</span></PageTitle>
      <dl className="fu-facts">
        <dt>{t('fu.doc.type')}</dt><dd>{t(`fu.doc.types.${d.docType}`, { defaultValue: d.docType })}</dd>
        <dt>{t('fu.doc.issuer')}</dt><dd>{d.issuer}</dd>
        <dt>{t('fu.doc.issuedOn')}</dt><dd>{fmtDate(d.issuedOn)}</dd>
        <dt>{t('fu.doc.deadline')}</dt><dd>{d.disseminateBy ? fmtDate(d.disseminateBy) : t('fu.doc.notToDisseminate')}</dd>
      </dl>
      <div className="fu-actions">
        <DocLink className="fu-link-btn" href={`/api/documents/${d.id}/file`}>{t('fu.doc.download', { type: d.file.type.toUpperCase(), size: `${Math.ceil(d.file.size / 1024)} KB` })}</DocLink>
      </div>
      <p className="muted" style={{ wordBreak: 'break-all' }}>{t('fu.doc.checksum', { sha: d.file.sha256 })}</p>
      {d.disseminateBy ? (
        <Section title={t('fu.doc.coverage')}>
          {cov.error ? <ErrorAlert error={cov.error} /> : null}
          {cov.data && cov.data.cells.length === 0 ? <Alert type="info" title={t('fu.doc.none')} /> : null}
          <ul className="fu-list">
            {(cov.data?.cells ?? []).map((c) => (
              <li key={c.orgId} className={`fu-card${c.overdue ? ' fu-card-overdue' : ''}`}>
                <Link to={`/orgs/${c.orgId}/documents/${d.id}`} className="fu-card-title">{c.orgName}</Link>
                <div className="fu-card-meta">
                  {c.meetingId ? (
                    <Link to={`/meetings/${c.meetingId}`}>{t('fu.doc.doneAt', { date: fmtDate(c.meetingDate) })}</Link>
                  ) : <Chip tone={c.overdue ? 'red' : 'grey'}>{c.overdue ? t('fu.doc.overdue') : t('fu.doc.notYet')}</Chip>}
                  <span>{t('fu.doc.reached', { reached: c.membersReached, total: c.membersTotal })}</span>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
