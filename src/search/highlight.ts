// The URL parameter that carries a search's terms to the opened notice, shared by the search page and the notice.
export const HIGHLIGHT_PARAM = 'highlight';
