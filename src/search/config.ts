// What the search page embeds for its script: the doc-number manifest, the traditional-character bitmap, UI strings.
import type { DocNumberManifest } from './doc-number-map.ts';
import type { SearchStrings } from './strings.ts';

export interface SearchConfig {
  manifest: DocNumberManifest;
  /** Base64 bitmap of characters with a simplified form (see simplified.ts). */
  bitmap: string;
  strings: SearchStrings;
  /** URL parameter carrying the terms to the opened notice (HIGHLIGHT_PARAM); passed here so the page script does not share a chunk with the notice's. */
  highlightParam: string;
}

/** The id of the <script type="application/json"> holding the config. */
export const SEARCH_CONFIG_ID = 'search-config';
