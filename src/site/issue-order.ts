// Printed order inside an issue: the previous and next notice of a notice.

export interface Neighbours<T> {
  previous?: T | undefined;
  next?: T | undefined;
}

/** Neighbours of the item at key in an already ordered list; throws when key is absent, since that is a data bug. */
export function neighbours<T>(ordered: readonly T[], key: (item: T) => string, wanted: string): Neighbours<T> {
  const index = ordered.findIndex((item) => key(item) === wanted);
  if (index === -1) throw new Error(`${wanted} is not in the list`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Oldest issue first: by year, then 期. */
export function compareIssues(a: { year: number; number: number }, b: { year: number; number: number }): number {
  return a.year - b.year || a.number - b.number;
}

export interface IssueYear<T> {
  year: number;
  /** Anchor id on the issues page, e.g. year-2024. */
  id: string;
  /** Issues of the year, newest first. */
  issues: T[];
}

/** Issues grouped by year, newest year and newest issue first, as an archive is browsed. */
export function issuesByYear<T extends { year: number; number: number }>(issues: readonly T[]): IssueYear<T>[] {
  const sorted = [...issues].sort((a, b) => compareIssues(b, a));
  const years: IssueYear<T>[] = [];
  for (const issue of sorted) {
    const last = years.at(-1);
    if (last?.year === issue.year) last.issues.push(issue);
    else years.push({ year: issue.year, id: `year-${issue.year}`, issues: [issue] });
  }
  return years;
}
