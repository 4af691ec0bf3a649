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
  it('uses more than one worker for many files on a machine with several cores', () => {
    expect(jobsFor(1000)).toBeGreaterThanOrEqual(1);
  });
});
