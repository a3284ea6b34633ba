/**
 * Every input an /api route accepts is bounded: strings have a maximum length (or are one of a list, or
 * a uuid; an uploaded file is bounded by the multipart limits), numbers a minimum and a maximum, arrays and maps a maximum count. app.ts checks each route's
 * body, querystring and params schemas at start and refuses to start with an unbounded one, so a new
 * route cannot accept 60 agenda items of a megabyte each or a quorum of 3,000,000,000.
 */
type Schema = Record<string, unknown>;

export function unboundedInputs(schema: unknown, at = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Schema;
  const out: string[] = [];
  // A body documented per media type (multipart uploads): check each one's schema.
  if (s.content && typeof s.content === 'object') {
    for (const media of Object.values(s.content as Record<string, { schema?: unknown }>)) out.push(...unboundedInputs(media.schema, at));
    return out;
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(s[k])) for (const sub of s[k] as unknown[]) out.push(...unboundedInputs(sub, at));
  }
  if ('const' in s || Array.isArray(s.enum)) return out;
  const types = [s.type].flat().filter((x): x is string => typeof x === 'string');
  const where = at || '(root)';
  for (const type of types) {
    switch (type) {
      case 'string':
        if (typeof s.maxLength !== 'number' && s.format !== 'uuid' && s.format !== 'binary') out.push(`${where}: string without maxLength`);
        break;
      case 'integer':
      case 'number':
        if (typeof s.maximum !== 'number' && typeof s.exclusiveMaximum !== 'number') out.push(`${where}: ${type} without maximum`);
        if (typeof s.minimum !== 'number' && typeof s.exclusiveMinimum !== 'number') out.push(`${where}: ${type} without minimum`);
        break;
      case 'array':
        if (typeof s.maxItems !== 'number') out.push(`${where}: array without maxItems`);
        out.push(...unboundedInputs(s.items, `${at}[]`));
        break;
      case 'object': {
        const props = (s.properties ?? {}) as Record<string, unknown>;
        for (const [k, v] of Object.entries(props)) out.push(...unboundedInputs(v, at ? `${at}.${k}` : k));
        const open = [s.additionalProperties, ...Object.values((s.patternProperties ?? {}) as Record<string, unknown>)].filter(
          (x) => x && typeof x === 'object',
        );
        if (open.length && typeof s.maxProperties !== 'number') out.push(`${where}: map without maxProperties`);
        for (const v of open) out.push(...unboundedInputs(v, `${at}{}`));
        break;
      }
    }
  }
  if (!types.length && !s.anyOf && !s.oneOf && !s.allOf && !s.properties) out.push(`${where}: any value`);
  return out;
}
