import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { fmtDateTime } from '../../lib/format';
import { Section } from '../Section';
import { DocLink } from '../DocLink';
import { Glyph, ICONS, Notice } from '../light';
import { meetingFiles, type Meeting } from './api';
import { fmtMoney } from './format';
import { noticeText } from './notice';
import { Downloads } from './steps/Downloads';

/**
 * A meeting as a member reads it (no right to manage it): her own attendance, the notice, the documents to
 * read and the agenda; once approved, the minutes to download. No steps, nothing to correct. Plain HTML: a member's
 * meeting does not load antd.
 */
export function MemberMeetingView({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  return (
    <>
      <MyAttendance m={m} />
      <Section title={t('mtg.notice.title')} level={2}>
        {m.preparation.noticeSentAt ? (
          <>
            <p className="muted">{t('mtg.notice.sentAt', { date: fmtDateTime(m.preparation.noticeSentAt) })}</p>
            <div className="mt-notice-text">
              <p>{noticeText(m, t)}</p>
              <div className="toolbar">
                <DocLink href={meetingFiles.notice(m.id)} icon={<Glyph d={ICONS.print} />}>
                  {t('field.notice.print')}
                </DocLink>
              </div>
            </div>
          </>
        ) : (
          <p className="muted">{t('field.member.noNotice')}</p>
        )}
      </Section>
      <Section title={t('field.member.docs')} level={2}>
        {m.documents.length ? (
          <ul className="mt-read-list">
            {m.documents.map((d, i) => (
              <li key={`${i}-${d}`} className="wrap-anywhere">
                {d}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('mtg.docs.empty')}</p>
        )}
      </Section>
      <Section title={t('mtg.agenda.title')} level={2}>
        <ol className="mt-read-list">
          {m.agenda.map((a) => (
            <li key={a.id}>
              <span className="wrap-anywhere">{a.title}</span>
              {m.status === 'approved' && a.conclusion ? (
                <p className="muted wrap-anywhere mt-pre">{t('field.member.conclusion', { text: a.conclusion })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      {m.status === 'approved' ? <Downloads m={m} /> : null}
    </>
  );
}

/** The member's own line of the roll call: summoned or not, present or absent (with her reason), her dues. */
function MyAttendance({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const mine = me.data?.personId ? m.invitations.find((i) => i.personId === me.data!.personId) : undefined;
  const planned = m.status === 'planned' || m.status === 'moved';
  let line: string;
  let tone: 'success' | 'warning' | 'info' = 'info';
  if (!mine) line = t('field.member.notListed');
  else if (mine.status) {
    line = t('field.member.status', { status: t(`mtg.att.${mine.status}`, { defaultValue: mine.status }) });
    tone = mine.status.startsWith('absent') ? 'warning' : 'success';
  } else if (m.status === 'cancelled') line = t('field.member.listed');
  else if (planned) line = mine.role === 'exempt' ? t('field.member.exempt') : t('field.member.summoned');
  else line = t('field.member.notRecorded');
  const details = [
    mine?.reason ? `${t('common.reason')}: ${mine.reason}` : '',
    mine && mine.duesPaid !== null ? t('field.member.dues', { amount: fmtMoney(mine.duesPaid) }) : '',
    planned && mine && !mine.status ? t('field.member.checkinHint') : '',
  ].filter(Boolean);
  return (
    <Section title={t('field.member.mine')} level={2}>
      <Notice tone={tone} className="mt-alert" title={line}>
        {details.length ? details.map((d) => <div key={d}>{d}</div>) : undefined}
      </Notice>
    </Section>
  );
}
