// Shows 已过有效期 beside a validity that ended before the reader's today; the built page never depends on the build's clock.
import { isPast } from '../site/dates.ts';

for (const row of document.querySelectorAll<HTMLElement>('[data-valid-until]')) {
  const badge = row.querySelector<HTMLElement>('.expired');
  if (badge && isPast(row.dataset.validUntil ?? '', new Date())) badge.hidden = false;
}
