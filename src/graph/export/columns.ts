import type { Value } from './dump.js';

/** A property column and the type neo4j-admin import (and GraphML) should read it as. */
export interface Column {
  name: string;
  type: 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';
}

const scalarType = (v: unknown) =>
  typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : typeof v === 'boolean' ? 'boolean' : 'string';

// An empty list says nothing about its element type: undefined until another value does.
const typeOf = (v: Value): Column['type'] | undefined =>
  Array.isArray(v) ? (v.length ? (`${scalarType(v[0])}[]` as Column['type']) : undefined) : scalarType(v);

// Two types seen for one property: long and double make double; anything else falls back to string.
const widen = (a: Column['type'], b: Column['type']): Column['type'] => {
  const da = a.replace('long', 'double');
  return da === b.replace('long', 'double') ? (da as Column['type']) : 'string';
};

/** Column types learnt one property map at a time (a streamed export sees each map once). */
export class ColumnTypes {
  private readonly types = new Map<string, Column['type'] | undefined>();

  /** Takes in one map's properties. */
  add(m: Record<string, Value>): void {
    for (const [name, v] of Object.entries(m)) {
      const t = typeOf(v);
      const prev = this.types.get(name);
      this.types.set(name, prev === undefined ? t : t === undefined || t === prev ? prev : widen(prev, t));
    }
  }

  /** The columns so far, sorted by name. */
  columns(): Column[] {
    return [...this.types]
      .map(([name, type]) => ({ name, type: type ?? ('string[]' as const) }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}
