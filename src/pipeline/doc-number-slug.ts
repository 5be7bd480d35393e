// ASCII URL slugs of doc numbers, from the pinyin of their prefix.
import { pinyin } from 'pinyin-pro';
import { ORDER_MARK } from './doc-number.ts';
import type { DocNumberParts } from './model.ts';

/** ASCII slug of a doc number: toneless pinyin of the prefix, year, number (liuzhengfa-2024-3); an order has no year (liuzhoushirenminzhengfuling-no20). */
export function docNumberSlug(doc: DocNumberParts): string {
  const letters = pinyin(doc.prefix, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');
  return doc.year === undefined ? `${letters}-${ORDER_MARK}${doc.number}` : `${letters}-${doc.year}-${doc.number}`;
}
