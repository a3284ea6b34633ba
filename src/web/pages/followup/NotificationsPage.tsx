import { Alert, Button, Checkbox } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { useMarkRead, useNotifications, usePrefs, useSetPref } from '../../components/followup/notifications-api';
import { fmtDateTime } from '../../lib/format';
import { KIND_LABELS } from '../../../domain/followup/notifications';
import '../../components/followup/followup.css';

/** The notification centre: newest first, unread marked; opening one marks it read; below, what to be told of and how. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const list = useNotifications();
  const mark = useMarkRead();
  const navigate = useNavigate();
  const title = t('fu.notif.title');
  if (list.isLoading) return <PageLoading />;
  const data = list.data;
  return (
    <>
      <PageTitle text={title} extra={data?.unread ? (
        <Button onClick={() => void mark.mutateAsync(null).catch(() => undefined)} loading={mark.isPending && mark.variables === null}>{t('fu.notif.readAll')}</Button>
      ) : null}>{title}</PageTitle>
      <ErrorAlert error={list.error ?? mark.error} />
      {data ? <p className="fu-summary" aria-live="polite">{t('fu.notif.unread', { count: data.unread })}</p> : null}
      {data && data.items.length === 0 ? <Alert type="info" title={t('fu.notif.none')} /> : (
        <ul className="fu-list">
          {(data?.items ?? []).map((n) => (
            <li key={n.id} className={`fu-card${n.read ? '' : ' notif-unread'}`}>
              <button type="button" className="notif-open" onClick={() => {
                const go = () => { if (n.link) void navigate(n.link); };
                if (n.read) go();
                else void mark.mutateAsync(n.id).then(go).catch(() => undefined);
              }}>
                <span className="fu-card-title" style={{ padding: '6px 0 2px' }}>{n.title}</span>
                <span className="notif-body">{n.body}</span>
              </button>
              <div className="fu-card-meta">
                {n.read ? null : <Chip tone="red">{t('fu.notif.new')}</Chip>}
                <span>{fmtDateTime(n.createdAt)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Choices lang={i18n.language === 'en' ? 'en' : 'vi'} />
    </>
  );
}

function Choices({ lang }: { lang: 'vi' | 'en' }) {
  const { t } = useTranslation();
  const prefs = usePrefs();
  const set = useSetPref();
  const p = prefs.data;
  return (
    <Section title={t('fu.notif.choices')}>
      <ErrorAlert error={prefs.error ?? set.error} />
      {p ? (
        <>
          <p className="muted">
            {p.emailConfigured ? (p.email ? t('fu.notif.emailTo', { email: p.email }) : t('fu.notif.noEmail')) : t('fu.notif.emailOff')}
          </p>
          <ul className="fu-list">
            {p.items.map((x) => (
              <li key={x.kind} className="fu-member-row">
                <span>{KIND_LABELS[x.kind][lang]}</span>
                <span className="fu-card-meta">
                  <Checkbox checked={x.app} className="notif-check" onChange={(e) => set.mutate({ kind: x.kind, channel: 'app', enabled: e.target.checked })}>
                    {t('fu.notif.app')}
                  </Checkbox>
                  <Checkbox checked={x.email} disabled={!p.emailConfigured} className="notif-check"
                    onChange={(e) => set.mutate({ kind: x.kind, channel: 'email', enabled: e.target.checked })}>
                    {t('fu.notif.email')}
                  </Checkbox>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
