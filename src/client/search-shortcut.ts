// `/` focuses the search box from any page, unless the reader is typing somewhere. The page's own box
// (the search page, the 404 page) wins over the header's. A box submitted with Enter tells the search page so,
// which then opens an exact doc-number match directly, as the search page's own box does.
import { ENTER_KEY } from '../search/enter.ts';
import { isTyping } from './typing.ts';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box =
    document.querySelector<HTMLInputElement>('main form[role="search"] input[name="q"]') ??
    document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
  if (!box) return;
  event.preventDefault(); // the slash must not be typed into the box it opens.
  box.focus();
  box.select();
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.getAttribute('role') !== 'search') return;
  const query = new FormData(form).get('q');
  try {
    if (typeof query === 'string') sessionStorage.setItem(ENTER_KEY, query);
  } catch {
    // Storage may be off; the search page then shows the match with its link instead of opening it.
  }
});
