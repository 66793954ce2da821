// The workspace file `.bronwijzer.json` for the command line: the nearest one above each file (or the
// current directory for standard input), read with the language server's own parser so that CI and the
// editor see the same known sources, outlets, hedges and rule levels. `--config FILE` names one,
// `--no-config` ignores them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { parseWorkspaceFile, WORKSPACE_FILE, type WorkspaceConfig } from '../lsp/settings';

export interface LoadedConfig {
  path: string | null;
  config: WorkspaceConfig;
  error: string | null;
}

const NONE: LoadedConfig = { path: null, config: { knownSources: [], outlets: [], hedges: [], rules: {} }, error: null };

export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byPath = new Map<string, LoadedConfig>();

  constructor(
    private readonly lang: Lang,
    private readonly explicit: string | null,
    private readonly disabled: boolean,
  ) {}

  /** The config for a file (or, for standard input, the current directory). */
  forFile(file: string | null): LoadedConfig {
    if (this.disabled) return NONE;
    if (this.explicit) return this.load(resolve(this.explicit), true);
    let dir = file ? dirname(resolve(file)) : process.cwd();
    const seen: string[] = [];
    for (;;) {
      const hit = this.byDir.get(dir);
      if (hit) return this.remember(seen, hit);
      seen.push(dir);
      const candidate = join(dir, WORKSPACE_FILE);
      if (existsSync(candidate) && statSync(candidate).isFile()) return this.remember(seen, this.load(candidate, false));
      const up = dirname(dir);
      if (up === dir) return this.remember(seen, NONE);
      dir = up;
    }
  }

  private remember(dirs: string[], c: LoadedConfig): LoadedConfig {
    for (const d of dirs) this.byDir.set(d, c);
    return c;
  }

  private load(path: string, mustExist: boolean): LoadedConfig {
    const hit = this.byPath.get(path);
    if (hit) return hit;
    const shown = relative(process.cwd(), path) || path;
    let c: LoadedConfig;
    try {
      const r = parseWorkspaceFile(readFileSync(path, 'utf8'), this.lang, shown);
      c = { path, config: r.config, error: r.error?.replace(/^Bronwijzer: /, '') ?? null };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      const missing = code === 'ENOENT';
      c = {
        ...NONE,
        path,
        error: missing && !mustExist ? null : this.lang === 'nl' ? `${shown}: ${missing ? 'bestand niet gevonden' : `kan niet worden gelezen (${code})`}` : `${shown}: ${missing ? 'file not found' : `cannot be read (${code})`}`,
      };
    }
    this.byPath.set(path, c);
    return c;
  }
}
