// Doc-number records of an order series (柳州市人民政府令第N号), for the lookup and answer tests.
import type { DocNumberRecord } from '../../../src/search/doc-number-map.ts';

/** 柳州市人民政府令第N号, only cited unless `extra` says otherwise. */
export function orderRecord(number: number, extra: Partial<DocNumberRecord> = {}): DocNumberRecord {
  return {
    docNumber: `柳州市人民政府令第${number}号`,
    slug: `liuzhoushirenminzhengfuling-no${number}`,
    prefix: '柳州市人民政府令',
    number,
    citedBy: [],
    relations: [],
    ...extra,
  };
}
