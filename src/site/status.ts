// A notice's legal status as far as this archive knows it: only later archived notices can abolish or amend it.
import { compareText } from '../pipeline/text-shape.ts';
import type { DocNumberRelation, Related, RelatedDocument } from '../pipeline/content-schema.ts';
import type { AbolitionScope } from '../pipeline/model.ts';

type StatusKind = 'whole' | 'part' | 'amended';

export interface NoticeStatus {
  /** whole: a later notice abolishes it wholly; part: only in part; amended: later notices amend it and none abolishes it. */
  kind: StatusKind;
  /** The notices that abolish it, or amend it when none abolishes it, by doc number slug for a stable order. */
  by: RelatedDocument[];
}

/** What a status is read from: the notices that abolish the document and those that amend it. */
interface StatusSources {
  abolishedBy: readonly { scope?: AbolitionScope }[];
  amendedBy: readonly unknown[];
}

function statusKind({ abolishedBy, amendedBy }: StatusSources): StatusKind | undefined {
  if (abolishedBy.length > 0) return abolishedBy.some((a) => a.scope === 'whole') ? 'whole' : 'part';
  return amendedBy.length > 0 ? 'amended' : undefined;
}

const LABEL_KEYS = { whole: 'status.whole', part: 'status.part', amended: 'status.amended' } as const;

/** The short status a list shows (search results, the index, the feed): abolished, partly, amended, or nothing seen. */
export function statusLabelKey(sources: StatusSources): (typeof LABEL_KEYS)[StatusKind] | 'status.noneShort' {
  const kind = statusKind(sources);
  return kind ? LABEL_KEYS[kind] : 'status.noneShort';
}

/** The status sources of a doc-number index entry, from its relations. */
export function entryStatusSources(relations: readonly DocNumberRelation[]): StatusSources {
  return { abolishedBy: relations.filter((r) => r.kind === 'abolished-by'), amendedBy: relations.filter((r) => r.kind === 'amended-by') };
}

/** The status, or undefined when nothing here abolishes or amends the notice (which does not prove it is in force). */
export function noticeStatus(related: Pick<Related, 'abolishedBy' | 'amendedBy'>): NoticeStatus | undefined {
  const kind = statusKind(related);
  if (!kind) return undefined;
  const by = kind === 'amended' ? related.amendedBy : related.abolishedBy;
  return { kind, by: [...by].sort((a, b) => compareText(a.slug, b.slug)) };
}
