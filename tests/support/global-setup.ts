import type { TestProject } from 'vitest/node';
import { startCluster, type Cluster } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let cluster: Cluster | undefined;

/** One PostgreSQL 15 cluster for the whole run; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  cluster = await startCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster?.stop();
}
