import type { RuleInfo } from '../types';

export const nameVariant: RuleInfo = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  title: { nl: 'Naam op twee manieren gespeld', en: 'Name spelt two ways' },
  description: {
    nl: 'Dezelfde bron wordt in het stuk op twee manieren gespeld (Podoljak / Podaljak). Kies één spelling; de snelle oplossing maakt ze overal gelijk.',
    en: 'The same source is spelt two ways in the draft (Podoljak / Podaljak). Pick one spelling; the quick fix makes them the same everywhere.',
  },
};
