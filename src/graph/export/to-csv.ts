import { columnsOf, type Column } from './columns.js';
import { groupBy, type Dump, type Value } from './dump.js';

/**
 * CSV in the header format of `neo4j-admin database import full`: one node file per entity label
 * (`id:ID`, `:LABEL`, typed columns such as `aliases:string[]`, `year:long`) and one relationship
 * file per type (`:START_ID`, `:END_ID`, `:TYPE`, …). List elements are separated by
 * ARRAY_DELIMITER (U+001F, which no sentence contains; `;` would split Chinese text that uses it).
 */
export const ARRAY_DELIMITER = '\u001f';

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function cell(v: Value | undefined): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return quote(v.map(String).join(ARRAY_DELIMITER));
  return quote(String(v));
}

const header = (c: Column) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`);

function table(fixed: string[], columns: Column[], rows: { fixed: string[]; props: Record<string, Value> }[]): string {
  const lines = [[...fixed, ...columns.map(header)].join(',')];
  for (const r of rows) lines.push([...r.fixed.map(quote), ...columns.map((c) => cell(r.props[c.name]))].join(','));
  return lines.join('\n') + '\n';
}

/** File name → content; names say what they hold (nodes-Place.csv, relationships-CONNECTS.csv). */
export function toCsv(d: Dump): Map<string, string> {
  const files = new Map<string, string>();
  const byLabel = groupBy(d.nodes, (n) => n.labels[0] ?? 'Node');
  for (const [label, nodes] of byLabel) {
    // `id` is the :ID column itself (stored back as the `id` property by the import).
    const columns = columnsOf(nodes.map((n) => n.properties)).filter((c) => c.name !== 'id');
    const rows = nodes.map((n) => ({ fixed: [n.id, n.labels.join(';')], props: n.properties }));
    files.set(`nodes-${label}.csv`, table(['id:ID', ':LABEL'], columns, rows));
  }
  for (const [type, rels] of groupBy(d.relationships, (r) => r.type)) {
    const columns = columnsOf(rels.map((r) => r.properties));
    const rows = rels.map((r) => ({ fixed: [r.start, r.end, r.type], props: r.properties }));
    files.set(`relationships-${type}.csv`, table([':START_ID', ':END_ID', ':TYPE'], columns, rows));
  }
  return files;
}

/** The command that loads these files into an empty database (printed beside them as import.sh). */
export function importCommand(files: string[]): string {
  const args = files.map((f) => (f.startsWith('nodes-') ? `--nodes=${f}` : `--relationships=${f}`));
  // The database name goes first: --nodes and --relationships take several files each.
  return [
    'neo4j-admin database import full neo4j',
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    ...args,
  ].join(' \\\n  ');
}
