// Arrow keys walk from the search box through every result link and back; Escape returns to the box.

/** Wires the keys for the links marked data-result-link inside `app`, starting from `box`. */
export function walkResultsWithKeys(app: HTMLElement, box: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const all = [...app.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const fromBox = document.activeElement === box;
    if (!fromBox && at === -1) return;
    if (event.key === 'ArrowDown') {
      const target = all[fromBox ? 0 : at + 1];
      if (target) {
        event.preventDefault();
        target.focus();
      }
    } else if (event.key === 'ArrowUp' && at !== -1) {
      event.preventDefault();
      (all[at - 1] ?? box).focus();
    } else if (event.key === 'Escape' && at !== -1) {
      event.preventDefault();
      box.focus();
    }
  });
}
