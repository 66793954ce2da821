// The benchmark's entry: the analysis core exactly as the server and CLI bundle it (bench/run.mjs
// bundles this file with esbuild into bench/out/core.cjs).
export { analyse, RULES, WindowCache } from '../server/src/core';
export { toAnalysisJson } from '../server/src/core/json';
export { segment } from '../server/src/core/text/segment';
