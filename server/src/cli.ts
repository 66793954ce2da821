// The command-line analyser (`npx bronwijzer`), bundled to server/out/cli.js. See cli/main.ts.
import { main } from './cli/main';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `bronwijzer ... | head`: the reader went away; stop quietly.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bronwijzer: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
