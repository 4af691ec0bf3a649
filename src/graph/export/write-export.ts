import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dump } from './dump.js';
import { importCommand, toCsv } from './to-csv.js';
import { toGraphml } from './to-graphml.js';

export const EXPORT_FORMATS = ['csv', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes a dump to `dir` in one format; returns the files written. */
export async function writeExport(d: Dump, format: ExportFormat, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = new Map<string, string>();
  if (format === 'json') files.set('graph.json', JSON.stringify(d, null, 1) + '\n');
  if (format === 'graphml') files.set('graph.graphml', toGraphml(d));
  if (format === 'csv') {
    const csv = toCsv(d);
    for (const [name, content] of csv) files.set(name, content);
    files.set(
      'import.sh',
      `#!/bin/sh\n# Loads these files into an empty, stopped database.\n${importCommand([...csv.keys()])}\n`,
    );
  }
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return [...files.keys()].map((f) => join(dir, f));
}
