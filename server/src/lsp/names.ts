// How a quick fix names a source in running Dutch text: a person by surname once introduced
// ("aldus Gladkov"), an organisation or group with its article as the draft uses it ("volgens het RVK").
import type { Claimant } from '../core/types';

const ARTICLE = /(?:^|[\s(])(de|het|De|Het)\s+$/;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'in', 'op', 'von', 'zu', 'la', 'le', 'du', 'da', 'di']);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The surname of a personal name: everything after the given names ("Jan van der Berg" -> "Van der Berg"). */
export function surname(name: string): string {
  const w = name.trim().split(/\s+/);
  if (w.length < 2) return name.trim();
  let i = w.length - 1;
  while (i > 1 && PARTICLES.has(w[i - 1].toLowerCase())) i--;
  return capitalise(w.slice(i).join(' '));
}

export function referenceName(c: Claimant, text: string): string {
  if (c.kind === 'person') {
    const named = c.mentions.some((m) => m.kind === 'name');
    return named ? surname(c.name) : c.name;
  }
  // Organisation, group, outlet, anonymous: the shortest naming mention, with the article the draft gives it.
  let best: string | null = null;
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.kind === 'role') continue;
    let form = m.text.trim();
    if (/^(de|het)\s/i.test(form)) form = form.charAt(0).toLowerCase() + form.slice(1);
    else {
      const art = ARTICLE.exec(text.slice(Math.max(0, m.start - 6), m.start));
      if (art) form = `${art[1].toLowerCase()} ${form}`;
    }
    if (form.includes(',')) continue;
    if (best === null || form.length < best.length) best = form;
  }
  return best ?? c.name;
}
