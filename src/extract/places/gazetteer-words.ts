import { getGazetteer } from './gazetteer.js';

/**
 * Words for jieba's user dictionary so that place names come out as whole tokens: official names
 * of provinces, prefectures and counties, their short forms, by-names and countries, minus the
 * everyday words (新兴, 合作) whose segmentation must not change. Towns go in per province (see
 * `townWords`), since 40,000 of them would only slow jieba down for other provinces.
 */
export function gazetteerWords(): Array<{ word: string; tag: string }> {
  const g = getGazetteer();
  const out: Array<{ word: string; tag: string }> = [];
  for (const [name, entries] of g.byName) {
    if (g.commonWords.has(name)) continue;
    if (entries.every((e) => e.division.level === 'town')) continue;
    out.push({ word: name, tag: 'ns' });
  }
  return out;
}

/** Town names of one province (6-digit province code), for jieba's user dictionary. */
export function townWords(provinceCode: string): Array<{ word: string; tag: string }> {
  const out: Array<{ word: string; tag: string }> = [];
  for (const [name, entries] of getGazetteer().byName)
    if (entries.some((e) => e.division.level === 'town' && e.division.provinceCode === provinceCode)) out.push({ word: name, tag: 'ns' });
  return out;
}
