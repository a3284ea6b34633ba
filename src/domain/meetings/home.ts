import { addDays, todayVn, type IsoDate } from '../dates';

/**
 * The days a member's home (her meetings) lists: two months back, four ahead. One rule for the web page and for the
 * server, which names the request in the page it sends so that the list is on its way with the app's code.
 */
export function myMeetingsRange(today: IsoDate = todayVn()): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, -62), to: addDays(today, 120) };
}
