// The extension's editor-free parts: the crash/restart policy and the sources export.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';
import { formatSources, type ExportLabels } from '../../client/src/exportFormat';
import type { SourceStatement, SourcesResult } from '../../server/src/shared/protocol';

test('the server is restarted after a crash, but not after 5 crashes within 3 minutes', () => {
  const p = new RestartPolicy();
  const min = 60_000;
  assert.equal(p.crashed(0), 'restart');
  assert.equal(p.crashed(1 * min), 'restart');
  assert.equal(p.crashed(2 * min), 'restart');
  assert.equal(p.crashed(2.5 * min), 'restart');
  assert.equal(p.crashed(2.9 * min), 'give-up');
});

test('crashes older than 3 minutes are forgotten, and reset() forgets all', () => {
  const p = new RestartPolicy();
  for (let i = 0; i < 10; i++) assert.equal(p.crashed(i * 60_000), 'restart', `crash ${i}`);
  assert.equal(p.count, 3);
  p.reset();
  assert.equal(p.count, 0);
});

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const statement = (over: Partial<SourceStatement>): SourceStatement => ({
  id: 0, kind: 'paraphrase', text: 'Oekraïne zit achter de aanvallen', range: range(2), cue: null, channel: null, via: null,
  hedged: false, contested: false, contestedBy: [], findings: [], ...over,
});
const result: SourcesResult = {
  uri: 'file:///ws/belgorod.txt',
  version: 1,
  claimants: [
    {
      id: 0, name: 'Vjatsjeslav Gladkov', kind: 'person', role: 'de gouverneur van de regio', vague: false,
      variants: ['Vjatsjeslav Gladkov', 'Gladkov'], range: range(2), mentions: [range(2)],
      statements: [
        statement({ id: 1, cue: { text: 'schreef', lemma: 'schrijven', range: range(2) }, channel: { text: 'Telegram', kind: 'social' }, contested: true, contestedBy: ['Oekraïne'] }),
        statement({ id: 2, kind: 'quote', text: '"anti-terrorismemaatregelen"', range: range(6), hedged: true }),
      ],
    },
  ],
  unattributed: [
    statement({ id: 3, kind: 'quote', text: '"Het nieuws laat niet lang op zich wachten."', range: range(18),
      findings: [{ rule: 'unattributed-quote', severity: 'warning', message: 'Citaat zonder bron', range: range(18) }] }),
  ],
  findingCount: 1,
};
const labels: ExportLabels = {
  title: 'Bronnen', summary: '1 bron · 1 open bevinding', unattributed: 'Zonder bron', quote: 'citaat', paraphrase: 'parafrase',
  hedged: 'voorbehoud', contested: 'betwist', contestedBy: 'betwist door', via: 'via', line: 'regel', noSources: 'Geen bronnen gevonden.',
};

test('the Markdown export lists each source with its statements, facts and findings', () => {
  const md = formatSources(result, 'markdown', labels, 'belgorod.txt');
  assert.equal(
    md,
    [
      '# Bronnen: belgorod.txt',
      '',
      '_1 bron · 1 open bevinding_',
      '',
      '## Vjatsjeslav Gladkov (de gouverneur van de regio; Gladkov)',
      '',
      '- Oekraïne zit achter de aanvallen — parafrase · *schreef* · Telegram · betwist door Oekraïne · regel 3',
      '- “anti-terrorismemaatregelen” — citaat · voorbehoud · regel 7',
      '',
      '## Zonder bron',
      '',
      '- “Het nieuws laat niet lang op zich wachten.” — citaat · regel 19',
      '  - ⚠ Citaat zonder bron (`unattributed-quote`, regel 19)',
      '',
    ].join('\n'),
  );
});

test('the JSON export is the server result plus the file name', () => {
  const parsed = JSON.parse(formatSources(result, 'json', labels, 'belgorod.txt'));
  assert.equal(parsed.file, 'belgorod.txt');
  assert.deepEqual(parsed.claimants, result.claimants);
  assert.equal(parsed.findingCount, 1);
});

test('an empty draft exports a clear sentence', () => {
  const md = formatSources({ ...result, claimants: [], unattributed: [], findingCount: 0 }, 'markdown', labels, 'leeg.md');
  assert.match(md, /Geen bronnen gevonden\./);
});
