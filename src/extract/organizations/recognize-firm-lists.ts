import type { Candidate, TokenizedSentence } from '../recognizer.js';
import { FIRM_LIST_HEADS, NOT_FIRM_PARTS } from './data/org-markers.js';
import { properPart } from './recognize-organizations.js';

const CLAUSE_BREAK = /[，,。；;：:！!？?“”《》\s]/;
/** 等 + up to six modifier characters + a firm word: …等骨干企业, …等央属军工集团. */
const firmHead = new RegExp(`^等[\\u4e00-\\u9fff]{0,6}?(${FIRM_LIST_HEADS.join('|')})`);
/** 等 + modifiers naming manufacturing + 项目: a list of plants named by their firm (…等百亿级制造业项目). */
const plantHead = /^等[\u4e00-\u9fff]{0,6}?(制造业|工业|产业)项目/;
const ITEM = /^[\u4e00-\u9fffA-Za-z]{2,10}$/;
/** Words that open the clause before the first firm (支持|长虹、九洲等…). */
const LEAD = /^(支持|推动|鼓励|引导|加快|引进|依托|发挥|培育|做强|壮大|帮助|组织|推进|深化与|深化|加强与|与|和|同)+/;
const PLACE_END = /(省|市|县|区|镇|乡|村)$/;

/** Firms named in a list closed by 等 and a firm word: 支持长虹、九洲等骨干企业. */
export function recognizeFirmLists(sentence: TokenizedSentence, isSector: (item: string) => boolean): Candidate[] {
  const text = sentence.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/等/g)) {
    const after = text.slice(m.index);
    const plants = plantHead.test(after);
    if (!firmHead.test(after) && !plants) continue;
    let from = m.index;
    while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
    const lead = LEAD.exec(text.slice(from, m.index))?.[0].length ?? 0;
    let offset = from + lead;
    const items = text.slice(offset, m.index).split('、');
    const found: Candidate[] = [];
    for (const item of items) {
      const at = offset;
      offset += item.length + 1;
      if (!ITEM.test(item) || PLACE_END.test(item) || isSector(item) || properPart(item).length < 2) continue;
      if (plants && NOT_FIRM_PARTS.some((w) => item.includes(w))) continue;
      const start = sentence.start + at;
      found.push({ type: 'Organization', name: item, start, end: start + item.length, surface: item, rule: 'organization.firm-list', organizationKind: 'enterprise' });
    }
    // a plant list counts only when every item reads as a firm
    if (plants && found.length !== items.length) continue;
    out.push(...found);
  }
  return out;
}
