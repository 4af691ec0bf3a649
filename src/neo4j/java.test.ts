import { describe, expect, it } from 'vitest';
import { findJava, javaVersion } from './java.js';

describe('java detection', () => {
  it('reads the feature release of the java on PATH', () => {
    expect(javaVersion('java')).toBeGreaterThanOrEqual(8);
  });
  it('answers undefined for a binary that does not exist', () => {
    expect(javaVersion('/nonexistent/bin/java')).toBeUndefined();
  });
  it('finds a Java that Neo4j 5.26 supports, skipping an unsupported JAVA_HOME', () => {
    const j = findJava({ envJavaHome: '/usr/lib/jvm/temurin-25-jdk-amd64' });
    expect([17, 21]).toContain(j.version);
  });
});
