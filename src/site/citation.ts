// The citation a reader copies: title, doc number, gazette, issue and printed page.
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
}

/** A title with its doc number after it in brackets, as official text cites a document; the title alone without one. */
export function titleWithDocNumber(title: string, docNumber: string | undefined): string {
  return docNumber === undefined ? title : t('citation.titled', { title, docNumber });
}

/** e.g. 柳州市人民政府关于…的意见（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期第3页。 */
export function citationText({ title, docNumber, gazette, issueLabel, startPage }: CitationInput): string {
  const vars = { heading: titleWithDocNumber(title, docNumber), gazette, issue: issueLabel };
  return startPage === undefined
    ? t('citation.withoutPage', vars)
    : t('citation.withPage', { ...vars, page: startPage });
}
