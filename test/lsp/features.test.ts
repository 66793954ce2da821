// The feature modules on a hand-built analysis (independent of what the analyser finds today).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, MarkupKind, SemanticTokensBuilder, type CodeAction, type MarkupContent } from 'vscode-languageserver';
import { DocumentStore, type DocState, type Result } from '../../server/src/lsp/documents';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { codeActions, aldusEdit, hedgeEdit } from '../../server/src/lsp/codeActions';
import { hover } from '../../server/src/lsp/hover';
import { encode, flatten } from '../../server/src/lsp/semanticTokens';
import { documentSymbols, highlights, prepareRename, references, rename } from '../../server/src/lsp/symbols';
import { inlayHints } from '../../server/src/lsp/inlayHints';
import { buildSources } from '../../server/src/lsp/sources';
import { lineSegments } from '../../server/src/lsp/convert';
import { referenceName, surname } from '../../server/src/lsp/names';
import { FrameGuard, parseHeader } from '../../server/src/lsp/transport';
import { merge, parseWorkspaceFile, validateSettings, EMPTY_WORKSPACE_CONFIG } from '../../server/src/lsp/settings';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings';
import { RULE_DOCS_URL, RULE_IDS, WindowCache } from '../../server/src/core';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/shared/legend';
import { DRAFT, fixtureAnalysis, span } from './fixture';
import { applyEdit } from './client';

const URI = 'file:///tmp/bronwijzer-fixture/draft.md';

function setup(text = DRAFT, folder?: string) {
  const store = new DocumentStore({ clientLocale: 'nl', fetchSettings: async () => ({}), publish: () => undefined, warn: () => undefined, error: () => undefined });
  if (folder) store.workspaceFolders = [pathToFileURL(folder).toString()];
  const uri = folder ? pathToFileURL(join(folder, 'draft.md')).toString() : URI;
  const doc = TextDocument.create(uri, 'markdown', 7, text);
  const analysis = fixtureAnalysis(text);
  const eff = merge(DEFAULT_SETTINGS, EMPTY_WORKSPACE_CONFIG);
  const result: Result = { version: 7, analysis, skipped: null, findings: analysis.findings, eff, lang: 'nl' };
  const state: DocState = { uri, doc, typing: null, timer: null, hideTimer: null, result, cache: null, windows: new WindowCache(), eff, published: 7 };
  return { store, state, doc, analysis, result, uri };
}

const caps = { documentChanges: true, createFiles: true };

function actionsFor(rule: string, folder?: string): { actions: CodeAction[]; text: string; uri: string } {
  const { store, state, doc, result, uri } = setup(DRAFT, folder);
  const diags = toDiagnostics(doc, uri, result, null).filter((d) => d.code === rule);
  assert.equal(diags.length, 1, `one ${rule} diagnostic`);
  const actions = codeActions(store, state, { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } }, 'nl', caps);
  return { actions, text: DRAFT, uri };
}

test('diagnostics carry code, link, source, severity, related information and fix data', () => {
  const { doc, result } = setup();
  const ds = toDiagnostics(doc, URI, result, null);
  assert.deepEqual(ds.map((d) => d.code), ['unattributed-quote', 'unsourced-hedge', 'name-variant']);
  const q = ds[0];
  assert.equal(q.source, 'Bronwijzer');
  assert.equal(q.severity, DiagnosticSeverity.Warning);
  assert.match(q.codeDescription!.href, /#unattributed-quote$/);
  assert.equal(q.message, 'Citaat zonder bron.');
  assert.deepEqual((q.data as { candidates: string[] }).candidates, ['Podoljak', 'Jansen']);
  assert.equal(ds[2].relatedInformation?.[0].message, 'Hier gespeld als Podoljak.');
  assert.equal(ds[1].severity, DiagnosticSeverity.Information);
});

test('rule levels from settings; off drops; English messages', () => {
  const { doc, result } = setup();
  const eff = merge({ ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'unattributed-quote': 'error', 'name-variant': 'off' } }, EMPTY_WORKSPACE_CONFIG);
  const ds = toDiagnostics(doc, URI, { ...result, eff, lang: 'en' }, null);
  assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['unattributed-quote', DiagnosticSeverity.Error], ['unsourced-hedge', DiagnosticSeverity.Information]]);
  assert.equal(ds[0].message, 'Unattributed quote.');
});

test('hide-while-typing drops the finding touching the edit offset', () => {
  const { doc, result } = setup();
  const at = span(DRAFT, 'Podaljak').end;
  const ds = toDiagnostics(doc, URI, result, at);
  assert.ok(!ds.some((d) => d.code === 'name-variant'));
  assert.equal(ds.length, 2);
});

test('quick fix: unattributed quote gets ", aldus X" before the final punctuation, nearest first', () => {
  const { actions, text, uri } = actionsFor('unattributed-quote');
  const attrib = actions.filter((a) => a.title.includes('aldus'));
  assert.equal(attrib.length, 2);
  assert.equal(attrib[0].isPreferred, true);
  assert.ok(!attrib[1].isPreferred);
  const after = applyEdit(text, attrib[0].edit!, uri);
  assert.ok(after.includes('"Dit is een citaat zonder bron", aldus Podoljak.\n'), after);
  // versioned edit
  const dc = attrib[0].edit!.documentChanges![0] as { textDocument: { version: number } };
  assert.equal(dc.textDocument.version, 7);
});

test('quick fix: hedge in a main clause gets "volgens X" after the finite verb', () => {
  const { actions, text, uri } = actionsFor('unsourced-hedge');
  const fix = actions.find((a) => a.isPreferred)!;
  assert.ok(fix, 'a preferred fix');
  assert.ok(applyEdit(text, fix.edit!, uri).includes('Er zouden volgens Podoljak geen doden zijn gevallen.'));
});

test('hedge and quote edits are grammatical in other positions', () => {
  const apply = (t: string, e: { start: number; end: number; newText: string }) => t.slice(0, e.start) + e.newText + t.slice(e.end);
  let t = 'Het RVK zou niet de enige groep zijn. Daarna volgt meer.';
  let h = span(t, 'zou');
  assert.equal(apply(t, hedgeEdit(t, h.start, h.end, 'Gladkov')), 'Het RVK zou volgens Gladkov niet de enige groep zijn. Daarna volgt meer.');
  t = 'Ook zouden drie huizen beschadigd zijn.';
  h = span(t, 'zouden');
  assert.equal(apply(t, hedgeEdit(t, h.start, h.end, 'X')), 'Ook zouden volgens X drie huizen beschadigd zijn.');
  t = 'Men vreest dat er doden zouden zijn.';
  h = span(t, 'zouden');
  assert.equal(apply(t, hedgeEdit(t, h.start, h.end, 'X')), 'Men vreest dat er doden zouden zijn, aldus X.');
  t = 'Naar verluidt is het dorp ontruimd.';
  h = span(t, 'Naar verluidt');
  assert.equal(apply(t, hedgeEdit(t, h.start, h.end, 'X')), 'Naar verluidt is het dorp ontruimd, aldus X.');
  t = 'Hij zei niets. "Het is voorbij".';
  let q = span(t, '"Het is voorbij"');
  assert.equal(apply(t, aldusEdit(t, q.start, q.end, 'X')), 'Hij zei niets. "Het is voorbij", aldus X.');
  t = 'Dat was "een ramp" voor de stad.\n';
  q = span(t, '"een ramp"');
  assert.equal(apply(t, aldusEdit(t, q.start, q.end, 'X')), 'Dat was "een ramp" voor de stad, aldus X.\n');
  t = '„Waarom nu?”\n';
  q = span(t, '„Waarom nu?”');
  assert.equal(apply(t, aldusEdit(t, q.start, q.end, 'X')), '„Waarom nu?”, aldus X.\n');
});

test('quick fix: name variant unified everywhere; ignore-here comment above the line', () => {
  const { actions, text, uri } = actionsFor('name-variant');
  const unify = actions.find((a) => a.title.includes('overal'))!;
  assert.ok(unify);
  const after = applyEdit(text, unify.edit!, uri);
  assert.ok(!after.includes('Podaljak') && after.includes('Podoljak ontkent dat.'));
  const ignore = actions.find((a) => a.title.startsWith('Negeer'))!;
  const ignored = applyEdit(text, ignore.edit!, uri);
  assert.ok(ignored.includes('<!-- bronwijzer-disable-next-line name-variant -->\nMychajlo Podoljak laat weten'), ignored);
});

test('quick fix: turn a rule off / add a known source creates or edits .bronwijzer.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bronwijzer-ws-'));
  let { actions } = actionsFor('name-variant', dir);
  const known = actions.find((a) => a.title.includes('bekende bronnen'))!;
  assert.ok(known, 'known-source fix');
  const dc = known.edit!.documentChanges!;
  assert.equal((dc[0] as { kind: string }).kind, 'create');
  const created = (dc[1] as { edits: { newText: string }[] }).edits[0].newText;
  assert.deepEqual(JSON.parse(created), { knownSources: ['Podaljak'] });
  writeFileSync(join(dir, '.bronwijzer.json'), '{\n  "outlets": ["NOS"]\n}\n');
  ({ actions } = actionsFor('name-variant', dir));
  const off = actions.find((a) => a.title.includes('uit voor deze werkmap'))!;
  const edit = off.edit!.documentChanges![0] as { textDocument: { uri: string; version: null }; edits: { newText: string }[] };
  assert.equal(edit.textDocument.version, null);
  assert.deepEqual(JSON.parse(edit.edits[0].newText), { outlets: ['NOS'], rules: { 'name-variant': 'off' } });
  writeFileSync(join(dir, '.bronwijzer.json'), '{ broken');
  ({ actions } = actionsFor('name-variant', dir));
  assert.ok(!actions.some((a) => a.title.includes('.bronwijzer.json')), 'never clobbers a broken file');
});

test('stale diagnostics get no fixes', () => {
  const { store, state, doc, result, uri } = setup();
  const diags = toDiagnostics(doc, uri, { ...result, version: 6 }, null);
  assert.deepEqual(codeActions(store, state, { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } }, 'nl', caps), []);
});

test('hover cards: quotation, claimant, hedge (Dutch and English)', () => {
  const { doc, analysis } = setup();
  const at = (needle: string, k = 0) => span(DRAFT, needle, k).start + 1;
  const v = (h: ReturnType<typeof hover>) => (h!.contents as MarkupContent).value;
  const q = hover(doc, analysis, at('"een ramp"'), 'nl')!;
  assert.equal((q.contents as MarkupContent).kind, MarkupKind.Markdown);
  assert.match(v(q), /Citaat/);
  assert.match(v(q), /Bron: \*\*Jansen\*\* — burgemeester/);
  assert.match(v(q), /^\*\*Citaat\*\* · "een ramp"/);
  const c = v(hover(doc, analysis, at('Podaljak'), 'nl'));
  assert.match(c, /Mychajlo Podoljak/);
  assert.match(c, /"Podaljak"/);
  assert.match(c, /Voor het eerst genoemd op regel 5/);
  assert.match(c, /Oekraïne er niet bij betrokken is/);
  const contested = v(hover(doc, analysis, at('weten'), 'nl'));
  assert.match(contested, /Betwist: ja/);
  const h = v(hover(doc, analysis, at('zou'), 'nl'));
  assert.match(h, /de redactie heeft dit niet bevestigd/);
  assert.match(h, /Jansen/);
  const h2 = v(hover(doc, analysis, at('zouden'), 'en'));
  assert.match(h2, /gives no source/);
  assert.equal(hover(doc, analysis, DRAFT.length + 50, 'nl'), null);
});

test('semantic tokens: single-line, non-overlapping, innermost wins', () => {
  const { doc, analysis } = setup(DRAFT.replace('"Dit is een citaat zonder bron."', '"Dit is een\ncitaat zonder bron."'));
  const b = new SemanticTokensBuilder();
  encode(doc, analysis, b);
  const data = b.build().data;
  const toks: { line: number; char: number; len: number; type: string; mods: string[] }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    toks.push({ line, char, len: data[i + 2], type: TOKEN_TYPES[data[i + 3]], mods: TOKEN_MODIFIERS.filter((_, k) => data[i + 4] & (1 << k)) });
  }
  const text = doc.getText();
  const lines = text.split('\n');
  const word = (x: (typeof toks)[0]) => lines[x.line].slice(x.char, x.char + x.len);
  assert.ok(toks.some((x) => x.type === 'claimant' && word(x) === 'Jansen'));
  assert.ok(toks.some((x) => x.type === 'cue' && word(x) === 'Volgens'));
  assert.ok(toks.some((x) => x.type === 'hedge' && word(x) === 'zou'));
  const quoteParts = toks.filter((x) => x.type === 'quotation' && x.mods.includes('unattributed')).map(word);
  assert.deepEqual(quoteParts, ['"Dit is een', 'citaat zonder bron."']);
  assert.ok(toks.some((x) => x.type === 'cue' && x.mods.includes('contested') && word(x) === 'weten'));
  assert.deepEqual(flatten([{ start: 0, end: 10, type: 1, mods: 0 }, { start: 3, end: 5, type: 0, mods: 0 }]).map((x) => [x.start, x.end, x.type]), [[0, 3, 1], [3, 5, 0], [5, 10, 1]]);
  assert.deepEqual(lineSegments(doc, { start: 0, end: 0 }), []);
});

test('symbols, highlights, references, rename, inlay hints, sources', () => {
  const { doc, analysis, state, result } = setup();
  const syms = documentSymbols(doc, analysis);
  assert.deepEqual(syms.map((s) => s.name), ['Jansen', 'Mychajlo Podoljak']);
  assert.equal(syms[0].children!.length, 2);
  const at = span(DRAFT, 'Podaljak').start + 2;
  assert.equal(highlights(doc, analysis, at).length, 2);
  assert.equal(references(doc, URI, analysis, at, false).length, 1);
  assert.equal(prepareRename(doc, analysis, at)!.placeholder, 'Podaljak');
  assert.equal(prepareRename(doc, analysis, span(DRAFT, 'Hij').start + 1), null);
  const edits = rename(doc, analysis, span(DRAFT, 'Mychajlo').start, 'Mychailo Podoljak')!;
  const renamed = TextDocument.applyEdits(doc, edits);
  assert.ok(renamed.includes('Mychailo Podoljak laat weten') && renamed.includes('Podoljak ontkent'), renamed);
  const hints = inlayHints(doc, analysis, { start: 0, end: DRAFT.length }, 'nl');
  assert.deepEqual(hints.map((h) => h.label), ['(Jansen)']);
  const src = buildSources(state, result);
  assert.deepEqual(src.claimants.map((c) => [c.name, c.statements.length]), [['Jansen', 2], ['Mychajlo Podoljak', 2]]);
  assert.equal(src.unattributed.length, 1);
  assert.equal(src.unattributed[0].findings[0].rule, 'unattributed-quote');
  assert.deepEqual(src.claimants[1].statements[0].contestedBy, ['Mychajlo Podoljak']);
});

test('settings validation: wrong types fall back per key', () => {
  const r = validateSettings({ debounceMs: 'fast', enable: false, rules: { 'name-variant': 'loud', 'vague-source': 'off' }, language: 'en' });
  assert.deepEqual(r.invalid, ['bronwijzer.debounceMs', 'bronwijzer.rules.name-variant']);
  assert.equal(r.value.debounceMs, DEFAULT_SETTINGS.debounceMs);
  assert.equal(r.value.enable, false);
  assert.equal(r.value.rules['vague-source'], 'off');
  assert.equal(r.value.rules['name-variant'], DEFAULT_SETTINGS.rules['name-variant']);
  assert.deepEqual(validateSettings(null).invalid, []);
});

test('.bronwijzer.json: syntax error with line, unknown key, wrong type', () => {
  assert.match(parseWorkspaceFile('{\n  "knownSources": ["A",]\n}', 'nl').error!, /regel 2/);
  assert.match(parseWorkspaceFile('{"sources": []}', 'en').error!, /unknown key "sources"/);
  const wrong = parseWorkspaceFile('{"hedges": "zou", "outlets": ["NOS"], "rules": {"name-variant": "off"}}', 'nl');
  assert.match(wrong.error!, /"hedges".*lijst met teksten/);
  assert.deepEqual(wrong.config.outlets, ['NOS']);
  assert.equal(wrong.config.rules['name-variant'], 'off');
  assert.equal(parseWorkspaceFile('{"knownSources": ["Jansen"]}', 'nl').error, null);
});

test('README documents every rule under its own anchor, inside the #regels section', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const anchor = /#([\w-]+)$/.exec(RULE_DOCS_URL)![1];
  const at = readme.indexOf(`<a id="${anchor}"></a>`);
  assert.ok(at > 0, `README has an anchor ${anchor}`);
  for (const id of RULE_IDS) assert.ok(readme.indexOf(`\n### ${id}\n`) > at, `README section for ${id}`);
});

test('quick fixes name a person by surname and a group with its article', () => {
  assert.equal(surname('Mychajlo Podoljak'), 'Podoljak');
  assert.equal(surname('Jan van der Berg'), 'Van der Berg');
  const text = 'Maar op hun eigen Telegramkanaal eist het Russische Vrijwilligerskorps (RVK) de aanvallen op. Het RVK zegt dat.';
  const org = {
    id: 0, name: 'Russische Vrijwilligerskorps (RVK)', kind: 'organisation' as const, role: null, variants: [], vague: false,
    mentions: [
      { ...span(text, 'Russische Vrijwilligerskorps (RVK)'), text: 'Russische Vrijwilligerskorps (RVK)', kind: 'organisation' as const },
      { ...span(text, 'RVK zegt'), end: span(text, 'RVK zegt').start + 3, text: 'RVK', kind: 'organisation' as const },
    ],
  };
  assert.equal(referenceName(org, text), 'het RVK');
  assert.equal(referenceName({ ...org, kind: 'outlet', name: 'Suspilne', mentions: [{ start: 0, end: 4, text: 'Maar', kind: 'name' }] }, text), 'Maar');
});

test('related information falls back to the other spelling and the disputing statements', () => {
  const { doc, result, analysis } = setup();
  const noRelated = analysis.findings.map((f) => ({ ...f, related: [] }));
  const contested = { rule: 'contested-claim' as const, severity: 'information' as const, span: analysis.statements[2].content, statementId: 2, message: { nl: 'Betwist.', en: 'Contested.' }, candidates: [], related: [] };
  const ds = toDiagnostics(doc, URI, { ...result, findings: [...noRelated, contested] }, null);
  const variant = ds.find((d) => d.code === 'name-variant')!;
  assert.equal(variant.relatedInformation![0].message, 'Elders gespeld als "Podoljak"');
  assert.equal(variant.relatedInformation![0].location.range.start.line, 4);
  const c = ds.find((d) => d.code === 'contested-claim')!;
  assert.equal(c.relatedInformation![0].message, 'Betwist door Mychajlo Podoljak');
});

test('FrameGuard passes good frames through and resynchronises after bad ones', async () => {
  assert.equal(parseHeader('Content-Length: 12\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8'), 12);
  assert.equal(parseHeader('Content-Length: 1x'), null);
  assert.equal(parseHeader('junk'), null);
  const g = new FrameGuard();
  const out: Buffer[] = [];
  g.on('data', (b: Buffer) => out.push(b));
  const msg = (s: string) => `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`;
  const good = msg('{"a":"é"}');
  g.write('garbage without any header end but long enough to matter'.repeat(200));
  g.write(good.slice(0, 10));
  g.write(good.slice(10) + 'Content-Length: zz\r\n\r\n' + msg('{"b":1}'));
  g.end();
  await new Promise((r) => g.on('end', r));
  assert.equal(Buffer.concat(out).toString(), good + msg('{"b":1}'));
});

test('the governing .bronwijzer.json is the nearest above the draft, within its workspace folder', async () => {
  const { mkdirSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'bronwijzer-near-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  const { store } = setup(DRAFT, dir);
  const uri = pathToFileURL(join(dir, 'a', 'b', 'draft.md')).toString();
  assert.equal(store.workspaceFilePath(uri), join(dir, '.bronwijzer.json'));
  writeFileSync(join(dir, 'a', '.bronwijzer.json'), '{}');
  store.invalidateWorkspaceFiles();
  assert.equal(store.workspaceFilePath(uri), join(dir, 'a', '.bronwijzer.json'));
  assert.equal(store.workspaceFilePath('untitled:Untitled-1'), null);
});
