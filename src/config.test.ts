import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the local server', () => {
    const c = loadConfig({});
    expect(c.neo4jUri).toBe('bolt://127.0.0.1:7687');
    expect(c.localNeo4j).toBe(true);
  });
  it('uses NEO4J_URI when set, and the local port otherwise', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' })).toMatchObject({
      neo4jUri: 'neo4j://db.example:7687',
      localNeo4j: false,
    });
    expect(loadConfig({ GOVKG_NEO4J_BOLT_PORT: '7788' }).neo4jUri).toBe('bolt://127.0.0.1:7788');
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ GOVKG_NEO4J_BOLT_PORT: 'abc' })).toThrow(/GOVKG_NEO4J_BOLT_PORT/);
  });
});
