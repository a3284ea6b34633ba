/** A table of labels of a domain word's values, in both languages. */
export type Labels<K extends string> = Readonly<Record<K, { vi: string; en: string }>>;

/** One language's labels of a table, as a plain record (for a UI catalogue, a document or a spreadsheet column). */
export const labelsIn = <K extends string>(lang: 'vi' | 'en', table: Labels<K>): Record<K, string> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, (v as { vi: string; en: string })[lang]])) as Record<K, string>;
