/**
 * Minutes (biên bản) and resolution (nghị quyết) of a cell meeting, as PDF and DOCX.
 * Pure: the same input gives the same bytes (document metadata and zip times come from `date`).
 */
import { composeMinutes, composeResolution } from './compose';
import { renderDocx } from './docx';
import type { MinutesDoc, ResolutionDoc } from './model';
import { renderPdf } from './pdf';

export type {
  Issuer,
  MeetingType,
  MinutesDoc,
  PersonWithTitle,
  ResolutionDoc,
  ScoreConfirmation,
  TaskItem,
  VoteMethod,
} from './model';
export { composeResolutionIntro, confirmationLine, VOTE_METHOD_LABEL } from './compose';
export { formatDate, formatTime, placeDateLine } from './format';

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function renderMinutesPdf(doc: MinutesDoc): Promise<Buffer> {
  return renderPdf(composeMinutes(doc));
}

export function renderMinutesDocx(doc: MinutesDoc): Promise<Buffer> {
  return renderDocx(composeMinutes(doc));
}

export function renderResolutionPdf(doc: ResolutionDoc): Promise<Buffer> {
  return renderPdf(composeResolution(doc));
}

export function renderResolutionDocx(doc: ResolutionDoc): Promise<Buffer> {
  return renderDocx(composeResolution(doc));
}
