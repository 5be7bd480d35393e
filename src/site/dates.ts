// Dates are kept as ISO days (yyyy-mm-dd) end to end, so no time zone can shift them.

/** '2024-02-08' → '2024年2月8日', the way the gazette prints dates. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Midnight of an ISO day in China Standard Time, as an RFC 3339 timestamp for feeds. */
export function chinaMidnight(iso: string): string {
  formatDate(iso); // validates
  return `${iso}T00:00:00+08:00`;
}

/** Whether the ISO day `lastDay` has ended by `now`, counted in China Standard Time, where the gazette's days are. */
export function isPast(lastDay: string, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay)) return false;
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return today > lastDay;
}

/** Every month from `first` to `last` (yyyy-mm), both included, in order. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
}
