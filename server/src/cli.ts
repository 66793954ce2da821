// PLACEHOLDER until the CLI lands (issue 2): prints the analysis JSON of each file.
import { readFileSync } from 'node:fs';
import { analyse } from './core';
import { toAnalysisJson } from './core/json';
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('--') && a !== 'json')) {
  const text = readFileSync(f, 'utf8');
  console.log(JSON.stringify(toAnalysisJson(analyse(text, { format: /\.(md|markdown)$/i.test(f) ? 'markdown' : 'plaintext' }), text)));
}
