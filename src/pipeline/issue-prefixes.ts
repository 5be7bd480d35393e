// The issuer codes (机关代字) an issue knows: those of its own notices and contents, and those its texts print alone.
import { delimitedPrefixes } from './doc-number/find.ts';
import type { TocEntry } from './model.ts';
import type { NoticeDraft } from './notice.ts';
import { noticeTexts } from './notice-texts.ts';

/** Every prefix of the issue's table of contents and notices, and every one its notices' texts print after a delimiter. */
export function issuePrefixes(toc: readonly TocEntry[], drafts: readonly NoticeDraft[]): Set<string> {
  const numbers = [...toc, ...drafts].flatMap((x) => [...(x.docNumber ? [x.docNumber] : []), ...(x.otherDocNumbers ?? [])]);
  const prefixes = new Set(numbers.map((d) => d.prefix));
  for (const draft of drafts) for (const t of noticeTexts(draft)) for (const p of delimitedPrefixes(t.text)) prefixes.add(p);
  return prefixes;
}
