import { useState } from 'react';
import { Alert, App, Button, Form } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { useMeetingList } from '../../components/meetings/api';
import { useCellDocuments, useCellMembers, useRecordDissemination, useRecordRead, type CellDoc, type CellMember } from '../../components/followup/documents-api';
import { fmtDate, fmtDateTime } from '../../lib/format';
import { addDays, todayVn } from '../../../domain/dates';
import '../../components/followup/followup.css';
import '../../components/meetings/meetings.css';
import { useOrg } from '../../api/orgs';

/**
 * One document in one cell: at which meeting the cell disseminated it (or recording it now, from a held meeting), and
 * each member — reached at that meeting, read it afterwards (self-confirmed or recorded by the secretary), or not yet.
 */
export default function CellDocumentPage() {
  const { id = '', documentId = '' } = useParams();
  const { t } = useTranslation();
  const org = useOrg(id);
  const docs = useCellDocuments(id);
  const members = useCellMembers(id, documentId, true);
  const [recording, setRecording] = useState(false);
  if (org.isLoading || docs.isLoading) return <PageLoading />;
  if (!org.data || !docs.data) return <ErrorAlert error={org.error ?? docs.error} />;
  const d = docs.data.items.find((x) => x.documentId === documentId);
  if (!d) return <Alert type="warning" showIcon title={t('fu.dis.notForCell')} />;
  const manage = docs.data.canManage;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li><Link to={`/orgs/${id}`}>{org.data.name}</Link></li>
          <li><Link to={`/orgs/${id}/documents`}>{t('fu.doc.title')}</Link></li>
          <li aria-current="page">{d.number}</li>
        </ol>
      </nav>
      <PageTitle text={`${d.number} — ${org.data.name}`}>{d.number}<span className="mt-subtitle">{d.subject}</span></PageTitle>
      <dl className="fu-facts">
        <dt>{t('fu.doc.issuer')}</dt><dd>{d.issuer}</dd>
        <dt>{t('fu.doc.deadline')}</dt><dd>{fmtDate(d.deadline)}</dd>
        <dt>{t('fu.dis.state')}</dt>
        <dd>
          {d.meetingId ? <Link to={`/meetings/${d.meetingId}/minutes`}>{t('fu.doc.doneAt', { date: fmtDate(d.meetingDate) })}</Link>
            : <Chip tone={d.overdue ? 'red' : 'grey'}>{d.overdue ? t('fu.doc.overdue') : t('fu.doc.notYet')}</Chip>}
        </dd>
      </dl>
      <div className="fu-actions">
        <Link className="fu-link-btn" to={`/documents/${d.documentId}`}>{t('fu.dis.openDoc')}</Link>
        {manage ? <Button type={d.meetingId ? 'default' : 'primary'} onClick={() => setRecording(true)}>{d.meetingId ? t('fu.dis.change') : t('fu.doc.record')}</Button> : null}
      </div>
      <Section title={t('fu.doc.members')}>
        <p className="fu-summary" aria-live="polite">{t('fu.doc.reached', { reached: d.membersReached, total: d.membersTotal })}</p>
        {!d.meetingId ? <p className="muted">{t('fu.dis.membersHint')}</p> : null}
        <ErrorAlert error={members.error} />
        <ul className="fu-list fu-members">
          {/* Those still to reach first: what the secretary comes here for. */}
          {[...(members.data ?? [])].sort((a, b) => Number(!!a.reached) - Number(!!b.reached)).map((p) => <MemberRow key={p.personId} p={p} orgId={id} documentId={documentId} manage={manage} />)}
        </ul>
      </Section>
      {recording ? <RecordModal orgId={id} doc={d} onClose={() => setRecording(false)} /> : null}
    </>
  );
}

function MemberRow({ p, orgId, documentId, manage }: { p: CellMember; orgId: string; documentId: string; manage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const read = useRecordRead(orgId);
  const state = p.reached === 'meeting' ? <Chip tone="green">{t('fu.doc.atMeeting')}</Chip>
    : p.reached === 'read' ? <Chip tone="blue">{t('fu.doc.read', { date: fmtDateTime(p.readAt) })}{p.method === 'secretary' ? ` · ${t('fu.dis.bySecretary')}` : ''}</Chip>
      : <Chip tone="amber">{t('fu.doc.notReached')}</Chip>;
  return (
    <li className="fu-member-row">
      <span>{p.fullName}</span>
      <span className="fu-card-meta">
        {state}
        {manage && !p.reached ? (
          <Button loading={read.isPending} aria-label={`${t('fu.doc.markRead')}: ${p.fullName}`}
            onClick={() => void read.mutateAsync({ documentId, personId: p.personId })
              .then(() => message.success(t('fu.dis.readRecorded', { name: p.fullName }))).catch(() => undefined)}>
            {t('fu.doc.markRead')}
          </Button>
        ) : null}
      </span>
      {read.error ? <ErrorAlert error={read.error} style={{ width: '100%' }} /> : null}
    </li>
  );
}

function RecordModal({ orgId, doc, onClose }: { orgId: string; doc: CellDoc; onClose: () => void }) {
  const { t } = useTranslation();
  const today = todayVn();
  const list = useMeetingList(orgId, addDays(today, -92), today);
  const record = useRecordDissemination(orgId);
  const held = (list.data?.items ?? []).filter((m) => m.id && (m.status === 'held' || m.status === 'approved')).reverse();
  return (
    <FormModal<{ meetingId: string }> title={t('fu.doc.record')} name="record-dissemination" okText={t('fu.doc.recordSubmit')} onClose={onClose}
      initialValues={{ meetingId: doc.meetingId ?? held[0]?.id ?? undefined }}
      onSubmit={(v) => record.mutateAsync({ documentId: doc.documentId, meetingId: v.meetingId })}>
      <p>{doc.number} — {doc.subject}</p>
      {list.isLoading ? <PageLoading /> : held.length === 0 ? <Alert type="info" title={t('fu.doc.noMeetings')} /> : (
        <Form.Item name="meetingId" label={t('fu.doc.meeting')} rules={[{ required: true, message: t('fu.dis.meetingRequired') }]}>
          <NativeSelect placeholder={t('common.choose')}
            options={held.map((m) => ({ value: m.id!, label: `${fmtDate(m.date)} — ${t(`mtg.type.${m.type}`)}` }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
