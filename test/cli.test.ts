/** The `chowki` command as a user runs it: a real process, a real data folder. */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/db.js';
import { toTrainingExamples } from '../src/triage/dataset.js';
import { readLabelledFile } from '../src/triage/dataset.load.js';
import { freePort } from './support/process.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'chowki-cli-'));
const env = { ...process.env, CHOWKI_DATA_DIR: dataDir, CHOWKI_DEMO_PASSWORD: 'cli-demo-pass', LOG_LEVEL: 'silent' };

function chowki(args: string[], input?: string) {
  const p = run('node', ['--import', 'tsx', 'src/main.ts', ...args], { env, cwd: process.cwd(), maxBuffer: 10_000_000 });
  if (input !== undefined) {
    p.child.stdin?.end(input);
  }
  return p;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `chowki serve` on a fresh port and returns its ready line, then stops it. */
async function serveReadyLine(extraEnv: Record<string, string | undefined>): Promise<{ line: string; port: number }> {
  const port = await freePort();
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts', 'serve', '--port', String(port)], {
    env: Object.fromEntries(Object.entries({ ...env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extraEnv }).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    return await new Promise((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n').find((l) => l.startsWith('Chowki is ready'));
        if (line) resolve({ line, port });
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    // The JSON logs stay as they were: every other line of stdout is one.
    for (const l of out.split('\n').filter((x) => x.trim() !== '' && !x.startsWith('Chowki is ready'))) expect(() => JSON.parse(l)).not.toThrow();
  }
}

// Each case starts a Node process with tsx: generous on a loaded two-core machine.
describe('chowki CLI', { timeout: 120_000 }, () => {
  it('analyzes one message into the documented JSON shape', async () => {
    const { stdout } = await chowki(['analyze', 'Mobile snatched near Zero Mile just now']);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ id: null, language: 'en', category: 'theft', station: 'ngp-ps-sitabuldi', zone: 'ngp-z2' });
    expect(out.place).toMatchObject({ id: 'zero-mile', name: 'Zero Mile', method: 'gazetteer' });
    expect(typeof out.place.lat).toBe('number');
    expect(out.place.confidence).toBeGreaterThan(0.5);
  });

  it('analyzes JSON Lines from standard input, one object per line, and names bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'My purse was stolen in Dharampeth yesterday' }),
      JSON.stringify({ id: 'b', text: 'Accident here, two injured', geo: { lat: 21.1486, lon: 79.0554 } }),
      '{"id": "c"}',
    ].join('\n');
    const res = await chowki(['analyze', '--jsonl'], input).catch((e: { stdout: string; stderr: string; code: number }) => e);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[1].place.method).toBe('pin');
    expect(res.stderr).toContain('line 3: text');
  });

  it('analyzes a conversation line whole: greetings decide nothing, a later message names the place', async () => {
    const input = [
      JSON.stringify({ id: 'conv-1', messages: [{ text: 'Hi' }, { text: 'someone is following my sister from the bus stop' }, { text: 'she is near Sitabuldi now, very scared' }] }),
      JSON.stringify({ messages: [{ text: 'Good morning sir' }, { text: '🙏' }] }),
      JSON.stringify({ messages: [] }),
    ].join('\n');
    const res = await chowki(['analyze', '--jsonl'], input).catch((e: { stdout: string; stderr: string; code: number }) => e);
    const [first, second] = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ id: 'conv-1', category: 'women_safety', priority: 'p1', station: 'ngp-ps-sitabuldi', awaitingDetails: false });
    expect(first.messages.map((m: { contentless: boolean }) => m.contentless)).toEqual([true, false, false]);
    expect(second).toMatchObject({ id: null, category: 'other', priority: 'p3', station: null, awaitingDetails: true });
    expect(res.stderr).toMatch(/line 3: messages: a conversation needs at least one message/);
  });

  it('evaluates messages and conversations, with station accuracy when items carry labels.station', async () => {
    const file = join(dataDir, 'labelled.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'e1', text: 'Mobile snatched near Zero Mile just now', labels: { category: 'theft', priority: 'p1', language: 'en', station: 'ngp-ps-sitabuldi' } }),
        JSON.stringify({
          id: 'e2',
          messages: [{ text: 'namaste' }, { text: 'माझा मोबाईल काल बाजारात चोरीला गेला' }, { text: 'सदर' }],
          labels: { category: 'theft', priority: 'p2', language: 'mr', station: 'ngp-ps-sadar' },
        }),
        JSON.stringify({ id: 'e3', text: 'how do I get a character certificate?', labels: { category: 'information', priority: 'p3', station: null } }),
      ].join('\n'),
    );
    const { stdout } = await chowki(['eval', file, '--json']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ items: 3, conversations: 1, station: { accuracy: 1, correct: 3, total: 3 } });
    expect(report.category.accuracy).toBe(1);
    const text = await chowki(['eval', file]);
    expect(text.stdout).toMatch(/3 items \(1 conversations\)/);
    expect(text.stdout).toMatch(/## station: accuracy 100\.0% \(3 of 3 labelled\)/);
  });

  it('imports a file once: the second import creates nothing new', async () => {
    const file = join(dataDir, 'messages.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'cli-1', channel: 'x', text: '@NagpurPolice chain snatching at Sitabuldi just now' }),
        JSON.stringify({ id: 'cli-2', channel: 'whatsapp', text: 'Dharampeth me raat bhar DJ baj raha hai' }),
      ].join('\n'),
    );
    const first = await chowki(['import', file, '--no-progress']);
    expect(first.stdout).toContain('2 messages read: 2 new tickets, 0 already imported');
    const second = await chowki(['import', file, '--no-progress']);
    expect(second.stdout).toContain('2 messages read: 0 new tickets, 2 already imported');
  });

  it('imports what it can from a file with bad lines, naming each on stderr by number, and fails only when nothing is readable', async () => {
    const some = await chowki(['import', 'test/fixtures/archive/with-bad-lines.jsonl', '--no-progress']);
    expect(some.stdout).toContain('6 messages read: 5 new tickets, 1 already imported, 7 lines skipped (lines 2, 3, 4, 7, 10, 11, 12)');
    expect(some.stderr).toContain('with-bad-lines.jsonl:2: skipped: not valid JSON');
    expect(some.stderr).toContain('with-bad-lines.jsonl:7: skipped: post 1840000000000000001: post.text:');
    // The reason, never the line: it may hold a citizen's number.
    expect(some.stderr).not.toContain('9800000001');
    const none = await chowki(['import', 'test/fixtures/archive/all-bad.jsonl', '--no-progress']).catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect('code' in none && none.code).toBe(1);
    expect(none.stderr).toContain('all-bad.jsonl:2: skipped: not valid JSON');
    expect(none.stderr).toContain('no message could be read, nothing imported');
  });

  it('serve says in one plain line where it is and who can log in, with a generated password only when it made one', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'chowki-serve-'));
    try {
      const first = await serveReadyLine({ CHOWKI_DATA_DIR: fresh, CHOWKI_DEMO_PASSWORD: undefined });
      const url = `http://localhost:${first.port}`;
      expect(first.line).toMatch(
        new RegExp(`^Chowki is ready at ${url} — desk: ${url}/desk — demo users: op\\.[a-z-]+, sho\\.[a-z-]+, dcp\\.z1, control, cp, admin \\(password: [A-Za-z0-9_-]{12}\\)$`),
      );
      const again = await serveReadyLine({ CHOWKI_DATA_DIR: fresh, CHOWKI_DEMO_PASSWORD: undefined });
      expect(again.line).toContain('(password: the one printed, or set in CHOWKI_DEMO_PASSWORD, when they were created)');
      const set = await serveReadyLine({ CHOWKI_DATA_DIR: fresh });
      expect(set.line).toContain('(password: CHOWKI_DEMO_PASSWORD, as it was when they were created)');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('adds a user whose password comes from the environment, and refuses a bad role', async () => {
    const ok = await run('node', ['--import', 'tsx', 'src/main.ts', 'user', 'add', 'op2.sitabuldi', '--role', 'operator', '--unit', 'ngp-ps-sitabuldi'], {
      env: { ...env, CHOWKI_USER_PASSWORD: 'a-long-password' },
    });
    expect(ok.stdout).toContain('created op2.sitabuldi');
    const bad = await run('node', ['--import', 'tsx', 'src/main.ts', 'user', 'add', 'x.y', '--role', 'king', '--unit', 'ngp'], {
      env: { ...env, CHOWKI_USER_PASSWORD: 'a-long-password' },
    }).catch((e: { stderr: string; code: number }) => e);
    expect('code' in bad && bad.code).toBe(1);
    expect(bad.stderr).toContain('--role: "king" is not one of');
  });

  it('trains a model in which examples written by people count three times against generated ones', async () => {
    const line = (text: string, category: string, priority: string) => JSON.stringify({ text, labels: { category, priority } });
    const generated = join(dataDir, 'generated.jsonl');
    const written = join(dataDir, 'written.jsonl');
    writeFileSync(generated, [line('bike stolen from Sadar', 'theft', 'p2'), line('loud music at night', 'nuisance', 'p2'), line('thanks for the help', 'feedback', 'p3')].join('\n'));
    writeFileSync(written, [line('koi meri cycle le gaya', 'theft', 'p2'), line('two men fighting with a knife now', 'violence', 'p1')].join('\n'));
    const model = join(dataDir, 'model.json');
    const { stdout } = await chowki(['train', written, '--generated', generated, '-o', model]);
    expect(stdout).toContain('9 examples');
    const alone = await chowki(['train', written, generated, '-o', model]);
    expect(alone.stdout).toContain('5 examples');
  });

  it('exports officers\' corrections as labelled lines that chowki train reads', async () => {
    await chowki(['migrate']);
    const store = openStore({ dataDir });
    await store.db
      .insertInto('training_examples')
      .values({ ticket_id: null, text: 'Mera phone ***** 45 pe call karo, chain chhin li', category: 'theft', priority: 'p1', language: 'hi-Latn', source: 'officer', created_by: null, created_at: '2026-11-20T10:00:00.000Z' })
      .execute();
    await store.close();
    const out = join(dataDir, 'corrections.jsonl');
    await chowki(['corrections', 'export', '-o', out]);
    const { examples } = toTrainingExamples(readLabelledFile(out));
    expect(examples).toHaveLength(1);
    expect(examples[0]?.labels).toEqual({ category: 'theft', priority: 'p1', language: 'hi-Latn' });
    const none = await chowki(['corrections', 'export', '--since', '2026-12-01']);
    expect(none.stdout).toBe('');
  });
});
