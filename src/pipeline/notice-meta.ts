// What a notice's title tells: its issuing authority and its document type (文种).

// The document types of the national rules for official documents (党政机关公文处理工作条例), longest first.
const TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '纪要', '函', '令'];

/** The document type a title ends with, e.g. 通知; 其他 when it names none. */
export function documentType(title: string): string {
  return TYPES.find((t) => title.endsWith(t)) ?? '其他';
}

/** The issuing authority: the title's words before 关于 or 印发, else the gazette's publisher. */
export function issuingAuthority(title: string, publisher: string): string {
  const m = /^(.+?)(?:关于|印发)/.exec(title.replace(/\s/g, ''));
  const candidate = m?.[1] ?? '';
  return /(政府|办公室|办公厅|委员会|局|厅|部|委)$/.test(candidate) ? candidate : publisher;
}

/** True when a line reads like a notice title: it names an authority's act and ends with a document type. */
export function looksLikeTitle(text: string): boolean {
  return /关于|印发/.test(text) && documentType(text) !== '其他' && text.length <= 80;
}
