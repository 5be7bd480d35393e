// A notice's legal status as far as this archive knows it: only later archived notices can abolish or amend it.
import { compareText } from '../pipeline/text-shape.ts';
import type { DocNumberRelation, Related, RelatedDocument } from '../pipeline/content-schema.ts';
import type { AbolitionScope } from '../pipeline/model.ts';
import { t } from '../i18n/t.ts';

type StatusKind = 'whole' | 'part' | 'amended';

export interface NoticeStatus {
  /** whole: a later notice abolishes it wholly; part: only in part; amended: later notices amend it and none abolishes it. */
  kind: StatusKind;
  /** The notices that abolish it, or amend it when none abolishes it, by doc number slug for a stable order. */
  by: RelatedDocument[];
}

/** What a status is read from: the notices that abolish the document and those that amend it, by doc number. */
interface StatusSources {
  abolishedBy: readonly { scope?: AbolitionScope; docNumber?: string }[];
  amendedBy: readonly { docNumber?: string }[];
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

const BY_KEYS = { whole: 'status.wholeBy', part: 'status.partBy', amended: 'status.amendedBy' } as const;

/**
 * The status as a list states it, with the notices that did it: 已被柳政发〔2024〕8号废止, 已被…部分废止, 已被…修改, or
 * 未见废止或修改记载 (never 有效: the archive cannot know that).
 */
export function statusPhrase(sources: StatusSources): string {
  const kind = statusKind(sources);
  if (!kind) return t('status.noneShort');
  const doing = kind === 'amended' ? sources.amendedBy : sources.abolishedBy.filter((a) => kind === 'part' || a.scope === 'whole');
  const by = [...new Set(doing.flatMap((d) => (d.docNumber ? [d.docNumber] : [])))];
  return by.length ? t(BY_KEYS[kind], { by: by.join('、') }) : t(LABEL_KEYS[kind]);
}

/** What a notice itself does to others, as a list states it: 废止柳政规〔2022〕4号；修改…; undefined when nothing. */
export function actsPhrase(related: Pick<Related, 'abolishes' | 'amends'>): string | undefined {
  const docs = (list: readonly RelatedDocument[]) => [...new Set(list.map((d) => d.docNumber))].join('、');
  const whole = related.abolishes.filter((a) => a.scope !== 'part');
  const part = related.abolishes.filter((a) => a.scope === 'part');
  const acts = [
    ...(whole.length ? [t('status.acts.abolishes', { docs: docs(whole) })] : []),
    ...(part.length ? [t('status.acts.abolishesPart', { docs: docs(part) })] : []),
    ...(related.amends.length ? [t('status.acts.amends', { docs: docs(related.amends) })] : []),
  ];
  return acts.length ? acts.join('；') : undefined;
}

/** What a search result shows of a notice's status: the phrase, and what the notice itself does to others. */
export function searchStatusFields(related: Related): { status: string; acts?: string } {
  const acts = actsPhrase(related);
  return { status: statusPhrase(related), ...(acts !== undefined && { acts }) };
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
