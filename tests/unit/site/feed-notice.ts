// A notice as the feed takes it, for the feed's and the Atom writer's tests.
import type { FeedNotice } from '../../../src/site/notice-feed.ts';

/** A 通知 named after its doc number; `b` is the abolished one. */
export const feedNotice = (docNumber: string, date: string, issueDate: string): FeedNotice => ({
  title: `关于${docNumber}的通知`,
  docNumber,
  type: '通知',
  date,
  issueDate,
  issueLabel: `${issueDate.slice(0, 4)}年`,
  url: `https://example.org/gongbao/notices/${docNumber}/`,
  citation: `cite ${docNumber}`,
  status: docNumber === 'b' ? '已废止' : '未见废止或修改记载',
});
