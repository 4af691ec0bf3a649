import { describe, expect, it } from 'vitest';
import { edgeOf, evidenceOf } from './records.js';
import { foldPartners } from './resolvers/cooperation.js';
import { luceneQuery } from './resolvers/query-lookups.js';

const rel = {
  evidenceDocs: ['d1', 'd2'],
  evidenceSentences: [3, 7],
  evidenceStarts: [10, 50],
  evidenceEnds: [30, 80],
  evidenceTexts: ['深化宜泸同城化。', '携手宜宾共建川南经济区。'],
  evidenceRules: ['r.a', 'r.b'],
};

describe('evidence', () => {
  it('zips the aligned lists into one item per sentence', () => {
    expect(evidenceOf(rel)).toEqual([
      { docId: 'd1', sentence: 3, start: 10, end: 30, text: '深化宜泸同城化。', rule: 'r.a' },
      { docId: 'd2', sentence: 7, start: 50, end: 80, text: '携手宜宾共建川南经济区。', rule: 'r.b' },
    ]);
  });
  it('gives none for hierarchy relationships, and keeps their source', () => {
    expect(evidenceOf({ source: 'GB/T 2260' })).toEqual([]);
    expect(edgeOf({ type: 'PART_OF', from: 'a', to: 'b', rel: { source: 'GB/T 2260' } })).toEqual({
      type: 'PART_OF',
      fromId: 'a',
      toId: 'b',
      evidence: [],
      source: 'GB/T 2260',
    });
  });
});

describe('search text', () => {
  it.each([
    ['江油', '"江油" OR 江油*'],
    ['叙州" OR name:*', '"叙州\\" OR name\\:\\*"'],
    ['a+b', '"a\\+b"'],
  ])('%s → %s', (t, want) => expect(luceneQuery(t)).toBe(want));
});

describe('cooperation strength', () => {
  const place = (id: string, name: string) => ({ id, name, __label: 'Place' });
  const line = { id: 'project:l', name: '某高速', __label: 'Project' };
  it('adds 3 per stating sentence, 2 per line joining both, once per project, strongest first', () => {
    const rows = [
      { key: 'a', partner: place('b', '乙市'), via: 'STATED', through: null, rels: [rel] },
      { key: 'a', partner: place('b', '乙市'), via: 'CONNECTED_BY', through: line, rels: [rel, rel] },
      // The same project met twice (two relationships) counts once.
      { key: 'a', partner: place('b', '乙市'), via: 'CONNECTED_BY', through: line, rels: [rel] },
      {
        key: 'a',
        partner: place('c', '丙市'),
        via: 'SHARED_PROGRAM',
        through: { id: 'program:p', name: 'P', __label: 'Program' },
        rels: [],
      },
    ];
    const out = foldPartners(rows);
    expect(out.map((p) => [p.partner.name, p.strength, p.via])).toEqual([
      ['乙市', 8, ['STATED', 'CONNECTED_BY']],
      ['丙市', 0.5, ['SHARED_PROGRAM']],
    ]);
    // One line's two ends stated by the same sentences: each sentence once.
    expect(out[0]?.support[1]?.evidence.length).toBe(2);
  });
});
