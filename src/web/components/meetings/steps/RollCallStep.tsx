import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Modal } from 'antd';
import { CheckOutlined, PrinterOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { Section } from '../../Section';
import { Chip, StandingTag } from '../../Tags';
import { ATTENDANCE_STATUSES, meetingCalls, meetingFiles, meetingKey, useMeetingAction, type AttendanceStatus, type Invitation, type Meeting } from '../api';
import { AttendanceTag } from '../Tags';
import { UrlField } from '../CopyField';
import type { StepProps } from './common';
import { EarlyReason } from './EarlyReason';
import { DocLink } from '../../DocLink';

const QUICK_REASONS = ['sick', 'away', 'family', 'work'] as const;

/** Điểm danh: one row per person summoned, a few big buttons each; live counts, validity and who may vote. */
export function RollCallStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const groups: { key: string; title: string; rows: Invitation[]; hint?: string }[] = [
    { key: 'overseer', title: t('mtg.inv.overseer'), rows: m.invitations.filter((i) => i.role === 'overseer') },
    { key: 'member', title: t('mtg.roll.members'), rows: m.invitations.filter((i) => i.role === 'member') },
    { key: 'exempt', title: t('mtg.roll.exempt'), rows: m.invitations.filter((i) => i.role === 'exempt'), hint: t('mtg.roll.exemptHint') },
    { key: 'guest', title: t('mtg.roll.guests'), rows: m.invitations.filter((i) => i.role === 'guest') },
  ];
  return (
    <>
      <EarlyReason m={m} readOnly={readOnly} />
      <RollSummary m={m} />
      {!readOnly ? <AllPresent m={m} /> : null}
      {/* Where members have no phone: print the sheet, let them sign, enter the marks here afterwards. */}
      <p>
        <DocLink href={meetingFiles.signinSheet(m.id)} icon={<PrinterOutlined aria-hidden />}>
          {t('field.paper.signin')}
        </DocLink>
      </p>
      {!readOnly ? <QrCheckin m={m} /> : null}
      {!readOnly ? (
        <Checkbox checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} className="mt-check-item">
          {t('mtg.roll.onlyOpen')}
        </Checkbox>
      ) : null}
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => (
          <Section key={g.key} title={`${g.title} (${g.rows.length})`} level={3}>
            {g.hint ? <p className="muted">{g.hint}</p> : null}
            <ul className="mt-roll">
              {g.rows
                .filter((i) => !onlyOpen || !i.status)
                .map((i) => (
                  <RollRow key={i.id} m={m} inv={i} readOnly={readOnly} />
                ))}
            </ul>
          </Section>
        ))}
    </>
  );
}

export function RollSummary({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const a = m.attendance;
  const absent = a.absentExcused + a.absentUnexcused;
  const needed = a.votesNeeded;
  return (
    <>
      {/* One consistent set (from the server's countAttendance): present + absent with reason + absent without reason
          + not recorded = expected; exempt members and those not summoned are apart. */}
      <div className="mt-roll-sticky" aria-live="polite">
        <span>
          <strong>{t('mtg.roll.presentShort', { present: a.presentExpected, expected: a.expected })}</strong>
        </span>
        <span>{t('mtg.roll.absentShort', { count: absent })}</span>
        <span>{t('mtg.roll.openShort', { count: a.notRecorded })}</span>
      </div>
      <dl className="stats mt-stats">
        <div className="stat">
          <dt>{t('rules.roll.expected')}</dt>
          <dd>{a.expected}</dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.att.present')}</dt>
          <dd>
            {a.presentExpected}
            {a.late ? <small className="mt-stat-note"> {t('rules.roll.lateNote', { count: a.late })}</small> : null}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.att.absent_excused')}</dt>
          <dd>{a.absentExcused}</dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.att.absent_unexcused')}</dt>
          <dd>{a.absentUnexcused}</dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.att.not_recorded')}</dt>
          <dd>{a.notRecorded}</dd>
        </div>
        <div className="stat">
          <dt>{t('rules.roll.exempt')}</dt>
          <dd>{a.exempt + a.notSummoned}</dd>
        </div>
      </dl>
      <p className="muted">
        {t('rules.roll.breakdown', {
          total: a.total, official: a.official, probationary: a.probationary, exempt: a.exempt, notSummoned: a.notSummoned,
          late: a.late, leftEarly: a.leftEarly, presentNotExpected: a.presentNotExpected,
        })}
      </p>
      <Alert
        className="mt-alert"
        type={a.valid ? 'success' : 'warning'}
        showIcon
        title={a.valid ? t('mtg.roll.valid') : t('mtg.roll.invalid')}
        description={t('mtg.roll.quorumRule', {
          presentOfficial: a.presentOfficial, officialExpected: a.officialExpected, required: a.quorumRequired, num: a.quorum.num, den: a.quorum.den,
        })}
      />
      <Alert
        className="mt-alert"
        type="info"
        showIcon
        title={t('mtg.roll.voters', { eligible: a.eligibleVoters })}
        description={t('rules.roll.votingBase', {
          officialExpected: a.officialExpected, excused: a.officialAbsentExcused, base: a.votingBase, needed, probationary: a.presentProbationary,
        })}
      />
    </>
  );
}

function RollRow({ m, inv, readOnly }: { m: Meeting; inv: Invitation; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const guest = inv.role === 'guest';
  const statuses: readonly AttendanceStatus[] = guest ? ['present', 'absent_unexcused'] : ATTENDANCE_STATUSES;
  const mark = (status: AttendanceStatus, why?: string) =>
    a.run(() =>
      inv.personId && !guest
        ? meetingCalls.rollCall(m.id, inv.personId, { status, reason: why ?? null })
        : meetingCalls.rollCallInvitation(m.id, inv.id, { status, reason: why ?? null }),
    );
  // The choices stay on every row, marked or not: one tap changes a mark, and rows keep their height.
  const showButtons = !readOnly;
  const label = (s: AttendanceStatus) => (guest && s === 'absent_unexcused' ? t('mtg.att.guestAbsent') : t(`mtg.att.${s}`));
  return (
    <li className={`mt-roll-row${inv.status ? ' mt-roll-done' : ''}`}>
      <div role="group" aria-label={inv.name || inv.title || ''}>
      <div className="mt-roll-head">
        <span className="mt-roll-name">{inv.name || inv.title}</span>
        {inv.role === 'guest' && inv.name && inv.title ? <span className="muted">{inv.title}</span> : null}
        <StandingTag standing={inv.standing} />
        {inv.standing === 'probationary' ? <Chip tone="amber">{t('mtg.roll.noVote')}</Chip> : null}
        <AttendanceTag status={inv.status} />
        {inv.method === 'qr' ? <span className="muted">{t('mtg.roll.byQr')}</span> : null}
        {inv.reason ? <span className="mt-reason">{inv.reason}</span> : null}
      </div>
      <ErrorAlert error={a.error} />
      {showButtons ? (
        <div className="mt-roll-buttons">
          {statuses.map((s) => (
            <Button
              key={s}
              className={`mt-roll-btn mt-roll-${s}`}
              type={inv.status === s ? 'primary' : 'default'}
              aria-pressed={inv.status === s}
              disabled={a.busy}
              onClick={async () => {
                if (s === 'absent_excused') {
                  setReason(inv.reason ?? '');
                  setAsking(true);
                  return;
                }
                await mark(s);
              }}
            >
              {label(s)}
            </Button>
          ))}
        </div>
      ) : null}
      <Modal
        open={asking}
        title={t('mtg.roll.reasonTitle', { name: inv.name })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: a.busy, disabled: !reason.trim() }}
        onCancel={() => setAsking(false)}
        onOk={async () => {
          if (await mark('absent_excused', reason.trim())) setAsking(false);
        }}
        destroyOnHidden
      >
        <ErrorAlert error={a.error} />
        <label htmlFor={`reason-${inv.id}`} className="field-label">
          {t('mtg.roll.reason')}
        </label>
        <Input id={`reason-${inv.id}`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        <div className="mt-quick" role="group" aria-label={t('mtg.roll.quickReasons')}>
          {QUICK_REASONS.map((k) => (
            <Button key={k} onClick={() => setReason(t(`mtg.roll.quick.${k}`))}>
              {t(`mtg.roll.quick.${k}`)}
            </Button>
          ))}
        </div>
      </Modal>
      </div>
    </li>
  );
}

/** "Mọi người có mặt": everyone not yet marked is present in one tap; the secretary then marks the exceptions. */
function AllPresent({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const a = useMeetingAction(m.id);
  const open = m.invitations.filter((i) => (i.role === 'member' || i.role === 'overseer') && !i.status).length;
  if (open === 0) return null;
  return (
    <div className="mt-all-present">
      <ErrorAlert error={a.error} />
      <Button
        type="primary"
        size="large"
        block
        icon={<CheckOutlined aria-hidden />}
        loading={a.busy}
        disabled={a.busy}
        onClick={async () => {
          if (await a.run(() => meetingCalls.allPresent(m.id))) {
            void message.success(t('field.roll.allPresentDone', { count: open }));
          }
        }}
      >
        {t('field.roll.allPresent')}
      </Button>
      <p className="muted">{t('field.roll.allPresentHint', { count: open })}</p>
    </div>
  );
}

function QrCheckin({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const qc = useQueryClient();
  const [qr, setQr] = useState<{ url: string; svg: string } | null>(null);
  // While the code is shown, members check themselves in: refresh the counts and rows every 10 seconds.
  useEffect(() => {
    if (!qr) return;
    const timer = window.setInterval(() => void qc.invalidateQueries({ queryKey: meetingKey(m.id) }), 10_000);
    return () => window.clearInterval(timer);
  }, [qr, m.id, qc]);
  const make = () =>
    a.run(async () => {
      const r = await meetingCalls.checkinToken(m.id);
      setQr({ url: `${window.location.origin}${r.path}`, svg: r.svg });
      return null;
    });
  return (
    <Section title={t('mtg.qr.title')} level={3}>
      <p className="muted">{t('mtg.qr.hint')}</p>
      <ErrorAlert error={a.error} />
      {qr ? (
        <>
          {/* The SVG is drawn by the server's QR library from the check-in URL. */}
          <div className="mt-qr" role="img" aria-label={t('mtg.qr.alt')} dangerouslySetInnerHTML={{ __html: qr.svg }} />
          <UrlField url={qr.url} label={t('mtg.qr.url')} copyLabel={t('mtg.feeds.copy')} />
        </>
      ) : null}
      <Button icon={<QrcodeOutlined aria-hidden />} onClick={make} loading={a.busy} disabled={a.busy}>
        {qr ? t('mtg.qr.renew') : t('mtg.qr.show')}
      </Button>
    </Section>
  );
}
