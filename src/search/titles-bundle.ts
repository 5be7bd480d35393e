// The folder of the titles-only Pagefind index, beside the main one (pagefind/), for searches in titles alone.
export const TITLES_BUNDLE = 'pagefind-titles';
