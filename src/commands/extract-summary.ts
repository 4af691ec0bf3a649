import type { Entity, Extraction, ProjectEntity } from '../model/index.js';

/** Projects listed in a summary, by mentions. */
const TOP_PROJECTS = 10;
const TOP_PAIRS = 15;

const countBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const listCounts = (c: [string, number][]) => c.map(([k, n]) => `${k} ${n}`).join(', ');

/**
 * A readable summary of one extraction: title, issuer, year, counts by type, the most-mentioned
 * projects with the places they are in or join, and the cooperation pairs.
 */
export function formatSummary(x: Extraction): string {
  const d = x.document;
  const out = [
    `${d.title || '(untitled)'}`,
    `  file ${d.path} · id ${d.id.slice(0, 12)} · issuer ${d.issuer ? `${d.issuer.name} (${d.issuer.code})` : 'unknown'} · year ${d.year ?? 'unknown'} · date ${d.date ?? 'unknown'} · ${d.chars} chars`,
    `  entities ${x.entities.length}: ${listCounts(countBy(x.entities, (e) => e.type)) || 'none'}`,
    `  relations ${x.relations.length}: ${listCounts(countBy(x.relations, (r) => r.type)) || 'none'}`,
  ];
  const projects = topProjects(x);
  if (projects.length) out.push('  top projects (@ located in, ↔ connects):', ...projects.map((l) => `    ${l}`));
  const pairs = x.relations.filter((r) => r.type === 'COOPERATES_WITH').map((r) => `${r.from.name} ↔ ${r.to.name}`);
  if (pairs.length)
    out.push(
      `  cooperation: ${pairs.slice(0, TOP_PAIRS).join('; ')}${pairs.length > TOP_PAIRS ? ` … (${pairs.length})` : ''}`,
    );
  if (x.warnings.length) out.push(`  warnings ${x.warnings.length}: ${listCounts(countBy(x.warnings, (w) => w.code))}`);
  return out.join('\n');
}

function topProjects(x: Extraction): string[] {
  const mentions = new Map(countBy(x.mentions, (m) => m.entityId));
  const projects = x.entities.filter((e: Entity): e is ProjectEntity => e.type === 'Project');
  projects.sort((a, b) => (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0));
  return projects.slice(0, TOP_PROJECTS).map((p) => {
    const places = x.relations
      .filter((r) => r.from.id === p.id && (r.type === 'LOCATED_IN' || r.type === 'CONNECTS'))
      .map((r) => `${r.type === 'CONNECTS' ? '↔' : '@'}${r.to.name}`);
    return `${p.name} (${p.kind}, ${mentions.get(p.id) ?? 0}×)${places.length ? ` ${[...new Set(places)].join(' ')}` : ''}`;
  });
}
