import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/core/text/segment';
import { strip, spansOf, textsOf } from './markers';

/** Asserts that the quotations found are exactly the marked spans. */
function quotes(marked: string, format: 'plaintext' | 'markdown' = 'plaintext'): void {
  const { text, spans } = strip(marked);
  const seg = segment(text, { format });
  assert.deepEqual(textsOf(text, spansOf(seg.quotes)), textsOf(text, spans));
  assert.deepEqual(spansOf(seg.quotes), spans);
}

test('straight double quotes', () => quotes('Hij sprak over een [["Oekraïense sabotagegroep"]], meldt Ria.'));
test('low-high double quotes „…"', () => quotes('Zij zei: [[„Wij komen morgen terug."]] Toen ging ze.'));
test('low-high double quotes „…”', () => quotes('Zij zei: [[„Wij komen morgen terug.”]] Toen ging ze.'));
test('curly double quotes “…”', () => quotes('Hij noemde het [[“spannend”]] en [[“nieuw”]].'));
test('curly single quotes ‘…’', () => quotes('De groep werd als [[‘terroristische organisatie’]] bestempeld.'));
test('straight single quotes', () => quotes("De groep werd als [['terroristische organisatie']] bestempeld."));
test('two commas and two apostrophes', () => quotes("[[,,Wij weten het niet'']], zegt Jansen."));
test('backticks and two apostrophes', () => quotes("Ze wilden het [[``zeer binnenkort'']] weten."));
test('guillemets', () => quotes('Hij riep [[«Nooit meer!»]] en vertrok.'));
test('spaces inside the marks', () => quotes("[[,, Je moet je altijd bewijzen. ''], zegt Clark.".replace("'']", "'']]")));
test('spaces inside curly marks', () => quotes('Hij noemde het [[“ een geheim dubbelleven ”]] en meer.'));
test('single quote with a space before the closing mark', () => quotes("Hij zei dat deze [['overgang ']] begin volgend jaar kwam."));
test('a quotation over several sentences', () =>
  quotes('Hij zei: [["Wij gaan niet weg. Nooit. Dit is ons land!"]] Daarna was het stil.'));
test('interrupted quotation: two quotes', () =>
  quotes("[[,,Wij weten'']], aldus Jansen, [[,,waar het heen gaat.'']]"));
test('a quotation over paragraphs, each opening with a mark', () =>
  quotes('Jansen zei:\n\n[["Wij blijven hier.\n\n"Wij gaan nooit weg."]]\n\nDaarna ging hij.'));
test('a quotation whose next paragraph only closes it', () =>
  quotes("De premier merkte op dat [[``het gedrag onaanvaardbaar is.\n\nDit is totaal onaanvaardbaar.'']]\n\nDe Engelse overheid is blij."));
test('an unclosed mark does not run past its paragraph', () =>
  quotes('Hij zei "dat het goed was.\n\nEen nieuwe alinea met [["een citaat"]] erin.'));
test('apostrophes do not open quotations', () =>
  quotes("Het is zo'n dag: 's ochtends regen, auto's in de file en Clijsters' racket kapot. Om 't even."));
test('apostrophe s with a curly mark and a space does not open', () =>
  quotes('Er zijn 500.000 ontwikkelaars van Apple-programma ‘s (apps). Dat zijn er [[“veel”]].'));
test('inch marks do not open', () => quotes('Een scherm van 15" en een van 17" in de [["aanbieding"]].'));
test('a stray mark is dropped', () => quotes("Hij zei ' nee en liep weg. Later kwam [['Piet']] terug."));
test('a decade apostrophe does not open', () => quotes("In de jaren '90 was het anders, zei [[“hij”]]."));
test('CSV-style doubled marks give the inner quotation', () =>
  quotes('[["Een persoon"[["met directe kennis"]]"zei dat."]]'));
test('two commas glued to the previous word', () => quotes("de maatregelen die[[,,zo snel mogelijk'']] komen"));
test('nested single inside double', () => quotes('[["Hij noemde het [[\'onzin\']], echt."]]'));
test('curly single quotes with an apostrophe inside', () =>
  quotes('[[‘We hebben het niet zien aankomen’]], zegt Halsema. [[‘Het is m’n stad.’]]'));
test('Markdown emphasis around the marks', () => quotes('Hij zei: *[["Dit is onzin"]]* en **[[\'dat ook\']]**.', 'markdown'));
test('a missing space before the opening mark', () => quotes('Hij zei[["Ik kom morgen"]] en vertrok.'));
test('German-style „…“ closes with “', () => quotes('[[„Wij blijven,“]] zei hij. [[„Altijd.“]]'));
test('elision inside a single-quoted quotation', () => quotes("Zij zei: [['In ’s-Hertogenbosch is het fijn.']] Hij knikte."));
test('feet and decades do not open', () => quotes("In de jaren '80 en '90 was het 15'' breed, zei [[,,Piet'']]."));
test('straight double quotes nested in straight double quotes', () =>
  quotes('[["Hij noemde het [["onzin"]], zei ze."]] Daarna niets.'));
test('a stray opening mark does not run on to a later quotation', () =>
  quotes("Hij zei 'dat het goed was.\nDe minister noemde de [['experts']] dom."));
test('CRLF line ends', () => quotes('Hij zei:\r\n\r\n[["Wij blijven.\r\n\r\n"Echt."]]\r\nKlaar.'));

test('a name in marks is a term, a phrase someone used is speech', () => {
  const text = "Een groep die zich het 'Vrijheid van Rusland-legioen' noemt, riep op \"hun verantwoordelijkheid te nemen\".";
  const seg = segment(text);
  assert.deepEqual(seg.quotes.map((q) => q.kind), ['term', 'speech']);
});
test('a short answer in marks is speech, a title after a determiner is a term', () => {
  const text = '("Nee", zei ze) over het ‘Centraal Planbureau’.';
  assert.deepEqual(segment(text).quotes.map((q) => q.kind), ['speech', 'term']);
});
test('a headline that is only a quotation is a term', () => {
  const seg = segment("Tekst.\n\n'Ondergrondse guerrillagroepen'\n\nMeer tekst.");
  assert.equal(seg.quotes.length, 1);
  assert.equal(seg.quotes[0].kind, 'term');
});
test('tokens inside a quotation point at it', () => {
  const text = 'Hij zei "ja" en "nee".';
  const seg = segment(text);
  const ja = seg.tokens.find((t) => t.text === 'ja')!;
  const nee = seg.tokens.find((t) => t.text === 'nee')!;
  const zei = seg.tokens.find((t) => t.text === 'zei')!;
  assert.equal(ja.inQuote, 0);
  assert.equal(nee.inQuote, 1);
  assert.equal(zei.inQuote, -1);
});

test('marks around no word are no quotation (garbled or alternating marks)', () => {
  assert.equal(segment(`"'"'"'"'"' en dan "ja".`).quotes.length, 1);
  assert.equal(segment('Hij zei « ... » en « nee ».').quotes.length, 1);
});
