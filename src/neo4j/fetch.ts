import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GovkgError } from '../errors.js';
import { log } from '../log.js';

/** Layout of the local server's folder (git-ignored). */
export interface Neo4jHome {
  root: string;
  lib: string;
  plugins: string;
  classes: string;
  data: string;
  pidFile: string;
  logFile: string;
  /** Marker written when the jars are complete, so a fetch cut short is done again. */
  ready: string;
}

export function homeLayout(root: string): Neo4jHome {
  return {
    root,
    lib: join(root, 'lib'),
    plugins: join(root, 'plugins'),
    classes: join(root, 'classes'),
    data: join(root, 'db'),
    pidFile: join(root, 'neo4j.pid'),
    logFile: join(root, 'neo4j.log'),
    ready: join(root, 'lib', '.complete'),
  };
}

/**
 * Fetches Neo4j Community + APOC Core from Maven Central (the versions pinned in
 * scripts/neo4j/pom.xml) into `home.lib`, once; Maven's local repository caches them after that.
 * Then compiles the launcher, so a warm start skips the single-file source compile.
 */
export function ensureJars(home: Neo4jHome, scriptsDir: string, javaBin: string): 'cached' | 'fetched' {
  if (existsSync(home.ready) && existsSync(join(home.classes, 'Launcher.class'))) return 'cached';
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).status !== 0) {
    throw new GovkgError(
      'MAVEN_MISSING',
      'Maven (mvn) not found: it fetches Neo4j from Maven Central. Install it (apt-get install maven).',
    );
  }
  rmSync(home.lib, { recursive: true, force: true });
  mkdirSync(home.lib, { recursive: true });
  mkdirSync(home.plugins, { recursive: true });
  log.info(`fetching Neo4j Community and APOC from Maven Central into ${home.lib} …`);
  const mvn = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(scriptsDir, 'pom.xml'),
      // Pinned: left alone, Maven picks an old dependency plugin.
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      `-DoutputDirectory=${home.lib}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8' },
  );
  if (mvn.status !== 0) {
    throw new GovkgError(
      'MAVEN_MISSING',
      `Maven could not fetch Neo4j: ${(mvn.stdout + mvn.stderr).trim().split('\n').slice(-5).join('\n')}`,
    );
  }
  // APOC must be both on the classpath (its config extension) and in the plugin dir (its procedures).
  for (const f of readdirSync(home.lib))
    if (f.startsWith('apoc-')) copyFileSync(join(home.lib, f), join(home.plugins, f));
  compileLauncher(home, scriptsDir, javaBin);
  writeFileSync(home.ready, new Date().toISOString());
  return 'fetched';
}

function compileLauncher(home: Neo4jHome, scriptsDir: string, javaBin: string): void {
  const javac = javaBin === 'java' ? 'javac' : javaBin.replace(/java$/, 'javac');
  mkdirSync(home.classes, { recursive: true });
  const r = spawnSync(javac, ['-cp', `${home.lib}/*`, '-d', home.classes, join(scriptsDir, 'Launcher.java')], {
    encoding: 'utf8',
  });
  if (r.status !== 0)
    throw new GovkgError('JAVA_MISSING', `could not compile the Neo4j launcher with ${javac}: ${r.stderr.trim()}`);
}
