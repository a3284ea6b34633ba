import { useId, useState } from 'react';
import { Button, Form, Input, Popconfirm } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { meetingCalls, useMeetingAction, useSetMeeting, type AgendaItem, type Meeting } from '../api';
import { TaskReviewLink } from '../../followup/TaskReviewLink';
import { MeetingDissemination } from '../../followup/MeetingDissemination';
import { VoteForm, VoteList } from './MinutesVotes';

/** One agenda item in the minutes: folded to a line, or open with its text, the chair's conclusion, speeches and votes. */
export function ItemMinutes({ m, item, index, readOnly, open, onOpen, onNext }: {
  m: Meeting; item: AgendaItem; index: number; readOnly: boolean; open: boolean; onOpen: (open: boolean) => void; onNext?: () => void;
}) {
  const { t } = useTranslation();
  const votes = m.votes.filter((v) => v.agendaItemId === item.id);
  const [voting, setVoting] = useState(false);
  const setOpen = onOpen;
  const bodyId = useId();
  const headingId = useId();
  return (
    <section className={open ? 'section mt-item mt-item-open' : 'mt-item mt-item-closed'} aria-labelledby={headingId} id={`mt-item-${item.id}`}>
      {open ? (
        <div className="section-head">
          <h3 id={headingId} className="section-title">
            {index}. {item.title}
          </h3>
          <Button onClick={() => setOpen(false)} aria-expanded aria-controls={bodyId}>
            {t('mtg.minutes.fold')}
            <span className="visually-hidden"> {item.title}</span>
          </Button>
        </div>
      ) : (
        // Closed: one line (the title cut short, what is recorded), the whole line opens it.
        <h3 id={headingId} className="mt-item-line">
          <button type="button" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={bodyId}>
            <span className="mt-item-line-title">
              {index}. {item.title}
            </span>
            {item.speeches.length || votes.length || item.conclusion ? (
              <span className="mt-item-line-sum">
                {t('mtg.minutes.summary', { speeches: item.speeches.length, votes: votes.length })}
                {item.conclusion ? ` · ${t('mtg.minutes.hasConclusion')}` : ''}
              </span>
            ) : null}
          </button>
        </h3>
      )}
      <div id={bodyId} hidden={!open}>
        {open ? (
          <>
            {item.templateKey === 'monthly_review' ? <TaskReviewLink meetingId={m.id} /> : null}
            {item.templateKey === 'upper_documents' ? <MeetingDissemination m={m} agendaItemId={item.id} /> : null}
            <ItemText m={m} item={item} readOnly={readOnly} />
            <Speeches m={m} item={item} readOnly={readOnly} />
            <h4 className="mt-h4">{t('mtg.vote.title')}</h4>
            <VoteList m={m} votes={votes} readOnly={readOnly} />
            {!readOnly ? (
              voting ? (
                <VoteForm m={m} item={item} />
              ) : (
                <Button onClick={() => setVoting(true)} className="mt-add-vote">
                  {t('field.minutes.addVote')}
                  <span className="visually-hidden"> {item.title}</span>
                </Button>
              )
            ) : null}
            {onNext && !readOnly ? (
              <div className="mt-actions">
                <Button onClick={onNext}>{t('field.minutes.next')}</Button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

function ItemText({ m, item, readOnly }: { m: Meeting; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [content, setContent] = useState(item.content);
  const [conclusion, setConclusion] = useState(item.conclusion ?? '');
  const id = useId();
  const changed = content !== item.content || conclusion !== (item.conclusion ?? '');
  if (readOnly) {
    return (
      <>
        {item.content ? <p className="mt-pre">{item.content}</p> : null}
        {item.conclusion ? (
          <p className="mt-pre">
            <strong>{t('mtg.minutes.conclusion')}:</strong> {item.conclusion}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className="mt-item-text">
      <ErrorAlert error={a.error} />
      <label htmlFor={`${id}-c`} className="field-label">
        {t('mtg.minutes.content')}
      </label>
      <Input.TextArea id={`${id}-c`} value={content} onChange={(e) => setContent(e.target.value)} autoSize={{ minRows: 2, maxRows: 12 }} disabled={a.busy} />
      <label htmlFor={`${id}-k`} className="field-label">
        {t('mtg.minutes.conclusion')}
      </label>
      <Input.TextArea id={`${id}-k`} value={conclusion} onChange={(e) => setConclusion(e.target.value)} autoSize={{ minRows: 2, maxRows: 12 }} disabled={a.busy} />
      <div className="mt-actions">
        <Button
          type="primary"
          loading={a.busy}
          disabled={a.busy || !changed}
          onClick={() => a.run(() => meetingCalls.updateAgendaItem(m.id, item.id, { content, conclusion: conclusion.trim() || null }), { confirm: true })}
        >
          {t('mtg.minutes.saveItem')}
        </Button>
      </div>
    </div>
  );
}

const OTHER = '__other__';

function Speeches({ m, item, readOnly }: { m: Meeting; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const setMeeting = useSetMeeting();
  const [speaker, setSpeaker] = useState('');
  const [otherName, setOtherName] = useState('');
  const [gist, setGist] = useState('');
  const [editing, setEditing] = useState<AgendaItem['speeches'][number] | null>(null);
  const id = useId();
  const present = (s: string | null) => s === 'present' || s === 'late' || s === 'left_early';
  const people = m.invitations.filter((i) => i.personId);
  const here = people.filter((i) => present(i.status));
  const others = people.filter((i) => !present(i.status));
  const ready = gist.trim() && (speaker === OTHER ? otherName.trim() : speaker);
  const add = async () => {
    const body = speaker === OTHER
      ? { agendaItemId: item.id, speakerName: otherName.trim(), gist: gist.trim() }
      : { agendaItemId: item.id, speakerPersonId: speaker, gist: gist.trim() };
    if (await a.run(() => meetingCalls.addSpeech(m.id, body), { confirm: true })) {
      setGist('');
      setSpeaker('');
      setOtherName('');
    }
  };
  return (
    <div className="mt-speeches">
      <h4 className="mt-h4">{t('mtg.speech.title', { count: item.speeches.length })}</h4>
      <ErrorAlert error={a.error} />
      {item.speeches.length === 0 ? <p className="muted">{t('mtg.speech.none')}</p> : null}
      <ul className="plain-list">
        {item.speeches.map((s) => (
          <li key={s.id} className="mt-row">
            <span className="mt-grow mt-pre">
              <strong>{t('mtg.speech.comrade', { name: s.speakerName })}:</strong> {s.gist}
            </span>
            {!readOnly ? (
              <span className="mt-row-actions">
                <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('mtg.speech.edit')}: ${s.speakerName}`} onClick={() => setEditing(s)} />
                <Popconfirm
                  title={t('mtg.speech.removeQ', { name: s.speakerName })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                  onConfirm={() => a.run(() => meetingCalls.removeSpeech(m.id, s.id))}
                >
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.speech.remove')}: ${s.speakerName}`} disabled={a.busy} />
                </Popconfirm>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <div className="mt-speech-form">
          <label htmlFor={`${id}-s`} className="field-label">
            {t('mtg.speech.speaker')}
          </label>
          <select id={`${id}-s`} className="mt-native-select" value={speaker} onChange={(e) => setSpeaker(e.target.value)} disabled={a.busy}>
            <option value="">{t('common.choose')}</option>
            {here.length ? (
              <optgroup label={t('mtg.speech.present')}>
                {here.map((i) => (
                  <option key={i.id} value={i.personId!}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length ? (
              <optgroup label={here.length ? t('mtg.speech.othersInvited') : t('mtg.speech.invited')}>
                {others.map((i) => (
                  <option key={i.id} value={i.personId!}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={OTHER}>{t('mtg.speech.otherPerson')}</option>
          </select>
          {speaker === OTHER ? (
            <>
              <label htmlFor={`${id}-n`} className="field-label">
                {t('mtg.speech.otherName')}
              </label>
              <Input id={`${id}-n`} value={otherName} onChange={(e) => setOtherName(e.target.value)} disabled={a.busy} />
            </>
          ) : null}
          <label htmlFor={`${id}-g`} className="field-label">
            {t('mtg.speech.gist')}
          </label>
          <Input.TextArea id={`${id}-g`} value={gist} onChange={(e) => setGist(e.target.value)} autoSize={{ minRows: 2, maxRows: 10 }} disabled={a.busy} />
          <div className="mt-actions">
            <Button onClick={add} loading={a.busy} disabled={a.busy || !ready}>
              {t('mtg.speech.add')}
            </Button>
          </div>
        </div>
      ) : null}
      {editing ? (
        <FormModal<{ gist: string }>
          title={t('mtg.speech.edit')}
          name="edit-speech"
          initialValues={{ gist: editing.gist }}
          onClose={() => setEditing(null)}
          onSubmit={async (v) => setMeeting(await meetingCalls.updateSpeech(m.id, editing.id, { gist: v.gist.trim() }))}
        >
          <p>{t('mtg.speech.comrade', { name: editing.speakerName })}</p>
          <Form.Item name="gist" label={t('mtg.speech.gist')} rules={[{ required: true, whitespace: true, message: t('mtg.speech.gistRequired') }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </FormModal>
      ) : null}
    </div>
  );
}
