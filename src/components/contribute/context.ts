/** What every part of the contribution form shares: the state, how to change it, and the messages. */
import { createContext, useContext } from 'react';
import type { ComuniIndex } from '../../lib/comuni.ts';
import type { Contribution } from '../../lib/contribute/check.ts';
import type { FieldMessages } from '../../lib/contribute/errors.ts';
import type { UsualTerms } from '../../lib/contribute/usual.ts';

/** The site configuration the island receives from the page (evaluated at build time). */
export interface ContributeConfig {
  repository: string;
  branch: string;
  correctionsEmail: string;
  tiles: { url: string; attribution: string; maxZoom: number };
  /** The site's base path, for the build-time JSON files. */
  base: string;
  /** The needs and audiences usual for each category (from the directory, at build time). */
  usual: UsualTerms;
}

export interface FormContextValue {
  contribution: Contribution;
  /** Changes the state: the function receives a copy to modify. */
  update: (change: (draft: Contribution) => void) => void;
  errors: FieldMessages;
  warnings: FieldMessages;
  /** Field labels by key, filled in as fields render, for the error summary. */
  labels: Map<string, string>;
  comuni?: ComuniIndex;
  /** Asks for the comuni list (loaded once, on first need). */
  needComuni: () => void;
  comuniFailed: boolean;
  organizations: readonly (readonly [id: string, name: string])[];
  config: ContributeConfig;
  /** The id, when a published entry already has it (the form then offers to update that one). */
  takenId?: string;
}

export const FormContext = createContext<FormContextValue | null>(null);

/** The form's shared state; only inside <ContributeForm>. */
export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm outside ContributeForm');
  return value;
}
