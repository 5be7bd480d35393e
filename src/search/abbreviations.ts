// Abbreviations (简称) citizens type for terms the gazette always spells out in full. Curated by hand: each entry is a
// standard short form whose full form occurs in the archive's text; a query word containing the short form is also
// searched with the full form. Add an entry only when the short form is in common use and means one thing.

/** Short form → full form as printed in the gazette. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  非遗: '非物质文化遗产',
  五经普: '第五次全国经济普查',
  经普: '经济普查',
  民企: '民营企业',
  国企: '国有企业',
  个体户: '个体工商户',
  电动车: '电动自行车',
  新能源车: '新能源汽车',
  医保: '医疗保障',
  社保: '社会保险',
  规上: '规模以上',
};

/** Short forms longest first, so 五经普 is read before 经普. */
const SHORT_FORMS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);

/** The word with every short form it contains replaced by its full form; the word itself when it holds none. */
export function expandAbbreviations(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const short = SHORT_FORMS.find((form) => word.startsWith(form, i));
    if (short) {
      out += ABBREVIATIONS[short];
      i += short.length;
    } else {
      out += word[i];
      i += 1;
    }
  }
  return out;
}
