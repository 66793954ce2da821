// Numbers written out in words, one list for every stage that reads figures: sources opening with a
// figure (`Twaalf verpleegkundigen`, np.ts), figures that conflict (`vier doden` / `zes doden`,
// contests.ts), a claim about a number (`houdt het op zeven weken`, cues.ts). Lower case; `een` is left
// out (it is the article far more often).

export const CARDINAL_WORDS: readonly string[] = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig',
  'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'honderd', 'duizend'];

/** A spelt-out compound of hundreds or thousands (`vierhonderd`, `drieduizend`, `tweehonderdvijftig`): cheap
 *  tests on the length and the parts, no look-up. */
export const hundredsCompound = (w: string): boolean => w.length > 7 && w.length <= 24 && (w.includes('honderd') || w.endsWith('duizend'));

/** Any spelt-out compound number, tens included (`vijfenveertig`, `zeventien`, `vierhonderd`). */
const COMPOUND = /^[a-z]+(honderd|duizend|tig|tien)$/;
export const compoundNumber = (w: string): boolean => COMPOUND.test(w);

/** Vague counts in words: `honderden demonstranten`, `tientallen doden`. */
export const COUNT_WORDS: readonly string[] = ['honderden', 'duizenden', 'tientallen', 'enkele'];
