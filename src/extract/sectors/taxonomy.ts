import { charFlags } from '../../text/index.js';
import { buildTrie, type TrieNode } from '../trie.js';
import data from './data/taxonomy.json' with { type: 'json' };

/** One sector of the taxonomy. */
export interface Sector {
  id: string;
  name: string;
  parent?: string;
  aliases?: string[];
  /** `strict`: the word names the sector wherever it stands (氢能); `context`: only beside a sector word (文化产业, 商贸、文化、旅游等服务业). */
  match: 'strict' | 'context';
  source: string;
}

/** A written form of a sector: its name or an alias. */
export interface SectorForm {
  form: string;
  sector: Sector;
  strict: boolean;
}

/** The taxonomy, by id. */
export const SECTORS: ReadonlyMap<string, Sector> = new Map((data.sectors as Sector[]).map((s) => [s.id, s]));

// an alias that says 产业 or 业 itself (文化产业, 物流业) is unambiguous; a two-character alias
// (物流, 金融, 芯片) is not, whatever its sector's name is
const SAYS_INDUSTRY = /(产业|业)$/;

function isStrict(form: string, sector: Sector): boolean {
  if (form !== sector.name && SAYS_INDUSTRY.test(form)) return true;
  if (form !== sector.name && form.length <= 2) return false;
  return sector.match === 'strict';
}

/** Every written form, longest first. */
export const SECTOR_FORMS: readonly SectorForm[] = [...SECTORS.values()]
  .flatMap((sector) =>
    [sector.name, ...(sector.aliases ?? [])].map((form) => ({
      form,
      sector,
      strict: isStrict(form, sector),
    })),
  )
  .sort((a, b) => b.form.length - a.form.length);

const byForm = new Map(SECTOR_FORMS.map((f) => [f.form, f]));

/** The sector a written item stands for (装备制造业 → 装备制造), if the taxonomy knows it. */
export function lookupSector(item: string): Sector | undefined {
  return (byForm.get(item) ?? byForm.get(item.replace(/(产业|行业|业)$/, '')))?.sector;
}

const trie = buildTrie(SECTOR_FORMS, (f) => f.form);
/** First code units of the forms: most characters start none, and skip the trie. */
const FIRSTS = charFlags(trie.next.keys());

/** The longest sector form written at `at`, walking a character trie (one map lookup per character). */
export function longestFormAt(text: string, at: number): SectorForm | undefined {
  if (FIRSTS[text.charCodeAt(at)] === 0) return undefined;
  let node: TrieNode<SectorForm> | undefined = trie;
  let found: SectorForm | undefined;
  for (let i = at; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.value) found = node.value;
  }
  return found;
}
