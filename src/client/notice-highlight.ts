// On a notice opened from search (…/?highlight=经济普查), marks each term whole with Pagefind's highlight script
// (mark.js) and lets the reader step between the marks (N, Shift+N) or clear them (Escape). Loaded only when the
// parameter is there, so ordinary visits download nothing extra.
import { HIGHLIGHT_PARAM } from '../search/highlight.ts';
import { stepMatch } from '../search/match-steps.ts';
import { fill } from '../i18n/fill.ts';
import { isTyping } from './typing.ts';

const CLASS = 'pagefind-highlight';

/** Wires the navigator to the marks on the page; it stays hidden when nothing was marked. */
function navigate(marks: HTMLElement[]): void {
  const nav = document.getElementById('match-nav');
  const position = document.getElementById('match-nav-position');
  if (!nav || !position || marks.length === 0) return;
  const template = nav.dataset['template'] ?? '{n}/{total}';
  const showPosition = (n: string | number) => {
    position.textContent = fill(template, { n, total: marks.length });
  };
  let current = -1;
  const show = (index: number) => {
    marks[current]?.classList.remove('is-current');
    current = index;
    const mark = marks[current];
    if (!mark) return;
    mark.classList.add('is-current');
    mark.scrollIntoView({ block: 'center' });
    showPosition(current + 1);
  };
  const clear = () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    nav.hidden = true;
    document.removeEventListener('keydown', onKey);
    const url = new URL(window.location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', url);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === 'Escape') clear();
    else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      show(stepMatch(current, event.shiftKey ? -1 : 1, marks.length));
    }
  };
  nav.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-clear')) clear();
    else show(stepMatch(current, button.dataset['step'] === '-1' ? -1 : 1, marks.length));
  });
  document.addEventListener('keydown', onKey);
  nav.hidden = false;
  // A sub-result link already scrolled to its heading; otherwise show the first match.
  if (window.location.hash) showPosition('–');
  else show(0);
}

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: new (options: object) => unknown }) => {
      // Marks only inside [data-pagefind-body] (the article), skipping [data-pagefind-ignore]; each term whole.
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: CLASS } });
      navigate([...document.querySelectorAll<HTMLElement>(`mark.${CLASS}`)]);
    })
    .catch(() => {
      // Highlighting is an aid; the notice reads the same without it.
    });
}
