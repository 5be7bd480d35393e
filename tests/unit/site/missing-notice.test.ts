import { describe, expect, it } from 'vitest';
import { missingNotice } from '../../../src/site/missing-notice.ts';

const PREFIXES = { liuzhengfa: '柳政发', liuzhoushirenminzhengfuling: '柳州市人民政府令' };

describe('missingNotice', () => {
  it('reads the doc number a notice address spells, under any base', () => {
    expect(missingNotice('/notices/liuzhengfa-2024-99/', '/', PREFIXES)).toEqual({ docNumber: '柳政发〔2024〕99号', prefixSlug: 'liuzhengfa' });
    expect(missingNotice('/gongbao/notices/liuzhengfa-2024-99', '/gongbao/', PREFIXES)?.docNumber).toBe('柳政发〔2024〕99号');
    expect(missingNotice('/notices/liuzhoushirenminzhengfuling-no21/', '/', PREFIXES)?.docNumber).toBe('柳州市人民政府令第21号');
  });

  it('names nothing for other addresses or prefixes the archive does not know', () => {
    expect(missingNotice('/issues/2099-01/', '/', PREFIXES)).toBeUndefined();
    expect(missingNotice('/notices/guofa-2022-22/', '/', PREFIXES)).toBeUndefined();
    expect(missingNotice('/notices/2024-04-item-9/', '/', PREFIXES)).toBeUndefined();
  });
});
