// How a notice is cited: the official form, GB/T 7714-2015 for an online resource, and CSL-JSON for reference managers.
import { t } from '../i18n/t.ts';

export interface CitationInput {
  title: string;
  /** Absent for an item printed without one. */
  docNumber?: string | undefined;
  /** Gazette name, e.g. 柳州市人民政府公报. */
  gazette: string;
  /** e.g. 2024年第3期. */
  issueLabel: string;
  /** Printed start page, when known. */
  startPage?: number | undefined;
  /** Printed last page, when known (an issue's last notice has none). */
  endPage?: number | undefined;
}

/** A title with its doc number after it in brackets, as official text cites a document; the title alone without one. */
export function titleWithDocNumber(title: string, docNumber: string | undefined): string {
  return docNumber === undefined ? title : t('citation.titled', { title, docNumber });
}

/** The printed pages: 3—14, or 3 alone; undefined when the start is not known. */
function pageRange(startPage: number | undefined, endPage: number | undefined, dash: string): string | undefined {
  if (startPage === undefined) return undefined;
  return endPage === undefined || endPage === startPage ? String(startPage) : `${startPage}${dash}${endPage}`;
}

/** The official form: 柳州市人民政府关于…的意见（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期第3—14页。 */
export function citationText({ title, docNumber, gazette, issueLabel, startPage, endPage }: CitationInput): string {
  const vars = { heading: titleWithDocNumber(title, docNumber), gazette, issue: issueLabel };
  const pages = pageRange(startPage, endPage, '—');
  return pages === undefined ? t('citation.withoutPage', vars) : t('citation.withPage', { ...vars, pages });
}

/** Where the notice was printed, for the foot of each printed page: 《柳州市人民政府公报》2024年第3期 第3—14页. */
export function printedSource({ gazette, issueLabel, startPage, endPage }: CitationInput): string {
  const pages = pageRange(startPage, endPage, '—');
  return pages === undefined ? t('print.sourceWithoutPage', { gazette, issue: issueLabel }) : t('print.source', { gazette, issue: issueLabel, pages });
}

/** What GB/T 7714 and CSL-JSON need beyond the official form. */
export interface ReferenceInput extends CitationInput {
  authority: string;
  /** ISO day of issue (成文日期). */
  date: string;
  year: number;
  /** The issue's 期 within its year. */
  number: number;
  url: string;
}

/** Where the reader's access date goes in a GB/T 7714 reference: filled in by the page, in the reader's browser. */
export const CITED_DATE = '{cited}';

/**
 * GB/T 7714-2015, an article of a serial as an online resource: 柳州市人民政府. 题名: 文号[EB/OL]. 柳州市人民政府公报,
 * 2024(3): 3-14[引用日期]. URL. The access date is the reader's, so it is left as CITED_DATE.
 */
export function gbReference(ref: ReferenceInput): string {
  const title = ref.docNumber === undefined ? ref.title : `${ref.title}: ${ref.docNumber}`;
  const pages = pageRange(ref.startPage, ref.endPage, '-');
  return `${ref.authority}. ${title}[EB/OL]. ${ref.gazette}, ${ref.year}(${ref.number})${pages === undefined ? '' : `: ${pages}`}[${CITED_DATE}]. ${ref.url}.`;
}

/** One CSL-JSON item, as reference managers (Zotero, EndNote, JabRef) import it. */
export interface CslItem {
  id: string;
  type: 'document';
  title: string;
  number?: string;
  genre: string;
  authority: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  'container-title': string;
  issue: string;
  page?: string;
  URL: string;
  language: 'zh-CN';
}

/** The notice as a CSL-JSON item (type document, its 文种 as genre, its doc number as number). */
export function cslItem(ref: ReferenceInput & { id: string; type: string }): CslItem {
  const [y, m, d] = ref.date.split('-').map(Number) as [number, number, number];
  const pages = pageRange(ref.startPage, ref.endPage, '-');
  return {
    id: ref.id,
    type: 'document',
    title: ref.title,
    ...(ref.docNumber !== undefined && { number: ref.docNumber }),
    genre: ref.type,
    authority: ref.authority,
    author: ref.authority.split('、').map((literal) => ({ literal })),
    issued: { 'date-parts': [[y, m, d]] },
    'container-title': ref.gazette,
    issue: `${ref.year}(${ref.number})`,
    ...(pages !== undefined && { page: pages }),
    URL: ref.url,
    language: 'zh-CN',
  };
}
