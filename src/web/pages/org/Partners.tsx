import { useState } from 'react';
import { Button, Empty, Form, Input, Popconfirm, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../api/types';
import type { Partner, PartnerKind } from '../../api/contract';
import { useAddContact, useCreatePartner, useEndContact, usePartners } from '../../api/partners';
import { PARTNER_KINDS } from '../../../domain/partners';
import { FormModal } from '../../components/FormModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';

/** The unit's partners (mass organizations, police officer, militia leader…) and their contact people. */
export function Partners({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const list = usePartners(org.id);
  const create = useCreatePartner(org.id);
  const addContact = useAddContact();
  const end = useEndContact();
  const [adding, setAdding] = useState(false);
  const [contactFor, setContactFor] = useState<Partner | null>(null);
  // Partners are managed by whoever manages the unit's members (secretaries, leaders).
  const manage = org.can.managePartners && org.status === 'active';
  const required = (field: string) => [{ required: true, whitespace: true, min: 2, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <Section
      title={t('org.partners')}
      extra={manage ? <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('partner.add')}</Button> : null}
    >
      <ErrorAlert error={list.error ?? end.error} />
      {list.data && list.data.length === 0 ? <Empty description={t('partner.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
      <ul className="plain-list">
        {(list.data ?? []).map((p) => (
          <li key={p.id}>
            <div className="toolbar" style={{ marginBottom: 4 }}>
              <strong>{p.name}</strong>
              <Chip>{t(`partnerKind.${p.kind}`, { defaultValue: p.kind })}</Chip>
              {!p.active ? <Chip tone="red">{t('partner.inactive')}</Chip> : null}
              {manage ? (
                <Button size="small" type="link" onClick={() => setContactFor(p)} aria-label={`${t('partner.addContact')}: ${p.name}`}>
                  {t('partner.addContact')}
                </Button>
              ) : null}
            </div>
            {p.contacts.length === 0 ? (
              <div className="muted">{t('partner.noContacts')}</div>
            ) : (
              <ul className="contact-list">
                {p.contacts.map((c) => (
                  <li key={c.contactId}>
                    {c.fullName} — {c.title}
                    {c.phone ? (
                      <>
                        {' · '}
                        <a href={`tel:${c.phone}`}>{c.phone}</a>
                      </>
                    ) : null}
                    {manage ? (
                      <Popconfirm
                        title={t('partner.endContactQ', { name: c.fullName })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => end.mutateAsync({ partnerId: p.id, contactId: c.contactId }).catch(() => undefined)}
                      >
                        <Button size="small" type="link" aria-label={`${t('partner.endContact')}: ${c.fullName}`}>
                          {t('partner.endContact')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <FormModal<{ kind: PartnerKind; name: string }>
          title={t('partner.add')} name="add-partner" onClose={() => setAdding(false)}
          onSubmit={(v) => create.mutateAsync({ kind: v.kind, name: v.name.trim() })}
        >
          <Form.Item name="kind" label={t('partner.kind')} rules={[{ required: true, message: t('common.choose') }]}>
            <Select options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('partner.name')} rules={required(t('partner.name'))}>
            <Input />
          </Form.Item>
        </FormModal>
      ) : null}
      {contactFor ? (
        <FormModal<{ fullName: string; title: string; phone?: string }>
          title={`${t('partner.addContact')} — ${contactFor.name}`} name="add-contact" onClose={() => setContactFor(null)}
          onSubmit={(v) =>
            addContact.mutateAsync({ partnerId: contactFor.id, fullName: v.fullName.trim(), title: v.title.trim(), phone: v.phone?.trim() || null })}
        >
          <Form.Item name="fullName" label={t('partner.contactName')} rules={required(t('partner.contactName'))}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('partner.contactTitle')} rules={required(t('partner.contactTitle'))}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('common.phone')}>
            <Input inputMode="tel" />
          </Form.Item>
        </FormModal>
      ) : null}
    </Section>
  );
}
