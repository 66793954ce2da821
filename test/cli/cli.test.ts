// The built command line (server/out/cli.js, as `npx bronwijzer` runs it) on temp files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli, tempDir, type Run } from './helpers';
import { sarifProblems } from './sarif-shape';

const DRAFT = 'Burgemeester Jan de Vries zei dinsdag dat de brug dicht blijft.\n"Dat is onaanvaardbaar", klonk het in de raad.\n';
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** One line on stderr per problem, naming the file, and no stack trace. */
function assertOneLine(r: Run, file: string, pattern: RegExp) {
  const lines = r.stderr.split('\n').filter(Boolean);
  const mine = lines.filter((l) => l.includes(file));
  assert.equal(mine.length, 1, r.stderr);
  assert.match(mine[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
}

test('--help and --version, in Dutch by default and English with --lang en or an English locale', () => {
  const nl = runCli(['--help']);
  assert.equal(nl.code, 0);
  assert.match(nl.stdout, /^Gebruik: bronwijzer/m);
  assert.match(runCli(['--help', '--lang', 'en']).stdout, /^Usage: bronwijzer/m);
  assert.match(runCli(['-h'], { env: { LANG: 'en_US.UTF-8' } }).stdout, /^Usage: bronwijzer/m);
  const v = runCli(['--version']);
  assert.deepEqual([v.code, v.stdout.trim()], [0, VERSION]);
});

test('bad usage exits 2 with a message on stderr', () => {
  for (const args of [[], ['--format', 'xml', 'a.txt'], ['--onbekend', 'a.txt'], ['--rule', 'x=y', 'a.txt'], ['--max-size', 'veel', 'a.txt'], ['-', '-']]) {
    const r = runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^bronwijzer: .+\nZie: bronwijzer --help\n$/, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('text format: a summary line in Dutch or English, exit 0', () => {
  const t = tempDir();
  try {
    const f = t.file('stuk.txt', DRAFT);
    const r = runCli([f]);
    assert.equal(r.code === 0 || r.code === 1, true);
    const last = r.stdout.trimEnd().split('\n').pop()!;
    assert.match(last, /^(Geen bevindingen|\d+ bevinding(en)? \(.+\)) in 1 bestand$/);
    for (const line of r.stdout.trimEnd().split('\n').slice(0, -1)) assert.match(line, new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: (fout|waarschuwing|opmerking|hint) [a-z-]+: .+$`));
    assert.match(runCli(['--lang', 'en', f]).stdout, /(No findings|\d+ findings? \(.+\)) in 1 file\n$/);
  } finally {
    t.done();
  }
});

test('json format: the analysis object for one file, a files wrapper for several', () => {
  const t = tempDir();
  try {
    const a = t.file('a.txt', DRAFT);
    const b = t.file('b.md', '# Kop\n\n' + DRAFT);
    const one = runCli(['--format', 'json', a]);
    const j = JSON.parse(one.stdout);
    for (const k of ['statements', 'quotes', 'hedges', 'claimants', 'findings']) assert.ok(Array.isArray(j[k]), k);
    const two = JSON.parse(runCli(['-f', 'json', a, b]).stdout);
    assert.deepEqual(Object.keys(two), ['files']);
    assert.deepEqual(two.files.map((f: { file: string }) => f.file), [a, b]);
    assert.ok(Array.isArray(two.files[1].statements));
    for (const f of two.files) for (const s of f.quotes as { start: number; end: number }[]) assert.ok(s.start >= 0 && s.end <= readFileSync(f.file, 'utf8').length);
  } finally {
    t.done();
  }
});

test('sarif format: valid SARIF 2.1.0 naming every rule', () => {
  const t = tempDir();
  try {
    const a = t.file('a b.txt', DRAFT);
    const r = runCli(['--format', 'sarif', a, join(ROOT, '../shared/corpus/dev/belgorod.txt')]);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    assert.equal(log.runs[0].tool.driver.rules.length, 5);
    assert.equal(log.runs[0].artifacts[0].location.uri.startsWith('file:///'), true);
    assert.equal(log.runs[0].tool.driver.version, VERSION);
  } finally {
    t.done();
  }
});

test('missing file, directory, binary, non-UTF-8, UTF-16 and too large: one line each, the rest still analysed, exit 2', () => {
  const t = tempDir();
  try {
    const good = t.file('goed.txt', DRAFT);
    const bin = t.file('plaatje.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const latin = t.file('latin1.txt', Buffer.from('Caf\xe9 in Gen\xe8ve', 'latin1'));
    const u16 = t.file('utf16.txt', Buffer.from('\uFEFFHallo', 'utf16le'));
    const big = t.file('groot.txt', 'woord '.repeat(400));
    const missing = join(t.dir, 'bestaat-niet.txt');
    const r = runCli(['--max-size', '1KB', '-f', 'json', missing, t.dir, bin, good, latin, u16, big]);
    assert.equal(r.code, 2);
    assertOneLine(r, missing, /bestand niet gevonden$/);
    assertOneLine(r, `${t.dir}: is een map`, /is een map, geen bestand$/);
    assertOneLine(r, bin, /binair bestand/);
    assertOneLine(r, latin, /geen geldige UTF-8 \(byte 3\)/);
    assertOneLine(r, u16, /UTF-16/);
    assertOneLine(r, big, /te groot \(2,3 KB; de grens is 1,0 KB/);
    assert.equal(r.stderr.trim().split('\n').length, 6);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file), [good], 'the good file is still analysed');
    const en = runCli(['--lang', 'en', missing]);
    assert.equal(en.stderr, `bronwijzer: ${missing}: file not found\n`);
    assert.match(en.stdout, /No findings in 0 files; 1 file skipped/);
  } finally {
    t.done();
  }
});

test('standard input with "-", alone or between files', () => {
  const t = tempDir();
  try {
    const r = runCli(['-f', 'json', '-'], { input: DRAFT });
    assert.equal(r.code === 0 || r.code === 1, true);
    assert.ok(Array.isArray(JSON.parse(r.stdout).statements));
    const a = t.file('a.txt', DRAFT);
    const two = JSON.parse(runCli(['-f', 'json', a, '-'], { input: DRAFT }).stdout);
    assert.deepEqual(two.files.map((f: { file: string }) => f.file), [a, '<stdin>']);
    assert.match(runCli(['-'], { input: Buffer.from([0xff, 0xfe, 0x41, 0]) }).stderr, /^bronwijzer: <stdin>: UTF-16/);
    assert.equal(runCli(['--max-size', '10', '-'], { input: DRAFT }).code, 2);
  } finally {
    t.done();
  }
});

test('exit 1 when the analyser reports a finding raised to error', (t) => {
  const tmp = tempDir();
  try {
    const f = tmp.file('citaat.txt', 'De brug blijft dicht.\n\n"Dit is onaanvaardbaar."\n');
    const levels = ['unattributed-quote', 'unsourced-hedge', 'contested-claim', 'name-variant', 'vague-source'].flatMap((id) => ['--rule', `${id}=error`]);
    const json = JSON.parse(runCli(['-f', 'json', f]).stdout);
    if (json.findings.length === 0) return t.skip('the analyser reports nothing for this draft yet');
    const r = runCli([...levels, f]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\d+ (bevinding|bevindingen) \(\d+ fout(en)?\) in 1 bestand\n$/);
  } finally {
    tmp.done();
  }
});

test('the npx entry point (bin/bronwijzer.js) runs the bundled CLI', () => {
  const r = runCli(['--version'], { nodeArgs: [] });
  const bin = spawnSync(process.execPath, [join(ROOT, 'bin/bronwijzer.js'), '--version'], { encoding: 'utf8' });
  assert.equal(bin.status, 0);
  assert.equal(bin.stdout, r.stdout);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin.bronwijzer, './bin/bronwijzer.js');
});
