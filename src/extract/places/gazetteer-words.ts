import { getGazetteer } from './gazetteer.js';

/**
 * Words for jieba's user dictionary so that place names come out as whole tokens: official names
 * of provinces and prefectures, their short forms, by-names and countries, minus the everyday
 * words (新兴, 合作) whose segmentation must not change. Counties and towns never go in: they are
 * joined per document from `provinceWords` (extract/local-names.ts).
 */
export function gazetteerWords(): Array<{ word: string; tag: string }> {
  const g = getGazetteer();
  const out: Array<{ word: string; tag: string }> = [];
  for (const [name, entries] of g.byName) {
    if (g.commonWords.has(name)) continue;
    if (entries.every((e) => e.division.level === 'town' || e.division.level === 'county')) continue;
    out.push({ word: name, tag: 'ns' });
  }
  return out;
}

/**
 * County and town names of one province (6-digit province code), joined into tokens in that
 * province's reports only: forcing 桥西 or 江源 into every text would re-cut ordinary words
 * (大桥西至, 东江源区) around them.
 */
export function provinceWords(provinceCode: string): Array<{ word: string; tag: string }> {
  const g = getGazetteer();
  const out: Array<{ word: string; tag: string }> = [];
  for (const [name, entries] of g.byName) {
    if (g.commonWords.has(name)) continue;
    const local = entries.some(
      (e) => (e.division.level === 'town' || e.division.level === 'county') && e.division.provinceCode === provinceCode,
    );
    if (local) out.push({ word: name, tag: 'ns' });
  }
  return out;
}
