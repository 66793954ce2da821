// The extension manifest: generated parts up to date, every command titled in both languages, every
// runtime string translated, packaging allowlist sane. Fast; no workbench needed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA } from '../../server/src/shared/settings';
import { TOKEN_TYPES } from '../../server/src/shared/legend';

const root = join(__dirname, '../..');
interface Manifest {
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
    configuration: { properties: Record<string, { default: unknown }> };
    semanticTokenTypes: { id: string }[];
    semanticTokenScopes: { scopes: Record<string, string[]> }[];
  };
  l10n: string;
  icon: string;
  main: string;
  engines: { vscode: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const json = <T = Record<string, string>>(f: string): T => JSON.parse(readFileSync(join(root, f), 'utf8')) as T;
const pkg = json<Manifest>('package.json');
const en = json('package.nls.json');
const nl = json('package.nls.nl.json');

test('package.json and package.nls*.json equal what scripts/gen-manifest.mjs generates', () => {
  const r = spawnSync(process.execPath, ['scripts/gen-manifest.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('contributes.configuration has one property per setting, with the default of DEFAULT_SETTINGS', () => {
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).sort(), Object.keys(SETTINGS_SCHEMA).map((k) => `bronwijzer.${k}`).sort());
  for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) assert.deepEqual(props[`bronwijzer.${k}`].default, v, k);
});

test('every %key% in package.json has an English and a Dutch string', () => {
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const k of keys) {
    assert.equal(typeof en[k], 'string', `package.nls.json has ${k}`);
    assert.equal(typeof nl[k], 'string', `package.nls.nl.json has ${k}`);
  }
  assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
});

test('commands: titled, categorised, and those the menus name exist', () => {
  const ids = new Set(pkg.contributes.commands.map((c) => c.command));
  for (const c of pkg.contributes.commands) {
    assert.match(c.title, /^%command\.\w+%$/);
    assert.equal(c.category, 'Bronwijzer');
  }
  for (const items of Object.values(pkg.contributes.menus)) for (const m of items) assert.ok(ids.has(m.command), m.command);
  for (const k of pkg.contributes.keybindings) assert.ok(ids.has(k.command), k.command);
  for (const id of ['bronwijzer.analyse', 'bronwijzer.showSources', 'bronwijzer.toggle', 'bronwijzer.openSettings', 'bronwijzer.restartServer', 'bronwijzer.exportSources']) {
    assert.ok(ids.has(id), id);
  }
});

test('semantic token types follow the legend and map to TextMate scopes', () => {
  assert.deepEqual(pkg.contributes.semanticTokenTypes.map((t) => t.id), [...TOKEN_TYPES]);
  const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
  for (const t of TOKEN_TYPES) assert.ok(scopes[t]?.length, t);
});

test('every vscode.l10n.t string in client/src has a Dutch translation, and no translation is stale', () => {
  const bundle = json('l10n/bundle.l10n.nl.json');
  const dir = join(root, 'client/src');
  const used = new Set<string>();
  for (const f of readdirSync(dir)) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\(.)/g, '$1'));
  }
  assert.ok(used.size > 20);
  for (const s of used) assert.equal(typeof bundle[s], 'string', `l10n/bundle.l10n.nl.json translates "${s}"`);
  for (const k of Object.keys(bundle)) assert.ok(used.has(k), `"${k}" is used`);
  assert.equal(pkg.l10n, './l10n');
});

test('the packaging allowlist ships the bundles, icon and texts, and engines matches the tested VS Code', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
  assert.match(ignore, /^\*\*$/m);
  for (const f of ['client/out/extension.js', 'server/out/server.js', 'images/icon.png', 'LICENSE', 'README.md', 'CHANGELOG.md']) {
    assert.match(ignore, new RegExp(`^!${f.replace(/[.*]/g, '\\$&')}$`, 'm'), f);
  }
  assert.ok(existsSync(join(root, pkg.icon)));
  const png = readFileSync(join(root, pkg.icon));
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.equal(pkg.main, './client/out/extension.js');
  assert.ok(!('code-server' in (pkg.dependencies ?? {})) && !('code-server' in (pkg.devDependencies ?? {})));
});
