import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GovkgError } from '../errors.js';

/** Java feature releases Neo4j 5.26 runs on. */
const SUPPORTED = [17, 21];

/** The feature release of a `java` binary (17 for 17.0.15), or undefined if it does not run. */
export function javaVersion(bin: string): number | undefined {
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  if (!m) return undefined;
  // Java 8 and older print "1.8.0": the feature release is the second number.
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/**
 * Finds a `java` that Neo4j 5.26 supports, even where another JDK is the default:
 * GOVKG_JAVA_HOME, then JAVA_HOME, then `java` on PATH, then every JDK under /usr/lib/jvm.
 */
export function findJava(opts: { javaHome?: string; envJavaHome?: string }): { bin: string; version: number } {
  const candidates: string[] = [];
  if (opts.javaHome) candidates.push(join(opts.javaHome, 'bin', 'java'));
  if (opts.envJavaHome) candidates.push(join(opts.envJavaHome, 'bin', 'java'));
  candidates.push('java');
  for (const root of ['/usr/lib/jvm', '/opt/java', '/usr/local/lib/jvm']) {
    if (!existsSync(root)) continue;
    for (const d of readdirSync(root).sort()) candidates.push(join(root, d, 'bin', 'java'));
  }
  const seen: string[] = [];
  for (const bin of candidates) {
    if (bin !== 'java' && !existsSync(bin)) continue;
    const v = javaVersion(bin);
    if (v === undefined) continue;
    seen.push(`${bin} (${v})`);
    if (SUPPORTED.includes(v)) return { bin, version: v };
  }
  throw new GovkgError(
    'JAVA_MISSING',
    `no Java ${SUPPORTED.join(' or ')} found (Neo4j 5.26 needs one); ` +
      (seen.length ? `found only: ${seen.join(', ')}. ` : 'found none. ') +
      'Install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set GOVKG_JAVA_HOME.',
  );
}
