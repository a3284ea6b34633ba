// Wire shapes of the one search box.
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

export const SearchQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) });
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchItem = Type.Object({
  kind: Type.Union([Type.Literal('person'), Type.Literal('unit'), Type.Literal('meeting'), Type.Literal('task'), Type.Literal('document')]),
  id: Type.String(), title: Type.String(), subtitle: Nullable(Type.String()), date: Nullable(Type.String()),
  score: Type.Number({ description: 'rank, higher first' }),
});
export type SearchItem = Static<typeof SearchItem>;

export const SearchResult = Type.Object({ items: Type.Array(SearchItem) });
export type SearchResult = Static<typeof SearchResult>;
