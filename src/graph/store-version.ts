/**
 * The version of what govkg stores for a document: its graph model and its extractor's output.
 * Every Document carries it (`storeVersion`). An ingest skips a document only when the same text
 * is stored under this version; one written by another version is rewritten, so upgrading govkg
 * and ingesting again brings an existing graph up to date. Bump it whenever the stored model or
 * the extractor's output changes.
 *
 * 1: the first model (no `storeVersion` property). 2: sentence text stored once on the Document
 * (`sentences`), not on each MENTIONS; the organisation and programme fixes of 22 Nov 2026.
 */
export const STORE_VERSION = 2;
