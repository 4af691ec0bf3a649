import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The named read queries the resolvers run, one file each: `cypher/queries/api-<name>.cypher`. */
export const QUERY_NAMES = [
  'entities-by-id',
  'documents-by-id',
  'place-by-ref',
  'links',
  'link-counts',
  'mentions',
  'stages',
  'place-projects',
  'search',
  'list-projects',
  'list-places',
  'list-related',
  'list-documents',
  'neighbors-step',
  'shortest-path',
  'cooperation',
  'between',
  'places-within',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

const queryDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher', 'queries');

/** Reads every named query once (at server creation); a missing file fails fast. */
export function loadQueries(dir: string = queryDir): Record<QueryName, string> {
  const out = {} as Record<QueryName, string>;
  for (const name of QUERY_NAMES) {
    // Comment lines (// …) document the query; the driver gets the Cypher only.
    out[name] = readFileSync(join(dir, `api-${name}.cypher`), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim();
  }
  return out;
}
