/** The plain typed objects passed between pipeline stages, defined once. */
export * from './document.js';
export * from './entity.js';
export * from './relation.js';
export * from './mention.js';
export * from './extraction.js';
