// The key rules of the SARIF 2.1.0 schema, checked by hand: returns the problems found (none: valid).
const LEVELS = ['none', 'note', 'warning', 'error'];
const isInt = (x: unknown, min: number) => typeof x === 'number' && Number.isInteger(x) && x >= min;
const isText = (x: unknown) => typeof x === 'object' && x !== null && typeof (x as { text?: unknown }).text === 'string' && (x as { text: string }).text.length > 0;
const isAbsUrl = (x: unknown) => {
  try {
    return typeof x === 'string' && new URL(x).protocol.startsWith('http');
  } catch {
    return false;
  }
};
/** A URI reference: no spaces, no backslashes, parses against a base. */
const isUriRef = (x: unknown) => {
  if (typeof x !== 'string' || x.length === 0 || /[\s\\]/.test(x)) return false;
  try {
    new URL(x, 'file:///base/');
    return true;
  } catch {
    return false;
  }
};

const RESULT_KEYS = new Set(['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'locations', 'relatedLocations', 'partialFingerprints', 'fingerprints', 'properties', 'suppressions', 'fixes', 'analysisTarget', 'guid', 'codeFlows']);
const REGION_KEYS = new Set(['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sarifProblems(log: any): string[] {
  const p: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) p.push(what);
  };
  need(typeof log?.$schema === 'string' && log.$schema.includes('sarif') && log.$schema.includes('2.1.0'), '$schema names SARIF 2.1.0');
  need(log?.version === '2.1.0', 'version is "2.1.0"');
  need(Array.isArray(log?.runs) && log.runs.length >= 1, 'runs is a non-empty array');
  for (const run of log?.runs ?? []) {
    const d = run?.tool?.driver;
    need(typeof d?.name === 'string' && d.name.length > 0, 'tool.driver.name');
    need(typeof d?.version === 'string', 'tool.driver.version');
    need(isAbsUrl(d?.informationUri), 'tool.driver.informationUri is an absolute URL');
    need(Array.isArray(d?.rules) && d.rules.length > 0, 'tool.driver.rules');
    const ids = new Set<string>();
    for (const r of d?.rules ?? []) {
      need(typeof r.id === 'string' && !ids.has(r.id), `rule id ${r.id} unique`);
      ids.add(r.id);
      need(typeof r.name === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(r.name), `rule ${r.id} name`);
      need(isText(r.shortDescription), `rule ${r.id} shortDescription.text`);
      need(isText(r.fullDescription), `rule ${r.id} fullDescription.text`);
      need(LEVELS.includes(r.defaultConfiguration?.level), `rule ${r.id} defaultConfiguration.level`);
      need(isAbsUrl(r.helpUri), `rule ${r.id} helpUri`);
    }
    if (run.columnKind !== undefined) need(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), 'columnKind');
    need(Array.isArray(run.results), 'results is an array');
    for (const [i, res] of (run.results ?? []).entries()) {
      const at = `results[${i}]`;
      for (const k of Object.keys(res)) need(RESULT_KEYS.has(k), `${at} has no unknown property ${k}`);
      need(ids.has(res.ruleId), `${at}.ruleId names a rule`);
      if (res.ruleIndex !== undefined) need(d.rules[res.ruleIndex]?.id === res.ruleId, `${at}.ruleIndex matches ruleId`);
      need(LEVELS.includes(res.level), `${at}.level`);
      need(isText(res.message), `${at}.message.text`);
      need(Array.isArray(res.locations) && res.locations.length >= 1, `${at}.locations`);
      for (const loc of [...(res.locations ?? []), ...(res.relatedLocations ?? [])]) {
        const pl = loc.physicalLocation;
        need(isUriRef(pl?.artifactLocation?.uri), `${at} artifactLocation.uri is a URI reference`);
        const g = pl?.region;
        if (!g) continue;
        for (const k of Object.keys(g)) need(REGION_KEYS.has(k), `${at} region has no unknown property ${k}`);
        need(isInt(g.startLine, 1) && isInt(g.startColumn, 1) && isInt(g.endLine, 1) && isInt(g.endColumn, 1), `${at} region lines and columns are integers >= 1`);
        need(g.endLine > g.startLine || (g.endLine === g.startLine && g.endColumn >= g.startColumn), `${at} region ends after it starts`);
        need(isInt(g.charOffset, 0) && isInt(g.charLength, 0), `${at} region charOffset/charLength`);
      }
    }
    for (const inv of run.invocations ?? []) need(typeof inv.executionSuccessful === 'boolean', 'invocations[].executionSuccessful');
  }
  return p;
}
