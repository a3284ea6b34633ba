import { useState } from 'react';
import { Alert, Button } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { meetingCalls } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import '../../components/meetings/meetings.css';

/** The page a meeting's QR code opens: the logged-in member checks in with one tap. */
export default function CheckinPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ meetingId: string; name: string; status: string } | null>(null);
  const checkin = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(await meetingCalls.checkin({ token }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle text={t('mtg.checkin.title')}>{t('mtg.checkin.title')}</PageTitle>
      <div className="section">
        <ErrorAlert error={error} />
        {done ? (
          <>
            <Alert type="success" showIcon className="mt-alert" title={t('mtg.checkin.done', { name: done.name, status: t(`mtg.att.${done.status}`, { defaultValue: done.status }) })} />
            <Link to={`/meetings/${done.meetingId}`}>{t('mtg.checkin.open')}</Link>
          </>
        ) : (
          <>
            <p>{t('mtg.checkin.hint')}</p>
            <Button type="primary" size="large" block onClick={checkin} loading={busy} disabled={busy}>
              {t('mtg.checkin.button')}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
