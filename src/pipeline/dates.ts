// Dates as the gazette prints them (2024年2月8日) and their ISO form.

/** A line that is a date and nothing else: an issuing date, a publication date, a 落款. */
export const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** 2024年2月8日 → 2024-02-08, or undefined when the text is not a valid date. */
export function isoDate(text: string): string | undefined {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
