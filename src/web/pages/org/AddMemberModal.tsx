import { useMemo } from 'react';
import { App, Form } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../api/hooks';
import { useCreateMember } from '../../api/members';
import type { CreateMemberBody, OrgDetail } from '../../api/contract';
import { FormModal } from '../../components/FormModal';
import { cleanMemberValues, MemberFields } from '../../components/MemberFields';
import { OrgSelect } from '../../components/OrgSelect';
import { subtreeIds } from '../../lib/tree';
import { todayVn } from '../../../domain/dates';

/** Adds a member to this cell, or (from a committee's page) to one of the cells under it. */
export function AddMemberModal({ org, onClose }: { org: OrgDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateMember();
  const orgs = useOrgs();
  const inside = useMemo(() => subtreeIds(orgs.data ?? [], org.id), [orgs.data, org.id]);
  return (
    <FormModal<Record<string, unknown>>
      title={t('member.addTitle')}
      name="add-member"
      width={760}
      initialValues={{ orgId: org.kind === 'cell' ? org.id : undefined, standing: 'official', duesCategory: 'working_age', joinedOn: todayVn() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const created = await create.mutateAsync(cleanMemberValues(v) as CreateMemberBody);
        message.success(t('member.created'));
        navigate(`/members/${created.personId}`);
      }}
    >
      {org.kind !== 'cell' ? (
        <Form.Item name="orgId" label={t('member.cell')} rules={[{ required: true, message: t('common.choose') }]}>
          <OrgSelect kinds={['cell']} exclude={(o) => !inside.has(o.id)} />
        </Form.Item>
      ) : (
        <Form.Item name="orgId" hidden>
          <input type="hidden" aria-hidden />
        </Form.Item>
      )}
      <MemberFields creating />
    </FormModal>
  );
}
