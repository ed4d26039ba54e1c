/** Dictionary templates filled in the browser: "Risorse nella lista: {n}." with { n: 3 }. */

/** The template with each {key} replaced by its value; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A template split around its {key} slots, for sentences with an element inside (a link): the literal
 * text at even indices, the slots' keys at odd ones. "Cercate per {categorie}." → ['Cercate per ', 'categorie', '.'].
 */
export function templateParts(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}
