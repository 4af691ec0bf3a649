import type { Document } from '../model/index.js';
import { runPipeline } from './extract.js';

/**
 * `--explain`: for each sentence with findings, the tokens, then each mention as
 * `surface → Type name [rule]`, then each relation read there with its rule.
 */
export function explain(doc: Document): string[] {
  const { tokenized, resolution, drafts } = runPipeline(doc);
  const lines: string[] = [];
  for (const s of tokenized) {
    const occ = resolution.occurrences.get(s.index) ?? [];
    const rel = drafts.filter((d) => d.sentence === s.index);
    if (occ.length === 0 && rel.length === 0) continue;
    lines.push(`#${s.index} ${s.text}`);
    lines.push(`  tokens: ${s.tokens.map((t) => `${t.word}/${t.tag}`).join(' ')}`);
    for (const o of occ) lines.push(`  ${o.surface} → ${o.entity.type} ${o.entity.name}${o.entity.type === 'Place' ? ` (${o.entity.code})` : ''} [${o.rule}]`);
    for (const d of rel) lines.push(`  ${d.from.name} -${d.type}-> ${d.to.name} [${d.rule}]`);
  }
  return lines;
}
