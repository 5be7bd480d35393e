// One flat string table per language; templates use {name} placeholders.
import { fill } from './fill.ts';
import strings from './zh-CN.json';

export type StringKey = keyof typeof strings;
type Vars = Readonly<Record<string, string | number>>;

/** A template cut into literal text and placeholder names, for callers that render a placeholder as markup. */
export type TemplatePart = { text: string } | { name: string };

/** The string for key with {placeholders} filled; a missing variable is a bug, so it throws. */
export function t(key: StringKey, vars: Vars = {}): string {
  return fill(strings[key], vars);
}

/** The template for key split at its placeholders, e.g. '被{docNumber}废止' → 被 | docNumber | 废止. */
export function templateParts(key: StringKey): TemplatePart[] {
  return strings[key]
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\{\w+\}$/.test(piece) ? { name: piece.slice(1, -1) } : { text: piece }));
}
