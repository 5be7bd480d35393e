// The documents a notice publishes (印发): named in its title or in 现将《…》印发, found in its text when it holds them.
import type { Notice, Publication } from './model.ts';
import { sentenceAround } from './relations.ts';

/** A title compared without spaces and title marks: the title line and an attachment print the same title differently. */
export function titleKey(title: string): string {
  return title.replace(/[\s《》〈〉]/g, '');
}

/** The published title in a notice title: 关于印发《X》的通知, 印发关于X的实施方案的通知, 关于印发X（2022年版）的通知. */
function titlePublication(title: string, type: string): string | undefined {
  const m = new RegExp(`印发\\s*(.+?)\\s*的\\s*${type}$`).exec(title);
  return m?.[1]?.replace(/^《(.+)》$/, '$1');
}

/** 现将《X》印发给你们, or an order's 《X》已经……通过，现予公布: the publication as the text announces it. */
const ANNOUNCED = /将\s*《([^《》]+)》\s*印发|《([^《》]+)》[^《》。]*?现予公布/g;

/** Where the published document's text stands: an attachment or a title heading with the same title (or ending in it), else the only one there is. */
function targetOf(title: string, candidates: readonly { title: string; id: string }[]): string | undefined {
  const key = titleKey(title);
  const same = candidates.find((c) => titleKey(c.title) === key) ?? candidates.find((c) => titleKey(c.title).endsWith(key));
  return (same ?? (candidates.length === 1 ? candidates[0] : undefined))?.id;
}

/** The documents `notice` publishes, each once, in order: from its title, then from its text. */
export function noticePublications(notice: Pick<Notice, 'attachments' | 'blocks' | 'title' | 'type' | 'sourceLines'>, texts: readonly { text: string; line: number }[]): Publication[] {
  const candidates = [
    ...notice.attachments.map((a) => ({ title: a.title, id: a.id })),
    ...notice.blocks.flatMap((b) => (b.kind === 'heading' && b.style === 'title' ? [{ title: b.text, id: b.id }] : [])),
  ];
  const found: { title: string; sentence: string; line: number }[] = [];
  const fromTitle = titlePublication(notice.title, notice.type);
  if (fromTitle) found.push({ title: fromTitle, sentence: notice.title, line: notice.sourceLines[0] });
  for (const { text, line } of texts) {
    for (const m of text.matchAll(ANNOUNCED)) {
      found.push({ title: (m[1] ?? m[2])!, sentence: sentenceAround(text, m.index, m.index + m[0].length), line });
    }
  }
  const seen = new Set<string>();
  return found.flatMap((p) => {
    if (seen.has(titleKey(p.title))) return [];
    seen.add(titleKey(p.title));
    const target = targetOf(p.title, candidates);
    return [{ title: p.title, ...(target && { target }), sentence: p.sentence, line: p.line }];
  });
}
