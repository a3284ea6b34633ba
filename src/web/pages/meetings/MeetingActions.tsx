import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { CloseCircleOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../components/meetings/api';

// Editing, moving or cancelling is rare (moving brings the date picker): loaded when asked for.
const EditMeetingModal = lazy(() => import('../../components/meetings/EditMeetingModal').then((x) => ({ default: x.EditMeetingModal })));
const MoveMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.MoveMeetingModal })));
const CancelMeetingModal = lazy(() => import('../../components/meetings/ScheduleDialogs').then((x) => ({ default: x.CancelMeetingModal })));

/** A planned meeting's schedule, for those who manage it: edit, move, cancel (antd; a member's view does not load it). */
export default function MeetingActions({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'move' | 'cancel' | 'edit' | null>(null);
  return (
    <>
      <div className="mt-card-actions">
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
          {t('mtg.edit.button')}
        </Button>
        <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
          {t('mtg.move.button')}
        </Button>
        <Button danger icon={<CloseCircleOutlined aria-hidden />} onClick={() => setDialog('cancel')}>
          {t('mtg.cancel.button')}
        </Button>
      </div>
      <Suspense fallback={null}>
        {dialog === 'edit' ? <EditMeetingModal m={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'move' ? <MoveMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
        {dialog === 'cancel' ? <CancelMeetingModal item={m} onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </>
  );
}
