import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddGrant, useResetPassword } from '../api/accounts';
import type { Account, Role } from '../api/contract';
import { RoleSelect } from '../components/AccountFields';
import { FormModal } from '../components/FormModal';
import { OrgSelect } from '../components/OrgSelect';

export type Dialog = { kind: 'reset' | 'grant'; account: Account };

/** Reset a password, or grant a role over a unit, for one account. */
export function AccountDialogs({ dialog, defaultOrgId, onClose }: { dialog: Dialog; defaultOrgId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reset = useResetPassword();
  const grant = useAddGrant();
  const a = dialog.account;
  if (dialog.kind === 'reset') {
    return (
      <FormModal<{ password: string }>
        title={`${t('accounts.reset')} — ${a.username}`} name="reset-password" onClose={onClose}
        onSubmit={async (v) => {
          await reset.mutateAsync({ accountId: a.accountId, ...v });
          message.success(t('accounts.resetDone'));
        }}
      >
        <Form.Item name="password" label={t('accounts.password')} extra={t('accounts.passwordHint')} rules={[{ required: true, min: 8, message: t('setup.passwordShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    );
  }
  return (
    <FormModal<{ role: Role; orgId: string }>
      title={`${t('accounts.grant')} — ${a.username}`} name="grant" onClose={onClose}
      initialValues={{ role: 'member', orgId: defaultOrgId }}
      onSubmit={async (v) => {
        await grant.mutateAsync({ accountId: a.accountId, role: v.role, orgId: v.role === 'admin' ? null : v.orgId });
      }}
    >
      <Form.Item name="role" label={t('member.role')} rules={[{ required: true }]}>
        <RoleSelect />
      </Form.Item>
      {/* An administrator's grant covers the whole system: no unit to choose. */}
      <Form.Item noStyle shouldUpdate={(a, b) => a.role !== b.role}>
        {({ getFieldValue }) =>
          getFieldValue('role') === 'admin' ? (
            <p className="muted">{t('accounts.everywhere')}</p>
          ) : (
            <Form.Item name="orgId" label={t('member.grantOrg')} rules={[{ required: true, message: t('common.choose') }]}>
              <OrgSelect />
            </Form.Item>
          )
        }
      </Form.Item>
    </FormModal>
  );
}
