import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { Section } from '../../Section';
import { fmtDateTime } from '../../../lib/format';
import { meetingCalls, meetingFiles, useMeetingAction, useSetMeeting } from '../api';
import { Downloads } from './Downloads';
import type { StepProps } from './common';
import { useOnline } from '../../Offline';
import { useOutbox } from '../../../offline/SyncStatus';
import { DocLink } from '../../DocLink';

/** Duyệt: what the minutes still lack, approval (which locks them), corrections as new versions, history, documents. */
export function ApproveStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const setMeeting = useSetMeeting();
  const [confirming, setConfirming] = useState(false);
  const online = useOnline();
  const waiting = useOutbox(m.id).length;
  const waitOnline = !online || waiting > 0;
  const [correcting, setCorrecting] = useState(false);
  const [voiding, setVoiding] = useState<'BB' | 'NQ' | null>(null);
  const approved = m.status === 'approved';
  const checks = [
    { key: 'chair', ok: !!m.chair, text: m.chair ? t('mtg.approve.chairIs', { name: m.chair.fullName }) : t('mtg.approve.noChair'), must: true },
    { key: 'recorder', ok: !!m.recorder, text: m.recorder ? t('mtg.approve.recorderIs', { name: m.recorder.fullName }) : t('mtg.approve.noRecorder'), must: true },
    { key: 'roll', ok: m.attendance.notRecorded === 0, text: m.attendance.notRecorded === 0 ? t('mtg.approve.rollDone') : t('mtg.approve.rollOpen', { count: m.attendance.notRecorded }) },
    { key: 'end', ok: !!m.endTime, text: m.endTime ? t('mtg.approve.endIs', { time: m.endTime.slice(0, 5) }) : t('mtg.approve.noEnd') },
    { key: 'speeches', ok: m.agenda.some((x) => x.speeches.length), text: t('mtg.approve.speeches', { count: m.agenda.reduce((s, x) => s + x.speeches.length, 0) }) },
    { key: 'votes', ok: m.votes.length > 0, text: m.votes.length ? t('mtg.approve.votes', { count: m.votes.length }) : t('mtg.approve.noVotes') },
    { key: 'score', ok: !!m.score, text: m.score ? t('mtg.approve.scored', { total: m.score.total }) : t('mtg.approve.noScore') },
  ];
  return (
    <>
      {approved ? (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined aria-hidden />}
          className="mt-alert"
          title={t('mtg.approve.lockedTitle', { version: m.versions[m.versions.length - 1]?.version ?? 1 })}
          description={
            <>
              <p>{t('mtg.approve.lockedText')}</p>
              {m.can.manage ? (
                <div className="toolbar">
                  <Button onClick={() => setCorrecting(true)}>{t('mtg.approve.correct')}</Button>
                </div>
              ) : null}
            </>
          }
        />
      ) : (
        <Section title={t('mtg.approve.checkTitle')} level={3}>
          <ul className="mt-checklist">
            {checks.map((c) => (
              <li key={c.key} className={c.ok ? 'mt-done' : c.must ? 'mt-missing' : 'mt-undone'}>
                {c.ok ? <CheckCircleFilled aria-hidden className="mt-ok-icon" /> : <ExclamationCircleFilled aria-hidden className="mt-warn-icon" />}
                <span className="mt-check-label">{c.text}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('mtg.approve.hint')}</p>
          {!confirming ? <ErrorAlert error={a.error} /> : null}
          {/* Approval numbers and locks the minutes: an online step, after every change kept on the phone has been sent. */}
          {!readOnly && waitOnline ? <Alert type="info" showIcon className="mt-alert" title={t(online ? 'field.sync.approveAfterSync' : 'field.sync.approveOnline')} /> : null}
          {!readOnly ? (
            <Button type="primary" size="large" icon={<LockOutlined aria-hidden />} onClick={() => { a.setError(null); setConfirming(true); }} disabled={a.busy || waitOnline}>
              {t('mtg.approve.button')}
            </Button>
          ) : null}
        </Section>
      )}
      {m.versions.length ? (
        <Section title={t('mtg.approve.history')} level={3}>
          <ol className="mt-versions">
            {m.versions.map((v) => (
              <li key={v.version}>
                <strong>{t('mtg.approve.version', { v: v.version })}</strong> — {t('mtg.approve.approvedAt', { date: fmtDateTime(v.approvedAt), by: v.approvedBy ?? '' })}
                {v.correctionReason ? <div>{t('mtg.approve.reasonWas', { reason: v.correctionReason })}</div> : null}
                {/* Added after this version was approved (bổ sung): the approved text itself stays as it was. */}
                {m.addenda.filter((d) => d.afterVersion === v.version).map((d) => (
                  <div key={d.createdAt} className="mt-addendum">
                    <strong>{t('mtg.approve.addendum', { date: fmtDateTime(d.createdAt), by: d.createdBy ?? '' })}</strong> {d.text}
                  </div>
                ))}
                <div className="mt-version-links">
                  <DocLink className="doc-plain" href={meetingFiles.document(m.id, 'minutes', 'pdf', v.version)}>
                    {t('mtg.approve.versionPdf', { v: v.version })}
                  </DocLink>
                  <DocLink className="doc-plain" href={meetingFiles.document(m.id, 'minutes', 'docx', v.version)}>
                    {t('mtg.approve.versionDocx', { v: v.version })}
                  </DocLink>
                </div>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      <Downloads m={m} />
      {approved && m.can.manage && (m.numbers.BB || m.numbers.NQ) ? (
        // Destructive and final: apart from the everyday buttons, at the end of the page, each asking again.
        <section className="mt-danger-zone" aria-labelledby="mt-danger-title">
          <h3 id="mt-danger-title">{t('field.danger.title')}</h3>
          <p className="muted">{t('field.danger.hint')}</p>
          <div className="toolbar">
            {m.numbers.BB ? <Button danger onClick={() => setVoiding('BB')}>{t('mtg.approve.voidBB')}</Button> : null}
            {m.numbers.NQ ? <Button danger onClick={() => setVoiding('NQ')}>{t('mtg.approve.voidNQ')}</Button> : null}
          </div>
        </section>
      ) : null}
      <Modal
        open={confirming}
        title={t('mtg.approve.button')}
        okText={t('mtg.approve.button')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: a.busy }}
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          if (await a.run(() => meetingCalls.approve(m.id), { lists: true })) setConfirming(false);
        }}
        destroyOnHidden
      >
        <ErrorAlert error={a.error} />
        <p>{t('mtg.approve.confirm')}</p>
      </Modal>
      {voiding ? (
        <FormModal<{ reason: string }>
          title={voiding === 'BB' ? t('mtg.approve.voidBB') : t('mtg.approve.voidNQ')}
          name="void-number"
          okText={t('mtg.approve.voidOk')}
          danger
          onClose={() => setVoiding(null)}
          onSubmit={async (v) => setMeeting(await meetingCalls.voidNumber(m.id, voiding, { reason: v.reason.trim() }))}
        >
          <p>{t('mtg.approve.voidHint')}</p>
          <Form.Item name="reason" label={t('mtg.approve.correctReason')} rules={[{ required: true, whitespace: true, message: t('mtg.move.reasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      ) : null}
      {correcting ? (
        <FormModal<{ reason: string }>
          title={t('mtg.approve.correct')}
          name="correction"
          okText={t('mtg.approve.startCorrection')}
          onClose={() => setCorrecting(false)}
          onSubmit={async (v) => setMeeting(await meetingCalls.correction(m.id, { reason: v.reason.trim() }))}
        >
          <p>{t('mtg.approve.correctHint')}</p>
          <Form.Item name="reason" label={t('mtg.approve.correctReason')} rules={[{ required: true, whitespace: true, message: t('mtg.move.reasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
