import { useState } from 'react';
import { Button, Empty, Form, Input, Select } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, hasRole, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { useCourses, useCreateCourse, useOwing } from '../../api/training';
import type { CreateCourseBody } from '../../api/contract';
import { TRAINING_KINDS } from '../../../domain/year/training';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { UnitYearBar, useUnitYear } from '../../components/UnitYearBar';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { thisYear } from '../../components/meetings/format';
import { fmtDate } from '../../lib/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

/** The year's training: courses and studies with their counts, and the members who still owe a required course. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const { me, params, orgId, year, set } = useUnitYear();
  const courses = useCourses(orgId, year);
  const owing = useOwing(orgId, year);
  const [adding, setAdding] = useState(false);
  const manager = hasRole(me, 'admin', 'leader');
  const title = t('trn.title', { year });
  return (
    <>
      <PageTitle text={title} extra={manager ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('trn.add')}</Button> : null}>
        {title}
      </PageTitle>
      <UnitYearBar orgId={orgId} year={year} set={set} />
      <Section title={t('trn.owing')}>
        <ErrorAlert error={owing.error} />
        {owing.isLoading ? <PageLoading /> : null}
        {owing.data ? (owing.data.items.length === 0 ? <p className="muted">{t('trn.noOwing')}</p> : (
          <ul className="mt-cards">
            {owing.data.items.map((o) => (
              <li key={`${o.personId}-${o.kind}`} className="mt-card ovs-card-problem">
                <Link className="row-link" to={`/members/${o.personId}`}>{o.name}</Link>
                <div className="mt-card-tags">
                  <Chip tone={o.reason === 'probation' ? 'red' : 'amber'}>{t(`trn.kinds.${o.kind}`)}</Chip>
                  <span className="muted">{o.orgName}</span>
                </div>
                <div className="muted">{t(`trn.reason.${o.reason}`, { date: fmtDate(o.dueOn) })}</div>
              </li>
            ))}
          </ul>
        )) : null}
      </Section>
      <Section title={t('trn.courses')}>
        <ErrorAlert error={courses.error} />
        {courses.isLoading ? <PageLoading /> : null}
        {courses.data ? (courses.data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('trn.noCourses')} /> : (
          <ul className="mt-cards">
            {courses.data.items.map((c) => (
              <li key={c.id} className="mt-card">
                {manager || c.orgId === orgId
                  ? <Link className="row-link" to={`/training/${c.id}`}>{c.title}</Link>
                  : <strong className="wrap-anywhere">{c.title}</strong>}
                <div className="mt-card-tags">
                  <Chip tone="blue">{t(`trn.kinds.${c.kind}`)}</Chip>
                  <span className="muted">{t('trn.period', { from: fmtDate(c.startsOn), to: fmtDate(c.endsOn) })}</span>
                </div>
                <div className="muted">{[c.organiser, t('trn.counts', c.counts)].filter(Boolean).join(' · ')}</div>
              </li>
            ))}
          </ul>
        )) : null}
      </Section>
      {adding && orgId ? <AddCourse orgId={orgId} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function AddCourse({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCourse();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <FormModal<CreateCourseBody> title={t('trn.create')} name="course" okText={t('trn.add')} onClose={onClose}
      initialValues={{ kind: 'resolution_study' }}
      onSubmit={(v) => create.mutateAsync({ ...v, orgId, title: v.title?.trim() ?? '' })}>
      <Form.Item name="kind" label={t('trn.kind')} rules={required(t('trn.kind'))}>
        <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trn.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('trn.courseTitle')} rules={[...required(t('trn.courseTitle')), { min: 3, message: t('common.required', { field: t('trn.courseTitle').toLowerCase() }) }]}><Input maxLength={200} /></Form.Item>
      <Form.Item name="organiser" label={t('trn.organiser')}><Input maxLength={200} /></Form.Item>
      <Form.Item name="place" label={t('trn.place')}><Input maxLength={200} /></Form.Item>
      <Form.Item name="startsOn" label={t('trn.startsOn')} rules={required(t('trn.startsOn'))}><DateInput /></Form.Item>
      <Form.Item name="endsOn" label={t('trn.endsOn')} rules={required(t('trn.endsOn'))}><DateInput /></Form.Item>
    </FormModal>
  );
}
