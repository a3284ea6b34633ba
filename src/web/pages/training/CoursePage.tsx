import { useState } from 'react';
import { App, Button, Input, Select } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { useCourse, useRecordParticipants, type CourseDetail } from '../../api/training';
import type { TrainingStatus } from '../../api/contract';
import { TRAINING_STATUSES } from '../../../domain/year/training';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MemberPicker } from '../../components/MemberPicker';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { fmtDate } from '../../lib/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

type Participant = CourseDetail['participants'][number];

/** One course: who took part, each one's outcome and certificate; the committee records them one by one. */
export default function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const course = useCourse(id);
  const save = useRecordParticipants(id);
  const [adding, setAdding] = useState<string | undefined>();
  const manager = hasRole(me, 'admin', 'leader');
  if (course.isLoading) return <PageLoading />;
  if (!course.data) return <ErrorAlert error={course.error} />;
  const c = course.data;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs"><li><Link to="/training">{t('trn.nav')}</Link></li><li aria-current="page">{c.title}</li></ol>
      </nav>
      <PageTitle text={c.title}>{c.title}</PageTitle>
      <div className="mt-card-tags">
        <Chip tone="blue">{t(`trn.kinds.${c.kind}`)}</Chip>
        <span className="muted">{t('trn.period', { from: fmtDate(c.startsOn), to: fmtDate(c.endsOn) })}</span>
      </div>
      <p className="muted">{[c.organiser, c.place, t('trn.counts', c.counts)].filter(Boolean).join(' · ')}</p>
      <Section title={t('trn.participants')}>
        <ErrorAlert error={save.error} />
        {manager ? (
          <div className="ovs-toolbar">
            <div style={{ flex: '1 1 240px', minWidth: 0 }}><MemberPicker value={adding} onChange={setAdding} aria-label={t('trn.pickPerson')} /></div>
            <Button disabled={!adding} loading={save.isPending}
              onClick={() => adding && save.mutate({ items: [{ personId: adding, status: 'enrolled' }] }, { onSuccess: () => setAdding(undefined) })}>
              {t('trn.addPerson')}
            </Button>
          </div>
        ) : null}
        {c.participants.length === 0 ? <p className="muted">{t('trn.noParticipants')}</p> : (
          <ul className="mt-cards">
            {c.participants.map((p) => <ParticipantCard key={p.personId} p={p} courseId={id} manager={manager} />)}
          </ul>
        )}
      </Section>
    </>
  );
}

function ParticipantCard({ p, courseId, manager }: { p: Participant; courseId: string; manager: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useRecordParticipants(courseId);
  const [v, setV] = useState({ status: p.status as TrainingStatus, result: p.result ?? '', certificateNo: p.certificateNo ?? '', certificateDate: p.certificateDate });
  const changed = v.status !== p.status || v.result !== (p.result ?? '') || v.certificateNo !== (p.certificateNo ?? '') || v.certificateDate !== p.certificateDate;
  const completed = v.status === 'completed';
  return (
    <li className="mt-card">
      <Link className="row-link" to={`/members/${p.personId}`}>{p.name}</Link>
      <div className="mt-card-tags">
        <span className="muted">{p.orgName}</span>
        {p.standing === 'probationary' ? <Chip tone="amber">{t('standing.probationary')}</Chip> : null}
        {!manager ? <Chip tone={p.status === 'completed' ? 'green' : p.status === 'absent' || p.status === 'not_completed' ? 'red' : 'grey'}>{t(`trn.statuses.${p.status}`)}</Chip> : null}
      </div>
      {!manager ? (p.certificateNo ? <div className="muted">{t('trn.certificate', { no: p.certificateNo, date: fmtDate(p.certificateDate) })}</div> : null) : (
        <div className="trn-fields">
          <label>{t('trn.status')}
            <Select value={v.status} onChange={(s) => setV({ ...v, status: s, ...(s === 'completed' ? {} : { certificateNo: '', certificateDate: null }) })}
              options={TRAINING_STATUSES.map((s) => ({ value: s, label: t(`trn.statuses.${s}`) }))} aria-label={`${t('trn.status')} — ${p.name}`} />
          </label>
          <label>{t('trn.result')}<Input value={v.result} maxLength={100} onChange={(e) => setV({ ...v, result: e.target.value })} /></label>
          {completed ? (
            <>
              <label>{t('trn.certificateNo')}<Input value={v.certificateNo} maxLength={100} onChange={(e) => setV({ ...v, certificateNo: e.target.value })} /></label>
              <label>{t('trn.certificateDate')}<DateInput value={v.certificateDate} onChange={(d) => setV({ ...v, certificateDate: d })} /></label>
            </>
          ) : null}
          <ErrorAlert error={save.error} />
          <Button type="primary" disabled={!changed} loading={save.isPending}
            onClick={() => save.mutate({ items: [{ personId: p.personId, status: v.status, result: v.result || null,
              certificateNo: completed ? v.certificateNo || null : null, certificateDate: completed ? v.certificateDate : null }] },
            { onSuccess: () => void message.success(t('trn.saved')) })}>
            {t('trn.save')}<span className="visually-hidden"> — {p.name}</span>
          </Button>
        </div>
      )}
    </li>
  );
}
