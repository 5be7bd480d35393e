// The ingest's fidelity account of one issue: every dropped character with its line and reason.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { loadFidelityReport } from '../../../site/fidelity.ts';

export const getStaticPaths = (async () => {
  const { issues } = await loadArchive();
  return issues.map((issue) => ({ params: { id: issue.id }, props: { source: issue.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const report = await loadFidelityReport(String(props['source']));
  return new Response(`${JSON.stringify(report, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
