import { useState } from 'react';
import { Alert, Button, Form, Input, Upload } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, hasRole, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Chip } from '../../components/Tags';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { MyDocuments } from '../../components/followup/MyDocuments';
import { useDocuments, useUpload } from '../../components/followup/documents-api';
import { fmtDate } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import '../../components/followup/followup.css';

const TYPES = ['resolution', 'directive', 'conclusion', 'regulation', 'guidance', 'plan', 'notice', 'other'];

/** The library: documents to disseminate first, searched without diacritics; what I still have to read on top. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useDocuments(q);
  const [adding, setAdding] = useState(false);
  const manager = hasRole(me, 'admin', 'leader');
  const title = t('fu.doc.title');
  return (
    <>
      <PageTitle text={title} extra={manager ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('fu.doc.add')}</Button> : null}>
        {title}
      </PageTitle>
      <MyDocuments />
      <div className="fu-search">
        <Input.Search aria-label={t('fu.doc.search')} placeholder={t('fu.doc.search')} value={text} onChange={(e) => setText(e.target.value)} allowClear />
      </div>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.isLoading ? <PageLoading /> : (list.data?.items.length ?? 0) === 0 ? <Alert type="info" title={t('fu.doc.none')} /> : (
        <ul className="fu-list">
          {list.data!.items.map((d) => (
            <li key={d.id} className={`fu-card${d.summary.overdueCells ? ' fu-card-overdue' : ''}`}>
              <Link to={`/documents/${d.id}`} className="fu-card-title">{d.number} — {d.subject}</Link>
              <div className="fu-card-meta">
                <span>{t(`fu.doc.types.${d.docType}`, { defaultValue: d.docType })} · {d.issuer} · {fmtDate(d.issuedOn)}</span>
              </div>
              {d.disseminateBy ? (
                <div className="fu-card-meta">
                  <span>{t('fu.doc.by', { date: fmtDate(d.disseminateBy) })}</span>
                  <span>{t('fu.doc.cellsDone', { done: d.summary.cellsDone, total: d.summary.cellsTotal })}</span>
                  {d.summary.overdueCells ? <Chip tone="red">{t('fu.doc.overdueCells', { count: d.summary.overdueCells })}</Chip> : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {adding ? <AddDocument orgId={defaultOrgId(me, orgs.data) ?? ''} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

type AddValues = { number: string; docType: string; issuer: string; issuedOn: string; subject: string; disseminateBy?: string | null };

function AddDocument({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useUpload(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState(false);
  const req = (field: string) => [{ required: true, whitespace: true, message: t('fu.doc.required', { field: field.toLowerCase() }) }];
  return (
    <FormModal<AddValues> title={t('fu.doc.add')} name="add-document" initialValues={{ docType: 'directive' }} onClose={onClose}
      onSubmit={async (v) => {
        if (!file) {
          setFileError(true);
          throw new Error(t('fu.doc.fileRequired'));
        }
        const form = new FormData();
        for (const [k, val] of Object.entries(v)) if (val) form.append(k, String(val));
        form.append('file', file);
        await upload.mutateAsync(form);
      }}>
      <Form.Item name="number" label={t('fu.doc.number')} rules={req(t('fu.doc.number'))}><Input maxLength={100} /></Form.Item>
      <Form.Item name="docType" label={t('fu.doc.type')}>
        <NativeSelect placeholder={t('common.choose')} options={TYPES.map((x) => ({ value: x, label: t(`fu.doc.types.${x}`) }))} />
      </Form.Item>
      <Form.Item name="issuer" label={t('fu.doc.issuer')} rules={req(t('fu.doc.issuer'))}><Input maxLength={200} /></Form.Item>
      <Form.Item name="issuedOn" label={t('fu.doc.issuedOn')} rules={[{ required: true, message: t('fu.doc.required', { field: t('fu.doc.issuedOn').toLowerCase() }) }]}><DateInput /></Form.Item>
      <Form.Item name="subject" label={t('fu.doc.subject')} rules={req(t('fu.doc.subject'))}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} /></Form.Item>
      <Form.Item name="disseminateBy" label={t('fu.doc.deadline')} extra={t('fu.doc.deadlineHint')}><DateInput /></Form.Item>
      <Form.Item label={t('fu.doc.file')} validateStatus={fileError ? 'error' : undefined} help={fileError ? t('fu.doc.fileRequired') : undefined}>
        <Upload accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" maxCount={1}
          beforeUpload={(f) => { setFile(f); setFileError(false); return false; }} onRemove={() => setFile(null)}>
          <Button icon={<UploadOutlined aria-hidden />} style={{ minHeight: 44 }}>{t('fu.doc.file')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
