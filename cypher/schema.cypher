// The graph's schema, applied before any write (`govkg ingest` runs it; every statement is
// idempotent, so running it again changes nothing). One statement per `;`.

// Keys: one node per entity id, per GB/T code and per document.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT place_code IF NOT EXISTS FOR (p:Place) REQUIRE p.code IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Full-text search over names and aliases (a list property: Neo4j 5 indexes each element).
// The cjk analyzer splits Han text into bigrams, so 北川 finds 北川羌族自治县. Eventually
// consistent: Lucene is updated after each commit, off its path (it was a third of a document's
// commit); `govkg ingest` waits for it once at the end (awaitSearchIndex), so searches after an
// ingest see everything. An older index without this option is dropped and rebuilt (applySchema).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};

// Lookups the ingest and the API make.
CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path);
CREATE INDEX document_issuer IF NOT EXISTS FOR (d:Document) ON (d.issuerCode);
CREATE INDEX document_year IF NOT EXISTS FOR (d:Document) ON (d.year);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX place_name IF NOT EXISTS FOR (p:Place) ON (p.name);
CREATE INDEX place_level IF NOT EXISTS FOR (p:Place) ON (p.level);
CREATE INDEX project_name IF NOT EXISTS FOR (p:Project) ON (p.name);
CREATE INDEX project_kind IF NOT EXISTS FOR (p:Project) ON (p.kind);
CREATE INDEX program_name IF NOT EXISTS FOR (p:Program) ON (p.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX sector_name IF NOT EXISTS FOR (s:Sector) ON (s.name);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
