import type { RuleInfo } from '../types';

export const contestedClaim: RuleInfo = {
  id: 'contested-claim',
  defaultSeverity: 'information',
  title: { nl: 'Betwiste bewering', en: 'Contested claim' },
  description: {
    nl: 'Een bron in het stuk ontkent of weerspreekt wat een andere bron zegt. Geen fout, maar een punt voor de eindredactie: staan beide kanten er eerlijk in, en is duidelijk wie wat beweert?',
    en: 'A source in the draft denies or contradicts what another source says. Not an error, but a point for the editor: are both sides represented fairly, and is it clear who claims what?',
  },
};
