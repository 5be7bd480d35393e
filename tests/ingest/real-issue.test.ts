// The real issue 2024年第3期 end to end: every notice, its metadata, its tables and lists, and zero unaccounted characters.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.ts';
import type { Block, Notice } from '../../src/pipeline/model.ts';
import { SEED_FILE as file, seedBytes as bytes } from '../support/real-seed.ts';

let result: IngestResult;
let notices: Notice[];

beforeAll(() => {
  result = ingest([{ file, bytes }]);
  notices = result.archive.issues[0]!.notices;
});

const byDoc = (doc: string) => notices.find((n) => n.docNumber?.text === doc)!;
const allBlocks = (n: Notice): Block[] => [...n.blocks, ...n.attachments.flatMap((a) => a.blocks)];

const EXPECTED: [string, string, string, number][] = [
  ['柳政发〔2024〕3号', '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见', '2024-02-08', 3],
  ['柳政发〔2024〕4号', '柳州市人民政府关于印发《2024年市政府为民办实事工作任务分工方案》的通知', '2024-02-18', 15],
  ['柳政发〔2024〕6号', '柳州市人民政府关于公布柳州市第九批市级非物质文化遗产代表性项目名录的通知', '2024-02-19', 19],
  ['柳政发〔2024〕7号', '柳州市人民政府关于政府领导工作分工调整的通知', '2024-02-28', 23],
  ['柳政发〔2024〕8号', '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知', '2024-03-06', 25],
  ['柳政发〔2023〕2号', '柳州市人民政府关于表扬第七届柳州市市长质量奖获奖组织的决定', '2023-01-09', 26],
  ['柳政发〔2023〕3号', '柳州市人民政府关于公布市人民政府部门权责清单（2022年版）的通知', '2023-01-21', 27],
  ['柳政发〔2023〕4号', '柳州市人民政府关于印发市县乡三级权责清单规范化通用目录（2022年版）的通知', '2023-01-21', 28],
  ['柳政发〔2023〕5号', '柳州市人民政府关于印发《政府工作报告》的通知', '2023-01-29', 29],
  ['柳政发〔2023〕7号', '柳州市人民政府关于印发2023年市政府为民办实事工作任务分工方案的通知', '2023-02-05', 42],
  ['柳政发〔2023〕8号', '柳州市人民政府关于落实2023年《政府工作报告》重点工作分工的意见', '2023-02-15', 46],
  ['柳政发〔2023〕9号', '柳州市人民政府关于做好全市第五次全国经济普查的通知', '2023-03-11', 57],
  ['柳政发〔2023〕10号', '柳州市人民政府关于给予唐竞等工业企业专家享受市政府特殊津贴的决定', '2023-03-17', 63],
  ['柳政发〔2023〕13号', '柳州市人民政府关于印发2023年立法工作计划的通知', '2023-06-08', 65],
  ['柳政发〔2023〕16号', '柳州市人民政府印发关于加快和完善柳州市托育机构建设议案的实施方案的通知', '2023-07-06', 68],
  ['柳政发〔2023〕17号', '柳州市人民政府关于废止《柳州市经济稳增长的若干政策措施》部分内容的通知', '2023-09-15', 73],
  ['柳政发〔2023〕18号', '柳州市人民政府关于印发《柳州市促进民营经济发展壮大的若干措施》的通知', '2023-11-22', 74],
  ['柳政发〔2023〕19号', '柳州市人民政府关于废止柳政规〔2020〕4号文件的通知', '2023-11-23', 79],
];

describe('the real issue 2024年第3期', () => {
  it('is identified from its cover, not its file name', () => {
    const issue = result.archive.issues[0]!;
    expect([issue.id, issue.year, issue.number, issue.cumulative, issue.date]).toEqual(['2024-03', 2024, 3, 153, '2024-03-15']);
    expect(issue.gazette).toBe('柳州市人民政府公报');
    expect(issue.colophon).toMatchObject({ supervisor: '柳州市人民政府', publisher: '柳州市人民政府办公室', phone: '0772-2825328' });
    expect(issue.toc).toHaveLength(18);
  });

  it('has its 18 notices in printed order with exact titles, doc numbers, dates and printed pages', () => {
    expect(notices.map((n) => [n.docNumber?.text, n.title, n.date, n.startPage])).toEqual(EXPECTED);
    expect(notices.map((n) => n.order)).toEqual(EXPECTED.map((_, i) => i + 1));
  });

  it('takes the title of 柳政发〔2024〕4号 from the table of contents and says so', () => {
    expect(byDoc('柳政发〔2024〕4号').titleSource).toBe('toc');
    expect(notices.filter((n) => n.titleSource === 'toc')).toHaveLength(1);
  });

  it('keeps the body title where the TOC prints other parentheses', () => {
    expect(result.archive.issues[0]!.toc[6]!.title).toContain('(2022年版)');
    expect(byDoc('柳政发〔2023〕3号').title).toContain('（2022年版）');
  });

  it('derives end pages from the next notice and types and authorities from titles', () => {
    expect(byDoc('柳政发〔2024〕3号').endPage).toBe(14);
    expect(byDoc('柳政发〔2024〕8号').endPage).toBe(25);
    expect(byDoc('柳政发〔2023〕19号').endPage).toBeUndefined();
    expect(byDoc('柳政发〔2023〕2号').type).toBe('决定');
    expect(byDoc('柳政发〔2024〕3号').type).toBe('意见');
    expect(new Set(notices.map((n) => n.authority))).toEqual(new Set(['柳州市人民政府']));
  });

  it('has the tables of 柳政发〔2024〕4号 (10 rows), 柳政发〔2024〕6号 (34 items) and 柳政发〔2023〕7号 (10 rows)', () => {
    const table = (doc: string) => allBlocks(byDoc(doc)).filter((b) => b.kind === 'table');
    const t4 = table('柳政发〔2024〕4号');
    expect(t4).toHaveLength(1);
    expect(t4[0]!.kind === 'table' && t4[0]!.rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const [t6] = table('柳政发〔2024〕6号');
    if (t6?.kind !== 'table') throw new Error('no table');
    expect(t6.header).toEqual(['序号', '项目类别', '项目名称', '申报地区或单位', '保护单位']);
    expect(t6.rows.filter((r) => !r.continuation).map((r) => Number(r.cells[0]))).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    const item13 = t6.rows.findIndex((r) => r.cells[0] === '13');
    expect(t6.rows[item13 + 1]).toMatchObject({ cells: ['', '', '', '柳城县', '柳城县文化馆'], continuation: true });
    const t7 = table('柳政发〔2023〕7号');
    expect(t7).toHaveLength(1);
    expect(t7[0]!.kind === 'table' && t7[0]!.rows).toHaveLength(10);
  });

  it('has the 17 附注 items of 柳政发〔2023〕5号 and the 25 experts of 柳政发〔2023〕10号', () => {
    const notes = allBlocks(byDoc('柳政发〔2023〕5号')).filter((b) => b.kind === 'list' && b.variant === 'notes');
    expect(notes.flatMap((b) => (b.kind === 'list' ? b.items : []))).toHaveLength(17);
    const experts = allBlocks(byDoc('柳政发〔2023〕10号')).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
    expect(experts).toHaveLength(25);
    expect(experts[0]).toBe('唐 竟 东风柳州汽车有限公司');
  });

  it('keeps the leadership group of 柳政发〔2023〕9号 one line per member', () => {
    const roster = allBlocks(byDoc('柳政发〔2023〕9号')).find((b) => b.kind === 'list');
    expect(roster?.kind === 'list' && roster.items[0]!.text).toBe('组 长：何 国 市委常委、常务副市长');
    expect(roster?.kind === 'list' && roster.items.some((i) => i.text === '谭海平 阳和工业新区（北部生态新区）管委会副主任')).toBe(true);
  });

  it('states that 柳政发〔2024〕8号 abolishes 柳政规〔2022〕4号 and 柳政发〔2023〕17号 part of 柳政发〔2022〕21号', () => {
    expect(byDoc('柳政发〔2024〕8号').relations.map((r) => ({ ...r, target: r.target.text }))).toEqual([
      { kind: 'abolishes', target: '柳政规〔2022〕4号', scope: 'whole', sentence: '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知', line: 414 },
    ]);
    expect(byDoc('柳政发〔2023〕17号').relations).toMatchObject([{ target: { text: '柳政发〔2022〕21号' }, scope: 'part' }]);
    const entry = result.archive.docNumbers.find((e) => e.docNumber === '柳政规〔2022〕4号')!;
    expect(entry.notice).toBeUndefined();
    expect(entry.relations).toEqual([{ kind: 'abolished-by', docNumber: '柳政发〔2024〕8号', slug: 'liuzhengfa-2024-8', scope: 'whole' }]);
  });

  it('reads the documents each notice rests on, with the verb as printed', () => {
    expect(byDoc('柳政发〔2023〕9号').relations).toMatchObject([
      { kind: 'implements', target: { text: '国发〔2022〕22号' }, verb: '贯彻落实', line: 911 },
      { kind: 'implements', target: { text: '桂政发〔2023〕9号' }, verb: '贯彻落实', line: 911 },
    ]);
    expect(byDoc('柳政发〔2023〕16号').relations).toMatchObject([{ kind: 'implements', target: { text: '柳人办〔2023〕17号' }, verb: '根据', line: 1224 }]);
  });

  it('reads what each 印发 notice publishes and links the text when the issue prints it', () => {
    const published = Object.fromEntries(
      result.archive.issues[0]!.notices.filter((n) => n.publishes.length > 0).map((n) => [n.docNumber?.text, n.publishes.map((p) => [p.title, p.target])]),
    );
    expect(published).toEqual({
      '柳政发〔2024〕4号': [['2024年市政府为民办实事工作任务分工方案', 'fujian-1']],
      '柳政发〔2023〕4号': [['市县乡三级权责清单规范化通用目录（2022年版）', undefined]],
      '柳政发〔2023〕5号': [['政府工作报告', '政府工作报告']],
      '柳政发〔2023〕7号': [['2023年市政府为民办实事工作任务分工方案', 'fujian-1']],
      '柳政发〔2023〕13号': [['2023年立法工作计划', '柳州市人民政府2023年立法工作计划']],
      '柳政发〔2023〕16号': [['关于加快和完善柳州市托育机构建设议案的实施方案', '关于加快和完善柳州市托育机构建设议案的实施方案']],
      '柳政发〔2023〕18号': [['柳州市促进民营经济发展壮大的若干措施', '柳州市促进民营经济发展壮大的若干措施']],
    });
  });

  it('links the 2023 and 2024 editions of the same yearly document', () => {
    const slugOf = (doc: string) => result.archive.docNumbers.find((e) => e.docNumber === doc)!.slug;
    const otherYears = (doc: string) => result.archive.related.get(slugOf(doc))!.otherYears.map((o) => o.docNumber);
    expect(otherYears('柳政发〔2024〕4号')).toEqual(['柳政发〔2023〕7号']);
    expect(otherYears('柳政发〔2023〕7号')).toEqual(['柳政发〔2024〕4号']);
    expect(otherYears('柳政发〔2024〕3号')).toEqual(['柳政发〔2023〕8号']);
    expect(otherYears('柳政发〔2023〕13号')).toEqual([]);
  });

  it('collects cited doc numbers, including those not in the archive', () => {
    expect(byDoc('柳政发〔2023〕9号').cites.map((c) => c.docNumber.text)).toEqual(['国发〔2022〕22号', '桂政发〔2023〕9号']);
    expect(byDoc('柳政发〔2023〕10号').cites.map((c) => c.docNumber.text)).toEqual(['柳办发〔2011〕6号']);
    const cited = result.archive.docNumbers.filter((e) => !e.notice).map((e) => e.docNumber);
    expect(cited.sort()).toEqual(['国发〔2022〕22号', '柳人办〔2023〕17号', '柳办发〔2011〕6号', '柳政发〔2022〕21号', '柳政规〔2020〕4号', '柳政规〔2022〕4号', '桂政发〔2023〕9号'].sort());
  });

  it('links the attachment reference to its section, and leaves 柳政发〔2023〕3号 plain', () => {
    const ref = (doc: string) => byDoc(doc).blocks.find((b) => b.kind === 'attachment-ref');
    expect(ref('柳政发〔2024〕4号')).toMatchObject({ target: byDoc('柳政发〔2024〕4号').attachments[0]!.id });
    expect(ref('柳政发〔2023〕7号')).toMatchObject({ target: byDoc('柳政发〔2023〕7号').attachments[0]!.id });
    expect(ref('柳政发〔2023〕3号')).not.toHaveProperty('target');
    expect(byDoc('柳政发〔2023〕3号').attachments).toHaveLength(0);
  });

  it('accounts for every character: zero unaccounted, and exactly the page furniture dropped', () => {
    const report = result.fidelity[0]!;
    expect(report.unaccounted).toBe(0);
    expect(report.notices.every((n) => n.lost === 0 && n.invented === 0)).toBe(true);
    const headerLines = report.drops.filter((d) => d.reason === 'running-header').map((d) => d.line);
    expect(headerLines).toEqual([67, 93, 119, 145, 171, 213, 241, 297, 312, 366, 501, 595, 631, 699, 747, 781, 817, 927, 963, 1033, 1154, 1252, 1278]);
    expect(report.drops.filter((d) => d.reason === 'repeated-table-header').map((d) => d.line)).toEqual([262, 708]);
  });

  it('balances its books: notices + cover, contents and colophon + dropped = every source character', () => {
    const report = result.fidelity[0]!;
    const notices = report.notices.reduce((sum, n) => sum + n.chars, 0);
    const dropped = Object.values(report.dropped).reduce((sum, n) => sum + n, 0);
    expect(notices + report.issueChars + dropped).toBe(report.sourceChars);
    expect(report.sourceChars).toBe([...new TextDecoder().decode(bytes).replace(/\n/g, '')].length);
  });

  it('writes the same files on every run', () => {
    const again = ingest([{ file, bytes }]);
    expect([...again.files]).toEqual([...result.files]);
  });
});
