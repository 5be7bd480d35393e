import { describe, expect, it } from 'vitest';
import { layoutRows } from '../../../src/site/table-layout.ts';

const view = (rows: string[][]) => layoutRows(rows, (cell) => cell === '').map((cells) => cells.map((c) => (c.rowSpan > 1 ? `${c.content}^${c.rowSpan}` : c.content)));

describe('layoutRows', () => {
  it('merges a continuation row’s leading empty cells into the cells above', () => {
    // 柳政发〔2024〕6号: item 13 was declared by two districts.
    expect(
      view([
        ['13', '传统技艺', '柳州酸笋制作技艺', '柳江区', '柳江区文化馆'],
        ['', '', '', '柳城县', '柳城县文化馆'],
        ['14', '传统技艺', '柳城绿茶制作技艺', '柳城县', '柳城县文化馆'],
      ]),
    ).toEqual([
      ['13^2', '传统技艺^2', '柳州酸笋制作技艺^2', '柳江区', '柳江区文化馆'],
      ['柳城县', '柳城县文化馆'],
      ['14', '传统技艺', '柳城绿茶制作技艺', '柳城县', '柳城县文化馆'],
    ]);
  });

  it('extends the same cells over several continuation rows', () => {
    expect(view([['1', 'a'], ['', 'b'], ['', 'c']])).toEqual([['1^3', 'a'], ['b'], ['c']]);
  });

  it('keeps an empty cell that does not start the row', () => {
    expect(view([['4', '市卫生健康委', '', '完成']])).toEqual([['4', '市卫生健康委', '', '完成']]);
  });

  it('keeps a first row that starts empty, since nothing is above it', () => {
    expect(view([['', 'x']])).toEqual([['', 'x']]);
  });

  it('covers every column exactly once per row', () => {
    const rows = [['1', 'a', 'b'], ['', '', 'c'], ['2', 'd', 'e'], ['', 'f', 'g']];
    const height = new Array(rows.length).fill(0);
    layoutRows(rows, (cell) => cell === '').forEach((cells, r) => {
      for (const cell of cells) for (let i = 0; i < cell.rowSpan; i++) height[r + i] += 1;
    });
    expect(height).toEqual([3, 3, 3, 3]);
  });
});
