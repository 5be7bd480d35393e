// Build time only: the traditional → simplified table made from opencc-js's dictionaries (never shipped as is).
import * as OpenCC from 'opencc-js';
import type { DictLike } from 'opencc-js/core';
import { buildSimplifiedTable, type SimplifiedTable } from './simplified.ts';

/** Source keys of an OpenCC dictionary ('乾坤 乾坤|…' strings or [from, to] pairs). */
function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([from]) => from);
  return dict
    .split('|')
    .map((entry) => entry.split(' ')[0] ?? '')
    .filter(Boolean);
}

/** The table for Taiwan, Hong Kong and generic traditional text, to mainland simplified (cn). */
export function openccSimplifiedTable(): SimplifiedTable {
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const groups = [
    ...(OpenCC.Locale.from['tw'] ?? []),
    ...(OpenCC.Locale.from['hk'] ?? []),
    ...(OpenCC.Locale.configs?.['t2s']?.conversionChain ?? []),
  ];
  const phrases = groups.flat().flatMap((dict) => keysOf(dict).filter((key) => [...key].length > 1));
  return buildSimplifiedTable(converters, phrases);
}
