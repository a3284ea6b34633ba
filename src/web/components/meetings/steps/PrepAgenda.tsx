import { useState } from 'react';
import { Button, Form, Input, Popconfirm } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { Section } from '../../Section';
import { meetingCalls, useMeetingAction, useSetMeeting, type AgendaItem } from '../api';
import type { StepProps } from './common';

/** The agenda in preparation: items added, edited, moved up or down, removed. */
export function Agenda({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const setMeeting = useSetMeeting();
  const items = m.agenda;
  const move = async (i: number, dir: -1 | 1) => {
    const item = items[i];
    const other = items[i + dir];
    if (!other) return;
    const beyond = items[i + 2 * dir];
    // Between the neighbour and the one beyond it when there is room; otherwise swap the two positions.
    const lo = dir < 0 ? (beyond?.position ?? other.position - 20) : other.position;
    const hi = dir < 0 ? other.position : (beyond?.position ?? other.position + 20);
    const mid = Math.floor((lo + hi) / 2);
    if (mid > lo && mid < hi) {
      await a.run(() => meetingCalls.updateAgendaItem(m.id, item.id, { position: mid }));
    } else {
      await a.run(async () => {
        await meetingCalls.updateAgendaItem(m.id, item.id, { position: other.position });
        return meetingCalls.updateAgendaItem(m.id, other.id, { position: item.position });
      });
    }
  };
  return (
    <Section
      title={t('mtg.agenda.title')}
      level={3}
      extra={!readOnly ? <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>{t('mtg.agenda.add')}</Button> : null}
    >
      <ErrorAlert error={a.error} />
      <ol className="mt-agenda">
        {items.map((x, i) => (
          <li key={x.id}>
            <div className="mt-agenda-row">
              <div className="mt-grow">
                <div className="mt-agenda-title">{x.title}</div>
                {x.content ? <div className="muted mt-clamp">{x.content}</div> : null}
              </div>
              {!readOnly ? (
                <div className="mt-agenda-actions">
                  <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('common.edit')}: ${x.title}`} onClick={() => setEditing(x)} disabled={a.busy} />
                  <Button type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={`${t('mtg.agenda.up')}: ${x.title}`} onClick={() => move(i, -1)} disabled={a.busy || i === 0} />
                  <Button
                    type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={`${t('mtg.agenda.down')}: ${x.title}`} onClick={() => move(i, 1)}
                    disabled={a.busy || i === items.length - 1}
                  />
                  <Popconfirm
                    title={t('mtg.agenda.removeQ', { title: x.title })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                    onConfirm={() => a.run(() => meetingCalls.removeAgendaItem(m.id, x.id))}
                  >
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.agenda.remove')}: ${x.title}`} disabled={a.busy} />
                  </Popconfirm>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {editing ? (
        <FormModal<{ title: string; content?: string }>
          title={editing === 'new' ? t('mtg.agenda.add') : t('mtg.agenda.edit')}
          name="agenda-item"
          initialValues={editing === 'new' ? {} : { title: editing.title, content: editing.content }}
          onClose={() => setEditing(null)}
          onSubmit={async (v) => {
            const body = { title: v.title.trim(), content: v.content ?? '' };
            setMeeting(
              editing === 'new'
                ? await meetingCalls.addAgendaItem(m.id, body)
                : await meetingCalls.updateAgendaItem(m.id, editing.id, body),
            );
          }}
        >
          <Form.Item name="title" label={t('mtg.agenda.itemTitle')} rules={[{ required: true, whitespace: true, message: t('mtg.agenda.titleRequired') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="content" label={t('mtg.agenda.content')}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Section>
  );
}
