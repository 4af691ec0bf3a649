import { describe, expect, it } from 'vitest';
import { gql, useFixtureServer } from './api-helpers.js';
import type { GovkgApi } from '../../src/api/index.js';

// The API over the tests' own small graph (test/fixtures/api-graph.cypher: 遵义市 and around).
let api: GovkgApi;

useFixtureServer((_driver, a) => {
  api = a;
});

describe('lookups', () => {
  it('finds a place by name, alias and code, with its parent and children', async () => {
    const r = await gql(
      api,
      `{ a: place(name: "仁怀") { id name level parent { name } children { name } }
         b: place(code: "520300") { name parent { name parent { name } } }
         c: place(code: "仁怀") { name } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({
      id: 'place:520382',
      name: '仁怀市',
      level: 'county',
      parent: { name: '遵义市' },
      children: [{ name: '茅台镇' }],
    });
    expect(r.data.b).toEqual({ name: '遵义市', parent: { name: '贵州省', parent: null } });
    expect(r.data.c).toBeNull();
  });

  // The alias probe is a fixture-only organisation found only by its alias: taxonomy sectors may already exist with the seeds' aliases.
  it('searches names, aliases and prefixes', async () => {
    const r = await gql(
      api,
      `{ a: search(text: "仁怀") { entity { id } } b: search(text: "宁德", types: [Organization]) { entity { id __typename } } c: search(text: "新能源科技股份有限公司") { entity { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.a[0].entity.id).toBe('place:520382');
    expect(r.data.b).toEqual([{ entity: { id: 'organization:宁德时代', __typename: 'Organization' } }]);
    expect(r.data.c.map((h: { entity: { id: string } }) => h.entity.id)).toContain('organization:宁德时代');
  });

  it('gives an entity with its mentions and documents', async () => {
    const r = await gql(
      api,
      `{ entity(id: "project:茅台镇污水处理厂") { __typename name mentions { surface stage stageVerb text document { title year issuer { name } } } }
         documents(where: { issuer: "遵义市" }) { totalCount nodes { title } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.entity).toEqual({
      __typename: 'Project',
      name: '茅台镇污水处理厂',
      mentions: [
        {
          surface: '茅台镇污水处理厂',
          stage: 'starting',
          stageVerb: '开工',
          text: '开工建设茅台镇污水处理厂。',
          document: { title: '遵义市2024年政府工作报告(测试样例)', year: 2024, issuer: { name: '遵义市' } },
        },
      ],
    });
    expect(r.data.documents.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('fields with evidence', () => {
  it('gives a project its places, sectors, programmes and participants with sentences', async () => {
    const r = await gql(
      api,
      `{ entity(id: "project:宁德时代遵义基地") { ... on Project { kind stages
          locatedIn { place { name } evidence { text rule document { id } } }
          sectors { sector { name parent { name } } }
          participants { organization { name kind } evidence { sentence } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data.entity;
    expect(p.kind).toBe('base');
    expect(p.locatedIn).toEqual([
      {
        place: { name: '仁怀市' },
        evidence: [
          {
            text: '支持宁德时代遵义基地扩能,推动动力电池产业发展。',
            rule: 'relation.located.issuer',
            document: { id: 'fixture:zunyi-2024' },
          },
        ],
      },
    ]);
    expect(p.sectors).toEqual([{ sector: { name: '新能源', parent: { name: '战略性新兴产业' } } }]);
    expect(p.participants).toEqual([
      { organization: { name: '宁德时代', kind: 'enterprise' }, evidence: [{ sentence: 5 }] },
    ]);
  });

  // The Cypher sends no place for a place's own projects; the API gives the place itself.
  it('gives a place’s own projects the place itself, whole, looked ahead or not', async () => {
    const fields = 'id name code level aliases';
    const r = await gql(
      api,
      `{ me: place(code: "520300") { ${fields} }
         ahead: place(name: "遵义市") { projects { project { name } place { ${fields} } } }
         plain: entity(id: "place:520300") { ... on Place { projects(includeSubPlaces: true) { project { name } place { ${fields} } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.me.aliases.length).toBeGreaterThan(0);
    const at = (links: { project: { name: string }; place: unknown }[]) =>
      links.find((l) => l.project.name === '遵毕高速公路扩能工程')?.place;
    expect(at(r.data.ahead.projects)).toEqual(r.data.me);
    expect(at(r.data.plain.projects)).toEqual(r.data.me);
    expect(
      r.data.plain.projects.find((l: { project: { name: string } }) => l.project.name === '茅台镇污水处理厂').place
        .name,
    ).toBe('茅台镇');
  });

  it('lists a place’s projects, with those of the places within it on request', async () => {
    const r = await gql(
      api,
      `{ place(name: "遵义市") {
          own: projects { project { name } relation }
          all: projects(includeSubPlaces: true) { project { name } place { name } relation }
          partners { partner { name } evidence { text } }
          regions { region { name } }
          projectCount partnerCount } }`,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data.place;
    expect(p.own).toEqual([{ project: { name: '遵毕高速公路扩能工程' }, relation: 'CONNECTS' }]);
    expect(p.all.map((l: { project: { name: string } }) => l.project.name).sort()).toEqual(
      [
        '赤水港多式联运枢纽',
        '仁怀市智能终端产业园',
        '宁德时代遵义基地',
        '遵毕高速公路扩能工程',
        '茅台镇污水处理厂',
      ].sort(),
    );
    expect(p.all).toContainEqual({
      project: { name: '茅台镇污水处理厂' },
      place: { name: '茅台镇' },
      relation: 'LOCATED_IN',
    });
    const luzhou = p.partners.find((x: { partner: { name: string } }) => x.partner.name === '毕节市');
    expect(luzhou.evidence.map((e: { text: string }) => e.text)).toEqual([
      '深入推进遵毕协同发展,加快建设遵毕高速公路扩能工程。',
      '推进遵毕协同发展,携手遵义共建黔北经济协作区。',
    ]);
    expect(p.regions).toEqual([{ region: { name: '黔北经济协作区' } }]);
    expect(p.projectCount).toBe(1);
    expect(p.partnerCount).toBe(2);
  });

  it('joins a section to its line, both ways', async () => {
    const r = await gql(
      api,
      `{ s: entity(id: "project:遵毕高速公路扩能工程遵义段") { ... on Project { partOf { project { name connects { place { name } } } evidence { rule } } } }
         l: entity(id: "project:遵毕高速公路扩能工程") { ... on Project { sections { project { name } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.s.partOf).toEqual([
      {
        project: {
          name: '遵毕高速公路扩能工程',
          connects: [{ place: { name: '毕节市' } }, { place: { name: '遵义市' } }],
        },
        evidence: [{ rule: 'relation.section.name' }],
      },
    ]);
    expect(r.data.l.sections).toEqual([{ project: { name: '遵毕高速公路扩能工程遵义段' } }]);
  });
});
