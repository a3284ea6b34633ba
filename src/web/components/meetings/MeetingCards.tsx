import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListItem, Meeting, MyMeeting } from './api';
import { MeetingStatusTag, MeetingTypeTag } from './Tags';
import { Glyph, ICONS } from '../light';
import { fmtTime, formatDateVi, monthLabel, weekdayDate } from './format';
import { isHeldInAnotherMonth, isMovedFromOriginal, meetingMonth } from '../../../domain/meetings/schedule';

// The cards are plain HTML (a member's home lists her meetings without antd); the actions of those who manage the
// calendar come with antd, and the scheduling dialogs (with their date pickers) load when first opened.
const MeetingCardActions = lazy(() => import('./MeetingCardActions'));
const PlanMeetingModal = lazy(() => import('./ScheduleDialogs').then((m) => ({ default: m.PlanMeetingModal })));
const MoveMeetingModal = lazy(() => import('./ScheduleDialogs').then((m) => ({ default: m.MoveMeetingModal })));
const CancelMeetingModal = lazy(() => import('./ScheduleDialogs').then((m) => ({ default: m.CancelMeetingModal })));

const editable = (m: ListItem) => m.status === 'planned' || m.status === 'moved';

/** Meetings as cards: when, where, type and status (with the reason of a move or a cancellation), and what can be done. */
export function MeetingCards({
  items, manage, showOrg, empty,
}: {
  items: (ListItem | MyMeeting)[];
  manage: boolean;
  showOrg?: boolean;
  empty?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [planning, setPlanning] = useState<ListItem | null>(null);
  const [moving, setMoving] = useState<ListItem | null>(null);
  const [cancelling, setCancelling] = useState<ListItem | null>(null);
  const open = (m: Meeting) => navigate(`/meetings/${m.id}`);
  if (items.length === 0) return <p className="empty-note">{empty ?? t('mtg.list.empty')}</p>;
  return (
    <>
      <ul className="mt-cards">
        {items.map((m) => {
          const key = m.id ?? `${m.orgId}:${m.originalDate ?? m.date}`;
          const when = weekdayDate(m.date);
          return (
            <li key={key} className={`mt-card mt-card-${m.status}`}>
              <div className="mt-card-head">
                {m.id ? (
                  <Link to={`/meetings/${m.id}`} className="row-link mt-card-date">
                    {when}
                  </Link>
                ) : (
                  <span className="mt-card-date mt-card-virtual">{when}</span>
                )}
                <span className="mt-card-time">{fmtTime(m.startTime)}</span>
              </div>
              {showOrg ? <div className="mt-card-org">{m.orgName}</div> : null}
              <div className="mt-card-tags">
                <MeetingTypeTag type={m.type} />
                <MeetingStatusTag status={m.status} />
                {'role' in m && m.role ? <span className="muted">{t(`mtg.role.${m.role}`, { defaultValue: m.role })}</span> : null}
              </div>
              {m.topic ? <div className="wrap-anywhere">{m.topic}</div> : null}
              {m.location ? <div className="muted wrap-anywhere">{t('mtg.field.location')}: {m.location}</div> : null}
              {isMovedFromOriginal(m) || (m.status === 'moved' && m.moveReason) ? (
                <div className="mt-reason mt-moved">
                  <Glyph d={ICONS.swap} />{' '}
                  {isHeldInAnotherMonth(m) ? `${t('mtg.list.ofMonth', { month: monthLabel(meetingMonth(m)) })} ` : null}
                  {t('mtg.list.movedFrom', { date: formatDateVi(m.originalDate ?? m.date) })}
                  {m.moveReason ? ` ${t('common.reason')}: ${m.moveReason}` : null}
                </div>
              ) : null}
              {m.status === 'cancelled' && m.cancelReason ? (
                <div className="mt-reason">
                  {t('common.reason')}: {m.cancelReason}
                </div>
              ) : null}
              {m.virtual ? <div className="muted">{t('mtg.list.fromRule')}</div> : null}
              {manage && editable(m) ? (
                <Suspense fallback={null}>
                  <MeetingCardActions m={m} onPlan={setPlanning} onMove={setMoving} onCancel={setCancelling} />
                </Suspense>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Suspense fallback={null}>
      {planning ? <PlanMeetingModal orgId={planning.orgId} initial={planning} onClose={() => setPlanning(null)} onDone={open} /> : null}
      {moving ? <MoveMeetingModal item={moving} onClose={() => setMoving(null)} /> : null}
      {cancelling ? <CancelMeetingModal item={cancelling} onClose={() => setCancelling(null)} /> : null}
      </Suspense>
    </>
  );
}
