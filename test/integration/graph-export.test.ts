import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  applySchema,
  deleteDocument,
  exportGraph,
  GraphStore,
  readGraph,
  writeExport,
  writeExtraction,
  type Dump,
} from '../../src/graph/index.js';
import { findJava, localServerOptions } from '../../src/neo4j/index.js';
import { fixtureExtraction } from './graph-fixtures.js';

// Exports the fixture graph and loads the CSV with Neo4j's own importer (neo4j-admin database
// import full, run from the jars of the local server) into a scratch database.
const config = loadConfig();
const doc = { id: `test-graph-export-${process.pid}`, path: `/test/graph-export-${process.pid}.txt` };
const dir = mkdtempSync(join(tmpdir(), 'govkg-export-'));
let store: GraphStore;
let dump: Dump;

beforeAll(async () => {
  store = await GraphStore.connect(config);
  await applySchema(store);
  await writeExtraction(store, fixtureExtraction(doc));
  dump = await readGraph(store);
});

afterAll(async () => {
  await deleteDocument(store, doc.id);
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

// What an import stores: every property but empty lists (an empty CSV field sets nothing).
const storedProperties = (d: Dump) =>
  [...d.nodes, ...d.relationships].reduce(
    (n, x) => n + Object.values(x.properties).filter((v) => !(Array.isArray(v) && v.length === 0)).length,
    0,
  );

describe('export', () => {
  it('writes CSV that neo4j-admin database import full loads whole', async () => {
    const csvDir = join(dir, 'csv');
    const files = await writeExport(dump, 'csv', csvDir);
    expect(readFileSync(join(csvDir, 'nodes-Place.csv'), 'utf8').split('\n')[0]).toBe(
      'id:ID,:LABEL,aliases:string[],code,level,name',
    );
    expect(readFileSync(join(csvDir, 'relationships-CONNECTS.csv'), 'utf8').split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,evidenceDocs:string[],evidenceEnds:long[],evidenceRules:string[],evidenceSentences:long[],evidenceStarts:long[],evidenceTexts:string[]',
    );
    const home = join(dir, 'neo4j-home');
    mkdirSync(home);
    writeFileSync(join(dir, 'neo4j.conf'), '');
    const lib = join(localServerOptions(config).home, 'lib');
    const java = findJava({ javaHome: config.GOVKG_JAVA_HOME, envJavaHome: config.JAVA_HOME });
    const csvFiles = files.filter((f) => f.endsWith('.csv'));
    const r = spawnSync(
      java.bin,
      [
        '-Xmx512m',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '-cp',
        `${lib}/*`,
        'org.neo4j.cli.AdminTool',
        ...[
          'database',
          'import',
          'full',
          'neo4j',
          '--array-delimiter=U+001F',
          '--multiline-fields=true',
          `--report-file=${join(dir, 'import.report')}`,
        ],
        ...csvFiles.map((f) => (f.includes('/nodes-') ? `--nodes=${f}` : `--relationships=${f}`)),
      ],
      { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: dir }, timeout: 120_000 },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(r.stdout);
    expect(imported?.slice(1).map(Number)).toEqual([
      dump.nodes.length,
      dump.relationships.length,
      storedProperties(dump),
    ]);
  });

  it('writes GraphML with typed keys and one node per graph node', async () => {
    const [file] = await writeExport(dump, 'graphml', join(dir, 'graphml'));
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('<key id="n_chars" for="node" attr.name="chars" attr.type="long"/>');
    expect(xml.match(/<node /g)?.length).toBe(dump.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(dump.relationships.length);
    expect(xml).toContain(`<data key="label">川南临港物流园</data>`);
  });

  it.each(['csv', 'graphml', 'json'] as const)(
    'streams %s page by page, byte for byte what the in-memory export writes',
    async (format) => {
      const whole = await writeExport(dump, format, join(dir, `whole-${format}`));
      const streamed = await exportGraph(store, format, join(dir, `streamed-${format}`));
      expect(streamed.files.map((f) => f.replace('streamed-', ''))).toEqual(whole.map((f) => f.replace('whole-', '')));
      for (const [i, f] of whole.entries())
        expect(readFileSync(streamed.files[i]!, 'utf8')).toBe(readFileSync(f, 'utf8'));
      expect([streamed.nodes, streamed.relationships]).toEqual([dump.nodes.length, dump.relationships.length]);
    },
  );

  it('writes JSON that reads back as the same dump', async () => {
    const [file] = await writeExport(dump, 'json', join(dir, 'json'));
    expect(JSON.parse(readFileSync(file!, 'utf8'))).toEqual(dump);
  });
});
