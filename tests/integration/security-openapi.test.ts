import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { json, testApp, type TestApp } from '../support/app';

/**
 * /api/openapi.json is a valid OpenAPI document (checked against the official OpenAPI 3.0 JSON schema by
 * @seriousme/openapi-schema-validator), so clients and tools can be generated from it. Numbers with
 * exclusiveMinimum (a JSON-schema draft-07 number, a boolean in OpenAPI 3.0) once made it invalid.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => t?.close());

  it('validates as OpenAPI 3.0 and documents every /api route', async () => {
    const doc = json(await t.app.inject({ url: '/api/openapi.json' }));
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.0');
    const operations = Object.values(doc.paths as Record<string, object>).reduce((n, p) => n + Object.keys(p).length, 0);
    const routes = t.app.routeList.filter((r) => r.method !== 'HEAD' && r.url !== '/api/openapi.json').length;
    console.log(`openapi: ${operations} operations validated`);
    expect(operations).toBe(routes);
  });
});
