// The search box's Enter, carried across the page load to the search page in sessionStorage (not in the URL,
// so Back, Reload and shared links show the results instead of jumping again).

/** sessionStorage key holding the query a search box was submitted with. */
export const ENTER_KEY = 'gongbao:search-enter';

/** True, once, when the page was reached by pressing Enter on `query` in a search box. */
export function takeEnter(query: string, storage: () => Pick<Storage, 'getItem' | 'removeItem'>): boolean {
  try {
    // Reading window.sessionStorage itself throws where storage is blocked.
    const submitted = storage().getItem(ENTER_KEY);
    storage().removeItem(ENTER_KEY);
    return submitted !== null && submitted === query;
  } catch {
    return false;
  }
}
