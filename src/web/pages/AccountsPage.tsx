import { useState } from 'react';
import { Button, Empty, Form, Popconfirm } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, useOrgs } from '../api/hooks';
import { useMe } from '../api/auth';
import { useAccounts, useCreateAccount, useRevokeGrant, useSetDisabled } from '../api/accounts';
import type { Role } from '../api/contract';
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
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? defaultOrgId(me, orgs.data);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useAccounts(orgId);
  const create = useCreateAccount();
  const setDisabled = useSetDisabled();
  const revokeGrant = useRevokeGrant();
  // One error line for the list's quick actions: the latest one tried.
  const toggle = (accountId: string, disabled: boolean) => {
    revokeGrant.reset();
    return setDisabled.mutateAsync({ accountId, disabled }).catch(() => undefined);
  };
  const revoke = (grantId: string) => {
    setDisabled.reset();
    return revokeGrant.mutateAsync(grantId).catch(() => undefined);
  };
  return (
    <>
      <PageTitle text={t('accounts.title')}>{t('accounts.title')}</PageTitle>
      <div className="toolbar">
        <label htmlFor="accounts-org" className="field-label">{t('accounts.unit')}</label>
        <OrgSelect id="accounts-org" value={orgId} onChange={(v) => setParams({ orgId: v })} style={{ maxWidth: 480 }} />
      </div>
      <ErrorAlert error={list.error ?? setDisabled.error ?? revokeGrant.error} />
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
                      <Popconfirm title={t('accounts.revokeQ', { role, org })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => revoke(g.grantId)}>
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
                <Button onClick={() => toggle(a.accountId, !a.disabled)} danger={!a.disabled}>
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
        <FormModal<{ personId: string; username: string; password: string; role: Role; orgId: string }>
          title={t('accounts.create')} name="new-account" onClose={() => setCreating(false)}
          initialValues={{ role: 'member', orgId }}
          onSubmit={async (v) => {
            await create.mutateAsync({ ...v, username: v.username.trim() });
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
