import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSetup, useSetupCommittee, useSetupDemo, useSetupDone } from '../api/setup';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageTitle } from '../components/PageTitle';

type OwnForm = { committeeName: string; place: string; fullName: string; username: string; password: string };

/** First run: load the demo commune, or create one's own committee and administrator. */
export default function SetupPage() {
  const { t } = useTranslation();
  const setup = useSetup();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'choose' | 'own'>('choose');
  const setupDemo = useSetupDemo();
  const setupCommittee = useSetupCommittee();
  const setupDone = useSetupDone();
  const demo = setupDemo.data;
  const busy = setupDemo.isPending || setupCommittee.isPending;
  const error = setupDemo.error ?? setupCommittee.error;
  // The one-time code printed in the server's log at start: whoever sets chibo up can read that log.
  const [code, setCode] = useState('');
  const codeRequired = Boolean(setup.data?.codeRequired);
  const sentCode = codeRequired ? code : null;

  if (!demo && setup.data && !setup.data.needed) return <Navigate to="/login" replace />;

  const loadDemo = () => {
    setupCommittee.reset();
    setupDemo.mutate({ code: sentCode });
  };
  const createOwn = async (v: OwnForm) => {
    setupDemo.reset();
    // Awaited here, not in mutate's callback: the page may already have left /setup when the answer comes.
    await setupCommittee.mutateAsync({ ...v, code: sentCode });
    navigate('/orgs', { replace: true });
  };
  const goLogin = () => {
    setupDone();
    navigate('/login');
  };

  return (
    <div className="center-page">
      <header className="center-top">
        <span className="brand">chibo</span>
        <LanguageSwitch />
      </header>
      <main id="main" style={{ width: '100%', maxWidth: 880 }}>
        <PageTitle text={t('setup.title')}>{t('setup.title')}</PageTitle>
        <ErrorAlert error={error} />
        {!demo && codeRequired ? (
          <section className="choice-card" aria-labelledby="setup-code" style={{ marginBottom: 16 }}>
            <h2 id="setup-code">{t('setup.code')}</h2>
            <p>{t('setup.codeHint')}</p>
            <Input
              id="setup-code-input"
              aria-labelledby="setup-code"
              size="large"
              inputMode="numeric"
              autoComplete="off"
              placeholder="0000-0000-0000"
              maxLength={40}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              style={{ maxWidth: 280 }}
            />
          </section>
        ) : null}
        {demo ? (
          <section className="choice-card" aria-labelledby="demo-done">
            <h2 id="demo-done">{t('setup.demoAccounts')}</h2>
            <Alert type="success" showIcon style={{ margin: '12px 0' }} title={t('setup.demoLoaded', demo)} />
            <p>
              <strong>{t('setup.demoPassword', { password: demo.password })}</strong>
            </p>
            <table className="simple-table">
              <thead>
                <tr>
                  <th scope="col">{t('setup.usernameCol')}</th>
                  <th scope="col">{t('setup.descriptionCol')}</th>
                </tr>
              </thead>
              <tbody>
                {demo.usernames.map((u) => (
                  <tr key={u.username}>
                    <td>
                      <code>{u.username}</code>
                    </td>
                    <td>{u.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Button type="primary" size="large" style={{ marginTop: 16 }} onClick={goLogin}>
              {t('setup.goLogin')}
            </Button>
          </section>
        ) : mode === 'choose' ? (
          <>
            <p>{t('setup.intro')}</p>
            <div className="choice-grid">
              <section className="choice-card" aria-labelledby="choice-demo">
                <h2 id="choice-demo">{t('setup.demo')}</h2>
                <p>{t('setup.demoHint')}</p>
                <Button type="primary" size="large" block loading={busy} onClick={loadDemo}>
                  {t('setup.demo')}
                </Button>
              </section>
              <section className="choice-card" aria-labelledby="choice-own">
                <h2 id="choice-own">{t('setup.own')}</h2>
                <p>{t('setup.ownHint')}</p>
                <Button size="large" block onClick={() => setMode('own')} disabled={busy}>
                  {t('setup.own')}
                </Button>
              </section>
            </div>
          </>
        ) : (
          <section className="choice-card" aria-labelledby="own-title" style={{ maxWidth: 560 }}>
            <h2 id="own-title">{t('setup.own')}</h2>
            <p>{t('setup.ownHint')}</p>
            <Form<OwnForm> layout="vertical" name="setup" onFinish={(v) => createOwn(v).catch(() => undefined)} requiredMark>
              <Form.Item name="committeeName" label={t('setup.committeeName')} rules={[{ required: true, min: 3, message: t('common.required', { field: t('setup.committeeName').toLowerCase() }) }]}>
                <Input placeholder={t('setup.committeeNamePh')} autoComplete="organization" />
              </Form.Item>
              <Form.Item name="place" label={t('setup.place')} rules={[{ required: true, min: 2, message: t('common.required', { field: t('setup.place').toLowerCase() }) }]}>
                <Input placeholder={t('setup.placePh')} />
              </Form.Item>
              <Form.Item name="fullName" label={t('setup.fullName')} rules={[{ required: true, min: 2, message: t('common.required', { field: t('setup.fullName').toLowerCase() }) }]}>
                <Input autoComplete="name" />
              </Form.Item>
              <Form.Item name="username" label={t('setup.username')} rules={[{ required: true, message: t('common.required', { field: t('setup.username').toLowerCase() }) }]}>
                <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('setup.password')}
                extra={t('setup.passwordHint')}
                rules={[{ required: true, min: 8, message: t('setup.passwordShort') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <div className="toolbar">
                <Button type="primary" htmlType="submit" size="large" loading={busy}>
                  {t('setup.create')}
                </Button>
                <Button size="large" onClick={() => setMode('choose')}>
                  {t('common.back')}
                </Button>
              </div>
            </Form>
          </section>
        )}
      </main>
    </div>
  );
}
