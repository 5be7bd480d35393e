// An issue's id and label from its year and number: one rule for the ingest, the site and the search page.

/** 2024-03: sorts by date as text, names the issue's folder and URL. */
export function issueId(year: number, number: number): string {
  return `${year}-${String(number).padStart(2, '0')}`;
}

/** 2024年第3期, as the gazette prints it. */
export function issueLabel(year: number, number: number): string {
  return `${year}年第${number}期`;
}
