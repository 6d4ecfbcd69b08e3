// Protects the server's share of "a user can add a dictionary file of their own with a flag and in the
// server's config": extraction over the API uses the dictionaries the server was started with, and
// `rasad serve` refuses a bad dictionary at start with one line instead of failing every request.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testServer } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rasad-serve-dict-'));
const dictionary = join(dir, 'mine.json');
writeFileSync(
  dictionary,
  JSON.stringify([
    {
      id: 'fulan',
      names: ['فلان بهمانی'],
      country: 'TJK',
      roles: [{ role: 'وزیر خارجه تاجیکستان', code: 'TJKGOV' }],
    },
  ]),
);
const text = 'فلان بهمانی حمله به سفارت را محکوم کرد.';

describe('actor dictionaries in the server', () => {
  const servers: Array<Awaited<ReturnType<typeof testServer>>> = [];
  afterAll(async () => {
    for (const { app } of servers) await app.close();
  });

  const codeOf = async (pipeline?: { dictionaries: string[] }) => {
    const server = await testServer(pipeline ? { pipeline } : {});
    servers.push(server);
    const res = await server.app.inject({ method: 'POST', url: '/api/extract', payload: { text } });
    expect(res.statusCode).toBe(200);
    const actor = res.json().actors.find((a: { name: string }) => a.name === 'فلان بهمانی');
    return actor?.code ?? null;
  };

  it('codes a person only the user dictionary knows, when the server was given it', async () => {
    expect(await codeOf({ dictionaries: [dictionary] })).toBe('TJKGOV');
    expect(await codeOf()).not.toBe('TJKGOV');
  });

  it('rasad serve exits 1 with one line naming a dictionary it cannot read', () => {
    const missing = join(dir, 'missing.json');
    const r = spawnSync(
      './bin/rasad',
      ['serve', '--db', join(dir, 'x.db'), '--port', '0', '--dictionary', missing],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.json');
  });
});
