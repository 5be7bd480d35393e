// The feed's entries: the newest notices, newest issue first, each filed under its type, issue and status.
import { describe, expect, it } from 'vitest';
import { feedEntries, feedUpdated } from '../../../src/site/notice-feed.ts';
import { feedNotice as notice } from './feed-notice.ts';


describe('feedEntries', () => {
  const entries = feedEntries([
    notice('a', '2024-02-08', '2024-03-15'),
    notice('b', '2023-01-09', '2024-03-15'),
    notice('c', '2024-05-01', '2024-06-15'),
  ]);

  it('lists the newest issue first and keeps printed order within an issue', () => {
    expect(entries.map((e) => e.url.split('/').at(-2))).toEqual(['c', 'a', 'b']);
  });

  it('lists only the newest notices, however large the archive', () => {
    const many = Array.from({ length: 250 }, (_, i) => notice(`n${i}`, '2024-01-01', `${2000 + Math.floor(i / 10)}-01-15`));
    const listed = feedEntries(many);
    expect(listed).toHaveLength(100);
    expect(listed[0]!.url).toContain('/n240/');
    expect(listed.at(-1)!.url).toContain('/n159/');
    expect(feedEntries(many, 3)).toHaveLength(3);
  });

  it('files each entry under its type, issue and status', () => {
    expect(entries[2]?.categories).toEqual(['通知', '2024年', '已废止']);
  });

  it('dates entries from the content: updated = issue date, published = issuing date', () => {
    expect(entries[1]).toMatchObject({ updated: '2024-03-15T00:00:00+08:00', published: '2024-02-08T00:00:00+08:00' });
    expect(feedUpdated(entries)).toBe('2024-06-15T00:00:00+08:00');
  });
});
