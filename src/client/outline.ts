// The outline follows the reader: open beside the text on a wide screen, folded into a bar on a phone, and the
// section being read is marked (aria-current) and named in the bar.
import { currentSection, WIDE_OUTLINE } from '../site/outline.ts';

/** Scrolls a box, never the page, so that the marked entry is within it. */
function reveal(box: HTMLElement, link: HTMLElement | undefined): void {
  if (!link || box.scrollHeight <= box.clientHeight) return;
  const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - link.offsetHeight) box.scrollTop = top - box.clientHeight / 3;
}

const nav = document.querySelector<HTMLElement>('nav.outline');
const details = nav?.querySelector('details');
if (nav && details) {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const label = nav.querySelector('.outline-current');
  const wide = matchMedia(WIDE_OUTLINE);
  const fit = () => {
    details.open = wide.matches;
  };
  const list = details.querySelector('ol');
  let frame = 0;
  let marked: HTMLElement | undefined;
  const mark = () => {
    frame = 0;
    const root = document.documentElement;
    const atEnd = root.scrollTop + window.innerHeight >= root.scrollHeight - 2;
    const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
    const index = currentSection(tops, { readingLine: window.innerHeight * 0.3, viewportHeight: window.innerHeight, atEnd });
    links.forEach((link, i) => (i === index ? link.setAttribute('aria-current', 'location') : link.removeAttribute('aria-current')));
    marked = links[index];
    if (label) label.textContent = marked?.textContent ?? '';
    if (wide.matches) reveal(nav, marked);
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(mark);
  };
  fit();
  mark();
  wide.addEventListener('change', fit);
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  details.addEventListener('toggle', () => {
    if (details.open && !wide.matches && list) reveal(list, marked);
  });
  // On a phone the open list covers the text: a chosen entry folds it again.
  nav.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) details.open = false;
  });
}
