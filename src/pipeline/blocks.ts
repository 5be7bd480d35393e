// Draft blocks to the model's blocks: heading levels, anchors, attachment sections and the references to them.
import { draftText, type DraftBlock } from './draft-blocks.ts';
import { createSlugger, headingLevels } from './headings.ts';
import type { Attachment, Block, WithoutRefs } from './model.ts';
import type { Part } from './units.ts';

/** A block before its doc numbers are found. */
export type UnlinkedBlock = WithoutRefs<Block>;
/** An attachment before its doc numbers are found. */
export type UnlinkedAttachment = WithoutRefs<Attachment>;

function range(parts: readonly Part[]): [number, number] {
  const nos = parts.map((p) => p.line.no);
  return [Math.min(...nos), Math.max(...nos)];
}

type AttachmentRefDraft = Extract<DraftBlock, { kind: 'attachment-ref' }>;

/** The attachment a reference names: by title, else by number, else by order when every attachment has its reference. */
function refTarget(ref: AttachmentRefDraft, all: readonly DraftBlock[], attachments: readonly Pick<UnlinkedAttachment, 'label' | 'title' | 'id'>[]): string | undefined {
  const refs = all.filter((x) => x.kind === 'attachment-ref');
  const byTitle = attachments.find((a) => a.title.replace(/\s/g, '') === ref.title.replace(/\s/g, ''));
  const byNumber = ref.number ? attachments.find((a) => a.label.replace(/\D/g, '') === ref.number) : undefined;
  const byOrder = refs.length === attachments.length ? attachments[refs.indexOf(ref)] : undefined;
  return (byTitle ?? byNumber ?? byOrder)?.id;
}

/** One section's drafts (the notice's text, or one attachment's) as blocks whose headings rank from `top`. */
function sectionBlocks(drafts: readonly DraftBlock[], top: number, slug: (text: string) => string, target: (ref: AttachmentRefDraft) => string | undefined): UnlinkedBlock[] {
  const styles = drafts.flatMap((d) => (d.kind === 'heading' ? [d.style] : []));
  const levels = headingLevels(styles, top);
  let h = 0;
  // An article's label ranks one below the 章 or 节 (or title) it stands under.
  let articleLevel = top;
  return drafts.map((d): UnlinkedBlock => {
    switch (d.kind) {
      case 'heading': {
        const text = draftText(d.parts);
        const level = levels[h++] ?? top;
        articleLevel = Math.min(6, level + 1);
        return { kind: 'heading', level, style: d.style, text, id: slug(text), lines: range(d.parts) };
      }
      case 'article':
        return { kind: 'article', level: articleLevel, label: d.label, number: d.number, id: slug(`tiao-${d.number}`), text: draftText(d.parts), lines: range(d.parts) };
      case 'paragraph':
        return { kind: 'paragraph', text: draftText(d.parts), lines: range(d.parts) };
      case 'list':
        return {
          kind: 'list',
          variant: d.variant,
          items: d.items.map((parts) => ({ text: draftText(parts), line: parts[0]!.line.no })),
          lines: range(d.items.flat()),
        };
      case 'table':
        return {
          kind: 'table',
          ...(d.caption && { caption: draftText(d.caption) }),
          header: d.header.text.split('\t'),
          rows: d.rows.map((r) => {
            const cells = r.text.split('\t');
            return { cells, line: r.line.no, continuation: cells[0] === '' };
          }),
          lines: range([...(d.caption ?? []), d.header, ...d.rows]),
        };
      case 'attachment-ref': {
        const to = target(d);
        return { kind: 'attachment-ref', label: d.label, title: d.title, ...(to && { target: to }), lines: range(d.parts) };
      }
      case 'attachment':
        throw new Error('attachments are split out before conversion');
    }
  });
}

/** Draft blocks to model blocks: levels, anchors, attachment sections and their references resolved. */
export function toModelBlocks(drafts: readonly DraftBlock[]): { blocks: UnlinkedBlock[]; attachments: UnlinkedAttachment[] } {
  const slug = createSlugger();
  const sections: { label?: Extract<DraftBlock, { kind: 'attachment' }>; drafts: DraftBlock[] }[] = [{ drafts: [] }];
  for (const d of drafts) {
    if (d.kind === 'attachment') sections.push({ label: d, drafts: [] });
    else sections.at(-1)!.drafts.push(d);
  }
  // Ids follow the attachments' order; anchors of the notice's own headings are taken before theirs.
  const heads = sections.slice(1).map((s, k) => ({ label: s.label!.label.text, title: draftText(s.label!.title), id: `fujian-${k + 1}`, lines: range([s.label!.label, ...s.label!.title]) }));
  const target = (ref: AttachmentRefDraft) => refTarget(ref, drafts, heads);
  const blocks = sectionBlocks(sections[0]!.drafts, 2, slug, target);
  const attachments = sections.slice(1).map((s, k): UnlinkedAttachment => {
    const head = heads[k]!;
    const inner = sectionBlocks(s.drafts, 3, slug, target);
    return { ...head, blocks: inner, lines: [head.lines[0], Math.max(head.lines[1], ...inner.map((b) => b.lines[1]))] };
  });
  return { blocks, attachments };
}
