import type { RuleInfo } from '../types';

export const vagueSource: RuleInfo = {
  id: 'vague-source',
  defaultSeverity: 'hint',
  title: { nl: 'Vage of anonieme bron', en: 'Vague or anonymous source' },
  description: {
    nl: 'Een bewering komt van een anonieme of vage bron ("ingewijden", "experts", "bronnen rond het kabinet"). Soms onvermijdelijk; vermeld dan waarom de bron anoniem is en hoe de redactie haar heeft gecontroleerd.',
    en: 'A claim comes from an anonymous or vague source ("insiders", "experts", "sources close to the cabinet"). Sometimes unavoidable; then say why the source is anonymous and how the newsroom checked it.',
  },
};
