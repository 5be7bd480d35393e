// An issue's table of contents as shown on the site.
import type { TocRecord } from '../pipeline/content-schema.ts';

/**
 * Entries in printed order; an archived entry shows its notice's title, because the TOC's own text keeps the
 * printed line breaks as spaces (《政府工作 报告》) while the notice title is the clean one.
 */
export function displayToc(toc: readonly TocRecord[], noticeTitle: (slug: string) => string | undefined): TocRecord[] {
  return toc.map((entry) => {
    const title = entry.slug === undefined ? undefined : noticeTitle(entry.slug);
    return title === undefined ? { ...entry } : { ...entry, title };
  });
}

/** Entries grouped by the section they stand under, in printed order; a TOC without sections is one group without a name. */
export function tocSections<T extends Pick<TocRecord, 'section'>>(toc: readonly T[]): { section?: string; entries: T[] }[] {
  const groups: { section?: string; entries: T[] }[] = [];
  for (const entry of toc) {
    const last = groups.at(-1);
    if (last && last.section === entry.section) last.entries.push(entry);
    else groups.push({ ...(entry.section !== undefined && { section: entry.section }), entries: [entry] });
  }
  return groups;
}
