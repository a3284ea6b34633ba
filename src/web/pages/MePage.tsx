import { useState } from 'react';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useChangePassword, useMe, useRevokeSession, useSessions } from '../api/auth';
import { useInvalidate } from '../api/hooks';
import type { Locale } from '../api/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { Chip } from '../components/Tags';
import { fmtDateTime } from '../lib/format';
import { AttendanceHistory } from '../components/meetings/AttendanceHistory';
import { currentLocale, setLanguage } from '../lib/language';
import { setLargeText, useLargeText } from '../lib/textSize';

type PasswordForm = { currentPassword: string; newPassword: string; repeat: string };

/** My account: change password (prompted when it is a temporary one), my sessions, my language. */
export default function MePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data;
  const [form] = Form.useForm<PasswordForm>();
  const sessions = useSessions();
  const changePassword = useChangePassword();
  const revokeSession = useRevokeSession();
  if (!me) return null;
  const change = async (v: PasswordForm) => {
    revokeSession.reset();
    await changePassword.mutateAsync({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    form.resetFields();
    message.success(t('me.changed'));
  };
  const revoke = async (id: string) => {
    changePassword.reset();
    await revokeSession.mutateAsync(id);
    message.success(t('me.revoked'));
  };
  return (
    <>
      <PageTitle text={t('me.title')}>{me.fullName ?? me.username}</PageTitle>
      {me.mustChangePassword ? <Alert type="warning" showIcon title={t('me.mustChange')} style={{ marginBottom: 16 }} /> : null}
      <Section title={t('me.title')}>
        <dl className="kv">
          <dt>{t('me.username')}</dt>
          <dd>
            <code>{me.username}</code>
          </dd>
          <dt>{t('me.roles')}</dt>
          <dd>
            {me.grants.map((g, i) => (
              <Chip key={i}>
                {t(`role.${g.role}`, { defaultValue: g.role })} — {g.orgName ?? t('accounts.everywhere')}
              </Chip>
            ))}
          </dd>
        </dl>
        {me.personId ? (
          <p style={{ marginTop: 12, marginBottom: 0 }}>
            <Link to={`/members/${me.personId}`}>{t('me.myRecord')}</Link>
          </p>
        ) : null}
      </Section>
      <TextSize />
      {/* Her own attendance, in its own place under "Tôi" (the absence rule counted for the year shown). */}
      {me.personId ? <AttendanceHistory personId={me.personId} /> : null}
      <Section title={t('me.changePassword')}>
        <ErrorAlert error={changePassword.error ?? revokeSession.error} />
        <Form<PasswordForm> form={form} name="password" layout="vertical" onFinish={(v) => change(v).catch(() => undefined)} style={{ maxWidth: 420 }}>
          <Form.Item name="currentPassword" label={t('me.currentPassword')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('me.newPassword')} extra={t('setup.passwordHint')} rules={[{ required: true, min: 8, message: t('setup.passwordShort') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('me.repeatPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('me.mismatch') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('me.mismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
            {t('me.changePassword')}
          </Button>
        </Form>
      </Section>
      <Section title={t('me.language')}>
        <Radio.Group
          aria-label={t('me.language')}
          value={currentLocale()}
          onChange={(e) => void setLanguage(e.target.value as Locale)}
          options={[
            { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
      </Section>
      <Section title={t('me.sessions')}>
        <ErrorAlert error={sessions.error} />
        <ul className="plain-list">
          {(sessions.data ?? []).map((s) => (
            <li key={s.id} className="toolbar" style={{ marginBottom: 0 }}>
              <div className="grow">
                <div className="wrap-anywhere">{s.userAgent ?? '—'}</div>
                <div className="muted">
                  {t('me.createdAt')}: {fmtDateTime(s.createdAt)} · {t('me.lastSeen')}: {fmtDateTime(s.lastSeenAt)}
                  {s.ip ? ` · ${s.ip}` : ''}
                </div>
              </div>
              {s.current ? (
                <Chip tone="green">{t('me.current')}</Chip>
              ) : (
                <Button onClick={() => revoke(s.id).catch(() => undefined)}>{t('me.revoke')}</Button>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

/** Large-text mode: older members read the whole app a quarter larger; remembered with the account. */
function TextSize() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const large = useLargeText();
  const invalidate = useInvalidate();
  const [error, setError] = useState<unknown>(null);
  const choose = async (v: boolean) => {
    setError(null);
    try {
      await setLargeText(v);
      await invalidate('me');
      message.success(t('field.textSize.saved'));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Section title={t('field.textSize.title')}>
      <ErrorAlert error={error} />
      <p className="muted">{t('field.textSize.hint')}</p>
      <Radio.Group
        aria-label={t('field.textSize.title')}
        value={large ? 'large' : 'normal'}
        onChange={(e) => void choose(e.target.value === 'large')}
        optionType="button"
        options={[
          { value: 'normal', label: t('field.textSize.normal') },
          { value: 'large', label: <span className="text-size-large">{t('field.textSize.large')}</span> },
        ]}
      />
    </Section>
  );
}
