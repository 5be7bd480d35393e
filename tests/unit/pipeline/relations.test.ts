// What a cited number stands for in its sentence: abolished, amended, or a basis.
import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../src/pipeline/doc-number/grammar.ts';
import { relationAt, withoutQuotedTitles } from '../../../src/pipeline/relations.ts';
import { firstNotice, oneNotice } from './fixture.ts';

/** The relation of the first occurrence of `docNumber` in `text`. */
function relationOf(text: string, docNumber: string) {
  const parsed = parseDocNumber(docNumber)!;
  const relation = relationAt(text, { index: text.indexOf(docNumber), length: docNumber.length, docNumber: parsed }, 7);
  return relation && { ...relation, target: relation.target.text };
}

describe('relationAt', () => {
  it('reads 废止 before the number, or after it in its clause', () => {
    expect(relationOf('现决定废止《办法》（柳政规〔2020〕4号）。', '柳政规〔2020〕4号')).toEqual({
      kind: 'abolishes',
      target: '柳政规〔2020〕4号',
      scope: 'whole',
      sentence: '现决定废止《办法》（柳政规〔2020〕4号）。',
      line: 7,
    });
    expect(relationOf('《办法》（柳政规〔2020〕4号）同时废止。', '柳政规〔2020〕4号')).toMatchObject({ kind: 'abolishes', scope: 'whole' });
    expect(relationOf('《措施》（柳政发〔2022〕21号）中的第三条予以废止。', '柳政发〔2022〕21号')).toMatchObject({ kind: 'abolishes', scope: 'part' });
  });

  it('does not read a verb inside a quoted title as the sentence’s', () => {
    expect(relationOf('详见《关于废止部分文件的通知》（柳政发〔2021〕2号）。', '柳政发〔2021〕2号')).toBeUndefined();
    expect(relationOf('根据《关于修改〈办法〉的决定》（柳政发〔2021〕2号），现通知如下。', '柳政发〔2021〕2号')).toMatchObject({ kind: 'implements', verb: '根据' });
  });

  it('reads 修改 and 修正 in the clause as an amendment', () => {
    expect(relationOf('现决定对《办法》（柳政规〔2021〕1号）作如下修改：', '柳政规〔2021〕1号')).toMatchObject({ kind: 'amends' });
    expect(relationOf('市人民政府决定修正柳政规〔2021〕1号。', '柳政规〔2021〕1号')).toMatchObject({ kind: 'amends' });
    expect(relationOf('根据柳政规〔2021〕1号，对本地规定作如下修改。', '柳政规〔2021〕1号')).toMatchObject({ kind: 'implements' });
  });

  it('reads the verb that opens the clause of a basis, for each number the clause names', () => {
    const text = '为贯彻落实《通知》（国发〔2022〕22号）和《通知》（桂政发〔2023〕9号）精神，扎实做好普查工作，现通知如下。';
    expect(relationOf(text, '国发〔2022〕22号')).toMatchObject({ kind: 'implements', verb: '贯彻落实' });
    expect(relationOf(text, '桂政发〔2023〕9号')).toMatchObject({ kind: 'implements', verb: '贯彻落实' });
    for (const verb of ['根据', '按照', '依据', '依照']) {
      expect(relationOf(`${verb}柳政发〔2023〕5号文件精神，现通知如下。`, '柳政发〔2023〕5号')).toMatchObject({ kind: 'implements', verb });
    }
    expect(relationOf('各地要落实到位，具体见柳政发〔2023〕5号。', '柳政发〔2023〕5号')).toBeUndefined();
  });

  it('blanks quoted titles without moving any character', () => {
    const text = '根据《关于〈办法〉的通知》（国发〔2022〕1号）';
    expect(withoutQuotedTitles(text)).toHaveLength(text.length);
    expect(withoutQuotedTitles(text)).toBe(`根据${'　'.repeat(11)}（国发〔2022〕1号）`);
  });
});

describe('relations of a parsed notice', () => {
  it('reads an abolition of a whole document', () => {
    const n = firstNotice(oneNotice(['自本通知下发之日起，废止2022年1月21日印发的《办法》（柳政规〔2022〕4号）。'], '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知'));
    expect(n.relations.map((r) => ({ ...r, target: r.target.text }))).toEqual([
      { kind: 'abolishes', target: '柳政规〔2022〕4号', scope: 'whole', sentence: '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知', line: n.sourceLines[0] },
    ]);
  });

  it('reads an abolition of part of a document', () => {
    const n = firstNotice(oneNotice(['现决定废止《措施》（柳政发〔2022〕21号）关于“三、稳建筑业方面”的规定。']));
    expect(n.relations).toMatchObject([{ target: { text: '柳政发〔2022〕21号' }, scope: 'part' }]);
  });

  it('does not read a citation outside an abolition as one', () => {
    expect(firstNotice(oneNotice(['根据《办法》（柳办发〔2011〕6号），决定如下。'])).relations).toMatchObject([{ kind: 'implements', verb: '根据' }]);
    expect(firstNotice(oneNotice(['详见《办法》（柳办发〔2011〕6号）。'])).relations).toEqual([]);
  });
});

describe('notice relations', () => {
  it('keeps one relation per number and kind, the narrower scope winning', () => {
    const n = firstNotice(oneNotice(['现决定废止《措施》（柳政发〔2022〕21号）。', '', '《措施》（柳政发〔2022〕21号）关于第三条的规定部分废止。']));
    expect(n.relations).toMatchObject([{ kind: 'abolishes', target: { text: '柳政发〔2022〕21号' }, scope: 'part' }]);
  });
});

describe('listed abolitions and amendments', () => {
  it('reads the documents listed after 决定废止下列文件： as abolished, in items and table rows', () => {
    const n = firstNotice(
      oneNotice([
        '市人民政府决定废止下列规范性文件：',
        '',
        '1.《甲办法》（柳政规〔2019〕1号）',
        '',
        '2.《乙规定》（柳政规〔2019〕2号）',
        '',
        '本决定自公布之日起施行。根据柳政发〔2020〕3号执行。',
      ]),
    );
    expect(n.relations.map((r) => [r.kind, r.target.text, r.scope, r.sentence])).toEqual([
      ['abolishes', '柳政规〔2019〕1号', 'whole', '1.《甲办法》（柳政规〔2019〕1号）'],
      ['abolishes', '柳政规〔2019〕2号', 'whole', '2.《乙规定》（柳政规〔2019〕2号）'],
      ['implements', '柳政发〔2020〕3号', undefined, '根据柳政发〔2020〕3号执行。'],
    ]);
  });

  it('reads a table under a 废止文件目录 title, and amendments after 决定修改以下文件：', () => {
    const n = firstNotice(
      oneNotice([
        '现决定对以下文件予以修改：',
        '',
        '一、《丙办法》（柳政规〔2018〕5号）第三条修改为……',
        '',
        '附件：决定废止的规范性文件目录',
        '',
        '附件',
        '',
        '决定废止的规范性文件目录',
        '',
        '序号\t文件名称\t文号',
        '1\t丁办法\t柳政发〔2017〕9号',
      ]),
    );
    expect(n.relations.map((r) => [r.kind, r.target.text])).toEqual([
      ['amends', '柳政规〔2018〕5号'],
      ['abolishes', '柳政发〔2017〕9号'],
    ]);
  });

  it('ends the list at the first text that is not an item, and ignores headings that only mention 修改', () => {
    const n = firstNotice(oneNotice(['决定废止下列文件：', '', '1.《甲》（柳政规〔2019〕1号）', '', '请遵照执行，另见柳政规〔2019〕7号。', '', '（三）修改完善制度', '', '1.执行柳政发〔2023〕5号的规定。']));
    expect(n.relations.map((r) => [r.kind, r.target.text])).toEqual([['abolishes', '柳政规〔2019〕1号']]);
  });
});
