/**
 * Where the directory's content lives. Tests and benchmarks build other folders (fixtures,
 * synthetic data) by setting SEGNAVIA_CONTENT_DIR; the site itself uses ./content.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.SEGNAVIA_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
