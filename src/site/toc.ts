// An issue's table of contents as shown on the site.
import type { TocEntry } from '../pipeline/content-schema.ts';

/**
 * Entries in printed order; an archived entry shows its notice's title, because the TOC's own text keeps the
 * printed line breaks as spaces (《政府工作 报告》) while the notice title is the clean one.
 */
export function displayToc(toc: readonly TocEntry[], noticeTitle: (slug: string) => string | undefined): TocEntry[] {
  return toc.map((entry) => {
    const title = entry.slug === undefined ? undefined : noticeTitle(entry.slug);
    return title === undefined ? { ...entry } : { ...entry, title };
  });
}
