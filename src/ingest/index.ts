// Public face of src/ingest (filled in by its issue).
export {};
