// The schema.org Legislation JSON-LD of a notice page, and JSON that cannot close its script element.
import { describe, expect, it } from 'vitest';
import type { CatalogueRecord, RelatedDocument } from '../../../src/pipeline/content-schema.ts';
import { legislationJsonLd, scriptJson } from '../../../src/site/json-ld.ts';
import { emptyRelated } from '../../../src/pipeline/related.ts';

const abolisher: RelatedDocument = { docNumber: 'y', slug: 'y', archived: true, scope: 'whole', sentence: '…', line: 1 };

const notice: CatalogueRecord = {
  slug: 'liuzhengfa-2024-8',
  title: '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知',
  titleSource: 'body',
  form: 'dated',
  docNumber: '柳政发〔2024〕8号',
  docNumberParts: { prefix: '柳政发', year: 2024, number: 8 },
  date: '2024-03-06',
  authority: '柳州市人民政府',
  type: '通知',
  issue: '2024-03',
  issueLabel: '2024年第3期',
  order: 5,
  startPage: 25,
  endPage: 25,
  cites: ['柳政规〔2022〕4号'],
  related: emptyRelated(),
  effects: [],
  attachments: [],
  sourceLines: [414, 420],
  sourceFile: 'seeds/2024-03.txt',
};

const issue = { gazette: '柳州市人民政府公报', number: 3, year: 2024, date: '2024-03-15', label: '2024年第3期' };

describe('legislationJsonLd', () => {
  const ld = legislationJsonLd({ notice, issue, url: 'https://e.org/g/notices/x/', issueUrl: 'https://e.org/g/issues/2024-03/' });

  it('describes the notice as schema.org Legislation in its gazette issue', () => {
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '柳政发〔2024〕8号',
      legislationDate: '2024-03-06',
      url: 'https://e.org/g/notices/x/',
      isPartOf: { '@type': 'PublicationIssue', pageStart: 25, isPartOf: { name: '柳州市人民政府公报' } },
    });
  });

  it('claims legal force only when an archived notice abolished it', () => {
    expect(ld).not.toHaveProperty('legislationLegalForce');
    const abolished = legislationJsonLd({
      notice: { ...notice, related: { ...emptyRelated(), abolishedBy: [abolisher] } },
      issue,
      url: 'u',
      issueUrl: 'i',
    });
    expect(abolished['legislationLegalForce']).toBe('NotInForce');
  });
});

describe('scriptJson', () => {
  it('can never close the script element it sits in', () => {
    const json = scriptJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
