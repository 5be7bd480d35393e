import { describe, expect, it } from 'vitest';
import { sentenceHref } from '../../../src/site/text-fragment.ts';

describe('sentenceHref', () => {
  it('names a short sentence whole and a long one by its start and end, escaping what text directives read', () => {
    expect(decodeURIComponent(sentenceHref('/notices/a/', '本通知自2023年9月15日起施行。'))).toBe('/notices/a/#:~:text=本通知自2023年9月15日起施行。');
    const long = sentenceHref('/notices/a/', '自本通知下发之日起，废止柳政规〔2022〕4号，并废止柳政发〔2024〕4号附件第2项。');
    expect(decodeURIComponent(long)).toBe('/notices/a/#:~:text=自本通知下发之日起，废止,024〕4号附件第2项。');
    // '-' and ',' inside the words would end or split the directive.
    expect(sentenceHref('/a/', '1-2,3')).toBe('/a/#:~:text=1%2D2%2C3');
  });
});
