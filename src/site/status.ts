// A notice's legal status as far as this archive knows it: only later archived notices can abolish it.
import type { AbolishedBy, Scope } from '../pipeline/content-schema.ts';

export interface NoticeStatus {
  /** 'whole' if any later notice abolishes it wholly, else 'part'. */
  scope: Scope;
  /** The abolishing notices, sorted by doc number text for a stable order. */
  by: AbolishedBy[];
}

/** The short status a list shows (search results, the index, the feed): abolished, partly, or nothing seen. */
export function statusLabelKey(abolishedBy: readonly AbolishedBy[]): 'status.whole' | 'status.part' | 'status.noneShort' {
  const status = noticeStatus(abolishedBy);
  return status ? (status.scope === 'whole' ? 'status.whole' : 'status.part') : 'status.noneShort';
}

/** The status, or undefined when nothing here abolishes the notice (which does not prove it is in force). */
export function noticeStatus(abolishedBy: readonly AbolishedBy[]): NoticeStatus | undefined {
  if (abolishedBy.length === 0) return undefined;
  const by = [...abolishedBy].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { scope: by.some((a) => a.scope === 'whole') ? 'whole' : 'part', by };
}
