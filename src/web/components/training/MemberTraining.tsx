import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { useAddOwnRecord, useMemberTraining } from '../../api/training';
import type { OwnRecordBody } from '../../api/contract';
import { TRAINING_KINDS, TRAINING_STATUSES } from '../../../domain/year/training';
import { DateInput } from '../DateInput';
import { ErrorAlert } from '../ErrorAlert';
import { FormModal } from '../FormModal';
import { Section } from '../Section';
import { Chip } from '../Tags';
import { fmtDate } from '../../lib/format';
import '../meetings/meetings.css';
import '../oversight/oversight.css';

/** A member's training record on their page: courses and studies, certificates, and what they still owe. */
export function MemberTraining({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const q = useMemberTraining(personId);
  const [adding, setAdding] = useState(false);
  const manager = hasRole(me, 'admin', 'leader', 'secretary');
  return (
    <Section title={t('trn.record')} extra={manager ? <Button onClick={() => setAdding(true)}>{t('trn.addOwn')}</Button> : null}>
      <ErrorAlert error={q.error} />
      {q.data?.owes.map((o) => (
        <p key={o.kind} className="ovs-owes"><Chip tone="red">{t('trn.owes')}</Chip> {t(`trn.kinds.${o.kind}`)} — {t(`trn.reason.${o.reason}`, { date: fmtDate(o.dueOn) })}</p>
      ))}
      {q.data && q.data.items.length === 0 ? <p className="muted">{t('trn.noRecord')}</p> : null}
      {q.data?.items.length ? (
        <ul className="mt-cards">
          {q.data.items.map((r) => (
            <li key={r.id} className="mt-card">
              <strong className="wrap-anywhere">{r.title}</strong>
              <div className="mt-card-tags">
                <Chip tone={r.status === 'completed' ? 'green' : r.status === 'absent' || r.status === 'not_completed' ? 'red' : 'grey'}>
                  {t(`trn.statuses.${r.status}`)}
                </Chip>
                <span className="muted">{r.from ? t('trn.period', { from: fmtDate(r.from), to: fmtDate(r.to) }) : fmtDate(r.to)}</span>
              </div>
              <div className="muted">
                {[r.organiser, r.result, r.certificateNo ? t('trn.certificate', { no: r.certificateNo, date: fmtDate(r.certificateDate) }) : null]
                  .filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? <AddOwn personId={personId} onClose={() => setAdding(false)} /> : null}
    </Section>
  );
}

function AddOwn({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddOwnRecord(personId);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <FormModal<OwnRecordBody> title={t('trn.addOwn')} name="own-course" okText={t('trn.save')} onClose={onClose}
      initialValues={{ kind: 'theory_basic', status: 'completed' }} onSubmit={(v) => add.mutateAsync(v)}>
      <Form.Item name="kind" label={t('trn.kind')} rules={required(t('trn.kind'))}>
        <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trn.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('trn.courseTitle')} rules={required(t('trn.courseTitle'))}><Input maxLength={200} /></Form.Item>
      <Form.Item name="organiser" label={t('trn.organiser')}><Input maxLength={200} /></Form.Item>
      <Form.Item name="from" label={t('trn.from')}><DateInput /></Form.Item>
      <Form.Item name="to" label={t('trn.to')} rules={required(t('trn.to'))}><DateInput /></Form.Item>
      <Form.Item name="status" label={t('trn.status')} rules={required(t('trn.status'))}>
        <Select options={TRAINING_STATUSES.map((s) => ({ value: s, label: t(`trn.statuses.${s}`) }))} />
      </Form.Item>
      <Form.Item name="result" label={t('trn.result')}><Input maxLength={100} /></Form.Item>
      <Form.Item name="certificateNo" label={t('trn.certificateNo')}><Input maxLength={100} /></Form.Item>
      <Form.Item name="certificateDate" label={t('trn.certificateDate')}><DateInput /></Form.Item>
    </FormModal>
  );
}
