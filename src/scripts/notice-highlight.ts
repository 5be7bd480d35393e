// On a notice opened from search (…/?highlight=经济普查), marks the matched terms with Pagefind's highlight
// script. It is loaded only when the parameter is there, so ordinary visits download nothing extra.
import { HIGHLIGHT_PARAM } from '../search/highlight.ts';

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: new (options: object) => unknown }) => {
      // Marks only inside [data-pagefind-body] (the article), skipping [data-pagefind-ignore].
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM });
      // A sub-result link already scrolled to its heading; otherwise show the first match.
      if (!window.location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // Highlighting is an aid; the notice reads the same without it.
    });
}
