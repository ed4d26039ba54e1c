/**
 * Problems as messages next to form fields. Fields are named by the dotted path of the entry
 * ("locations.0.lat"); a value inside a group of checkboxes ("needs.2") is shown on the group.
 */

/** Messages by field key. */
export type FieldMessages = Record<string, string[]>;

/** Lists whose items are checkboxes or a single text field: their items' problems belong to the list. */
const GROUPS = [/^needs$/, /^audiences$/, /^joining\.methods$/, /^accessibility\.features$/, /^accessibility\.languages$/, /^schedule\.sessions\.\d+\.days$/];

/** The key of the field a path belongs to: ["needs", 2] → "needs", ["locations", 0, "lat"] → "locations.0.lat". */
export function fieldKey(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  for (let end = 1; end <= parts.length; end++) {
    const key = parts.slice(0, end).join('.');
    if (GROUPS.some((group) => group.test(key))) return key;
  }
  return parts.join('.');
}

/** The HTML id of a field's input (or group): "locations.0.lat" → "campo-locations-0-lat". */
export function fieldId(key: string): string {
  return `campo-${key.replace(/[^a-zA-Z0-9_-]+/g, '-') || 'modulo'}`;
}

/** Adds a message to a field, once. */
export function addMessage(messages: FieldMessages, key: string, message: string): void {
  const list = (messages[key] ??= []);
  if (!list.includes(message)) list.push(message);
}

/** Zod issues as messages by field, each path under a prefix ("org." for the organisation). */
export function issueMessages(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: readonly PropertyKey[] = []): FieldMessages {
  const messages: FieldMessages = {};
  for (const issue of issues) addMessage(messages, fieldKey([...prefix, ...issue.path]), issue.message);
  return messages;
}

/** Several sets of messages as one. */
export function mergeMessages(...sets: FieldMessages[]): FieldMessages {
  const merged: FieldMessages = {};
  for (const set of sets) for (const [key, list] of Object.entries(set)) for (const message of list) addMessage(merged, key, message);
  return merged;
}

/** The number of messages. */
export function countMessages(messages: FieldMessages): number {
  return Object.values(messages).reduce((sum, list) => sum + list.length, 0);
}
