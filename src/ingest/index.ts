// STUB (owned by the storage work): ingest files, directories and globs into a store.
export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: number;
  rejectsFile: string | null;
}

export async function ingestPaths(_paths: string[], _options: { db: string; progress?: boolean }): Promise<IngestSummary> {
  throw new Error('ingest not implemented yet');
}
