import byNames from './data/by-names.json' with { type: 'json' };
import commonWords from './data/common-words.json' with { type: 'json' };
import countries from './data/countries.json' with { type: 'json' };
import { loadDivisions, loadTowns, type Division } from './divisions.js';
import { shortForm } from './short-forms.js';
import { charFlags, pairFlags } from '../../text/index.js';
import { buildTrie, type TrieNode } from '../trie.js';

/** How a surface form names a division: its official name, a short form, a by-name, or a country name. */
export type NameKind = 'full' | 'short' | 'byname' | 'country';

/** One reading of a surface form. */
export interface GazetteerEntry {
  division: Division;
  kind: NameKind;
}

/** The gazetteer: every surface form → its readings, plus lookup by code. Built once per process. */
export interface Gazetteer {
  byName: Map<string, GazetteerEntry[]>;
  byCode: Map<string, Division>;
  /** For each first character, the lengths of names starting with it, longest first. */
  lengthsByFirst: Map<string, number[]>;
  /** Length of the longest name. */
  maxLength: number;
  trie: TrieNode<string>;
  /** The first code units of names, as flags (see charFlags). */
  firsts: Uint8Array;
  /** The first two code units of names (every name has two or more), as `pairFlags`. */
  pairs: Uint8Array;
  /** Everyday words that equal a place name (新兴, 振兴, 合作, 城区): read as places only in a place context. */
  commonWords: ReadonlySet<string>;
}

let gazetteer: Gazetteer | undefined;

/** The process-wide gazetteer (divisions, towns, by-names, countries), built on first use. */
export function getGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

function buildGazetteer(): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  const byCode = new Map<string, Division>();
  const add = (name: string, division: Division, kind: NameKind): void => {
    const list = byName.get(name) ?? [];
    if (!list.some((e) => e.division.code === division.code)) list.push({ division, kind });
    byName.set(name, list);
  };
  for (const d of [...loadDivisions(), ...loadTowns()]) {
    byCode.set(d.code, d);
    add(d.name, d, 'full');
  }
  for (const d of byCode.values()) {
    const short = shortForm(d);
    if (short !== undefined) add(short, d, 'short');
  }
  for (const [name, code] of Object.entries(byNames.names)) {
    const d = byCode.get(code);
    if (d) add(name, d, 'byname');
  }
  for (const c of countries.countries) {
    const d: Division = { code: `foreign:${c.iso}`, name: c.name, level: 'foreign', provinceCode: '', cityCode: '' };
    byCode.set(d.code, d);
    add(c.name, d, 'country');
    for (const alias of c.aliases ?? []) add(alias, d, 'country');
  }
  const lengths = new Map<string, Set<number>>();
  for (const name of byName.keys()) {
    const set = lengths.get(name[0]!) ?? new Set<number>();
    set.add(name.length);
    lengths.set(name[0]!, set);
  }
  const lengthsByFirst = new Map([...lengths].map(([c, s]) => [c, [...s].sort((a, b) => b - a)]));
  const maxLength = Math.max(...[...byName.keys()].map((n) => n.length));
  const trie = buildTrie(byName.keys(), (name) => name);
  const firsts = charFlags(trie.next.keys());
  const pairs = pairFlags(byName.keys());
  return {
    byName,
    byCode,
    lengthsByFirst,
    maxLength,
    trie,
    firsts,
    pairs,
    commonWords: new Set(commonWords.words),
  };
}
