import { useState } from 'react';
import { Button, Form, Input, Popconfirm, Radio } from 'antd';
import { DeleteOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePartners } from '../../../api/partners';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { Section } from '../../Section';
import { StandingTag } from '../../Tags';
import { meetingCalls, useMeetingAction, useSetMeeting, type Meeting } from '../api';
import { NativeSelect } from '../NativeSelect';
import type { StepProps } from './common';

/** Who is summoned (members, the committee member in charge, exempt members) and who is invited (guests). */
type GuestValues = { source: 'contact' | 'unit' | 'other'; contactId?: string; unitId?: string; name?: string; title?: string };

export function Invitations({ m, readOnly }: StepProps) {
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
            <Button icon={<SyncOutlined aria-hidden />} loading={a.busy} disabled={a.busy} onClick={() => a.run(() => meetingCalls.syncInvitations(m.id))}>
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
                onConfirm={() => a.run(() => meetingCalls.removeInvitation(m.id, i.id))}
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
        setMeeting(await meetingCalls.invite(m.id, body));
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
