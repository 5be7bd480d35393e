// The not-found page, for a notice address: says which doc number the archive does not hold, and links its prefix in the index.
import { createRoutes } from '../site/routes.ts';
import { missingNotice, type PrefixesBySlug } from '../site/missing-notice.ts';

const data = document.getElementById('not-found-data');
const box = document.getElementById('not-found-notice');
if (data && box) {
  const { base, prefixes, text } = JSON.parse(data.textContent ?? '{}') as { base: string; prefixes: PrefixesBySlug; text: string };
  const missing = missingNotice(window.location.pathname, base, prefixes);
  if (missing) {
    const [before = '', after = ''] = text.split('{docNumber}');
    const link = document.createElement('a');
    link.href = createRoutes(base).docNumber(missing.prefixSlug);
    link.textContent = missing.docNumber;
    box.replaceChildren(before, link, after);
    box.hidden = false;
  }
}
