// What the search page embeds for its script: the doc-number manifest, the traditional-character bitmap, UI strings.
import type { IssueCalendar } from './doc-number-answer.ts';
import type { DocNumberManifest } from './doc-number-map.ts';
import type { FilterKey } from './notice-attributes.ts';
import type { SearchStrings } from './strings.ts';

export interface SearchConfig {
  manifest: DocNumberManifest;
  /** The full-text index's shard folders, newest first: the first one's pagefind.js merges in the others. */
  bundles: string[];
  /** Every value of each filter, so the checkboxes exist before the index's filter data is loaded. */
  filters: Record<FilterKey, string[]>;
  /** The months (yyyy-mm) that have notices, oldest first: a date range is searched as the months inside it. */
  months: string[];
  /** The issues held, so 2024年第3期 or 2024-3 can offer the issue. */
  issues: IssueCalendar;
  /** Base64 bitmap of characters with a simplified form (see simplified.ts). */
  bitmap: string;
  strings: SearchStrings;
  /** URL parameter carrying the terms to the opened notice (HIGHLIGHT_PARAM); passed here so the page script does not share a chunk with the notice's. */
  highlightParam: string;
}

/** The id of the <script type="application/json"> holding the config. */
export const SEARCH_CONFIG_ID = 'search-config';
