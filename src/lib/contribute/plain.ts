/** The schema's messages in the form's own words (filled in by the next commit). */
import type { FieldMessages } from './errors.ts';

export function plainMessages(messages: FieldMessages): FieldMessages {
  return messages;
}
