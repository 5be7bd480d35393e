// The JSON export documents itself: /notices.schema.json describes every field a record can hold.
import { describe, expect, it } from 'vitest';
import { noticeRecordJsonSchema } from '../../../src/site/notice-record-schema.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema | JsonSchema[]; prefixItems?: JsonSchema[]; anyOf?: JsonSchema[]; description?: string };

/** Paths (a.b[].c) of every object property in the schema that has no description. */
function undescribed(schema: JsonSchema, at = ''): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    ...(property.description ? [] : [`${at}${name}`]),
    ...undescribed(property, `${at}${name}.`),
  ]);
  const items = [schema.items ?? [], schema.prefixItems ?? [], schema.anyOf ?? []].flat();
  return [...own, ...items.flatMap((item) => undescribed(item, at.replace(/\.$/, '[].')))];
}

describe('notice record JSON Schema', () => {
  const schema = noticeRecordJsonSchema() as JsonSchema & Record<string, unknown>;

  it('is JSON Schema 2020-12 for an object with the record’s fields', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['docNumber', 'status', 'statusAsOf', 'effects', 'related', 'url']));
  });

  it('describes every field, nested ones included', () => {
    expect(undescribed(schema)).toEqual([]);
  });
});
