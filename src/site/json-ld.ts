// schema.org Legislation for a notice page, so search engines and archives read the doc number and dates.
import type { CatalogueRecord, IssueRecord } from '../pipeline/content-schema.ts';
import { noticeStatus } from './status.ts';

export interface LegislationInput {
  notice: CatalogueRecord;
  issue: Pick<IssueRecord, 'gazette' | 'number' | 'year' | 'date' | 'label'>;
  /** Absolute URL of the notice page. */
  url: string;
  /** Absolute URL of the issue page. */
  issueUrl: string;
}

/** The JSON-LD object; legal force is stated only when an archived notice abolished it. */
export function legislationJsonLd({ notice, issue, url, issueUrl }: LegislationInput): Record<string, unknown> {
  const status = noticeStatus(notice.related);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: notice.title,
    inLanguage: 'zh-CN',
    legislationIdentifier: notice.docNumber,
    legislationType: notice.type,
    legislationDate: notice.date,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: notice.authority },
    ...(status && status.kind !== 'amended' ? { legislationLegalForce: status.kind === 'whole' ? 'NotInForce' : 'PartiallyInForce' } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      '@id': issueUrl,
      url: issueUrl,
      name: issue.label,
      issueNumber: String(issue.number),
      datePublished: issue.date,
      ...(notice.startPage !== undefined ? { pageStart: notice.startPage } : {}),
      ...(notice.endPage !== undefined ? { pageEnd: notice.endPage } : {}),
      isPartOf: { '@type': 'Periodical', name: issue.gazette },
    },
  };
}

/** JSON for a <script type="application/ld+json">: '<' escaped so text can never close the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
