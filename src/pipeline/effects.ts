// What a notice's own text says about when it applies and what it ends: 施行日期, 有效期, and abolitions of documents
// it names without a doc number. Each statement keeps the sentence as evidence and the line it stands on.
import { isoDate } from './dates.ts';
import { holdsDocNumber } from './doc-number/grammar.ts';
import type { Effect } from './model.ts';
import { numeralValue } from './numerals.ts';

const DATE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
/** 自2023年9月15日起施行 / 执行 / 实施. */
const FROM_DATE = new RegExp(`自\\s*${DATE}\\s*起(?:施行|执行|实施|生效)`);
/** 自印发之日起施行, 自下发之日起, 自公布之日起执行: the notice's own date. */
const FROM_ISSUE = /自(?:本(?:通知|决定|意见|办法|措施|规定))?(?:印发|下发|发布|公布)之日起/;
/** 有效期至2025年12月31日. */
const UNTIL_DATE = new RegExp(`有效期(?:至|到)\\s*${DATE}`);
/** 有效期5年, 有效期为三年. */
const FOR_YEARS = /有效期(?:为)?([0-9一二两三四五六七八九十]{1,3})年/;
/** …同时废止 / 予以废止 with no doc number in its sentence: a document the text names in words. */
const ABOLISHES = /(?:同时|予以|一并)废止/;

/** The ISO date of the printed date in a match's groups 1–3. */
function matchedDate(m: RegExpExecArray): string | undefined {
  return isoDate(`${m[1]}年${m[2]}月${m[3]}日`);
}

/** The day before the same date `count` years later: the last day of a validity of that many years. */
function lastDayAfterYears(start: string, count: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + count, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

/** The sentences of a text, each with its end punctuation. */
function sentences(text: string): string[] {
  return text.match(/[^。；]+[。；]?/g) ?? [];
}

/** The statements the notice's texts make about it, in text order; `date` is the notice's 成文日期. */
export function noticeEffects(texts: readonly { text: string; line: number }[], date: string): Effect[] {
  const effects: Effect[] = [];
  let start: string | undefined;
  for (const { text, line } of texts) {
    for (const raw of sentences(text)) {
      const sentence = raw.trim();
      const from = FROM_DATE.exec(sentence);
      const fromDate = from ? matchedDate(from) : FROM_ISSUE.test(sentence) ? date : undefined;
      // An order's 公布语 and its regulation's last article state the same date: it is said once.
      if (fromDate && !effects.some((e) => e.kind === 'in-force-from' && e.date === fromDate)) {
        start ??= fromDate;
        effects.push({ kind: 'in-force-from', date: fromDate, sentence, line });
      }
      const until = UNTIL_DATE.exec(sentence);
      const span = FOR_YEARS.exec(sentence);
      const count = span ? numeralValue(span[1] ?? '') : undefined;
      const untilDate = until ? matchedDate(until) : count ? lastDayAfterYears(start ?? fromDate ?? date, count) : undefined;
      if (untilDate) effects.push({ kind: 'valid-until', date: untilDate, sentence, line });
      if (ABOLISHES.test(sentence) && !holdsDocNumber(sentence)) effects.push({ kind: 'abolishes-unnumbered', sentence, line });
    }
  }
  return effects;
}
