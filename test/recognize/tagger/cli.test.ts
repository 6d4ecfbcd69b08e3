// `rasad tag`: the output layout of the contract, the gold column ignored, a bad line named, exit 1.
// Most cases run the command's stream function in-process (process start-up is slow on a busy
// machine); one runs the built binary (`npm test` builds first) for the exit status and stderr.
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/cli/errors.js';
import { tagStream } from '../../../src/cli/tag.js';

async function tag(input: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  try {
    await tagStream(Readable.from([input]), 'stdin', (s) => {
      stdout += s;
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    if (e instanceof UserError) return { status: e.exitCode, stdout, stderr: `rasad: ${e.message}\n` };
    throw e;
  }
}

describe('rasad tag', () => {
  it('prints TOKEN<TAB>TAG per token, a blank line between sentences, tokens unchanged', async () => {
    const r = await tag('\nبه|O\nگزارش|O\nخبرگزاری|B_ORG\nمهر|I_ORG\n\nروش\u200cهای\nNATO\n😀\n');
    expect(r.status).toBe(0);
    const blocks = r.stdout.split('\n\n');
    expect(blocks).toHaveLength(2);
    const first = blocks[0].split('\n').map((l) => l.split('\t'));
    expect(first.map(([t]) => t)).toEqual(['به', 'گزارش', 'خبرگزاری', 'مهر']);
    const second = blocks[1]
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(second.map(([t]) => t)).toEqual(['روش\u200cهای', 'NATO', '😀']);
    for (const [, t] of [...first, ...second]) expect(t).toMatch(/^(O|[BI]_(PER|ORG|LOC|DAT|TIM|MON|PCT))$/);
    expect(second[2][1]).toBe('O'); // an emoji is no entity
  });

  it('ignores the gold column: the same tags with or without it', async () => {
    const withGold = (await tag('سعید|B_PER\nپورعلی|I_PER\nگفت|O\n')).stdout;
    const wrongGold = (await tag('سعید\tO\nپورعلی\tO\nگفت\tB_LOC\n')).stdout;
    const without = (await tag('سعید\nپورعلی\nگفت\n')).stdout;
    expect(withGold).toBe(without);
    expect(wrongGold).toBe(without);
  });

  it('names the line with more than two columns and exits 1 without a stack trace (built binary)', () => {
    const r = spawnSync('./bin/rasad', ['tag'], { input: 'الف\tO\n\nب\tO\tX\n', encoding: 'utf8' });
    expect(r.stdout).toBe('الف\tO\n'); // the sentence before the bad line is already out
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 3: 3 columns/);
  });

  it('tags a 10,000-token sentence', async () => {
    const r = await tag(
      `${Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'تهران' : 'و')).join('\n')}\n`,
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(10_000);
  });
});
