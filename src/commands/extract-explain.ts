import type { Entity, Extraction } from '../model/index.js';

/**
 * `--explain`: one line per mention, token → entity → rule (with the stage verb around it), then
 * one line per relation with the rule and sentence of each piece of evidence.
 * // s12 "成自宜高铁" → Project 成自宜高铁 [railway] ← project.suffix · accelerating (加快建设)
 */
export function formatExplain(x: Extraction): string {
  const byId = new Map<string, Entity>(x.entities.map((e) => [e.id, e]));
  const lines = [`# ${x.document.title} (${x.document.path})`];
  const mentions = [...x.mentions].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const e = byId.get(m.entityId);
    const what = e ? `${e.type} ${e.name}${detail(e)}` : m.entityId;
    const stage = m.stage ? ` · ${m.stage}${m.stageVerb ? ` (${m.stageVerb})` : ''}` : '';
    lines.push(`s${m.sentence} "${m.surface}" → ${what} ← ${m.rule}${stage}`);
  }
  for (const r of x.relations)
    for (const ev of r.evidence) lines.push(`s${ev.sentence} ${r.type} ${r.from.name} → ${r.to.name} ← ${ev.rule}`);
  for (const w of x.warnings)
    lines.push(`${w.sentence !== undefined ? `s${w.sentence} ` : ''}warning ${w.code}: ${w.message}`);
  return lines.join('\n');
}

function detail(e: Entity): string {
  if (e.type === 'Place') return ` [${e.level} ${e.code}]`;
  if (e.type === 'Project' || e.type === 'Organization') return ` [${e.kind}]`;
  return '';
}
