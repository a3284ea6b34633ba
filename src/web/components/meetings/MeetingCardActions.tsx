import { Button } from 'antd';
import { CalendarOutlined, CloseCircleOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ListItem } from './api';
import { formatDateVi } from './format';

/** A card's actions for those who manage the calendar: plan a meeting the rule foresees, move it, cancel it (antd). */
export default function MeetingCardActions({
  m, onPlan, onMove, onCancel,
}: {
  m: ListItem;
  onPlan: (m: ListItem) => void;
  onMove: (m: ListItem) => void;
  onCancel: (m: ListItem) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="mt-card-actions">
      {m.virtual ? (
        <Button type="primary" icon={<CalendarOutlined aria-hidden />} onClick={() => onPlan(m)}>
          {t('mtg.list.plan')}
          <span className="visually-hidden"> {formatDateVi(m.date)}</span>
        </Button>
      ) : null}
      <Button icon={<SwapOutlined aria-hidden />} onClick={() => onMove(m)}>
        {t('mtg.move.button')}
        <span className="visually-hidden"> {formatDateVi(m.date)}</span>
      </Button>
      <Button danger icon={<CloseCircleOutlined aria-hidden />} onClick={() => onCancel(m)}>
        {t('mtg.cancel.button')}
        <span className="visually-hidden"> {formatDateVi(m.date)}</span>
      </Button>
    </div>
  );
}
