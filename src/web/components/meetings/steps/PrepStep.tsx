import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal } from 'antd';
import { CheckCircleFilled, DeleteOutlined, ExclamationCircleFilled, PlusOutlined, PrinterOutlined, SendOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { DateInput } from '../../DateInput';
import { Section } from '../../Section';
import { Chip } from '../../Tags';
import { fmtDate, fmtDateTime } from '../../../lib/format';
import { meetingCalls, meetingFiles, useMeetingAction, type Meeting } from '../api';
import { weekdayDate } from '../format';
import { noticeText } from '../notice';
import { CopyButton } from '../CopyField';
import { NativeSelect } from '../NativeSelect';
import { personOptions, summoned, type StepProps } from './common';
import { Agenda } from './PrepAgenda';
import { Invitations } from './PrepInvitations';
import { DocLink } from '../../DocLink';

/** Chuẩn bị: the HD 42 checklist, the notice, documents, the agenda and who is summoned or invited. */
export function PrepStep({ m, readOnly }: StepProps) {
  return (
    <>
      <Checklist m={m} />
      <Notice m={m} readOnly={readOnly} />
      <Assignments m={m} readOnly={readOnly} />
      <Documents m={m} readOnly={readOnly} />
      <Agenda m={m} readOnly={readOnly} />
      <Invitations m={m} readOnly={readOnly} />
    </>
  );
}

function Checklist({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const p = m.preparation;
  const active = m.status === 'planned' || m.status === 'moved';
  return (
    <Section title={t('mtg.prep.checklist')} level={3}>
      <p className="muted">{t('mtg.prep.checklistHint', { date: weekdayDate(p.deadline) })}</p>
      <ul className="mt-checklist">
        {p.items.map((i) => (
          <li key={i.key} className={i.done ? (i.late ? 'mt-late' : 'mt-done') : active ? 'mt-missing' : 'mt-undone'}>
            {i.done && !i.late ? <CheckCircleFilled aria-hidden className="mt-ok-icon" /> : <ExclamationCircleFilled aria-hidden className="mt-warn-icon" />}
            <span className="mt-check-label">{t(`mtg.prepItem.${i.key}`, { defaultValue: i.label })}</span>
            {i.done ? <Chip tone="green">{t('mtg.prep.done')}</Chip> : <Chip tone="amber">{t('mtg.prep.missing')}</Chip>}
            {i.late ? <Chip tone="red">{t('mtg.prep.late')}</Chip> : null}
          </li>
        ))}
      </ul>
      {p.missing.length > 0 && active ? (
        <p className="mt-missing-summary">{t('mtg.prep.missingCount', { count: p.missing.length })}</p>
      ) : null}
    </Section>
  );
}

/** The notice to members and to the committee member in charge; a text to paste into a message app. */
function Notice({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [confirming, setConfirming] = useState(false);
  const p = m.preparation;
  const members = m.invitations.filter((i) => i.role === 'member').length;
  const overseers = m.invitations.filter((i) => i.role === 'overseer').length;
  const guests = m.invitations.filter((i) => i.role === 'guest').length;
  const text = noticeText(m, t);
  return (
    <Section title={t('mtg.notice.title')} level={3}>
      <ErrorAlert error={a.error} />
      {p.noticeSentAt ? (
        <Alert type="success" showIcon title={t('mtg.notice.sentAt', { date: fmtDateTime(p.noticeSentAt) })} className="mt-alert" />
      ) : (
        <p>{t('mtg.notice.to', { members, overseers, guests })}</p>
      )}
      <div className="mt-notice-text">
        <p id="mt-notice-text">{text}</p>
        <div className="toolbar">
          {canShare() ? (
            <Button icon={<ShareAltOutlined aria-hidden />} onClick={() => void shareNotice(m, text)}>
              {t('field.notice.share')}
            </Button>
          ) : null}
          <CopyButton text={text} label={t('mtg.notice.copy')} />
          <DocLink href={meetingFiles.notice(m.id)} icon={<PrinterOutlined aria-hidden />}>
            {t('field.notice.print')}
          </DocLink>
        </div>
      </div>
      {!readOnly && !p.noticeSentAt ? (
        <div className="mt-actions">
          <Button type="primary" size="large" icon={<SendOutlined aria-hidden />} loading={a.busy} disabled={a.busy} onClick={() => setConfirming(true)}>
            {t('mtg.notice.send')}
          </Button>
        </div>
      ) : null}
      <Modal
        open={confirming}
        title={t('mtg.notice.send')}
        okText={t('mtg.notice.send')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: a.busy }}
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          // The phone's share sheet (Zalo, SMS) opens within the tap; the sending is recorded either way.
          const shared = canShare() ? shareNotice(m, text) : Promise.resolve();
          if (await a.run(() => meetingCalls.preparation(m.id, { noticeSent: true }), { confirm: t('field.notice.recorded') })) {
            setConfirming(false);
          }
          await shared;
        }}
        destroyOnHidden
      >
        <ErrorAlert error={a.error} />
        <p>{t('mtg.notice.confirm', { members, overseers, guests })}</p>
      </Modal>
    </Section>
  );
}

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** Opens the phone's share sheet with the notice text and a link to the meeting; a cancelled share is no error. */
async function shareNotice(m: Meeting, text: string): Promise<void> {
  try {
    await navigator.share({ title: m.orgName, text, url: `${window.location.origin}/meetings/${m.id}` });
  } catch {
    /* cancelled, or not allowed here: the text can still be copied */
  }
}

type AssignValues = {
  contentPreparerId?: string | null; resolutionPreparerId?: string | null; committeeMeetingOn?: string | null;
  contentAgreed: boolean; documentsReady: boolean; note?: string | null;
};

function Assignments({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const p = m.preparation;
  const options = personOptions(summoned(m));
  const initial: AssignValues = {
    contentPreparerId: p.contentPreparerId, resolutionPreparerId: p.resolutionPreparerId, committeeMeetingOn: p.committeeMeetingOn,
    contentAgreed: !!p.contentAgreedAt, documentsReady: !!p.documentsReadyAt, note: p.note,
  };
  const nameOf = (id: string | null) => m.invitations.find((i) => i.personId === id)?.name ?? '—';
  if (readOnly) {
    return (
      <Section title={t('mtg.prep.assign')} level={3}>
        <dl className="kv">
          <dt>{t('mtg.prep.contentPreparer')}</dt>
          <dd>{nameOf(p.contentPreparerId)}</dd>
          <dt>{t('mtg.prep.resolutionPreparer')}</dt>
          <dd>{nameOf(p.resolutionPreparerId)}</dd>
          <dt>{t('mtg.prep.committeeMeetingOn')}</dt>
          <dd>{p.committeeMeetingOn ? fmtDate(p.committeeMeetingOn) : '—'}</dd>
          {p.note ? (
            <>
              <dt>{t('mtg.prep.note')}</dt>
              <dd className="mt-pre">{p.note}</dd>
            </>
          ) : null}
        </dl>
      </Section>
    );
  }
  return (
    <Section title={t('mtg.prep.assign')} level={3}>
      <ErrorAlert error={a.error} />
      <Form<AssignValues>
        key={JSON.stringify(initial)}
        layout="vertical"
        name="prep-assign"
        initialValues={initial}
        disabled={a.busy}
        onFinish={(v) =>
          a.run(() =>
            meetingCalls.preparation(m.id, {
              contentPreparerId: v.contentPreparerId ?? null, resolutionPreparerId: v.resolutionPreparerId ?? null,
              committeeMeetingOn: v.committeeMeetingOn ?? null, contentAgreed: !!v.contentAgreed, documentsReady: !!v.documentsReady,
              note: v.note?.trim() || null,
            }),
            { confirm: true },
          )
        }
      >
        <div className="form-grid">
          <Form.Item name="contentPreparerId" label={t('mtg.prep.contentPreparer')}>
            <NativeSelect options={options} placeholder={t('mtg.field.none')} disabled={a.busy} />
          </Form.Item>
          <Form.Item name="resolutionPreparerId" label={t('mtg.prep.resolutionPreparer')}>
            <NativeSelect options={options} placeholder={t('mtg.field.none')} disabled={a.busy} />
          </Form.Item>
          <Form.Item name="committeeMeetingOn" label={t('mtg.prep.committeeMeetingOn')}>
            <DateInput />
          </Form.Item>
        </div>
        <Form.Item name="contentAgreed" valuePropName="checked" className="mt-check-item">
          <Checkbox>{t('mtg.prep.contentAgreed')}</Checkbox>
        </Form.Item>
        <Form.Item name="documentsReady" valuePropName="checked" className="mt-check-item">
          <Checkbox>{t('mtg.prep.documentsReady')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('mtg.prep.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={a.busy}>
          {t('mtg.prep.save')}
        </Button>
      </Form>
    </Section>
  );
}

function Documents({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [text, setText] = useState('');
  const save = (documents: string[]) => a.run(() => meetingCalls.update(m.id, { documents }));
  return (
    <Section title={t('mtg.docs.title')} level={3}>
      <ErrorAlert error={a.error} />
      {m.documents.length === 0 ? <p className="muted">{t('mtg.docs.empty')}</p> : null}
      <ul className="plain-list">
        {m.documents.map((d, i) => (
          <li key={`${i}-${d}`} className="mt-row">
            <span className="wrap-anywhere mt-grow">{d}</span>
            {!readOnly ? (
              <Button
                type="text" danger icon={<DeleteOutlined aria-hidden />} disabled={a.busy} aria-label={`${t('mtg.docs.remove')}: ${d}`}
                onClick={() => save(m.documents.filter((_, j) => j !== i))}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <form
          className="mt-inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            if (await save([...m.documents, text.trim()])) setText('');
          }}
        >
          <label htmlFor="mt-doc-new" className="field-label">
            {t('mtg.docs.new')}
          </label>
          <div className="mt-url-row">
            <Input id="mt-doc-new" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('mtg.docs.placeholder')} />
            <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={a.busy} disabled={a.busy || !text.trim()}>
              {t('mtg.docs.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </Section>
  );
}
