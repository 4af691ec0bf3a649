import type { Column } from './columns.js';
import type { DumpNode, DumpRelationship, Value } from './dump.js';

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

/**
 * How a node or relationship becomes a line of CSV: the file it goes to, its fixed columns, its
 * properties. A file's typed columns are those of every item in it (`csvColumns`).
 */
export const csvNode = {
  file: (n: DumpNode) => `nodes-${n.labels[0] ?? 'Node'}.csv`,
  fixedHeader: ['id:ID', ':LABEL'],
  fixed: (n: DumpNode) => [n.id, n.labels.join(';')],
};
export const csvRelationship = {
  file: (r: DumpRelationship) => `relationships-${r.type}.csv`,
  fixedHeader: [':START_ID', ':END_ID', ':TYPE'],
  fixed: (r: DumpRelationship) => [r.start, r.end, r.type],
};

/** A file's columns: node files leave out `id`, which is the :ID column itself (stored back as `id`). */
export const csvColumns = (file: string, columns: Column[]): Column[] =>
  file.startsWith('nodes-') ? columns.filter((c) => c.name !== 'id') : columns;

/** The header line of a file (with its newline). */
export const csvHeader = (fixed: string[], columns: Column[]): string =>
  [...fixed, ...columns.map(header)].join(',') + '\n';

/** One item's line (with its newline). */
export const csvLine = (fixed: string[], columns: Column[], props: Record<string, Value>): string =>
  [...fixed.map(quote), ...columns.map((c) => cell(props[c.name]))].join(',') + '\n';

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
