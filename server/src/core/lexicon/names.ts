// Common female first names in Dutch-language news (Dutch and Flemish, and frequent international ones;
// not names also given to men, such as Anne, Kim, Dominique or Floor), lower case: a person introduced
// with one of them is `zij`, `ze` or `haar` (pronoun agreement). There is no list of male names: a name
// not listed here is of unknown gender, as before.

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
anna anneke annemarie annemieke anouk astrid agnes alice amber amy angela angelique anita anja anke annelies
annette antje ans barbara beatrix bea berber bernadette bianca birgit brenda brigitte carla carmen caroline
catharina cecile charlotte chantal christa christel christine claudia corinne cora daphne debora denise diana
dianne doris dorien dorothee edith eline elise elisabeth elke ella ellen els elsa emma esther eva evelien
femke fleur francine frederique gabriella gea gerda geertje gerrie greet greta griet hanna hanneke hannah
heidi helen helena helga hennie hilde hilda hester ilse ina ineke inge ingrid irene iris isabel isabelle
jacqueline janine jeanette jeanine jenny jessica joke jolanda jolien josephine joyce judith julia juliette
karin karen katja katrien klaartje kristel lara laura leen lena lieve liesbeth lies lilian linda lisa lisanne
lotte lucia lydia maaike madelon manon margriet margreet maria marianne marieke mariska marjan marleen marloes
marta martha martine mary mathilde maud meike melanie mia michelle mieke miriam mirjam monique nadia nadine
nancy natalie naomi nathalie nicole nina noor nora olga patricia paula petra pien rachel renate rianne rita
roos rosa ruth sabine samira sandra sanne sara sarah saskia sietske silvia simone sofie sonja sophie stephanie
susan suzanne sylvia tamara tanja tessa thea tineke truus ursula valerie vera veronique wendy wilma yasmina
yvonne zeynep zoë fatima fatma aisha ayse hatice meryem olena oksana iryna natalia tatjana svetlana ljoedmila
marjolein mariëlle marielle janneke jannie joanne ilona kirsten lieke loes merel myrthe nienke sanneke sharon
sigrid stefanie suzan willeke yvette lisette maartje marit romy evi fenna jildou femmy wendela ingeborg
marijke marja mirella rosalie rosanne sanna tirza
`.trim().split(/\s+/));
