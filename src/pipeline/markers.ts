// Heading markers of Chinese official documents (一、 （一） 1. （1）) and the shapes of special lines.
import type { HeadingStyle } from './model.ts';

const NUMERAL = '[一二三四五六七八九十百]{1,4}';
// The ordinals of a regulation's divisions run higher: 第一百零五条.
const ORDINAL = '[一二三四五六七八九十百千零〇]{1,8}';
const STYLES: [HeadingStyle, RegExp][] = [
  ['第一章', new RegExp(`^第${ORDINAL}章`)],
  ['第一节', new RegExp(`^第${ORDINAL}节`)],
  ['一、', new RegExp(`^${NUMERAL}、`)],
  ['（一）', new RegExp(`^[（(]${NUMERAL}[）)]`)],
  ['1.', /^\d{1,2}[.．](?!\d)/],
  ['（1）', /^[（(]\d{1,2}[）)]/],
];

/** The marker style a line starts with, if any. */
export function markerStyle(text: string): HeadingStyle | undefined {
  return STYLES.find(([, re]) => re.test(text))?.[0];
}

/** Conventional rank of each marker style (章 above 节 above 一、 above （一） above 1. above （1）). */
export const STYLE_RANK: Record<HeadingStyle, number> = { title: 0, 第一章: 1, 第一节: 2, '一、': 3, '（一）': 4, '1.': 5, '（1）': 6 };

/** The divisions of a regulation that are headings; within one, 一、 and （一） are items (项), never headings. */
export const REGULATION_STYLES: ReadonlySet<HeadingStyle> = new Set(['第一章', '第一节']);

/** An article (条) of a regulation: its label 第三条, the numeral, the spaces after it; its text follows. */
export const ARTICLE = new RegExp(`^(第(${ORDINAL})条)([\\s\u3000]*)(?=\\S)`);

/** A parenthetical naming who is responsible, which continues the sentence before it. */
const ATTRIBUTION_START = /^[（(〔【](?:市|柳州市|责任单位|牵头单位|配合单位)/;

/** True when the text starts with a responsibility parenthetical such as （市教育局牵头…）. */
export function startsWithAttribution(text: string): boolean {
  return ATTRIBUTION_START.test(text) && !markerStyle(text);
}

/** 附件 / 附件2: the label that opens an attachment section. */
export const ATTACHMENT_LABEL = /^附\s*件\s*(\d{0,2})$/;
/** 附注 / 注释 / 注：the label of a notice's notes, whose numbered paragraphs are its items. */
export const NOTES_LABEL = /^(?:附\s*注|注\s*释|注)[:：]?$/;
/** 1. / 2、: the number that opens one item of the notes. */
export const NOTE_ITEM = /^\d{1,2}[.．、]/;
/** 附件：title / 附件1：title: the line that refers to an attachment. */
export const ATTACHMENT_REF = /^(附\s*件\s*(\d{0,2})\s*[:：])\s*(.+)$/;

// A name (two or three characters, or two with a space) then its unit; optionally after a role label.
const ROSTER = /^(?:[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}[:：])?(?:[\u4e00-\u9fff]\s[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})\s+[^\s。，；]{2,}$/;

/** True for a roster line: a person's name, spaces, their unit or post (唐 竟 东风柳州汽车有限公司). */
export function isRosterLine(text: string): boolean {
  return ROSTER.test(text) && !markerStyle(text);
}
