import { after, describe } from 'node:test';
import { findPostgresBinaries, startPostgresCluster, type PostgresCluster } from '../src/testing/postgres-cluster.ts';

/**
 * Starts one throwaway PostgreSQL cluster for a test file (stopped and removed when the file's tests
 * end) and defines the file's suites on it. Without PostgreSQL the suites are reported as skipped,
 * saying why, on a developer's machine; in CI (CI set) the file fails instead, since .ci/run installs it.
 */
export async function describeWithPostgres(name: string, define: (cluster: PostgresCluster) => void): Promise<void> {
  if (!findPostgresBinaries() && !process.env.CI) {
    describe(name, { skip: 'needs a PostgreSQL server (initdb and pg_ctl): apt-get install postgresql' }, () => {});
    return;
  }
  const cluster = await startPostgresCluster();
  after(() => cluster.stop());
  define(cluster);
}
