import { useState } from 'react';
import { Button, Empty, Form, Input, Radio, Select } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultOrgId, hasRole, useOrgs } from '../../api/hooks';
import { useMe } from '../../api/auth';
import { useCreateSupervision, useSupervisionList, type SupervisionItem } from '../../api/supervision';
import type { CreateSupervisionBody } from '../../api/contract';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgSelect } from '../../components/OrgSelect';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { UnitYearBar, useUnitYear } from '../../components/UnitYearBar';
import { Section } from '../../components/Section';
import { Chip, type Tone } from '../../components/Tags';
import { thisYear } from '../../components/meetings/format';
import { fmtDate } from '../../lib/format';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

export const STATUS_TONE: Record<string, Tone> = {
  planned: 'grey', decided: 'blue', reported: 'blue', findings: 'amber', concluded: 'amber', verified: 'green',
};

/** The committee's inspection and supervision programme of a year (QĐ 296-QĐ/TW). */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const { me, params, orgId, year, set } = useUnitYear();
  const list = useSupervisionList(orgId, year);
  const [adding, setAdding] = useState(false);
  const manager = hasRole(me, 'admin', 'leader');
  const title = t('sup.title', { year });
  return (
    <>
      <PageTitle text={title} extra={manager ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('sup.add')}</Button> : null}>
        {title}
      </PageTitle>
      <UnitYearBar orgId={orgId} year={year} set={set} />
      <ErrorAlert error={list.error} />
      {list.isLoading ? <PageLoading /> : null}
      {list.data ? (
        <Section title={t('sup.nav')}>
          {list.data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sup.empty')} /> : (
            <ul className="mt-cards">{list.data.items.map((i) => <ItemCard key={i.id} i={i} />)}</ul>
          )}
        </Section>
      ) : null}
      {adding && orgId ? <AddItemModal orgId={orgId} year={year} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function ItemCard({ i }: { i: SupervisionItem }) {
  const { t } = useTranslation();
  return (
    <li className={`mt-card ${i.status === 'verified' ? 'mt-card-approved' : 'mt-card-held'}`}>
      <Link className="row-link" to={`/supervision/${i.id}`}>{t(`sup.kind.${i.kind}`)}: {i.subject.name}</Link>
      <div className="mt-card-tags">
        <Chip tone={STATUS_TONE[i.status]}>{t(`sup.status.${i.status}`)}</Chip>
        <Chip tone="grey">{t(`sup.subjectKind.${i.subject.kind}`)}</Chip>
        {i.remedies.total ? <span className="muted">{t('sup.remediesCount', { verified: i.remedies.verified, total: i.remedies.total })}</span> : null}
        {i.remedies.overdue ? <Chip tone="red">{t('sup.overdue', { n: i.remedies.overdue })}</Chip> : null}
      </div>
      <div className="wrap-anywhere">{i.content}</div>
      <div className="muted">
        {t('sup.field.period')}: {fmtDate(i.periodFrom)} – {fmtDate(i.periodTo)}
        {i.lead ? ` · ${t('sup.field.lead')}: ${i.lead.name}` : ''}
      </div>
    </li>
  );
}

type AddValues = {
  kind: 'inspection' | 'supervision'; subjectKind: 'cell' | 'cell_committee' | 'member'; subjectOrgId: string; subjectPersonId?: string;
  content: string; periodFrom: string; periodTo: string; leadPersonId?: string; teamPersonId?: string;
};

function AddItemModal({ orgId, year, onClose }: { orgId: string; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSupervision();
  const [subjectKind, setSubjectKind] = useState<AddValues['subjectKind']>('cell');
  const req = [{ required: true, message: t('sup.required') }];
  return (
    <FormModal<AddValues>
      title={t('sup.add')} name="add-supervision" onClose={onClose}
      initialValues={{ kind: 'inspection', subjectKind: 'cell' }}
      onSubmit={(v) => {
        const body: CreateSupervisionBody = {
          orgId, year, kind: v.kind, subjectKind: v.subjectKind, subjectOrgId: v.subjectOrgId, subjectPersonId: v.subjectPersonId ?? null,
          content: v.content, periodFrom: v.periodFrom, periodTo: v.periodTo, leadPersonId: v.leadPersonId ?? null,
          teamPersonIds: [v.leadPersonId, v.teamPersonId].filter((x): x is string => !!x),
        };
        return create.mutateAsync(body);
      }}
    >
      <Form.Item name="kind" label={t('sup.field.kind')} rules={req}>
        <Radio.Group optionType="button" options={(['inspection', 'supervision'] as const).map((k) => ({ value: k, label: t(`sup.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="subjectKind" label={t('sup.field.subjectKind')} rules={req}>
        <Select onChange={(v) => setSubjectKind(v)} options={(['cell', 'cell_committee', 'member'] as const).map((k) => ({ value: k, label: t(`sup.subjectKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="subjectOrgId" label={t('sup.field.cell')} rules={req}>
        <OrgSelect kinds={['cell']} />
      </Form.Item>
      {subjectKind === 'member' ? (
        <Form.Item name="subjectPersonId" label={t('sup.field.member')} rules={req}><MemberPicker /></Form.Item>
      ) : null}
      <Form.Item name="content" label={t('sup.field.content')} rules={req}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      <Form.Item name="periodFrom" label={t('sup.field.periodFrom')} rules={req}><DateInput /></Form.Item>
      <Form.Item name="periodTo" label={t('sup.field.periodTo')} rules={req}><DateInput /></Form.Item>
      <Form.Item name="leadPersonId" label={t('sup.field.lead')}><MemberPicker /></Form.Item>
      <Form.Item name="teamPersonId" label={t('sup.field.teamMember')}><MemberPicker /></Form.Item>
    </FormModal>
  );
}
