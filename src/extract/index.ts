// Public face of src/extract (filled in by its issue).
export {};
