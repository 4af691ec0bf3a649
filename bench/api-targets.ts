/**
 * The servers the API benchmark loads, all on 127.0.0.1 with ephemeral ports:
 * govkg's GraphQL, a bare HTTP handler running the same Cypher with neo4j-driver (the floor),
 * and @neo4j/graphql over the same graph (a peer).
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import type { Config } from '../src/config.js';
import { startServer, neo4jReader, type CypherReader } from '../src/api/index.js';
import { loadQueries } from '../src/api/queries.js';
import { foldPartners, VIA } from '../src/api/resolvers/cooperation.js';

/** A listening target and how to stop it. */
export interface Target {
  url: string;
  stop(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** govkg as `govkg serve` runs it (limits, masking, health), on an ephemeral port. */
export async function govkgTarget(config: Config): Promise<Target> {
  const s = await startServer({ ...config, PORT: 0, HOST: '127.0.0.1' });
  return { url: s.url, stop: s.stop };
}

type Node = { id: string; name?: unknown; code?: unknown; level?: unknown };
type Link = { node: Node };

// As govkg's look-ahead does with a pattern comprehension's links: by name, then id.
const byNameThenId = (a: Link, b: Link) => {
  const [x, y] = [String(a.node.name ?? ''), String(b.node.name ?? '')];
  return x < y ? -1 : x > y ? 1 : a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
};

/**
 * The Cypher the three representative queries run, step by step, exactly as govkg's resolvers do,
 * answering the same JSON as govkg's `data` (the benchmark checks they are equal): the same
 * round trips, the same rows decoded, the same bytes out.
 */
export function directQueries(reader: CypherReader) {
  const q = loadQueries();
  const place = async (name: string) =>
    (await reader.read(q['place-by-ref'], { ids: [name], projects: null }))[0]?.node as Node | undefined;
  const links = async (ids: string[], label: string, types: string[], dir: string, first: number) =>
    ((await reader.read(q.links, { ids, label, types, dir, first, evidence: false, next: [] }))[0]?.links ??
      []) as Link[];
  return {
    /** place(name) { id name code level parent { name } children(first: 20) { name } } */
    async lookup(name: string) {
      const p = await place(name);
      if (!p) return { place: null };
      const [parent, children] = await Promise.all([
        links([p.id], 'Place', ['PART_OF'], 'OUT', 1),
        links([p.id], 'Place', ['PART_OF'], 'IN', 20),
      ]);
      return {
        place: {
          id: p.id,
          name: p.name,
          code: p.code ?? null,
          level: p.level ?? null,
          parent: parent[0] ? { name: parent[0].node.name } : null,
          children: children.map((l) => ({ name: l.node.name })),
        },
      };
    },
    /** place(name) { name projects(first: 100) { project { name sectors { sector { name } } } } } */
    async projectsWithSectors(name: string) {
      // As govkg does: the place, its projects and their sectors in one query (look-ahead).
      const next = [{ label: 'Sector', types: ['IN_SECTOR'], dir: 'OUT', first: 50, evidence: false }];
      const row = (
        await reader.read(q['place-by-ref'], {
          ids: [name],
          projects: { sub: false, first: 100, evidence: false, next },
        })
      )[0];
      if (!row) return { place: null };
      const projects = row.projects as { project: Node; next: Link[][] }[];
      return {
        place: {
          name: (row.node as Node).name,
          projects: projects.map((l) => ({
            project: {
              name: l.project.name,
              sectors: [...(l.next[0] ?? [])]
                .sort(byNameThenId)
                .slice(0, 50)
                .map((s) => ({ sector: { name: s.node.name } })),
            },
          })),
        },
      };
    },
    /** cooperation(place: name, first: 20) { partner { name } strength via support { via evidence { text } } } */
    async cooperation(name: string) {
      const p = await place(name);
      if (!p) return null;
      const rows = await reader.read(q.cooperation, { ids: [p.id], via: [...VIA], partner: null });
      return {
        cooperation: foldPartners(rows)
          .slice(0, 20)
          .map((x) => ({
            partner: { name: x.partner.name },
            strength: x.strength,
            via: x.via,
            support: x.support.map((s) => ({ via: s.via, evidence: s.evidence.map((e) => ({ text: e.text })) })),
          })),
      };
    },
  };
}

/** A bare node:http handler: GET /<query>?name=… runs the same Cypher and answers JSON. */
export async function directTarget(config: Config): Promise<Target> {
  const reader = neo4jReader({
    uri: config.neo4jUri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    timeoutMs: config.GOVKG_QUERY_TIMEOUT_MS,
  });
  const run = directQueries(reader);
  const server = createHttpServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const name = u.searchParams.get('name') ?? '';
    const fn = { '/lookup': run.lookup, '/projects': run.projectsWithSectors, '/cooperation': run.cooperation }[
      u.pathname
    ];
    if (!fn) return void res.writeHead(404).end();
    try {
      const body = JSON.stringify({ data: await fn(name) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  const url = await listen(server);
  return {
    url,
    async stop() {
      await new Promise((r) => server.close(r));
      await reader.close();
    },
  };
}

/** The graph's places, projects and sectors as @neo4j/graphql 7 sees them (labels as stored). */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Place @node(labels: ["Place", "Entity"]) {
    id: ID!
    name: String!
    code: String
    level: String
    # As govkg's Place.projects: one row per project located in or joining the place, by name.
    projects: [Project!]!
      @cypher(
        statement: """
        MATCH (this)<-[r:LOCATED_IN|CONNECTS]-(x:Project)
        WITH x, r ORDER BY x.name, type(r) LIMIT 100
        RETURN x
        """
        columnName: "x"
      )
  }
  type Project @node(labels: ["Project", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    sectors: [Sector!]! @relationship(type: "IN_SECTOR", direction: OUT)
  }
  type Sector @node(labels: ["Sector", "Entity"]) {
    id: ID!
    name: String!
  }
`;

/** @neo4j/graphql over the same graph, served by graphql-yoga like govkg. */
export async function neo4jGraphqlTarget(config: Config): Promise<Target> {
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, logging: false, context: () => ({ executionContext: driver }) });
  const server = createHttpServer(yoga);
  const url = `${await listen(server)}/graphql`;
  return {
    url,
    async stop() {
      await new Promise((r) => server.close(r));
      await driver.close();
    },
  };
}
