// What a notice's title tells: its issuing authority, its document type (文种), and whether a line reads as a title.

// The document types of the national rules for official documents (党政机关公文处理工作条例), longest first.
const TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '纪要', '函', '令'];

// What else a gazette prints, usually without a doc number.
const GAZETTE_ITEMS = ['政策解读', '解读', '更正', '启事'];

/** The document type a title ends with, e.g. 通知 or 政策解读; 其他 when it names none. */
export function documentType(title: string): string {
  return TYPES.find((t) => title.endsWith(t)) ?? GAZETTE_ITEMS.find((t) => title.endsWith(t)) ?? '其他';
}

const AUTHORITY_END = /(政府|办公室|办公厅|委员会|局|厅|部|委|院|会)$/;

/**
 * The issuing authority: the title's words before 关于 or 印发, else the gazette's publisher. Jointly issued documents
 * name each authority (柳州市财政局 柳州市教育局, or run together, each starting with the city): joined with 、.
 */
export function issuingAuthority(title: string, publisher: string): string {
  const m = /^(.+?)(?:关于|印发)/.exec(title);
  const candidate = (m?.[1] ?? '').trim();
  const spaced = candidate.split(/[\s\u3000]+/);
  const joined = spaced.join('');
  // Without spaces, a second authority starts where the first one's place name (柳州市) starts again.
  const names = spaced.length > 1 ? spaced : joined.length > 3 ? joined.split(new RegExp(`(?=${joined.slice(0, 3)})`)) : [joined];
  return names.every((name) => AUTHORITY_END.test(name)) ? names.join('、') : AUTHORITY_END.test(joined) ? joined : publisher;
}

/** True when a line reads like a notice title: it names an authority's act and ends with a document type. */
export function looksLikeTitle(text: string): boolean {
  return /关于|印发/.test(text) && documentType(text) !== '其他' && text.length <= 80;
}
