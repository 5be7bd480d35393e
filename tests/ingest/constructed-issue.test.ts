// The real issue and the constructed issue of every kind (tests/fixtures/constructed) ingested together: each item's
// identity, the regulation's articles, citations and relations across the two issues, and the fidelity account.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { ROOT, SEED_FILE, seedBytes } from '../support/real-seed.ts';

const CONSTRUCTED = 'seeds/2024-04.txt';
const constructedBytes = readFileSync(join(ROOT, 'tests/fixtures/constructed/2024-04.txt'));
const result = ingest([
  { file: SEED_FILE, bytes: seedBytes },
  { file: CONSTRUCTED, bytes: constructedBytes },
]);
const issue = result.archive.issues.find((i) => i.source === CONSTRUCTED)!;
const notice = (slug: string) => result.archive.issues.flatMap((i) => i.notices).find((n) => n.slug === slug)!;

describe('the constructed issue of every kind', () => {
  it('gives every item its title, doc number, type, authority and section', () => {
    expect(issue.notices.map((n) => [n.slug, n.docNumber?.text, n.title, n.type, n.authority, n.section])).toEqual([
      ['liuzhoushirenminzhengfuling-no20', '柳州市人民政府令第20号', '柳州市城市道路桥梁管理办法', '令', '柳州市人民政府', '政府规章'],
      ['liuzhengfa-2024-9', '柳政发〔2024〕9号', '柳州市人民政府关于做好2024年重点工作督查的通知', '通知', '柳州市人民政府', '市政府文件'],
      ['liuzhengbanfa-2024-12', '柳政办发〔2024〕12号', '柳州市人民政府办公室关于印发柳州市城市道路桥梁养护考核办法的通知', '通知', '柳州市人民政府办公室', '市政府办公室文件'],
      ['liuzhengbanhan-2024-30', '柳政办函〔2024〕30号', '柳州市人民政府办公室关于做好2024年防汛工作的函', '函', '柳州市人民政府办公室', '市政府办公室文件'],
      ['liufagaigui-2024-1', '柳发改规〔2024〕1号', '柳州市发展和改革委员会关于印发柳州市重点项目管理办法的通知', '通知', '柳州市发展和改革委员会', '部门文件'],
      ['liucaigui-2024-2', '柳财规〔2024〕2号', '柳州市财政局 柳州市教育局关于规范学生资助资金管理的通知', '通知', '柳州市财政局、柳州市教育局', '部门文件'],
      ['liuzhengren-2024-5', '柳政任〔2024〕5号', '柳州市人民政府关于张某某等同志职务任免的通知', '通知', '柳州市人民政府', '人事任免'],
      ['2024-04-item-8', undefined, '《柳州市城市道路桥梁管理办法》政策解读', '政策解读', '柳州市人民政府', '政策解读'],
    ]);
    expect(issue.notices.map((n) => [n.form, n.date, n.startPage])).toEqual([
      ['order', '2024-03-20', 3],
      ['dated', '2024-03-25', 8],
      ['dated', '2024-03-28', 10],
      ['dated', '2024-04-01', 12],
      ['dated', '2024-04-02', 13],
      ['dated', '2024-04-08', 15],
      ['dated', '2024-04-10', 17],
      ['unnumbered', '2024-04-12', 18],
    ]);
  });

  it('keeps the regulation\'s 章 and 节 as headings and gives every 条 its anchor', () => {
    const order = notice('liuzhoushirenminzhengfuling-no20');
    expect(order.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []))).toEqual([
      '2 柳州市城市道路桥梁管理办法',
      '3 第一章  总  则',
      '3 第二章  养护和维修',
      '4 第一节  一般规定',
      '4 第二节  专项养护',
      '3 第三章  附  则',
    ]);
    expect(order.blocks.flatMap((b) => (b.kind === 'article' ? [`${b.id} ${b.label} h${b.level}`] : []))).toEqual([
      'tiao-1 第一条 h4', 'tiao-2 第二条 h4', 'tiao-3 第三条 h4', 'tiao-4 第四条 h5', 'tiao-5 第五条 h5', 'tiao-6 第六条 h5', 'tiao-7 第七条 h4',
    ]);
    // 第四条 runs across a page break: one article, the running header dropped.
    const fourth = order.blocks.find((b) => b.kind === 'article' && b.number === 4);
    expect(fourth).toMatchObject({ text: expect.stringMatching(/发现问题及时处理，保障城市道路桥梁完好。$/) });
    expect([order.signer, order.passedAt]).toEqual(['市长  张某某', '2024年3月1日市人民政府第30次常务会议']);
  });

  it('archives a jointly issued document under each of its numbers', () => {
    const joint = notice('liucaigui-2024-2');
    expect([joint.docNumber?.text, joint.otherDocNumbers?.map((d) => d.text), joint.docNumberText]).toEqual(['柳财规〔2024〕2号', ['柳教规〔2024〕1号'], '柳财规〔2024〕2号  柳教规〔2024〕1号']);
    const second = result.archive.docNumbers.find((e) => e.docNumber === '柳教规〔2024〕1号');
    expect(second?.notice?.slug).toBe('liucaigui-2024-2');
    expect(issue.toc.find((e) => e.docNumber?.text === '柳财规〔2024〕2号')?.otherDocNumbers?.map((d) => d.text)).toEqual(['柳教规〔2024〕1号']);
  });

  it('keeps appointment lines line by line', () => {
    const appointments = notice('liuzhengren-2024-5').blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(appointments.slice(-3)).toEqual(['任命张某某为柳州市交通运输局局长；', '任命李某某为柳州市城市管理局副局长；', '免去王某某的柳州市交通运输局局长职务。']);
  });

  it('links citations and relations across the two issues, both ways', () => {
    const related = (slug: string) => result.archive.related.get(slug)!;
    expect(related('liuzhengfa-2024-9').implements.map((d) => d.docNumber)).toEqual(['柳政发〔2024〕3号']);
    expect(related('liuzhengfa-2024-3').implementedBy.map((d) => d.slug)).toContain('liuzhengfa-2024-9');
    expect(related('liuzhengfa-2024-9').abolishes).toMatchObject([{ docNumber: '柳政发〔2023〕9号', archived: true, scope: 'whole' }]);
    expect(related('liuzhengfa-2023-9').abolishedBy).toMatchObject([{ docNumber: '柳政发〔2024〕9号', slug: 'liuzhengfa-2024-9' }]);
    const order = result.archive.docNumbers.find((e) => e.docNumber === '柳州市人民政府令第20号')!;
    expect(order.notice?.slug).toBe('liuzhoushirenminzhengfuling-no20');
    expect(order.citedBy.map((c) => c.slug).sort()).toEqual(['2024-04-item-8', 'liuzhengbanfa-2024-12', 'liuzhengfa-2024-9']);
    expect(related('liuzhoushirenminzhengfuling-no20').publishes).toMatchObject([{ title: '柳州市城市道路桥梁管理办法' }]);
  });

  it('accounts for every character of the constructed issue', () => {
    const fidelity = result.fidelity.find((f) => f.file === CONSTRUCTED)!;
    expect(fidelity.unaccounted).toBe(0);
    expect(fidelity.strayLines).toEqual([]);
    expect(fidelity.dropped['section-heading']).toBe('【政府规章】【市政府文件】【部门文件】【人事任免】【政策解读】'.length);
    expect(fidelity.dropped['repeated-table-header']).toBeGreaterThan(0);
  });

  it('leaves the real issue as it ingests alone', () => {
    const alone = ingest([{ file: SEED_FILE, bytes: seedBytes }]);
    const real = result.archive.issues.find((i) => i.source === SEED_FILE)!;
    expect(real.notices.map((n) => n.blocks)).toEqual(alone.archive.issues[0]!.notices.map((n) => n.blocks));
  });
});
