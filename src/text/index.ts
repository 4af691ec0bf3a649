// Public face of src/text (filled in by its issue).
export {};
