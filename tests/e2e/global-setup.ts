/** Builds the sample site once and serves it on loopback for the end-to-end tests. */
import type { TestProject } from 'vitest/node';
import { buildSite, repoRoot } from '../support/site.ts';
import { serve } from '../support/static-server.ts';
import { join } from 'node:path';

export default async function setup(project: TestProject) {
  const outDir = await buildSite({ contentDir: join(repoRoot, 'content'), name: 'e2e-site' });
  const server = await serve(outDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', outDir);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}
