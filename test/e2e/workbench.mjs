#!/usr/bin/env node
// The workbench tests: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3), driven by
// Playwright through Debian's Chromium. Two phases, each with a fresh server:
//   1. the extension-host suite (test/exthost/suite.ts) against the `vscode` API;
//   2. what a person sees: highlighting, a hover card, the Problems panel, a quick fix, the Sources
//      panel; each step leaves a screenshot in test-output/workbench/.
// Usage: node test/e2e/workbench.mjs [--exthost-only|--ui-only] [--headed]
// Exit code 0 when everything passed. Needs code-server (bash scripts/setup.sh).
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, codeServerBin, startCodeServer } from '../workbench/codeServer.mjs';

const args = process.argv.slice(2);
const OUT = join(ROOT, 'test-output/workbench');
const DRAFT = process.env.BRONWIJZER_EXAMPLE ?? join(ROOT, '../shared/corpus/dev/belgorod.txt');
const VERBOSE = !!process.env.BRONWIJZER_VERBOSE;
const results = [];
const t0 = Date.now();

if (!codeServerBin()) {
  console.error('workbench: code-server is not installed (run: bash scripts/setup.sh)');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`workbench: no Chromium at ${CHROMIUM} (run: bash scripts/setup.sh)`);
  process.exit(2);
}
if (!existsSync(DRAFT)) {
  console.error(`workbench: the example draft is missing: ${DRAFT}`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'client/out/extension.js')) || !existsSync(join(ROOT, 'server/out/server.js'))) {
  console.error('workbench: build first (npm run build)');
  process.exit(2);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

function workspace(tmp) {
  const ws = join(tmp, 'ws');
  mkdirSync(ws, { recursive: true });
  copyFileSync(DRAFT, join(ws, 'belgorod.txt'));
  const fixtures = join(ROOT, 'test/exthost/workspace');
  for (const f of readdirSync(fixtures)) copyFileSync(join(fixtures, f), join(ws, f));
  return ws;
}

const live = new Set();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await Promise.all([...live].map((s) => s.stop()));
    process.exit(1);
  });
}

async function withWorkbench(name, settings, env, fn) {
  const tmp = mkdtempSync(join(tmpdir(), `bronwijzer-${name}-`));
  const ws = workspace(tmp);
  const t = Date.now();
  const server = await startCodeServer({ tmp, settings, env, log: VERBOSE ? (s) => process.stderr.write(s) : undefined });
  live.add(server);
  console.log(`workbench: ${name}: code-server ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: !args.includes('--headed'),
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    if (VERBOSE) page.on('console', (m) => process.stderr.write(`[browser] ${m.text()}\n`));
    return await fn({ page, server, ws, tmp });
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    live.delete(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- phase 1: extension-host suite
async function exthost() {
  const outfile = join(ROOT, 'test/exthost/out/suite.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test/exthost/suite.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const logFile = join(mkdtempSync(join(tmpdir(), 'bronwijzer-exthost-log-')), 'log.txt');
  writeFileSync(logFile, '');
  const start = Date.now();
  const code = await withWorkbench('exthost', {}, { BRONWIJZER_TEST_LOG: logFile }, async ({ page, server, ws }) => {
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationExit', (c) => done(c));
    const t = Date.now();
    await page.goto(server.url({ folder: ws, testsPath: outfile }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    console.log(`workbench: exthost: workbench shown in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const timeout = new Promise((r) => setTimeout(() => r('timeout'), 240_000));
    return Promise.race([exited, timeout]);
  });
  const log = readFileSync(logFile, 'utf8');
  process.stdout.write(log.replace(/^/gm, '  '));
  for (const m of log.matchAll(/^(ok|not ok) - (.*) \(\d+ ms\)$/gm)) results.push({ name: `exthost: ${m[2]}`, ok: m[1] === 'ok' });
  if (code === 'timeout') results.push({ name: 'exthost: the suite finished within 240 s', ok: false, error: 'timeout' });
  else if (code !== 0 && !results.some((r) => !r.ok)) results.push({ name: 'exthost: suite exit code', ok: false, error: `exit ${code}` });
  console.log(`workbench: extension-host suite took ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- phase 2: what a person sees
async function step(page, name, fn) {
  const start = Date.now();
  try {
    await fn();
    results.push({ name: `ui: ${name}`, ok: true });
    console.log(`  ok - ui: ${name} (${Date.now() - start} ms)`);
  } catch (e) {
    results.push({ name: `ui: ${name}`, ok: false, error: e });
    console.log(`  not ok - ui: ${name} (${Date.now() - start} ms)\n    ${String(e?.stack ?? e).split('\n').slice(0, 8).join('\n    ')}`);
    await shot(page, `FAILED-${name.replace(/\W+/g, '-')}`);
  }
}

async function shot(page, name) {
  mkdirSync(OUT, { recursive: true }); // another run may have cleared it
  await page.screenshot({ path: join(OUT, `${name}.png`) }).catch(() => {});
}

/** A smaller screenshot for the README: the union of the elements' boxes, with a margin. */
async function readmeShot(page, name, locators, margin = 12) {
  const boxes = (await Promise.all(locators.map((l) => l.boundingBox()))).filter(Boolean);
  if (!boxes.length) return;
  const vp = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `readme-${name}.png`), clip: { x, y, width: right - x, height: bottom - y } }).catch(() => {});
}

/** Screen rectangle of `word` in the editor (first view line whose text matches `context`, which contains `word`). */
async function wordBox(page, context, word) {
  return page.waitForFunction(
    ([context, word]) => {
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line, .monaco-editor .view-lines .view-line')) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(context);
        if (at < 0) continue;
        const target = at + context.indexOf(word);
        // Walk the text nodes to the character offset, then measure a DOM range over the word.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let pos = 0;
        let startNode = null, startOff = 0, endNode = null, endOff = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent.length;
          if (!startNode && target < pos + len) { startNode = n; startOff = target - pos; }
          if (startNode && target + word.length <= pos + len) { endNode = n; endOff = target + word.length - pos; break; }
          pos += len;
        }
        if (!startNode || !endNode) continue;
        const range = document.createRange();
        range.setStart(startNode, startOff);
        range.setEnd(endNode, endOff);
        const r = range.getBoundingClientRect();
        const color = getComputedStyle(startNode.parentElement).color;
        if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height, color };
      }
      return null;
    },
    [context, word],
    { timeout: 30_000 },
  ).then((h) => h.jsonValue());
}

async function revealLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function ui() {
  const start = Date.now();
  const text = readFileSync(DRAFT, 'utf8');
  const lineOf = (needle) => text.slice(0, text.indexOf(needle)).split('\n').length;
  await withWorkbench('ui', { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'bronwijzer.language': 'nl' }, {}, async ({ page, server, ws }) => {
    await step(page, 'the workbench loads', async () => {
      await page.goto(server.url({ folder: ws }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    });
    if (results.at(-1)?.ok === false) return;

    await step(page, 'without a draft, the Sources panel explains itself', async () => {
      // The activity-bar icon appears once the workbench knows the extension; click it.
      await page.locator('.activitybar .action-item a[aria-label^="Bronwijzer"]').first().click({ timeout: 60_000 });
      await page.locator('.welcome-view-content', { hasText: /Open a news draft|Open een nieuwsconcept/ }).first().waitFor();
      await shot(page, '00-sources-welcome');
    });

    await step(page, 'open the example draft', async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill('belgorod.txt');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'belgorod.txt' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: 'gecrashte helikopter' }).first().waitFor();
      await page.locator('.statusbar-item', { hasText: /bronnen|sources/ }).first().waitFor({ timeout: 30_000 });
      await shot(page, '01-draft');
    });

    await step(page, 'claimants, cues and quotations are coloured (semantic tokens, grammar)', async () => {
      const deadline = Date.now() + 30_000;
      let seen = {};
      for (;;) {
        const plain = (await wordBox(page, 'Een gecrashte', 'gecrashte')).color;
        const claimant = (await wordBox(page, 'Volgens Vjatsjeslav Gladkov', 'Gladkov')).color;
        const quote = (await wordBox(page, '"anti-terrorismemaatregelen"', 'anti')).color;
        const cue = (await wordBox(page, 'schreef', 'schreef')).color;
        seen = { plain, claimant, quote, cue };
        // Claimants have no grammar rule: only semantic tokens colour them. Quotes and cues are coloured by
        // the grammar and by semantic tokens, but not every default theme colours strings in plain text.
        if (claimant !== plain && (quote !== plain || cue !== plain)) break;
        if (Date.now() > deadline) throw new Error(`not coloured: ${JSON.stringify(seen)}`);
        await page.waitForTimeout(100);
      }
      console.log(`    colours: ${JSON.stringify(seen)}`);
      await shot(page, '02-highlighting');
    });

    await step(page, 'hovering a hedge shows its card', async () => {
      await revealLine(page, lineOf('Het RVK zou niet'));
      // The card the server gives for a hedge: "Voorbehoud · zou — reportatief: ..." (below any diagnostic).
      const card = page.locator('.monaco-hover:not(.hidden)', { hasText: /(Voorbehoud|Hedge) · zou/ }).first();
      const deadline = Date.now() + 30_000;
      for (let i = 0; ; i++) {
        const box = await wordBox(page, 'Het RVK zou niet', 'zou');
        await page.mouse.move(box.x + box.width / 2 + (i % 3) - 1, box.y + box.height / 2, { steps: 3 });
        if (await card.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
        if (Date.now() > deadline) throw new Error('no hedge card within 30 s');
        await page.mouse.move(5, 400); // away, then hover again
      }
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].every((h) => h.getAnimations({ subtree: true }).length === 0));
      const body = await card.innerText();
      if (!/reportati|niet bevestigd|not confirmed/.test(body)) throw new Error(`hover card does not explain the hedge: ${body}`);
      await shot(page, '03-hover');
      await readmeShot(page, 'hover', [card, page.locator('.monaco-editor .view-line', { hasText: 'Het RVK zou' }).first()], 24);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 400);
    });

    await step(page, 'the Problems panel lists the findings', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: /Podaljak|Podoljak/ }).first().waitFor({ timeout: 30_000 });
      await shot(page, '04-problems');
      await readmeShot(page, 'problems', [page.locator('.part.panel').first()], 0);
    });

    await step(page, 'the name-variant quick fix changes the text', async () => {
      await revealLine(page, lineOf('tweette Podaljak'));
      const box = await wordBox(page, 'tweette Podaljak', 'Podaljak');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // Ask for quick fixes until the server's are there (a busy machine may answer the first time with none).
      const rows = page.locator('.action-widget .monaco-list-row');
      const deadline = Date.now() + 30_000;
      for (;;) {
        await page.keyboard.press('Control+.');
        const shown = await rows.filter({ hasText: 'Podoljak' }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
        if (shown) break;
        if (Date.now() > deadline) throw new Error('no quick fix naming Podoljak within 30 s');
        await page.keyboard.press('Escape');
      }
      const labels = await rows.allInnerTexts();
      const idx = labels.findIndex((l) => /Podoljak/.test(l));
      if (idx < 0) throw new Error(`no quick fix naming Podoljak: ${labels.join(' | ')}`);
      const focused = Math.max(0, await rows.evaluateAll((els) => els.findIndex((e) => e.classList.contains('focused'))));
      for (let i = focused; i < idx; i++) await page.keyboard.press('ArrowDown');
      for (let i = focused; i > idx; i--) await page.keyboard.press('ArrowUp');
      await shot(page, '05-quickfix');
      await readmeShot(page, 'quickfix', [page.locator('.action-widget').first(), page.locator('.monaco-editor .view-line', { hasText: 'tweette' }).first()], 24);
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: /tweette\s+Podoljak/ }).first().waitFor({ timeout: 30_000 });
      await shot(page, '06-after-quickfix');
    });

    await step(page, 'the Sources panel lists sources; clicking a statement selects its text', async () => {
      // The status-bar summary opens the panel.
      await page.keyboard.press('Control+B'); // hide the side bar first, so that the click has to bring it back
      await page.locator('.part.sidebar').first().waitFor({ state: 'hidden' });
      await page.locator('.statusbar-item', { hasText: /bronnen|sources/ }).first().click();
      const view = page.locator('.pane-body', { has: page.locator('.monaco-list-row') }).filter({ hasText: /Gladkov/ }).first();
      const claimant = page.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Gladkov' }).first();
      await claimant.waitFor({ timeout: 30_000 });
      // Widen the side bar so that statements read well: drag the sash at its right edge.
      const side = await page.locator('.part.sidebar').first().boundingBox();
      if (side && side.width < 500) {
        await page.mouse.move(side.x + side.width + 1, side.y + 200);
        await page.mouse.down();
        await page.mouse.move(side.x + 520, side.y + 200, { steps: 5 });
        await page.mouse.up();
      }
      // The view container's badge counts the open findings.
      await page.locator('.activitybar .action-item:has(a[aria-label*="Bronwijzer"]) .badge-content', { hasText: /^\d+$/ }).first().waitFor({ timeout: 30_000 });
      await shot(page, '07-sources');

      // A statement with findings: clicking it selects its text; its twistie shows the findings.
      const statement = page.locator('.monaco-list-row[aria-level="2"][aria-expanded="false"]').first();
      await statement.click();
      await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 30_000 });
      await statement.locator('.monaco-tl-twistie').click();
      await page.locator('.monaco-list-row[aria-level="3"]').first().waitFor({ timeout: 30_000 });
      await shot(page, '08-sources-reveal');
      await readmeShot(page, 'sources', [page.locator('.part.sidebar').first(), page.locator('.part.activitybar').first()], 0);
      void view;
    });
  });
  console.log(`workbench: UI steps took ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

const phase = async (name, fn) => {
  try {
    await fn();
  } catch (e) {
    results.push({ name: `${name}: ran to the end`, ok: false, error: e });
    console.log(`  not ok - ${name}: ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
  }
};
if (!args.includes('--ui-only')) await phase('exthost', exthost);
if (!args.includes('--exthost-only')) await phase('ui', ui);
const failed = results.filter((r) => !r.ok);
console.log(`workbench: screenshots in ${OUT}; ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
console.log(`workbench: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || results.length === 0 ? 1 : 0);
