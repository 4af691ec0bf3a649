// PENDING: rename to api-seeds.test.ts once main has src/graph (GraphStore, writeExtraction,
// deleteDocument); it passed on main + graph + api merged (4/4) against the real extractor.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovkgApi } from '../../src/api/index.js';
import { extract } from '../../src/extract/index.js';
import { applySchema, awaitSearchIndex, deleteDocument, GraphStore, writeExtraction } from '../../src/graph/index.js';
import { readDocument } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { config, createServer, gql } from './api-helpers.js';

// The seeds through the real extractor and writer, then asked through GraphQL. Each document is
// written under a test id of its own and removed afterwards, so a graph already holding the
// seeds is left as it was.
const tag = `test-api-seeds-${process.pid}`;
const extractions: Extraction[] = [];
for (const f of readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const x = extract(await readDocument(join('seeds', f)));
  extractions.push({
    ...x,
    document: { ...x.document, id: `${tag}-${x.document.id}`, path: `/${tag}/${x.document.path}` },
  });
}
const extractorReady = extractions.some((x) => x.relations.length > 0);
let store: GraphStore;
let api: GovkgApi;

beforeAll(async () => {
  if (!extractorReady) return;
  store = await GraphStore.connect(config);
  await applySchema(store);
  for (const x of extractions) expect((await writeExtraction(store, x)).status).toBe('written');
  await awaitSearchIndex(store); // the full-text index follows commits (eventually consistent)
  api = createServer(config);
});

afterAll(async () => {
  await api?.close();
  if (!store) return;
  for (const x of extractions) await deleteDocument(store, x.document.id);
  await store.close();
});

describe.skipIf(!extractorReady)('the seeds through GraphQL', () => {
  it("绵阳市's partners include 北碚区, with the sentence that says so", async () => {
    const r = await gql(
      api,
      '{ cooperation(place: "绵阳市", via: [STATED]) { partner { name } support { evidence { text document { id } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const beibei = r.data.cooperation.find((p: { partner: { name: string } }) => p.partner.name === '北碚区');
    const texts = beibei.support.flatMap((s: { evidence: { text: string }[] }) => s.evidence.map((e) => e.text));
    expect(texts.some((t: string) => t.includes('绵碚合作'))).toBe(true);
  });

  it('a path joins 自贡市 and 绵阳市', async () => {
    const r = await gql(
      api,
      '{ shortestPath(from: "自贡市", to: "绵阳市", maxHops: 6) { length nodes { name } edges { type } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.shortestPath.length).toBeGreaterThan(0);
    expect(r.data.shortestPath.nodes[0].name).toBe('自贡市');
    expect(r.data.shortestPath.nodes.at(-1).name).toBe('绵阳市');
  });

  it('projects within 绵阳市 include those of its counties', async () => {
    const r = await gql(
      api,
      `{ place(name: "绵阳市") { all: projects(includeSubPlaces: true, first: 100) { project { name } place { name level parent { name } } }
                                 own: projects(first: 100) { project { name } } }
         projects(where: { withinPlace: "绵阳市" }, first: 100) { totalCount } }`,
    );
    expect(r.errors).toBeUndefined();
    const inCounties = r.data.place.all.filter((l: { place: { level: string } }) => l.place.level === 'county');
    expect(inCounties.length).toBeGreaterThan(0);
    expect(inCounties.every((l: { place: { parent: { name: string } } }) => l.place.parent.name === '绵阳市')).toBe(
      true,
    );
    expect(r.data.place.all.length).toBeGreaterThan(r.data.place.own.length);
    expect(r.data.projects.totalCount).toBeGreaterThanOrEqual(
      new Set(r.data.place.all.map((l: { project: { name: string } }) => l.project.name)).size,
    );
  });

  it('finds 江油市 by its short form', async () => {
    const r = await gql(
      api,
      '{ search(text: "江油", types: [Place], first: 1) { entity { id name } } place(name: "江油") { code } }',
    );
    expect(r.data).toEqual({ search: [{ entity: { id: 'place:510781', name: '江油市' } }], place: { code: '510781' } });
  });
});
