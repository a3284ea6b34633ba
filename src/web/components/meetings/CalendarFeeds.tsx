import { useState } from 'react';
import { Button, Popconfirm } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingCalls, meetingKeys, useCalendarFeeds } from '../../api/meetings';
import { ErrorAlert } from '../ErrorAlert';
import { fmtDateTime } from '../../lib/format';
import { UrlField } from './CopyField';

export { CopyButton, UrlField } from './CopyField';

/**
 * Secret iCalendar links (mine, or a unit's) that a phone's calendar app subscribes to. The server keeps only a
 * digest of the token, so a link is shown once, when it is made; older links can be revoked.
 */
export function CalendarFeeds({ orgId, orgName }: { orgId?: string; orgName?: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const feeds = useCalendarFeeds();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ url: string; kind: string } | null>(null);
  const kind = orgId ? 'org' : 'person';
  const mine = (feeds.data ?? []).filter((f) => f.kind === kind && (!orgId || f.subjectId === orgId));
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await meetingCalls.createFeed(orgId ? { kind: 'org', orgId } : { kind: 'person' });
      setCreated({ url: `${window.location.origin}${r.path}`, kind: r.kind });
      await qc.invalidateQueries({ queryKey: meetingKeys.feeds });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (id: string) => {
    setError(null);
    try {
      await meetingCalls.revokeFeed(id);
      await qc.invalidateQueries({ queryKey: meetingKeys.feeds });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="mt-feeds">
      <p className="muted">{orgId ? t('mtg.feeds.orgHint', { name: orgName }) : t('mtg.feeds.personHint')}</p>
      <ErrorAlert error={error ?? feeds.error} />
      {created ? (
        <>
          <UrlField url={created.url} label={t('mtg.feeds.url')} copyLabel={t('mtg.feeds.copy')} />
          <p className="muted">{t('mtg.feeds.onceHint')}</p>
          <p>
            <a href={created.url.replace(/^https?:/, 'webcal:')}>{t('mtg.feeds.open')}</a>
          </p>
        </>
      ) : null}
      <Button icon={<LinkOutlined aria-hidden />} onClick={create} loading={busy} disabled={busy}>
        {orgId ? t('mtg.feeds.createOrg') : t('mtg.feeds.createPerson')}
      </Button>
      {mine.length ? (
        <ul className="plain-list" aria-label={t('mtg.feeds.existing')}>
          {mine.map((f) => (
            <li key={f.id} className="mt-feed-row">
              <span>{t('mtg.feeds.createdAt', { date: fmtDateTime(f.createdAt) })}</span>
              <Popconfirm title={t('mtg.feeds.revokeQ')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => revoke(f.id)}>
                <Button type="link" aria-label={`${t('mtg.feeds.revoke')} ${fmtDateTime(f.createdAt)}`}>
                  {t('mtg.feeds.revoke')}
                </Button>
              </Popconfirm>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
