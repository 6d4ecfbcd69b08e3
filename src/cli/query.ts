// `rasad query events` (docs: output-contract.md) and `rasad query export`: stored events, filtered,
// as jsonl (StoredEvent per line), csv, gdelt (GDELT 2.0 event columns) or plover (PLOVER JSONL).
import type { Command } from 'commander';
import { PLOVER_TYPES, type PloverType } from '../doc.js';
import { errorLine } from '../errors.js';
import { EXPORT_FORMATS, type ExportFormat, formatEvent, header, isExportFormat } from '../export/formats.js';
import { CursorError, openStore, resolveDb } from '../store/index.js';
import type { EventFilter, WritableStore } from '../store/types.js';
import { UserError } from './errors.js';

export { PLOVER_TYPES };

/** An ISO day (a full ISO timestamp is cut to its day); anything else is bad usage naming the option. */
export function isoDay(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(day) &&
    (value.length === 10 || value[10] === 'T') &&
    !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
  if (!ok || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new UserError(`${option}: not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`, 2);
  }
  return day;
}

interface QueryOptions {
  db?: string;
  actor?: string;
  recipient?: string;
  type?: string;
  country?: string;
  since?: string;
  until?: string;
  q?: string;
  limit?: string;
  format: string;
  header?: boolean;
}

function toFilter(o: QueryOptions): { filter: EventFilter; limit: number | null; format: ExportFormat } {
  if (!isExportFormat(o.format))
    throw new UserError(
      `--format: expected one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(o.format)}`,
      2,
    );
  const type = o.type?.toUpperCase();
  if (type && !PLOVER_TYPES.includes(type as PloverType))
    throw new UserError(
      `--type: not a PLOVER type: ${JSON.stringify(o.type)} (one of ${PLOVER_TYPES.join(', ')})`,
      2,
    );
  let limit: number | null = null;
  if (o.limit !== undefined) {
    // Digits only: Number() would take 1e3, 0x10 or « 10».
    limit = /^[0-9]{1,15}$/.test(o.limit) ? Number(o.limit) : Number.NaN;
    if (!Number.isInteger(limit) || limit < 1)
      throw new UserError(`--limit: expected a whole number ≥ 1, got ${JSON.stringify(o.limit)}`, 2);
  }
  if (o.country !== undefined && !/^[A-Za-z]{3}$/.test(o.country))
    throw new UserError(
      `--country: expected an ISO 3166 alpha-3 code (AFG), got ${JSON.stringify(o.country)}`,
      2,
    );
  const since = isoDay('--since', o.since);
  const until = isoDay('--until', o.until);
  return {
    filter: {
      actor: o.actor,
      recipient: o.recipient,
      type,
      country: o.country?.toUpperCase(),
      since,
      until,
      q: o.q,
    },
    limit,
    format: o.format,
  };
}

async function openForQuery(db: string): Promise<WritableStore> {
  try {
    // An embedded store that is not there is an error, not a new empty store.
    return await openStore(db, { existing: true });
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`--db ${db}: cannot open the store: ${errorLine(e)}`, 1);
  }
}

/** Writes with back-pressure, so a large export streams instead of buffering. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
}

export async function printEvents(o: QueryOptions): Promise<number> {
  const { filter, limit, format } = toFilter(o);
  const store = await openForQuery(resolveDb(o.db));
  let printed = 0;
  try {
    const first = header(format, { gdeltHeader: o.header });
    if (first) await write(first);
    let cursor: string | null = null;
    do {
      const page = await store.queryEvents({
        ...filter,
        limit: Math.min(1000, limit === null ? 1000 : limit - printed),
        cursor,
      });
      for (const e of page.items) await write(formatEvent(format, e));
      printed += page.items.length;
      cursor = page.next;
    } while (cursor && (limit === null || printed < limit));
  } catch (e) {
    if (e instanceof CursorError) throw new UserError(e.message, 2);
    if (e instanceof UserError) throw e;
    // The contract allows only 0, 1 and 2: whatever the store says is one line and exit 1.
    throw new UserError(`query: --db ${resolveDb(o.db)}: ${errorLine(e)}`, 1);
  } finally {
    await store.close();
  }
  return printed;
}

const FILTER_HELP = {
  actor: 'actor: a code (RUS matches RUSGOV, RUSMIL…), a name or an alias',
  recipient: 'recipient: a code, a name or an alias',
};

export function registerQuery(program: Command): void {
  const query = program.command('query').description('query the store');
  query
    .command('events')
    .description('print stored events (jsonl, csv, gdelt or plover)')
    .option('--actor <actor>', FILTER_HELP.actor)
    .option('--recipient <actor>', FILTER_HELP.recipient)
    .option('--type <type>', 'PLOVER type (CONSULT, ACCUSE, …)')
    .option('--country <iso3>', 'where the event happened: ISO 3166 alpha-3 (AFG, IRN, …)')
    .option('--since <date>', 'first day, ISO YYYY-MM-DD')
    .option('--until <date>', 'last day, ISO YYYY-MM-DD')
    .option('--q <text>', 'full-text search in the article (Persian-aware)')
    .option('--limit <n>', 'at most n events')
    .option('--format <format>', 'jsonl | csv | gdelt | plover', 'jsonl')
    .option('--header', 'gdelt: print a header row (GDELT files have none)')
    .option('--db <store>', 'a file path (embedded, default ./rasad.db or $RASAD_DB) or a postgres:// URL')
    .action(async (o: QueryOptions) => {
      await printEvents(o);
    });
  query
    .command('export')
    .description('export all events (default PLOVER JSONL, for R and Python)')
    .option('--format <format>', 'plover | jsonl | csv | gdelt', 'plover')
    .option('--header', 'gdelt: print a header row')
    .option('--db <store>', 'a file path or a postgres:// URL')
    .action(async (o: QueryOptions) => {
      await printEvents(o);
    });
}
