import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, Uuid } from '../../schemas';

export const Doc = Type.Object({
  id: Uuid, orgId: Uuid, orgName: Type.String(), number: Type.String({ description: 'số và ký hiệu, e.g. 35-CT/TW' }),
  docType: Type.String(), issuer: Type.String(), issuedOn: IsoDate, subject: Type.String({ description: 'trích yếu' }),
  file: Type.Object({ name: Type.String(), type: Type.Union([Type.Literal('pdf'), Type.Literal('docx')]), size: Type.Integer(), sha256: Type.String() }),
  disseminateBy: Nullable(IsoDate), allCells: Type.Boolean(),
});
export const DocList = Type.Object({
  items: Type.Array(Type.Intersect([Doc, Type.Object({
    summary: Type.Object({ cellsTotal: Type.Integer(), cellsDone: Type.Integer(), overdueCells: Type.Integer({ description: 'cells not done after the deadline' }) }),
  })])),
});
export const DocDetail = Type.Intersect([Doc, Type.Object({ cellIds: Nullable(Type.Array(Uuid)), canManage: Type.Boolean() })]);
export const Coverage = Type.Object({
  documentId: Uuid, deadline: Nullable(IsoDate),
  cells: Type.Array(Type.Object({
    orgId: Uuid, orgName: Type.String(), meetingId: Nullable(Uuid), meetingDate: Nullable(IsoDate),
    membersTotal: Type.Integer(), membersReached: Type.Integer(), overdue: Type.Boolean(),
  })),
});
export const CellMembers = Type.Array(Type.Object({
  personId: Uuid, fullName: Type.String(), reached: Nullable(Type.Union([Type.Literal('meeting'), Type.Literal('read')])),
  readAt: Nullable(Type.String()), method: Nullable(Type.String()),
}));
export const MyDocs = Type.Object({ items: Type.Array(Doc) });
export const SearchQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) });
export const DocOrgParams = Type.Object({ id: Uuid, documentId: Uuid });
export const DisseminationBody = Type.Object({
  by: Nullable(IsoDate), cellIds: Nullable(Type.Array(Uuid, { maxItems: 500, description: 'null: all cells of the unit' })),
});
export const RecordBody = Type.Object({ documentId: Uuid, meetingId: Uuid, agendaItemId: Type.Optional(Nullable(Uuid)) });
export const ReadBody = Type.Object({ documentId: Uuid, personId: Uuid });
export const CellDocs = Type.Object({
  canManage: Type.Boolean({ description: 'the caller may record disseminations and reads for this cell' }),
  items: Type.Array(Type.Object({
    documentId: Uuid, number: Type.String(), subject: Type.String(), issuer: Type.String(), deadline: IsoDate,
    meetingId: Nullable(Uuid), meetingDate: Nullable(IsoDate), agendaItemId: Nullable(Uuid),
    membersTotal: Type.Integer(), membersReached: Type.Integer(), overdue: Type.Boolean({ description: 'deadline passed, not disseminated' }),
  }), { description: 'not yet disseminated first, then by deadline' }),
});
