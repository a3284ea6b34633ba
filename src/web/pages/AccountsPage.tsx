import { useState } from 'react';
import { Button, Empty, Form, Popconfirm } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, get, post } from '../api/client';
import { defaultOrgId, useInvalidate, useMe, useOrgs } from '../api/hooks';
import type { Account } from '../api/types';
import { AccountFields } from '../components/AccountFields';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormModal } from '../components/FormModal';
import { MemberPicker } from '../components/MemberPicker';
import { OrgSelect } from '../components/OrgSelect';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { Chip } from '../components/Tags';
import { fmtDateTime } from '../lib/format';
import { AccountDialogs, type Dialog } from './AccountDialogs';

/** Login accounts of the people in a chosen unit: create, reset password, disable, grant and revoke roles. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const orgs = useOrgs();
  const invalidate = useInvalidate();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? defaultOrgId(me, orgs.data);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery({ queryKey: ['accounts', orgId], queryFn: () => get<Account[]>(`/api/accounts?orgId=${orgId}`), enabled: !!orgId });
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await invalidate('accounts');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <PageTitle text={t('accounts.title')}>{t('accounts.title')}</PageTitle>
      <div className="toolbar">
        <label htmlFor="accounts-org" className="field-label">{t('accounts.unit')}</label>
        <OrgSelect id="accounts-org" value={orgId} onChange={(v) => setParams({ orgId: v })} style={{ maxWidth: 480 }} />
      </div>
      <ErrorAlert error={list.error ?? error} />
      <Section
        title={t('accounts.title')}
        extra={<Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>{t('accounts.create')}</Button>}
      >
        {list.data && list.data.length === 0 ? <Empty description={t('accounts.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        <ul className="plain-list">
          {(list.data ?? []).map((a) => (
            <li key={a.accountId}>
              <div className="toolbar" style={{ marginBottom: 4 }}>
                <strong><code>{a.username}</code></strong>
                <span>{a.fullName}</span>
                {a.orgName ? <span className="muted">{a.orgName}</span> : null}
                {a.disabled ? <Chip tone="red">{t('accounts.disabled')}</Chip> : <Chip tone="green">{t('accounts.active')}</Chip>}
                {a.mustChangePassword ? <Chip tone="amber">{t('accounts.mustChange')}</Chip> : null}
              </div>
              <div>
                {a.grants.map((g) => {
                  const role = t(`role.${g.role}`, { defaultValue: g.role });
                  const org = g.orgName ?? t('accounts.everywhere');
                  return (
                    <span key={g.grantId} className="grant">
                      {role} — {org}
                      <Popconfirm title={t('accounts.revokeQ', { role, org })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run(() => del(`/api/grants/${g.grantId}`))}>
                        <button type="button" className="grant-x" aria-label={t('accounts.revoke', { role })}>×</button>
                      </Popconfirm>
                    </span>
                  );
                })}
              </div>
              <div className="muted">
                {t('accounts.lastLogin')}: {a.lastLoginAt ? fmtDateTime(a.lastLoginAt) : t('accounts.never')}
              </div>
              <div className="toolbar" style={{ marginTop: 8, marginBottom: 0 }}>
                <Button onClick={() => setDialog({ kind: 'reset', account: a })}>{t('accounts.reset')}</Button>
                <Button onClick={() => run(() => post(`/api/accounts/${a.accountId}/disabled`, { disabled: !a.disabled }))} danger={!a.disabled}>
                  {a.disabled ? t('accounts.enable') : t('accounts.disable')}
                </Button>
                <Button onClick={() => setDialog({ kind: 'grant', account: a })}>{t('accounts.grant')}</Button>
              </div>
            </li>
          ))}
        </ul>
      </Section>
      {dialog ? <AccountDialogs dialog={dialog} defaultOrgId={orgId} onClose={() => setDialog(null)} /> : null}
      {creating ? (
        <FormModal<{ personId: string; username: string; password: string; role: string; orgId: string }>
          title={t('accounts.create')} name="new-account" onClose={() => setCreating(false)}
          initialValues={{ role: 'member', orgId }}
          onSubmit={async (v) => {
            await post('/api/accounts', { ...v, username: v.username.trim() });
            await invalidate('accounts');
          }}
        >
          <Form.Item name="personId" label={t('accounts.person')} rules={[{ required: true, message: t('common.choose') }]}>
            <MemberPicker />
          </Form.Item>
          <AccountFields />
        </FormModal>
      ) : null}
    </>
  );
}
