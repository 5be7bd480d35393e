// The share of CPU time the hypervisor gave to other machines (steal) over a run, from /proc/stat: on a shared
// machine it says how far a run's times can be trusted. Linux only; elsewhere there is no figure.
import { existsSync, readFileSync } from 'node:fs';

/** The machine's steal and total CPU ticks so far, from the first line of /proc/stat. */
function ticks(): { steal: number; total: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { steal: fields[7] ?? 0, total: fields.reduce((sum, n) => sum + n, 0) };
}

/** Starts measuring; the function returned gives the steal since then, as a percentage of all CPU time. */
export function measureSteal(): () => string {
  const start = ticks();
  return () => {
    const end = ticks();
    if (!start || !end || end.total === start.total) return 'not measured';
    return `${((100 * (end.steal - start.steal)) / (end.total - start.total)).toFixed(1)} %`;
  };
}
