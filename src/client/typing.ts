// Whether a key press belongs to a field the reader is typing in, so page-wide keys leave it alone.

/** True for inputs, text areas, selects and editable content. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
