// What may stand before 〔year〕 in a doc number: an issuer code (机关代字), never the words that lead into a citation.

/**
 * Issuer codes official text cites, curated by hand (no library lists them): the code is the issuing body's short name
 * and the kind of document. A code the archive prints in its own notices and tables of contents is known as well.
 */
export const ISSUER_CODES: readonly string[] = [
  // 国务院 and its office
  '国发', '国函', '国办发', '国办函',
  // 广西壮族自治区人民政府, its office, and the regional Party committee
  '桂政发', '桂政办发', '桂政规', '桂政办规', '桂政函', '桂政办函', '桂发', '桂办发',
  // 柳州市人民政府 and its office: decisions, normative documents, letters, appointments
  '柳政发', '柳政办发', '柳政规', '柳政办规', '柳政函', '柳政办函', '柳政任', '柳政办',
  // 中共柳州市委 and its office; 市人大常委会办公室
  '柳发', '柳办发', '柳人办',
  // 柳州市 departments that print in the gazette
  '柳发改规', '柳发改', '柳财规', '柳财', '柳教规', '柳人社规', '柳市监规', '柳自然资规', '柳住建规',
];

/**
 * Words that lead into a citation (根据柳政发〔2023〕5号…, 废止柳政规〔2022〕4号): never part of a code. Longest first,
 * so 依据 is read before 据.
 */
export const LEAD_INS: readonly string[] = [
  '为贯彻落实', '贯彻落实', '根据', '按照', '依据', '依照', '遵照', '参照', '对照', '结合', '落实', '贯彻', '执行', '废止', '修改',
  '印发', '转发', '关于', '同时', '以及', '现将', '现就', '现', '经', '对', '和', '及', '与', '并', '将', '由', '为', '在', '从', '以', '即', '见', '如', '据', '照', '按', '依',
].sort((a, b) => b.length - a.length);

/** The run with every lead-in word taken off its front: 根据柳政发 → 柳政发, 并按照国发 → 国发. */
export function withoutLeadIns(run: string): string {
  let rest = run;
  for (let lead = LEAD_INS.find((w) => rest.startsWith(w) && rest.length > w.length); lead; lead = LEAD_INS.find((w) => rest.startsWith(w) && rest.length > w.length)) {
    rest = rest.slice(lead.length);
  }
  return rest;
}

/** Longest code a known code ends the run with, or undefined. */
function knownSuffix(run: string, known: ReadonlySet<string>): string | undefined {
  for (let start = 0; start < run.length; start++) {
    const tail = run.slice(start);
    if (known.has(tail) || ISSUER_CODES.includes(tail)) return tail;
  }
  return undefined;
}

/**
 * The issuer code in the CJK run that stands before 〔year〕: the longest code the run ends with that is curated or
 * known (from the archive's own notices); otherwise the run without its lead-in words when that is a plausible code
 * (four characters at most); otherwise its last three characters.
 */
export function issuerCode(run: string, known: ReadonlySet<string>): string {
  const suffix = knownSuffix(run, known);
  if (suffix) return suffix;
  const rest = withoutLeadIns(run);
  return rest.length <= 4 ? rest : rest.slice(-3);
}
