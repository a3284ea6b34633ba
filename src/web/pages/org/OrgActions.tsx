import { useMemo, useState } from 'react';
import { Alert, App, Button, Dropdown, Form, Input, Select } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../api/hooks';
import { useCreateOrg, useDissolveOrg, useMergeOrg, useMoveOrg, useUpdateOrg } from '../../api/orgs';
import type { Org, OrgDetail, OrgKind } from '../../api/contract';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { OrgSelect } from '../../components/OrgSelect';
import { subtreeIds } from '../../lib/tree';
import { todayVn } from '../../../domain/dates';

type Mode = 'rename' | 'move' | 'merge' | 'dissolve' | 'addChild';

/** Rename, move, merge, dissolve a unit, or add one under it — each in a dialog with its date and reason. */
export function OrgActions({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const orgs = useOrgs();
  const create = useCreateOrg();
  const update = useUpdateOrg(org.id);
  const move = useMoveOrg(org.id);
  const merge = useMergeOrg(org.id);
  const dissolve = useDissolveOrg(org.id);
  const [mode, setMode] = useState<Mode | null>(null);
  const inside = useMemo(() => subtreeIds(orgs.data ?? [], org.id), [orgs.data, org.id]);
  if (org.status !== 'active') return null;
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
  const items = [
    ...(org.kind !== 'cell' ? [{ key: 'addChild', label: t('org.addChild') }] : []),
    { key: 'rename', label: t('org.rename') },
    ...(org.parentId ? [{ key: 'move', label: t('org.move') }, { key: 'merge', label: t('org.merge') }] : []),
    ...(org.parentId ? [{ key: 'dissolve', label: t('org.dissolve'), danger: true }] : []),
  ];
  const reason = (
    <Form.Item name="reason" label={t('common.reason')} rules={required(t('common.reason'))}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  const effective = (
    <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
      <DateInput />
    </Form.Item>
  );
  const close = () => setMode(null);
  return (
    <>
      <Dropdown menu={{ items, onClick: (e) => setMode(e.key as Mode) }} trigger={['click']}>
        <Button>
          {t('org.actions')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      {mode === 'rename' ? (
        <FormModal<{ name: string; place?: string; effectiveOn?: string }>
          title={t('org.rename')} name="rename" onClose={close}
          initialValues={{ name: org.name, place: org.place ?? '', effectiveOn: todayVn() }}
          onSubmit={async (v) => {
            await update.mutateAsync({ name: v.name.trim(), place: v.place?.trim() || null, effectiveOn: v.effectiveOn || undefined });
          }}
        >
          <Form.Item name="name" label={t('org.newName')} rules={required(t('org.newName'))}>
            <Input />
          </Form.Item>
          <Form.Item name="place" label={t('org.place')}>
            <Input />
          </Form.Item>
          {effective}
        </FormModal>
      ) : null}
      {mode === 'move' ? (
        <FormModal<{ parentId: string }>
          title={t('org.move')} name="move" onClose={close}
          onSubmit={async (v) => {
            await move.mutateAsync(v);
          }}
        >
          <Form.Item name="parentId" label={t('org.newParent')} rules={[{ required: true, message: t('common.choose') }]}>
            <OrgSelect kinds={['committee', 'sub_committee']} exclude={(o: Org) => inside.has(o.id) || o.id === org.parentId} />
          </Form.Item>
        </FormModal>
      ) : null}
      {mode === 'merge' ? (
        <FormModal<{ intoId: string; effectiveOn?: string; reason: string }>
          title={t('org.merge')} name="merge" danger okText={t('org.merge')} onClose={close}
          initialValues={{ effectiveOn: todayVn() }}
          onSubmit={async (v) => {
            const r = await merge.mutateAsync({ ...v, effectiveOn: v.effectiveOn || undefined });
            message.success(t('org.merged', { count: r.movedMembers }));
            navigate(`/orgs/${v.intoId}`);
          }}
        >
          <Alert type="warning" showIcon title={t('org.mergeWarn')} style={{ marginBottom: 16 }} />
          <Form.Item name="intoId" label={t('org.mergeInto')} rules={[{ required: true, message: t('common.choose') }]}>
            <OrgSelect kinds={[org.kind]} exclude={(o: Org) => o.id === org.id} />
          </Form.Item>
          {effective}
          {reason}
        </FormModal>
      ) : null}
      {mode === 'dissolve' ? (
        <FormModal<{ effectiveOn?: string; reason: string }>
          title={t('org.dissolve')} name="dissolve" danger okText={t('org.dissolve')} onClose={close}
          initialValues={{ effectiveOn: todayVn() }}
          onSubmit={async (v) => {
            await dissolve.mutateAsync({ ...v, effectiveOn: v.effectiveOn || undefined });
          }}
        >
          <Alert type="warning" showIcon title={t('org.dissolveWarn')} style={{ marginBottom: 16 }} />
          {effective}
          {reason}
        </FormModal>
      ) : null}
      {mode === 'addChild' ? (
        <FormModal<{ kind: OrgKind; name: string; place?: string; foundedOn?: string }>
          title={t('org.addChild')} name="add-child" onClose={close}
          initialValues={{ kind: 'cell', foundedOn: todayVn(), place: org.place ?? '' }}
          onSubmit={async (v) => {
            const created = await create.mutateAsync({
              parentId: org.id, kind: v.kind, name: v.name.trim(), place: v.place?.trim() || null, foundedOn: v.foundedOn || undefined,
            });
            navigate(`/orgs/${created.id}`);
          }}
        >
          <Form.Item name="kind" label={t('org.kindLabel')} rules={[{ required: true }]}>
            <Select options={(['cell', 'sub_committee'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('common.name')} rules={required(t('common.name'))}>
            <Input />
          </Form.Item>
          <Form.Item name="place" label={t('org.place')}>
            <Input />
          </Form.Item>
          <Form.Item name="foundedOn" label={t('org.foundedOn')}>
            <DateInput />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
