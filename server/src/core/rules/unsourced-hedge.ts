import type { RuleInfo } from '../types';

export const unsourcedHedge: RuleInfo = {
  id: 'unsourced-hedge',
  defaultSeverity: 'information',
  title: { nl: 'Voorbehoud zonder bron', en: 'Hedged claim without a source' },
  description: {
    nl: 'Een bewering met een voorbehoud (reportatief "zou", "naar verluidt", "mogelijk") waarvan de tekst niet zegt wie haar doet. Het voorbehoud zegt dat de redactie het niet heeft bevestigd; de lezer wil dan weten volgens wie het zo is.',
    en: 'A hedged claim (reportative "zou", "naar verluidt", "mogelijk") whose source the text does not give. The hedge says the newsroom has not confirmed it; the reader then wants to know who says so.',
  },
};
