import type { RuleInfo } from '../types';

export const unattributedQuote: RuleInfo = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  title: { nl: 'Citaat zonder bron', en: 'Unattributed quote' },
  description: {
    nl: 'Een letterlijk citaat waarvan de tekst niet zegt wie het uitsprak, ook niet in de omliggende zinnen. Noem de spreker (", aldus X", "zegt X") zodat de lezer weet wie verantwoordelijk is voor de woorden.',
    en: 'A direct quotation whose speaker the text does not name, not even in the surrounding sentences. Name the speaker (", aldus X", "zegt X") so the reader knows who is responsible for the words.',
  },
};
