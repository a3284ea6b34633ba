import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from './OrgSelect';
import { ROLES } from '../../domain/roles';

export function RoleSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  return <Select {...props} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />;
}

/** Username, temporary password, first role and where it applies. */
export function AccountFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="username" label={t('accounts.username')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('accounts.username').toLowerCase() }) }]}>
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="password" label={t('accounts.password')} extra={t('accounts.passwordHint')} rules={[{ required: true, min: 8, message: t('setup.passwordShort') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" label={t('member.role')} rules={[{ required: true }]}>
        <RoleSelect />
      </Form.Item>
      <Form.Item name="orgId" label={t('member.grantOrg')} rules={[{ required: true, message: t('common.choose') }]}>
        <OrgSelect />
      </Form.Item>
    </>
  );
}
