import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { GraphStore } from '../store.js';
import { ColumnTypes } from './columns.js';
import type { Dump, DumpNode, DumpRelationship } from './dump.js';
import { streamNodes, streamRelationships } from './stream.js';
import { csvColumns, csvHeader, csvLine, csvNode, csvRelationship, importCommand } from './to-csv.js';
import { GRAPHML_TAIL, graphmlEdge, graphmlHead, graphmlNode } from './to-graphml.js';

export const EXPORT_FORMATS = ['csv', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file written piece by piece, waiting when the disk falls behind (memory stays flat). */
class Out {
  private readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
  }
  async write(s: string): Promise<void> {
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

type Item = { kind: 'node'; node: DumpNode } | { kind: 'rel'; rel: DumpRelationship };

/** What an export wrote. */
export interface ExportResult {
  files: string[];
  nodes: number;
  relationships: number;
}

/**
 * The graph's items in canonical order (nodes, then relationships), read afresh on each call:
 * CSV and GraphML read twice. One writer serves both sources below.
 */
type Source = () => AsyncIterable<Item>;

/** The graph in Neo4j, a page at a time. */
const storeItems = (store: GraphStore): Source =>
  async function* () {
    for await (const node of streamNodes(store)) yield { kind: 'node', node };
    for await (const rel of streamRelationships(store)) yield { kind: 'rel', rel };
  };

/** A dump already in memory (`readGraph`). */
const dumpItems = (d: Dump): Source =>
  async function* () {
    for (const node of d.nodes) yield { kind: 'node', node };
    for (const rel of d.relationships) yield { kind: 'rel', rel };
  };

// The items of the pass that writes, counted into `tally`.
async function* counted(source: Source, tally: ExportResult): AsyncGenerator<Item> {
  for await (const it of source()) {
    if (it.kind === 'node') tally.nodes++;
    else tally.relationships++;
    yield it;
  }
}

const csvFile = (it: Item) => (it.kind === 'node' ? csvNode.file(it.node) : csvRelationship.file(it.rel));

/** Two passes: the first learns each file's columns (CSV headers come first), the second writes. */
async function exportCsv(source: Source, dir: string, tally: ExportResult): Promise<string[]> {
  const types = new Map<string, ColumnTypes>();
  for await (const it of source()) {
    const file = csvFile(it);
    (types.get(file) ?? types.set(file, new ColumnTypes()).get(file)!).add(
      it.kind === 'node' ? it.node.properties : it.rel.properties,
    );
  }
  const outs = new Map<string, { out: Out; columns: ReturnType<ColumnTypes['columns']> }>();
  for await (const it of counted(source, tally)) {
    const file = csvFile(it);
    let o = outs.get(file);
    if (!o) {
      o = { out: new Out(join(dir, file)), columns: csvColumns(file, types.get(file)?.columns() ?? []) };
      outs.set(file, o);
      await o.out.write(csvHeader(it.kind === 'node' ? csvNode.fixedHeader : csvRelationship.fixedHeader, o.columns));
    }
    await o.out.write(
      it.kind === 'node'
        ? csvLine(csvNode.fixed(it.node), o.columns, it.node.properties)
        : csvLine(csvRelationship.fixed(it.rel), o.columns, it.rel.properties),
    );
  }
  for (const { out } of outs.values()) await out.close();
  const names = [...outs.keys()];
  await writeFile(
    join(dir, 'import.sh'),
    `#!/bin/sh\n# Loads these files into an empty, stopped database.\n${importCommand(names)}\n`,
  );
  return [...names, 'import.sh'];
}

async function exportGraphml(source: Source, out: Out, tally: ExportResult): Promise<void> {
  const [nodeTypes, edgeTypes] = [new ColumnTypes(), new ColumnTypes()];
  for await (const it of source()) {
    if (it.kind === 'node') nodeTypes.add(it.node.properties);
    else edgeTypes.add(it.rel.properties);
  }
  await out.write(graphmlHead(nodeTypes.columns(), edgeTypes.columns()));
  let edge = 0;
  for await (const it of counted(source, tally))
    await out.write(it.kind === 'node' ? graphmlNode(it.node) : graphmlEdge(it.rel, edge++));
  await out.write(GRAPHML_TAIL);
}

// The layout JSON.stringify(dump, null, 1) gives, one item at a time: each item two spaces in.
const jsonItem = (x: unknown) => '  ' + JSON.stringify(x, null, 1).replace(/\n/g, '\n  ');

async function exportJson(source: Source, out: Out, tally: ExportResult): Promise<void> {
  let section: Item['kind'] | undefined;
  let first = true;
  const open = async (kind: Item['kind']) => {
    if (section === kind) return;
    if (section) await out.write(first ? '[],\n' : '\n ],\n');
    await out.write(kind === 'node' ? '{\n "nodes": ' : ' "relationships": ');
    [section, first] = [kind, true];
  };
  for await (const it of counted(source, tally)) {
    await open(it.kind);
    await out.write((first ? '[\n' : ',\n') + jsonItem(it.kind === 'node' ? it.node : it.rel));
    first = false;
  }
  // Sections never reached (an empty graph, or no relationships) are still written, empty.
  if (!section) await open('node');
  if (section === 'node') await open('rel');
  await out.write(first ? '[]\n}\n' : '\n ]\n}\n');
}

/** Writes the items of `source` into files in `dir` in one format. */
async function writeItems(source: Source, format: ExportFormat, dir: string): Promise<ExportResult> {
  await mkdir(dir, { recursive: true });
  const tally: ExportResult = { files: [], nodes: 0, relationships: 0 };
  if (format === 'csv') {
    tally.files = (await exportCsv(source, dir, tally)).map((f) => join(dir, f));
    return tally;
  }
  const out = new Out(join(dir, format === 'json' ? 'graph.json' : 'graph.graphml'));
  if (format === 'json') await exportJson(source, out, tally);
  else await exportGraphml(source, out, tally);
  await out.close();
  tally.files = [out.path];
  return tally;
}

/**
 * `govkg export`: streams the graph from Neo4j into files in `dir`, a page of nodes at a time
 * (keyset pagination by id), so memory stays flat whatever the graph's size. CSV and GraphML read
 * the graph twice (their headers name every column first): export a graph nobody is writing to.
 */
export const exportGraph = (store: GraphStore, format: ExportFormat, dir: string): Promise<ExportResult> =>
  writeItems(storeItems(store), format, dir);

/** Writes a dump held in memory (`readGraph`) to `dir` in one format, as `exportGraph` would; returns the files. */
export async function writeExport(d: Dump, format: ExportFormat, dir: string): Promise<string[]> {
  return (await writeItems(dumpItems(d), format, dir)).files;
}
