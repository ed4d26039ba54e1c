/** Whether a person can still join a resource: active or paused, not closed. The search index, the lists and the map show only these. */
export function isListed(resource: { status: string }): boolean {
  return resource.status !== 'chiuso';
}
