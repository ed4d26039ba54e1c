/** The id of an entry is its file name without folders and extension. */
export function idFromPath(path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return fileName.replace(/\.(md|ya?ml)$/i, '');
}
