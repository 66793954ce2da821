// Portfolios and fields in a title before a name: `Schepen van Omgeving Griet Vanhaverbeke`,
// `Gedeputeerde voor Mobiliteit Leen Dierickx`, `minister van Buitenlandse Zaken Anna Kok`. Lower case;
// a portfolio of two words is listed with its first word as the key and its second as the value.

export const PORTFOLIOS: ReadonlySet<string> = new Set(`
omgeving onderwijs cultuur sport economie financiën financien justitie defensie volksgezondheid gezondheid
klimaat mobiliteit wonen huisvesting milieu welzijn zorg landbouw energie infrastructuur jeugd toerisme
verkeer handel werk werkgelegenheid armoede armoedebestrijding personeel integratie migratie asiel
ruimtelijke openbare binnenlandse buitenlandse sociale europese financiële stedenbouw erfgoed natuur
water veiligheid media innovatie digitalisering wetenschap communicatie begroting mijnbouw visserij
voedselkwaliteit ontwikkelingssamenwerking koninkrijksrelaties volkshuisvesting vervoer transport arbeid
pensioenen emancipatie onderzoek industrie ondernemerschap
`.trim().split(/\s+/));

/** Second words of two-word portfolios (Buitenlandse Zaken, Ruimtelijke Ordening, Openbare Werken). */
export const PORTFOLIO_SECOND: ReadonlySet<string> = new Set(['zaken', 'ordening', 'werken', 'zekerheid', 'aangelegenheden']);

/** Abbreviated titles before a name (`mr. Ruben Kooistra`, `dr. Eva Mol`), followed by a full stop. */
export const NAME_TITLES: ReadonlySet<string> = new Set(['mr', 'dr', 'prof', 'ir', 'drs', 'ing', 'mevr', 'dhr', 'ds']);
