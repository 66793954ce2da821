// Nouns and function words the attribution stage needs: role nouns (people by function),
// organisation and collective nouns, anonymous or vague sources, pronouns, channels and outlets,
// determiners, subordinators and contrast words. All lower case.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** People by function. Compounds ending in one of these count too (Kremlinadviseur, NS-topman). */
export const ROLE_NOUNS = words(`
gouverneur gouverneurs burgemeester burgemeesters minister ministers premier president presidenten vicepresident
woordvoerder woordvoerders woordvoerster adviseur adviseurs adviseuse leider leiders voorzitter voorzitters
directeur directeuren directrice topman topvrouw ceo cfo oprichter medeoprichter bestuurder bestuursvoorzitter
commandant generaal officier kolonel majoor bevelhebber bisschop aartsbisschop paus kardinaal priester dominee imam rabbijn
non zuster pater broeder franciscaan jezuïet benedictines benedictijn kunstenaar schrijver auteur journalist
correspondent verslaggever redacteur hoofdredacteur analist onderzoeker hoogleraar professor wetenschapper
econoom historicus politicoloog advocaat advocate rechter officier aanklager procureur staatssecretaris
kamerlid fractievoorzitter senator parlementariër europarlementariër ambassadeur diplomaat gezant secretaris
secretaris-generaal chef baas eigenaar manager docent docente leraar lerares arts dokter chirurg psycholoog
agent politieman politievrouw militair soldaat strijder commissaris wethouder gedeputeerde raadslid schepen
bewindsman bewindsvrouw bewindspersoon coach trainer trainster speler speelster aanvoerder kampioen kampioene sporter
loper loopster zwemmer zwemster schaatser wielrenster atlete keeper doelman zanger zangeres acteur actrice
moeder vader zoon dochter zus broer nicht neef oom tante weduwe echtgenote echtgenoot
deelneemster deelnemer spreekster spreker organisator organisatoren vakbondsbestuurder vakbondsleider
onderzoeksleider projectleider teamleider kroonprins koning koningin prins prinses sjeik emir kanselier
getuige ooggetuige waarnemer werker overlevende buurman buurvrouw bewoner bewoonster omwonende deskundige expert specialist jurist
psychiater ondernemer winkelier juwelier medewerker medewerkster werknemer klant inwoner inwoonster
supporter houder aandeelhouder verpleegkundige student studente scholier partijlid bestuurslid
gemeenteraadslid boer boerin visser virologe epidemiologe verdachte slachtoffer nabestaande betrokkene
zegsman zegsvrouw ambtenaar topambtenaar politicus lijsttrekker kandidaat hoofd rector decaan predikant pastoor
kapitein piloot scheidsrechter keeper middenvelder verdediger aanvaller raadsman raadsvrouw notaris curator
bewindvoerder accountant strateeg klokkenluider activist demonstrant actievoerder atleet renner collega
vriend vriendin partner verpleegster jurylid kenner partijgenoot teamgenoot ploeggenoot lotgenoot clubgenoot
volksvertegenwoordiger inspecteur inspecteurs inspectrice controleur toezichthouder mediator bemiddelaar
blogger vlogger coördinator coordinator coördinatrice boekhouder boekhoudster hulpverlener mevrouw meneer lid
bakker slager kapper chauffeur monteur kok schoonmaker postbode conducteur brandweerman loodgieter timmerman
`);

/** Organisations and collectives (the source is a body, not a person). */
export const ORG_NOUNS = words(`
regering kabinet ministerie ministeries autoriteiten overheid overheden politie leger krijgsmacht strijdkrachten
inlichtingendienst inlichtingendiensten veiligheidsdienst veiligheidsdiensten geheime dienst
rechtbank hof hooggerechtshof gerechtshof rechters justitie openbaar ministerie om parket
bedrijf onderneming concern fabrikant autobedrijf maatschappij luchtvaartmaatschappij bank
vakbond vakbonden partij partijen fractie coalitie oppositie raad gemeenteraad gemeente provincie
ngo organisatie organisaties beweging netwerk stichting vereniging bond federatie club
groep groepen groepering militie milities legioen korps brigade bataljon eenheid
kerk kerkleiding vaticaan directie top bestuur commissie senaat parlement kamer congres
ambassade consulaat afdeling afdelingen instituut instituten bureau inspectie werkgroep redactie universiteit ziekenhuis
scholengroep schoolbestuur waterschap veiligheidsregio rekenkamer ombudsman ondernemingsraad ondernemingsraden medezeggenschapsraad
`);

/** Groups of people (plural collective sources: "Russische autoriteiten", "Politici in Duitsland"). */
export const COLLECTIVE_NOUNS = words(`
politici burgers inwoners bewoners ouders leerlingen studenten medewerkers werknemers personeel
activisten demonstranten betogers actievoerders consumenten klanten kiezers fans supporters
medezusters religieuzen deelnemers omstanders ooggetuigen getuigen slachtoffers nabestaanden
boeren vissers artsen verpleegkundigen agenten militairen soldaten strijders rebellen separatisten
gebruikers patiënten leden abonnees reizigers bezoekers omwonenden buurtbewoners media
`);

/** Anonymous or vague sources. */
export const VAGUE_NOUNS = words(`
ingewijden insiders bronnen bron experts deskundigen kenners waarnemers analisten critici
tegenstanders voorstanders sceptici betrokkenen velen sommigen anderen men diplomaten functionarissen
ambtenaren topambtenaren wetenschappers onderzoekers specialisten mensen personen waarnemers
`);
/** Words that make a person mention anonymous ("een anonieme persoon", "een bron die anoniem wil blijven"). */
export const ANONYMOUS_ADJ = words('anonieme anoniem ongenoemde naamloze');
/** Endings of uninflected adjectives (`-ig`, `-lijk`, `-isch`, `-baar`, `-loos`, `-zaam`, present participles in `-end`). */
export const ADJECTIVE_ENDINGS: readonly string[] = ['ig', 'lijk', 'isch', 'baar', 'loos', 'zaam', 'end'];

/** Outlets and agencies the draft may name without a noun ("meldt Reuters"). */
export const KNOWN_OUTLETS = [
  'CNN', 'BBC', 'Reuters', 'AP', 'AFP', 'ANP', 'Bloomberg', 'Ria Novosti', 'TASS', 'Interfax', 'Xinhua',
  'NOS', 'RTL Nieuws', 'NU.nl', 'de Volkskrant', 'Volkskrant', 'NRC', 'Trouw', 'Het Parool', 'De Telegraaf',
  'Telegraaf', 'AD', 'Het Financieele Dagblad', 'Financial Times', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'The Guardian',
  'Le Monde', 'Der Spiegel', 'Spiegel', 'Al Jazeera', 'Suspilne', 'Kyiv Independent', 'Meduza', 'Politico',
  'Axios', 'Detik.com', 'VRT', 'VRT NWS', 'De Standaard', 'Het Nieuwsblad', 'HLN', 'Vidimus Dominum',
];

/** Nouns that name an outlet or agency ("het staatspersbureau Ria Novosti", "nieuwszender CNN"). */
export const OUTLET_NOUNS = words(`
persbureau staatspersbureau nieuwsagentschap nieuwsmedium nieuwssite nieuwszender zender omroep krant dagblad
weekblad tijdschrift webmagazine magazine blad personeelsblad website televisiezender tv-zender radiozender
staatstelevisie staatsomroep staatsmedia
`);

export type ChannelWordKind = 'social' | 'broadcast' | 'interview' | 'statement' | 'agency' | 'document' | 'outlet';
/** Channel words: Telegram, X, a livestream, an interview, a statement, a letter. */
export const CHANNEL_WORDS: ReadonlyMap<string, ChannelWordKind> = new Map<string, ChannelWordKind>([
  ['telegram', 'social'], ['telegramkanaal', 'social'], ['twitter', 'social'], ['x', 'social'], ['facebook', 'social'],
  ['instagram', 'social'], ['tiktok', 'social'], ['youtube', 'social'], ['linkedin', 'social'], ['bluesky', 'social'],
  ['mastodon', 'social'], ['threads', 'social'], ['sociale', 'social'], ['tweet', 'social'], ['post', 'social'],
  ['livestream', 'broadcast'], ['uitzending', 'broadcast'], ['talkshow', 'broadcast'], ['tv-toespraak', 'broadcast'],
  ['toespraak', 'broadcast'], ['videoboodschap', 'broadcast'], ['video', 'broadcast'], ['podcast', 'broadcast'],
  ['persconferentie', 'broadcast'], ['interview', 'interview'], ['gesprek', 'interview'], ['vraaggesprek', 'interview'],
  ['verklaring', 'statement'], ['persverklaring', 'statement'], ['persbericht', 'statement'], ['communiqué', 'statement'],
  ['reactie', 'statement'], ['bericht', 'statement'], ['brief', 'document'], ['kamerbrief', 'document'],
  ['rapport', 'document'], ['manifest', 'document'], ['resolutie', 'document'], ['column', 'document'],
  ['persbureau', 'agency'], ['staatspersbureau', 'agency'], ['nieuwsagentschap', 'agency'],
]);

export type Gender = 'm' | 'f' | 'n' | null;
export interface PronounInfo {
  number: 'sg' | 'pl' | 'any';
  gender: Gender;
}
/** Subject and object pronouns that can stand for a source. `ze` and `zij` may be singular or plural. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['hij', { number: 'sg', gender: 'm' }], ['hem', { number: 'sg', gender: 'm' }],
  ['zij', { number: 'any', gender: 'f' }], ['ze', { number: 'any', gender: 'f' }], ['haar', { number: 'sg', gender: 'f' }],
  ['hen', { number: 'pl', gender: null }], ['hun', { number: 'pl', gender: null }],
]);
/** First and second person: the speaker of a quote, never a new claimant. */
export const FIRST_PERSON = words('ik wij we jij je u jullie mij me ons');

export const DETERMINERS = words("de het een 't deze die dit dat zijn haar hun ons onze mijn the");
/** Subordinating conjunctions and relative words that open a verb-final clause. */
export const SUBORDINATORS = words('dat of omdat doordat zodat als wanneer toen nadat voordat terwijl hoewel alhoewel indien tenzij waar waarin waarop die wie wat welke zoals');
/** Focus adverbs that may stand before a sentence's subject ("Ook de minister ..."). */
export const FOCUS_WORDS = words('ook zelfs alleen vooral juist nu echter');
/** Words that start a clause in coordination. */
export const COORDINATORS = words('en maar want dus of');
/** Contrast words that set opposing claims side by side. */
export const CONTRAST = words('maar echter daarentegen integendeel juist evenwel');

/** Words that can never be (part of) a claimant name even when capitalised at a sentence start. */
export const NOT_NAME = words(`
de het een dat die dit deze er ook maar en of toen nu dan zo volgens aldus als in op aan bij met van voor na
uit over onder tegen tijdens wegens vanwege sinds tot door om te zij hij ze we wij ik je u hun haar zijn
eerder later gisteren vandaag morgen vorige afgelopen daarom daarna daarnaast vervolgens inmiddels intussen
bovendien tegelijkertijd verder eerst toch wel niet geen al nog reeds zelfs alleen vooral tevens echter
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
augustus september oktober november december waar wat wie hoe waarom welke iedereen niemand iemand alles niets
tegenover naar namens tussen zonder via naast achter binnen buiten boven rond rondom jegens richting omtrent
daar hier tegelijk ondertussen desondanks niettemin eveneens aanvankelijk uiteindelijk alsnog helaas gelukkig immers sindsdien nadien daardoor daarmee daarvoor daarover daarin daarop daarbij daaruit daartegen daarentegen hierdoor hiermee hierover hierbij hiervoor waardoor waarmee
`);

/** Masculine and feminine endings/words of role nouns, for pronoun agreement. */
export const FEMININE_ROLES = words('mevrouw kampioene loopster zwemster wielrenster atlete speelster trainster woordvoerster adviseuse directrice topvrouw advocate docente lerares zangeres actrice moeder zus nicht tante weduwe echtgenote koningin prinses bewindsvrouw politievrouw deelneemster spreekster non zuster benedictines');
