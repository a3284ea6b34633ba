import { useTranslation } from 'react-i18next';
import type { Invitation, Meeting } from '../api';

export type StepProps = { m: Meeting; readOnly: boolean };

/** People who can be named in the meeting (chair, recorder, preparers): those summoned, not guests. */
export const summoned = (m: Meeting): Invitation[] => m.invitations.filter((i) => i.personId && i.role !== 'guest');

export function personOptions(list: Invitation[]) {
  return list.map((i) => ({ value: i.personId!, label: i.name }));
}

/** "Nhập …" helper hint shown under read-only steps. */
export function ReadOnlyNote({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  if (m.can.manage) return null;
  return <p className="muted">{t('mtg.page.readOnlyNoRight')}</p>;
}
