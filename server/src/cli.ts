// PLACEHOLDER until the CLI lands (issue 2).
import { readFileSync } from 'node:fs';
import { analyse } from './core';
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  console.log(JSON.stringify(analyse(readFileSync(f, 'utf8'))));
}
