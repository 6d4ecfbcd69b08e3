// Protects the command-line contract's outer shell: the binary runs, and bad usage exits 2
// with one line on stderr and no stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const rasad = (args: string[], input?: string) => spawnSync('./bin/rasad', args, { input, encoding: 'utf8' });

describe('rasad command line', () => {
  it('prints help listing the contract commands', () => {
    const r = rasad(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['normalize', 'extract', 'tag', 'ingest', 'query', 'serve', 'worker']) {
      expect(r.stdout).toContain(c);
    }
  });

  it('exits 2 on an unknown command without a stack trace', () => {
    const r = rasad(['no-such-command']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
