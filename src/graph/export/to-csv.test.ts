import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from './to-csv.js';
import type { Dump } from './dump.js';
import { writeExport } from './export-graph.js';

const dump: Dump = {
  nodes: [
    {
      id: 'd1',
      labels: ['Document'],
      properties: { id: 'd1', title: '2024年某市政府工作报告', year: 2024, chars: 100 },
    },
    {
      id: 'place:1',
      labels: ['Place', 'Entity'],
      properties: { id: 'place:1', name: '甲市', aliases: ['甲'], code: '1' },
    },
    {
      id: 'place:2',
      labels: ['Place', 'Entity'],
      properties: { id: 'place:2', name: '乙,县', aliases: [], code: '2' },
    },
  ],
  relationships: [
    {
      type: 'MENTIONS',
      start: 'd1',
      end: 'place:1',
      properties: { sentence: 0, start: 0, end: 2, text: '他说"甲市"好；' },
    },
  ],
};

describe('CSV export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govkg-csv-'));
  const files = new Map<string, string>();
  beforeAll(async () => {
    await writeExport(dump, 'csv', dir);
    for (const f of readdirSync(dir)) files.set(f, readFileSync(join(dir, f), 'utf8'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['nodes-Document.csv', 'id:ID,:LABEL,chars:long,title,year:long'],
    ['nodes-Place.csv', 'id:ID,:LABEL,aliases:string[],code,name'],
    ['relationships-MENTIONS.csv', ':START_ID,:END_ID,:TYPE,end:long,sentence:long,start:long,text'],
  ])('%s has the neo4j-admin header %s', (file, header) => {
    expect(files.get(file)?.split('\n')[0]).toBe(header);
  });

  it('quotes commas and quotes, leaves empty lists empty', () => {
    expect(files.get('nodes-Place.csv')?.split('\n')[2]).toBe('place:2,Place;Entity,,2,"乙,县"');
    expect(files.get('relationships-MENTIONS.csv')?.split('\n')[1]).toBe(
      'd1,place:1,MENTIONS,2,0,0,"他说""甲市""好；"',
    );
  });

  it('names the database before the file options in the import command', () => {
    expect(importCommand(['nodes-Place.csv'])).toMatch(/^neo4j-admin database import full neo4j \\/);
  });
});
