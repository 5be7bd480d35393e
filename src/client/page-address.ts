// A notice's address where the build knew no public origin (GONGBAO_SITE unset): the page wrote it as a path, and
// the browser knows the rest. The link copied, the GB/T 7714 citation, the CSL-JSON downloaded and the foot of every
// printed page then carry the address the reader sees; with an origin they already do, and nothing changes.
import { printFooterCss } from '../site/print-footer.ts';

const ABSOLUTE = /^https?:\/\//u;

/** The citation section's address made absolute on the page's own origin, wherever the page shows or gives it. */
export function pageAddress(section: HTMLElement | null): void {
  const path = section?.dataset['url'];
  if (!section || !path || ABSOLUTE.test(path)) return;
  const url = new URL(path, location.href).href;
  for (const span of section.querySelectorAll<HTMLElement>('[data-page-url]')) span.textContent = url;
  for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    button.dataset['copyText'] = url;
    button.dataset['failed'] = url;
  }
  // A constructed sheet comes after the page's own in the cascade: its @page foot replaces the one with the path.
  const foot = new CSSStyleSheet();
  foot.replaceSync(printFooterCss({ source: section.dataset['printSource'] ?? '', url }));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, foot];
  section.querySelector<HTMLAnchorElement>('a[data-csl]')?.addEventListener('click', (event) => {
    event.preventDefault();
    void downloadCsl(event.currentTarget as HTMLAnchorElement, url);
  });
}

/** The CSL-JSON file with its URL field set to the page's address, saved under the file's own name. */
async function downloadCsl(link: HTMLAnchorElement, url: string): Promise<void> {
  const items = (await (await fetch(link.href)).json()) as unknown;
  const withUrl = (item: unknown) => (item && typeof item === 'object' ? { ...item, URL: url } : item);
  const json = JSON.stringify(Array.isArray(items) ? items.map(withUrl) : withUrl(items), null, 2);
  const save = document.createElement('a');
  save.href = URL.createObjectURL(new Blob([json], { type: 'application/vnd.citationstyles.csl+json' }));
  save.download = link.pathname.split('/').at(-1) ?? 'notice.csl.json';
  save.click();
  setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
}
