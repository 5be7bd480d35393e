// ASCII URL slugs of doc numbers, from the pinyin of their prefix.
import { pinyin } from 'pinyin-pro';
import type { DocNumberParts } from '../model.ts';
import { composeSlug } from './slug-parts.ts';

/** The toneless pinyin of a prefix as slugs use it: 柳政发 → liuzhengfa. */
export function prefixSlug(prefix: string): string {
  return pinyin(prefix, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');
}

/** ASCII slug of a doc number: toneless pinyin of the prefix, year, number (liuzhengfa-2024-3); an order has no year (liuzhoushirenminzhengfuling-no20). */
export function docNumberSlug(doc: DocNumberParts): string {
  return composeSlug(prefixSlug(doc.prefix), doc);
}
