import { describe, expect, it } from 'vitest';
import type { Extraction } from '../model/index.js';
import { toContractJson } from './extract-json.js';
import { formatSummary } from './extract-summary.js';

const ev = [{ sentence: 1, start: 0, end: 10, text: '加快建设常益长高铁，深化长株潭一体化。', rule: 'test' }];
const place = (code: string, name: string) => ({ id: `place:${code}`, type: 'Place' as const, name, code });
const X: Extraction = {
  document: {
    id: 'a'.repeat(64),
    path: 'r.txt',
    title: '2024年常德市政府工作报告',
    issuer: { code: '430700', name: '常德市' },
    year: 2024,
    chars: 100,
  },
  entities: [
    {
      id: 'place:430700',
      type: 'Place',
      name: '常德市',
      code: '430700',
      level: 'city',
      aliases: [],
      rule: 'place.gazetteer.full',
    },
    {
      id: 'place:430100',
      type: 'Place',
      name: '长沙市',
      code: '430100',
      level: 'city',
      aliases: [],
      rule: 'place.gazetteer.full',
    },
    {
      id: 'project:常益长高铁',
      type: 'Project',
      name: '常益长高铁',
      kind: 'railway',
      aliases: [],
      rule: 'project.suffix',
    },
    {
      id: 'project:柳叶湖公园',
      type: 'Project',
      name: '柳叶湖公园',
      kind: 'park',
      aliases: [],
      rule: 'project.suffix',
    },
  ],
  relations: [
    {
      id: 'c1',
      type: 'CONNECTS',
      from: { id: 'project:常益长高铁', type: 'Project', name: '常益长高铁' },
      to: place('430100', '长沙市'),
      evidence: ev,
    },
    {
      id: 'l1',
      type: 'LOCATED_IN',
      from: { id: 'project:常益长高铁', type: 'Project', name: '常益长高铁' },
      to: place('430700', '常德市'),
      evidence: ev,
    },
    { id: 'k1', type: 'COOPERATES_WITH', from: place('430700', '常德市'), to: place('430100', '长沙市'), evidence: ev },
  ],
  mentions: [
    { entityId: 'project:柳叶湖公园', sentence: 2, start: 20, end: 25, surface: '柳叶湖公园', rule: 'project.suffix' },
    { entityId: 'project:常益长高铁', sentence: 1, start: 4, end: 9, surface: '常益长高铁', rule: 'project.suffix' },
    { entityId: 'project:常益长高铁', sentence: 3, start: 30, end: 35, surface: '常益长高铁', rule: 'project.suffix' },
  ],
  sentences: [{ index: 1, start: 0, end: 10, text: '…' }],
  warnings: [],
};

describe('formatSummary', () => {
  it('shows issuer, year, counts by type, projects by mentions with their places, and cooperation', () => {
    expect(formatSummary(X).split('\n')).toEqual([
      '2024年常德市政府工作报告',
      `  file r.txt · id aaaaaaaaaaaa · issuer 常德市 (430700) · year 2024 · date unknown · 100 chars`,
      '  entities 4: Place 2, Project 2',
      '  relations 3: CONNECTS 1, COOPERATES_WITH 1, LOCATED_IN 1', // ties in name order
      '  top projects (@ located in, ↔ connects):',
      '    常益长高铁 (railway, 2×) ↔长沙市 @常德市',
      '    柳叶湖公园 (park, 1×)',
      '  cooperation: 常德市 ↔ 长沙市',
    ]);
  });
});

describe('toContractJson', () => {
  it('prints document, entities, relations (and mentions, warnings) on one line, without the sentences', () => {
    const json = toContractJson(X);
    expect(json).not.toContain('\n');
    expect(Object.keys(JSON.parse(json))).toEqual(['document', 'entities', 'relations', 'mentions', 'warnings']);
  });
});
