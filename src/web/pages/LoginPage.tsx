import { Button, Form, Input } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe } from '../api/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageTitle } from '../components/PageTitle';

export default function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  // Logged in (now or already): a temporary password is changed first, else back to where the user was going.
  if (me.data) return <Navigate to={me.data.mustChangePassword ? '/me' : from ?? '/'} replace />;

  const submit = (v: { username: string; password: string }) => login.mutate({ username: v.username.trim(), password: v.password });

  return (
    <div className="center-page">
      <header className="center-top" style={{ maxWidth: 420 }}>
        <span className="brand">chibo</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-card">
        <PageTitle text={t('login.title')}>{t('login.title')}</PageTitle>
        <p className="muted" style={{ marginTop: -8 }}>{t('app.tagline')}</p>
        <ErrorAlert error={login.error} />
        <Form layout="vertical" name="login" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </main>
    </div>
  );
}
