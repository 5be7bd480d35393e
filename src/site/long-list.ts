// Lists on a notice page that grow with the archive (the notices citing it, abolishing or amending it) are cut short
// there, so no page grows without bound; the whole list has a page of its own.

/** Entries a notice page shows of a list that grows with the archive. */
export const LIST_LIMIT = 30;
/** Entries per page of a whole list: a page of compact entries stays well under 500 KB. */
export const LIST_PAGE_SIZE = 500;

/** The first `limit` entries, and how many are left out. */
export function firstEntries<T>(entries: readonly T[], limit = LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: entries.slice(0, limit), more: Math.max(0, entries.length - limit) };
}
