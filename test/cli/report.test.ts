// The CLI's pieces in-process: line index, input checks, output formats, exit codes (with a stand-in analyser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { LineIndex } from '../../server/src/cli/lines';
import { decode, firstInvalidUtf8 } from '../../server/src/cli/input';
import { parseCli, parseSize, UsageError } from '../../server/src/cli/args';
import { summary, pickLang } from '../../server/src/cli/messages';
import { applyRuleLevels, formatSarif, formatText, toUri, type FileReport } from '../../server/src/cli/report';
import { main } from '../../server/src/cli/main';
import { RULE_IDS } from '../../server/src/core';
import { emptyAnalysis, fakeAnalyse, finding, tempDir } from './helpers';
import { sarifProblems } from './sarif-shape';

test('line index: LF, CRLF and lone CR each end a line; columns are 1-based UTF-16 units', () => {
  const t = 'ab\ncd\r\nef\rgh';
  const ix = new LineIndex(t);
  assert.equal(ix.lineCount, 4);
  assert.deepEqual(ix.position(0), { line: 1, column: 1 });
  assert.deepEqual(ix.position(3), { line: 2, column: 1 });
  assert.deepEqual(ix.position(t.indexOf('e')), { line: 3, column: 1 });
  assert.deepEqual(ix.position(t.indexOf('h')), { line: 4, column: 2 });
  assert.deepEqual(ix.position(t.length), { line: 4, column: 3 });
  assert.deepEqual(new LineIndex('😀x').position(2), { line: 1, column: 3 }, 'an astral character counts as two units');
});

test('line index: binary search agrees with a linear count on a long text', () => {
  const t = Array.from({ length: 500 }, (_, i) => 'x'.repeat(i % 7) + (i % 3 === 0 ? '\r\n' : '\n')).join('');
  const ix = new LineIndex(t);
  let line = 1;
  let col = 1;
  for (let o = 0; o <= t.length; o++) {
    assert.deepEqual(ix.position(o), { line, column: col }, `offset ${o}`);
    if (t[o] === '\n') (line++, (col = 1));
    else if (t[o] === '\r' && t[o + 1] !== '\n') (line++, (col = 1));
    else col++;
  }
});

test('line index: a byte-order mark is counted in offsets but not in columns', () => {
  const ix = new LineIndex('\uFEFFHallo\nwereld');
  assert.deepEqual(ix.position(1), { line: 1, column: 1 });
  assert.deepEqual(ix.position(3), { line: 1, column: 3 });
  assert.deepEqual(ix.position(7), { line: 2, column: 1 });
});

test('decoding: BOM kept, NUL bytes, UTF-16 and invalid UTF-8 refused with one line naming the file', () => {
  const bom = decode('nl', 'a.txt', Buffer.from('\uFEFFHallo', 'utf8'));
  assert.ok(bom.ok && bom.text === '\uFEFFHallo');
  const nul = decode('nl', 'b.bin', Buffer.from([0x48, 0x00, 0x49]));
  assert.ok(!nul.ok && nul.message.startsWith('b.bin: ') && /binair/.test(nul.message) && !nul.message.includes('\n'));
  const u16 = decode('en', 'c.txt', Buffer.from('\uFEFFhi', 'utf16le'));
  assert.ok(!u16.ok && /UTF-16/.test(u16.message));
  const bad = decode('en', 'd.txt', Buffer.from([0x61, 0x62, 0xe9, 0x63]));
  assert.ok(!bad.ok && bad.message === 'd.txt: not valid UTF-8 (byte 2), skipped; save the file as UTF-8');
});

test('firstInvalidUtf8 finds overlongs, surrogates, truncation; accepts valid text', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('Zoë 😀 €', 'utf8')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0);
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xf0, 0x9f])), 2);
  assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0);
});

test('arguments: formats, sizes, rule levels, and usage errors in the chosen language', () => {
  assert.equal(parseSize('20MB'), 20 * 1024 * 1024);
  assert.equal(parseSize('1,5k'), 1536);
  assert.equal(parseSize('100'), 100);
  assert.equal(parseSize('zeven'), null);
  const o = parseCli(['-f', 'sarif', '--rule', 'vague-source=off', '--lang', 'en', 'a.md', '-'], 'nl');
  assert.deepEqual([o.format, o.lang, o.rules, o.files], ['sarif', 'en', { 'vague-source': 'off' }, ['a.md', '-']]);
  assert.throws(() => parseCli(['--format', 'xml', 'a'], 'nl'), (e: unknown) => e instanceof UsageError && /onbekend formaat "xml"/.test(e.message));
  assert.throws(() => parseCli(['--rule', 'nope=error', 'a'], 'en'), (e: unknown) => e instanceof UsageError && /invalid rule setting/.test(e.message));
  assert.throws(() => parseCli(['--bogus', 'a', '--lang=en'], 'nl'), (e: unknown) => e instanceof UsageError && e.message === 'unknown option --bogus');
  assert.throws(() => parseCli([], 'nl'), (e: unknown) => e instanceof UsageError && e.message === 'geen bestanden opgegeven');
  assert.equal(pickLang({ LANG: 'en_GB.UTF-8' }), 'en');
  assert.equal(pickLang({ LANG: 'en_GB.UTF-8', LC_ALL: 'nl_BE' }), 'nl');
  assert.equal(pickLang({ LANG: 'de_DE' }), 'nl');
  assert.equal(pickLang({}), 'nl');
});

test('summary line: Dutch and English, singular and plural', () => {
  assert.equal(summary('nl', { error: 1, warning: 2, information: 0, hint: 0 }, 1, 0), '3 bevindingen (1 fout, 2 waarschuwingen) in 1 bestand');
  assert.equal(summary('en', { error: 1, warning: 2, information: 0, hint: 0 }, 1, 0), '3 findings (1 error, 2 warnings) in 1 file');
  assert.equal(summary('nl', { error: 0, warning: 0, information: 1, hint: 0 }, 2, 1), '1 bevinding (1 opmerking) in 2 bestanden; 1 bestand overgeslagen');
  assert.equal(summary('en', { error: 0, warning: 0, information: 0, hint: 0 }, 3, 0), 'No findings in 3 files');
});

function report(name: string, text: string, findings = fakeAnalyse(text).findings): FileReport {
  return { name, uri: toUri(name), text, analysis: emptyAnalysis(text, findings), lines: new LineIndex(text) };
}

test('text format: file:line:col: severity rule: message, sorted, then the summary', () => {
  const r = report('stuk.txt', 'Eerste regel.\r\nHij zei "ja" en FOUT.');
  r.analysis = applyRuleLevels(r.analysis, {});
  assert.equal(
    formatText([r], 0, 'nl'),
    'stuk.txt:2:9: waarschuwing unattributed-quote: Citaat zonder bron\nstuk.txt:2:17: fout contested-claim: Een fout\n2 bevindingen (1 fout, 1 waarschuwing) in 1 bestand\n',
  );
  assert.match(formatText([r], 0, 'en'), /^stuk\.txt:2:9: warning unattributed-quote: Unattributed quote$/m);
});

test('rule levels: change a severity or drop the rule', () => {
  const a = emptyAnalysis('x', [finding('vague-source', 'hint', 3, 4), finding('unattributed-quote', 'warning', 0, 1)]);
  const b = applyRuleLevels(a, { 'vague-source': 'off', 'unattributed-quote': 'error' });
  assert.deepEqual(b.findings.map((f) => [f.rule, f.severity]), [['unattributed-quote', 'error']]);
});

test('SARIF: the key schema rules hold, with every rule, regions and related locations', () => {
  const r = report('map met spatie/stuk één.md', 'Titel\n\nZij zei: "nee".\nFOUT');
  r.analysis.findings[0].related.push({ span: { start: 0, end: 5 }, message: { nl: 'Hier', en: 'Here' } });
  const log = JSON.parse(formatSarif([r], [{ name: 'weg.txt', uri: 'weg.txt', message: 'weg.txt: bestand niet gevonden' }], 'nl', '0.1.0', 2));
  assert.deepEqual(sarifProblems(log), []);
  const run = log.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), RULE_IDS);
  assert.equal(run.results.length, 2);
  const loc = run.results[0].locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'map%20met%20spatie/stuk%20%C3%A9%C3%A9n.md');
  assert.deepEqual(loc.region, { startLine: 3, startColumn: 10, endLine: 3, endColumn: 15, charOffset: 16, charLength: 5, snippet: { text: '"nee"' } });
  assert.equal(run.results[1].level, 'error');
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /weg\.txt/);
  assert.ok(sarifProblems({ version: '2.0.0', runs: [] }).length >= 2, 'the checker itself rejects a bad log');
});

async function runMain(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: Readable.from([Buffer.from(stdin)]), env: { LANG: 'nl_NL.UTF-8' }, analyse: fakeAnalyse });
  return { code, out, err };
}

test('exit codes: 0 without errors, 1 with an error finding, 2 when a file is unreadable', async () => {
  const t = tempDir();
  try {
    const ok = t.file('ok.txt', 'Zij zei: "ja".');
    const bad = t.file('fout.txt', 'Dit is FOUT.');
    assert.equal((await runMain([ok])).code, 0);
    const one = await runMain([ok, bad]);
    assert.equal(one.code, 1);
    assert.match(one.out, /2 bevindingen \(1 fout, 1 waarschuwing\) in 2 bestanden\n$/);
    assert.equal((await runMain(['--rule', 'unattributed-quote=error', ok])).code, 1);
    assert.equal((await runMain(['--rule', 'contested-claim=warning', bad])).code, 0);
    const two = await runMain([bad, t.dir + '/nergens.txt']);
    assert.equal(two.code, 2);
    assert.equal(two.err, `bronwijzer: ${t.dir}/nergens.txt: bestand niet gevonden\n`);
  } finally {
    t.done();
  }
});

test('offsets are into the text as read (BOM included); columns do not count the BOM', async () => {
  const t = tempDir();
  try {
    const text = '\uFEFFHij zei "ja".';
    const f = t.file('bom.txt', text);
    const j = JSON.parse((await runMain(['--format', 'json', f])).out);
    assert.equal(j.findings[0].start, text.indexOf('"'));
    assert.equal(j.findings[0].column, text.indexOf('"'));
    assert.equal((await runMain([f])).out.split('\n')[0], `${f}:1:9: waarschuwing unattributed-quote: Citaat zonder bron`);
  } finally {
    t.done();
  }
});

test('standard input with a name: Markdown by its extension, reported under that name', async () => {
  let seen = '';
  const r = await main(['--stdin-filename', 'stuk.md', '-'], {
    stdout: () => undefined,
    stderr: () => undefined,
    stdin: Readable.from([Buffer.from('# Kop')]),
    env: {},
    analyse: (text, o) => ((seen = `${o?.format}:${text}`), emptyAnalysis(text)),
  });
  assert.equal(r, 0);
  assert.equal(seen, 'markdown:# Kop');
});

test('.bronwijzer.json: the nearest one applies its rule levels and sources; --rule wins; a faulty one exits 2', async () => {
  const t = tempDir();
  try {
    t.file('.bronwijzer.json', JSON.stringify({ knownSources: ['Jan de Vries'], outlets: ['De Krant'], hedges: ['wellicht'], rules: { 'unattributed-quote': 'error' } }));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${t.dir}/sub`);
    const f = t.file('sub/a.txt', 'Zij zei: "ja".');
    let seen: unknown;
    const run = (args: string[]) => {
      let out = '';
      let err = '';
      return main(args, {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        stdin: Readable.from([]),
        env: {},
        analyse: (text, o) => ((seen = o), fakeAnalyse(text)),
      }).then((code) => ({ code, out, err }));
    };
    assert.equal((await run([f])).code, 1);
    assert.deepEqual(seen, { format: 'plaintext', knownSources: ['Jan de Vries'], outlets: ['De Krant'], extraHedges: ['wellicht'] });
    assert.equal((await run(['--rule', 'unattributed-quote=warning', f])).code, 0);
    assert.equal((await run(['--no-config', f])).code, 0);
    t.file('sub/.bronwijzer.json', '{ "rules": { "unattributed-quote": "hint" }, "onbekend": true }');
    const bad = await run([f]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^bronwijzer: onbekende sleutel "onbekend" in .*sub\/\.bronwijzer\.json\. Toegestaan: knownSources, outlets, hedges, rules\.\n$/);
    assert.match(bad.out, /1 bevinding \(1 hint\) in 1 bestand/);
    const missing = await run(['--config', `${t.dir}/nergens.json`, f]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nergens\.json: bestand niet gevonden/);
  } finally {
    t.done();
  }
});
