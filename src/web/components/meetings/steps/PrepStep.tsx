import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Radio } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CheckCircleFilled, DeleteOutlined, EditOutlined, ExclamationCircleFilled, PlusOutlined, PrinterOutlined, SendOutlined, ShareAltOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { del, patch, post, put } from '../../../api/client';
import { usePartners } from '../../../api/partners';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { DateInput } from '../../DateInput';
import { Section } from '../../Section';
import { Chip, StandingTag } from '../../Tags';
import { fmtDate, fmtDateTime } from '../../../lib/format';
import { useMeetingAction, useSetMeeting, type AgendaItem, type Meeting } from '../api';
import { fmtTime, weekdayDate } from '../format';
import { CopyButton } from '../CalendarFeeds';
import { NativeSelect } from '../NativeSelect';
import { personOptions, summoned, type StepProps } from './common';

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
  const content = m.agenda
    .filter((x) => !['opening', 'minute_taker', 'roll_call', 'dues', 'approve_agenda', 'close', 'read_minutes', 'self_scoring'].includes(x.templateKey ?? ''))
    .map((x) => x.title)
    .join('; ');
  const text = t('mtg.notice.text', {
    org: m.orgName, type: t(`mtg.type.${m.type}`).toLowerCase(), time: fmtTime(m.startTime), date: weekdayDate(m.date),
    place: m.location ?? '', content, topic: m.topic ? ` (${m.topic})` : '',
  });
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
          <Button href={`/api/meetings/${m.id}/notice.pdf`} download icon={<PrinterOutlined aria-hidden />}>
            {t('field.notice.print')}
          </Button>
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
          if (await a.run(() => put<Meeting>(`/api/meetings/${m.id}/preparation`, { noticeSent: true }), { confirm: t('field.notice.recorded') })) {
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
            put<Meeting>(`/api/meetings/${m.id}/preparation`, {
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
  const save = (documents: string[]) => a.run(() => patch<Meeting>(`/api/meetings/${m.id}`, { documents }));
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

function Agenda({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const setMeeting = useSetMeeting();
  const items = m.agenda;
  const move = async (i: number, dir: -1 | 1) => {
    const item = items[i];
    const other = items[i + dir];
    if (!other) return;
    const beyond = items[i + 2 * dir];
    // Between the neighbour and the one beyond it when there is room; otherwise swap the two positions.
    const lo = dir < 0 ? (beyond?.position ?? other.position - 20) : other.position;
    const hi = dir < 0 ? other.position : (beyond?.position ?? other.position + 20);
    const mid = Math.floor((lo + hi) / 2);
    if (mid > lo && mid < hi) {
      await a.run(() => patch<Meeting>(`/api/meetings/${m.id}/agenda/${item.id}`, { position: mid }));
    } else {
      await a.run(async () => {
        await patch<Meeting>(`/api/meetings/${m.id}/agenda/${item.id}`, { position: other.position });
        return patch<Meeting>(`/api/meetings/${m.id}/agenda/${other.id}`, { position: item.position });
      });
    }
  };
  return (
    <Section
      title={t('mtg.agenda.title')}
      level={3}
      extra={!readOnly ? <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>{t('mtg.agenda.add')}</Button> : null}
    >
      <ErrorAlert error={a.error} />
      <ol className="mt-agenda">
        {items.map((x, i) => (
          <li key={x.id}>
            <div className="mt-agenda-row">
              <div className="mt-grow">
                <div className="mt-agenda-title">{x.title}</div>
                {x.content ? <div className="muted mt-clamp">{x.content}</div> : null}
              </div>
              {!readOnly ? (
                <div className="mt-agenda-actions">
                  <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('common.edit')}: ${x.title}`} onClick={() => setEditing(x)} disabled={a.busy} />
                  <Button type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={`${t('mtg.agenda.up')}: ${x.title}`} onClick={() => move(i, -1)} disabled={a.busy || i === 0} />
                  <Button
                    type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={`${t('mtg.agenda.down')}: ${x.title}`} onClick={() => move(i, 1)}
                    disabled={a.busy || i === items.length - 1}
                  />
                  <Popconfirm
                    title={t('mtg.agenda.removeQ', { title: x.title })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                    onConfirm={() => a.run(() => del<Meeting>(`/api/meetings/${m.id}/agenda/${x.id}`))}
                  >
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.agenda.remove')}: ${x.title}`} disabled={a.busy} />
                  </Popconfirm>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {editing ? (
        <FormModal<{ title: string; content?: string }>
          title={editing === 'new' ? t('mtg.agenda.add') : t('mtg.agenda.edit')}
          name="agenda-item"
          initialValues={editing === 'new' ? {} : { title: editing.title, content: editing.content }}
          onClose={() => setEditing(null)}
          onSubmit={async (v) => {
            const body = { title: v.title.trim(), content: v.content ?? '' };
            setMeeting(
              editing === 'new'
                ? await post<Meeting>(`/api/meetings/${m.id}/agenda`, body)
                : await patch<Meeting>(`/api/meetings/${m.id}/agenda/${editing.id}`, body),
            );
          }}
        >
          <Form.Item name="title" label={t('mtg.agenda.itemTitle')} rules={[{ required: true, whitespace: true, message: t('mtg.agenda.titleRequired') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="content" label={t('mtg.agenda.content')}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Section>
  );
}

type GuestValues = { source: 'contact' | 'unit' | 'other'; contactId?: string; unitId?: string; name?: string; title?: string };

function Invitations({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [adding, setAdding] = useState(false);
  const overseers = m.invitations.filter((i) => i.role === 'overseer');
  const members = m.invitations.filter((i) => i.role === 'member');
  const exempt = m.invitations.filter((i) => i.role === 'exempt');
  const guests = m.invitations.filter((i) => i.role === 'guest');
  return (
    <Section
      title={t('mtg.inv.title')}
      level={3}
      extra={
        !readOnly ? (
          <>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('mtg.inv.addGuest')}
            </Button>
            <Button icon={<SyncOutlined aria-hidden />} loading={a.busy} disabled={a.busy} onClick={() => a.run(() => post<Meeting>(`/api/meetings/${m.id}/invitations/sync`))}>
              {t('mtg.inv.sync')}
            </Button>
          </>
        ) : null
      }
    >
      <ErrorAlert error={a.error} />
      <h4 className="mt-h4">{t('mtg.inv.overseer')}</h4>
      {overseers.length === 0 ? <p className="muted">{t('mtg.inv.noOverseer')}</p> : null}
      <ul className="plain-list">
        {overseers.map((i) => (
          <li key={i.id}>
            {i.name} {i.title ? <span className="muted">— {i.title}</span> : null}
          </li>
        ))}
      </ul>
      <details className="mt-details">
        <summary>{t('mtg.inv.members', { count: members.length })}</summary>
        <ul className="plain-list">
          {members.map((i) => (
            <li key={i.id}>
              {i.name} <StandingTag standing={i.standing} />
            </li>
          ))}
        </ul>
      </details>
      {exempt.length ? (
        <details className="mt-details">
          <summary>{t('mtg.inv.exempt', { count: exempt.length })}</summary>
          <p className="muted">{t('mtg.inv.exemptHint')}</p>
          <ul className="plain-list">
            {exempt.map((i) => (
              <li key={i.id}>{i.name}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <h4 className="mt-h4">{t('mtg.inv.guests', { count: guests.length })}</h4>
      {guests.length === 0 ? <p className="muted">{t('mtg.inv.noGuests')}</p> : null}
      <ul className="plain-list">
        {guests.map((i) => (
          <li key={i.id} className="mt-row">
            <span className="mt-grow wrap-anywhere">
              {i.name || i.title} {i.name && i.title ? <span className="muted">— {i.title}</span> : null}
            </span>
            {!readOnly ? (
              <Popconfirm
                title={t('mtg.inv.removeQ', { name: i.name || i.title })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => a.run(() => del<Meeting>(`/api/meetings/${m.id}/invitations/${i.id}`))}
              >
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.inv.remove')}: ${i.name || i.title}`} disabled={a.busy} />
              </Popconfirm>
            ) : null}
          </li>
        ))}
      </ul>
      {adding ? <GuestModal m={m} onClose={() => setAdding(false)} /> : null}
    </Section>
  );
}

function GuestModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const setMeeting = useSetMeeting();
  const partners = usePartners(m.orgId);
  const active = (partners.data ?? []).filter((p) => p.active);
  const contacts = active.flatMap((p) => p.contacts.map((c) => ({ value: c.contactId, label: `${c.fullName} — ${c.title} (${p.name})` })));
  return (
    <FormModal<GuestValues>
      title={t('mtg.inv.addGuest')}
      name="add-guest"
      okText={t('mtg.inv.invite')}
      initialValues={{ source: contacts.length ? 'contact' : 'other' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body =
          v.source === 'contact' ? { partnerContactId: v.contactId } : v.source === 'unit' ? { partnerUnitId: v.unitId } : { name: v.name?.trim(), title: v.title?.trim() || undefined };
        setMeeting(await post<Meeting>(`/api/meetings/${m.id}/invitations`, body));
      }}
    >
      <GuestFields contacts={contacts} units={active.map((p) => ({ value: p.id, label: p.name }))} />
    </FormModal>
  );
}

function GuestFields({ contacts, units }: { contacts: { value: string; label: string }[]; units: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const source: GuestValues['source'] = Form.useWatch('source') ?? 'contact';
  return (
    <>
      <Form.Item name="source" label={t('mtg.inv.source')}>
        <Radio.Group
          className="mt-radio-list"
          options={[
            { value: 'contact', label: t('mtg.inv.fromContact') },
            { value: 'unit', label: t('mtg.inv.fromUnit') },
            { value: 'other', label: t('mtg.inv.fromOther') },
          ]}
        />
      </Form.Item>
      {source === 'contact' ? (
        <Form.Item name="contactId" label={t('mtg.inv.contact')} rules={[{ required: true, message: t('common.choose') }]} extra={contacts.length ? undefined : t('mtg.inv.noContacts')}>
          <NativeSelect options={contacts} placeholder={t('common.choose')} />
        </Form.Item>
      ) : null}
      {source === 'unit' ? (
        <Form.Item name="unitId" label={t('mtg.inv.unit')} rules={[{ required: true, message: t('common.choose') }]}>
          <NativeSelect options={units} placeholder={t('common.choose')} />
        </Form.Item>
      ) : null}
      {source === 'other' ? (
        <>
          <Form.Item name="name" label={t('mtg.inv.name')} rules={[{ required: true, whitespace: true, message: t('mtg.inv.nameRequired') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('mtg.inv.guestTitle')}>
            <Input placeholder={t('mtg.inv.guestTitlePh')} />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
