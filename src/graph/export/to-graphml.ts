import type { Column } from './columns.js';
import type { DumpNode, DumpRelationship, Value } from './dump.js';

// GraphML that Gephi opens: every node has `label` (its name, or a document's title) and
// `labels` (Place:Entity); every edge `label` (its type); properties follow as typed keys.

// XML 1.0 forbids most control characters; they carry nothing in these texts, so they go.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(CONTROL, '');

// GraphML has no list type: lists become one string, elements joined by " | ".
const graphmlType = (c: Column) => (c.type.endsWith('[]') ? 'string' : c.type);
const text = (v: Value) => (Array.isArray(v) ? v.join(' | ') : String(v));

function keys(prefix: 'n' | 'e', forWhat: 'node' | 'edge', columns: Column[]): string[] {
  return columns.map(
    (c) =>
      `  <key id="${prefix}_${esc(c.name)}" for="${forWhat}" attr.name="${esc(c.name)}" attr.type="${graphmlType(c)}"/>`,
  );
}

const data = (prefix: string, props: Record<string, Value>) =>
  Object.entries(props)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `<data key="${prefix}_${esc(k)}">${esc(text(v))}</data>`)
    .join('');

/** The opening of the file, with the keys of these node and edge columns (each line ends with a newline). */
export function graphmlHead(nodeColumns: Column[], edgeColumns: Column[]): string {
  const nodeCols = nodeColumns.filter((c) => c.name !== 'label' && c.name !== 'labels');
  const edgeCols = edgeColumns.filter((c) => c.name !== 'label');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...keys('n', 'node', nodeCols),
    ...keys('e', 'edge', edgeCols),
    '  <graph id="govkg" edgedefault="directed">',
  ];
  return lines.join('\n') + '\n';
}

/** One node's line. */
export function graphmlNode(n: DumpNode): string {
  const caption = String(n.properties.name ?? n.properties.title ?? n.id);
  return `    <node id="${esc(n.id)}"><data key="label">${esc(caption)}</data><data key="labels">${esc(n.labels.join(':'))}</data>${data('n', n.properties)}</node>\n`;
}

/** The `i`-th edge's line. */
export const graphmlEdge = (r: DumpRelationship, i: number): string =>
  `    <edge id="e${i}" source="${esc(r.start)}" target="${esc(r.end)}"><data key="e_label">${esc(r.type)}</data>${data('e', r.properties)}</edge>\n`;

export const GRAPHML_TAIL = '  </graph>\n</graphml>\n';
