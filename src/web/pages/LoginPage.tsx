import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe } from '../api/auth';
import { PageTitle } from '../components/PageTitle';
import { errorText } from '../lib/errors';
import { setLanguage } from '../lib/language';

/**
 * Sign-in, in plain HTML and CSS: the first page a phone loads carries no component library (antd loads with the
 * screen after it), so it opens quickly on a weak village connection. The server draws it (src/web/ssr.tsx), so the
 * fields can be typed in before the app has taken the page over: they keep what was typed (the form is read when it is
 * sent, not kept in state). A tap on the language switch before then is held and done once the app runs (src/web/boot.ts);
 * the sign-in button waits for the app (disabled): sent by the browser itself, the form would put the password in the URL.
 */
export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  // False on the server and in the first drawing in the browser (the two must agree), true once the app runs.
  const [running, setRunning] = useState(false);
  useEffect(() => setRunning(true), []);

  // Logged in (now or already): a temporary password is changed first, else back to where the user was going.
  if (me.data) return <Navigate to={me.data.mustChangePassword ? '/me' : from ?? '/'} replace />;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get('username') ?? '');
    const password = String(form.get('password') ?? '');
    const m = { username: !username.trim(), password: !password };
    setMissing(m);
    if (m.username || m.password) {
      document.getElementById(m.username ? 'login-username' : 'login-password')?.focus();
      return;
    }
    login.mutate({ username: username.trim(), password });
  };
  const next = i18n.language === 'en' ? 'vi' : 'en';

  return (
    <div className="center-page">
      <header className="center-top" style={{ maxWidth: 420 }}>
        <span className="brand">chibo</span>
        <button type="button" className="plain-lang" lang={next} title={t('lang.switchLabel')} onClick={() => void setLanguage(next)}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden focusable="false">
            <path
              fill="currentColor"
              d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.9 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A8 8 0 0 1 5.08 16Zm2.95-8H5.08a8 8 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.03 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
            />
          </svg>
          <span>{t('lang.switchTo')}</span>
        </button>
      </header>
      <main id="main" className="login-card">
        <PageTitle text={t('login.title')}>{t('login.title')}</PageTitle>
        <p className="muted" style={{ marginTop: -8 }}>{t('app.tagline')}</p>
        {login.error ? (
          <div className="plain-error" role="alert">
            {errorText(login.error, t)}
          </div>
        ) : null}
        <form name="login" onSubmit={submit} noValidate className="plain-form">
          <div className="plain-field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input
              id="login-username" name="username"
              autoComplete="username" autoCapitalize="none" spellCheck={false}
              aria-invalid={missing.username || undefined} aria-describedby={missing.username ? 'login-username-error' : undefined}
            />
            {missing.username ? <div id="login-username-error" className="plain-field-error">{t('login.usernameRequired')}</div> : null}
          </div>
          <div className="plain-field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password" name="password" type="password"
              autoComplete="current-password"
              aria-invalid={missing.password || undefined} aria-describedby={missing.password ? 'login-password-error' : undefined}
            />
            {missing.password ? <div id="login-password-error" className="plain-field-error">{t('login.passwordRequired')}</div> : null}
          </div>
          <button type="submit" className="plain-primary" disabled={!running || login.isPending} aria-busy={login.isPending || undefined}>
            {login.isPending ? <span className="spinner spinner-small" aria-hidden /> : null}
            {t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
