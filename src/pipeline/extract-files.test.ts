import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobsFor, MIN_FILES_FOR_WORKERS } from './extract-files.js';

describe('jobsFor', () => {
  it.each([
    [1, undefined, 1],
    [MIN_FILES_FOR_WORKERS - 1, undefined, 1],
    [3, 8, 3], // never more workers than files
    [100, 1, 1],
    [100, 0, 1],
  ])('%i files, --jobs %s → %i', (files, requested, jobs) => {
    expect(jobsFor(files, requested)).toBe(jobs);
  });
  it('uses every core for many files', () => {
    expect(jobsFor(1000)).toBe(Math.min(availableParallelism(), 1000));
  });
});
