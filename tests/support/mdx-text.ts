// Renders notice MDX with Sätteri (Astro's default processor, as configured) and reads back the text it shows.
import { mdxToHast } from 'satteri';
import type { Notice } from '../../src/pipeline/model.ts';
import { noticeTexts } from '../../src/pipeline/notice-texts.ts';

interface Node {
  type: string;
  value?: string;
  name?: string;
  tagName?: string;
  attributes?: { name: string; value: unknown }[];
  children?: Node[];
}

/** The text a reader sees, in order; a DocTable's cells from its data, joined with tabs as the source had them. */
export function renderedText(mdx: string): string {
  const tree = mdxToHast(mdx, { features: { smartPunctuation: false, headingAttributes: true, frontmatter: true } }) as Node;
  const out: string[] = [];
  const walk = (node: Node, inBlock: boolean) => {
    if (node.type === 'text') {
      if (inBlock || node.value?.trim()) out.push(node.value ?? '');
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'DocTable') {
      const data = (name: string) => {
        const value = node.attributes?.find((a) => a.name === name)?.value as { value: string } | undefined;
        return value ? JSON.parse(value.value) : undefined;
      };
      const caption = data('caption') as string | undefined;
      if (caption !== undefined) out.push(caption);
      out.push((data('header') as string[]).join('\t'));
      // A cell holding a doc number comes as its pieces.
      const cellText = (cell: string | (string | [string, string])[]) => (typeof cell === 'string' ? cell : cell.map((piece) => (typeof piece === 'string' ? piece : piece[0])).join(''));
      for (const row of data('rows') as (string | (string | [string, string])[])[][]) out.push(row.map(cellText).join('\t'));
      return;
    }
    const block = node.type === 'element' && /^(p|h[1-6]|li)$/.test(node.tagName ?? '');
    for (const child of node.children ?? []) walk(child, inBlock || block);
  };
  walk(tree, false);
  return out.join('');
}

/** The body text of a notice as the model holds it: everything after the header and the addressee. */
export function bodyText(notice: Notice): string {
  const texts = noticeTexts(notice).map((t) => t.text);
  return texts.slice((notice.titleSource === 'body' ? 1 : 0) + (notice.addressee !== undefined ? 1 : 0)).join('');
}
