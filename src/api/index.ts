// Public face of src/api (filled in by its issue).
export {};
