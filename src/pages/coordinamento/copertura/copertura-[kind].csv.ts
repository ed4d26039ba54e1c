/** The coverage CSV files, written at build time: /coordinamento/copertura/copertura-categorie.csv and -bisogni.csv. */
import type { APIRoute } from 'astro';
import { directoryCoverage } from '../../../directory.ts';
import { coverageCsv } from '../../../lib/coverage/csv.ts';

export function getStaticPaths() {
  return [{ params: { kind: 'categorie' } }, { params: { kind: 'bisogni' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const coverage = await directoryCoverage();
  return new Response(coverageCsv(coverage, params.kind === 'bisogni' ? 'needs' : 'categories'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
