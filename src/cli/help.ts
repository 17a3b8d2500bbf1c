// What `tilsyn --help` and `tilsyn KOMMANDO --help` print: one text per command, kept here so help
// never loads a command's modules (nor opens a database or starts a server).

export const EXIT_CODES = `Afslutningskoder:
  0  udført
  1  inddata er ugyldige, eller handlingen blev afvist (beskeden siger hvorfor)
  2  kommandoen kan ikke bruges sådan (ukendt kommando eller tilvalg, manglende argument,
     ulæselig fil)`;

export const COMMAND_HELP = {
  model: `Brug: tilsyn model list [--json]
       tilsyn model show ID [--json]
       tilsyn model validate FIL

  list       Vis kvalitetsmodellerne (id, titel, art og version)
  show       Vis en kvalitetsmodel som dansk oversigt; --json: hele modellen
  validate   Kontrollér en katalogfil (YAML); fejl nævner fil og linje`,
  evaluate: `Brug: tilsyn evaluate FIL|- [--json]

  Vurdér en vurdering (JSON) efter modellens regler; "-" læser fra standard input.
  --json     Resultatet som JSON (valid, errors, warnings og modellens egne felter)
  Afslutter med 0 for en gyldig vurdering, 1 for en ugyldig og 2 for inddata, der ikke kan bruges.`,
  serve: `Brug: tilsyn serve [--demo]

  Start webapplikationen. Miljøvariabler: PORT, HOST, TILSYN_DATA eller DATABASE_URL,
  TILSYN_SESSION_IDLE_MINUTES, TILSYN_TRUST_PROXY og TILSYN_OIDC_* (se README).
  --demo     Fiktive demodata i en tom database (afvises på en database med andre data)`,
  db: `Brug: tilsyn db migrate
       tilsyn db backup FIL
       tilsyn db restore FIL

  migrate    Migrér databasen
  backup     Skriv en sikkerhedskopi (indlejret: datamappen som én fil; PostgreSQL: pg_dump)
  restore    Genskab fra en sikkerhedskopi (indlejret: kun i en tom datamappe; PostgreSQL: pg_restore)`,
  demo: `Brug: tilsyn demo seed
       tilsyn demo scale

  seed       Indlæs fiktive demodata i en tom database
  scale      Demodata og en fiktiv historik i national skala (2.000 tilbud, 5.200 plejefamilier,
             ti år, fem socialtilsyn) til målinger; tager flere minutter`,
  user: `Brug: tilsyn user create BRUGERNAVN --role ROLLE --name NAVN [--authority ID] [--provider ID] [--foster-family ID] [--region ID] [--email ADRESSE]
       tilsyn user list [--json] [--role ROLLE] [--authority ID] [--active true|false] [--search TEKST]
       tilsyn user deactivate|reactivate|reset-password BRUGERNAVN

  create          Opret en bruger; adgangskoden læses fra standard input, ellers dannes den og vises én gang.
                  Rollerne region (kvalitetskonsulent, --region) og surveyor (ekstern surveyor) er til regionernes model
                  --email: hvor brugerens notifikationer også e-mailes (når installationen sender e-mail)
  list            Vis brugerne
  deactivate      Deaktivér en bruger (brugerens sessioner slutter straks)
  reactivate      Genaktivér en bruger
  reset-password  Nulstil adgangskoden til en engangskode, der vises én gang`,
  standards: `Brug: tilsyn standards overview [--json] [--region ID] [--at ÅÅÅÅ-MM-DD]

  overview   Regionernes institutioner i Dansk Kvalitetsmodel på det sociale område: pr. standard det
             højeste opfyldte trin, seneste og næste selvevaluering (hvert år) og eksterne evaluering
             (hvert tredje år), og hvad der er overskredet på datoen (--at; standard: i dag)
  --region   Kun én region: nordjylland, midtjylland, syddanmark, sjaelland, hovedstaden
  --json     Resultatet som JSON (formatet står i README)`,
  analytics: `Brug: tilsyn analytics compare FIL|- [--json]
       tilsyn analytics agreement FIL|- [--json]
       tilsyn analytics import FIL|- [--json]
       tilsyn analytics rebuild
       tilsyn analytics annual --authority ID --year ÅÅÅÅ --format html|csv|json|pdf --out FIL

  compare    Sammenlign grupper i en CSV med kolonnerne group og value (1–5, eller met/not_met):
             Kruskal–Wallis, chi-i-anden og Dunns parvise test (1–5), andele med Wilson-interval (met)
  agreement  Enighed i en CSV med kolonnerne unit, rater og value (tom værdi: ikke bedømt):
             Krippendorffs alfa (nominal, ordinal, interval) og andelen af enige par
  import     Importér historiske scorer og konklusioner fra en CSV med overskriften
             authority,entity_kind,entity_id,provider_type,inspection_date,phase,model,item,value,inspector
             (se README). Alt eller intet: én fejl, og intet importeres; hver fejl nævner linje og kolonne.
             En linje importeres én gang: samme fil to gange giver ingen nye fakta.
  rebuild    Genopbyg analysedata fra de afsluttede rapporter (importerede fakta bevares)
  annual     Et socialtilsyns årstal: tilsyn efter fase og resultat, fornøden kvalitet, afgørelser,
             risiko og scorer pr. tema med ændringen fra året før, med metodenoter
  --json     Resultatet som JSON (formatet står i README)`,
  report: `Brug: tilsyn report render TILSYNS-ID --format pdf|html|json --out FIL
       tilsyn report render --authority ID --format pdf|html|json --out MAPPE

  render     Skriv en afsluttet rapport, eller alle et socialtilsyns afsluttede rapporter`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export const USAGE = `Brug: tilsyn <kommando> [tilvalg]

  model list|show|validate       Kvalitetsmodellerne
  evaluate FIL|- [--json]        Vurdér en vurdering (JSON) efter modellens regler
  serve [--demo]                 Start webapplikationen
  db migrate|backup|restore      Databasen
  demo seed|scale                Indlæs demodata (eller data i national skala) i en tom database
  user create|list|deactivate|reactivate|reset-password
                                 Brugere
  report render                  Skriv afsluttede rapporter
  standards overview             Regionernes kvalitetsmodel: trin og frister pr. institution
  analytics compare|agreement|import|rebuild|annual
                                 Statistik, analysedata og årstal
  --version                      Vis versionen

  "tilsyn KOMMANDO --help" viser kommandoens tilvalg.

${EXIT_CODES}
`;
