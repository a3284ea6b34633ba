import { Type, type Static } from '@sinclair/typebox';

/** Wire shapes of the member spreadsheet: the import's row-by-row report, and the import and export options. */
export const ImportReport = Type.Object(
  {
    ok: Type.Boolean({ description: 'true when no row has an error' }),
    total: Type.Integer({ description: 'data rows read (empty rows skipped)' }),
    created: Type.Integer({ description: 'members created (0 for a preview)' }),
    rows: Type.Array(
      Type.Object({
        row: Type.Integer({ description: 'the Excel row number' }),
        fullName: Type.String(),
        errors: Type.Array(
          Type.Object({
            column: Type.String({ description: 'the Vietnamese column header' }),
            message: Type.String({ description: 'in the request language' }),
          }),
        ),
      }),
    ),
  },
  { description: 'Row-by-row report. For a refused import (400 import_has_errors) the same report is in error.details.' },
);

export const ImportQuery = Type.Object({
  dryRun: Type.Boolean({ default: true, description: 'true (default): check and report only; false: import if every row is good' }),
});
export const ExportQuery = Type.Object({
  includeFormer: Type.Optional(Type.Boolean({ description: 'also members who left, died or were removed' })),
});

export type ImportReport = Static<typeof ImportReport>;
export type ImportQuery = Static<typeof ImportQuery>;
export type ExportQuery = Static<typeof ExportQuery>;
