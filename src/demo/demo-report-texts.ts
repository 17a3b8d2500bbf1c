// The written content of the demo's reports: per report the overall assessment, a written
// assessment per theme that describes the concrete (invented) provider or foster family, the
// development points (suggestions, never deficiencies), the quality reviewer's comment, the
// provider's hearing answer and, for two reports, the corrected version 2. Each text was written
// for the assessment the demo stores for that inspection; `expects` and `expectsAverages` say
// which, and the demo test checks that the assessment still says so.

export type DemoReportTexts = {
  overallAssessment: string;
  /** Theme id → written assessment. */
  themeAssessments: Record<string, string>;
  developmentPoints: string[];
  /** The provider is disproportionately expensive (the overall and the economy must say so). */
  disproportionatelyExpensive?: boolean;
};

type SpecBase = {
  /** The title of the completed inspection the report belongs to. */
  inspection: string;
  /** Binary models: the criteria that are not plainly met (the rest are met). */
  expects?: Record<string, 'doubt' | 'not_met'>;
  /** The scored model: the theme averages of the provider as a whole, to one decimal. */
  expectsAverages?: Record<string, number>;
  texts: DemoReportTexts;
};

/** A report that has been through review and hearing, finalised and sent (published). */
export type SentReportSpec = SpecBase & {
  status: 'sent';
  /** The manager's comment when approving it in the quality review. */
  reviewComment: string;
  /** The provider's or foster family's answer in the factual hearing, if any. */
  hearingAnswer?: string;
  /** A correction after sending: version 2 with these texts changed, reviewed and sent again. */
  correction?: {
    reason: string;
    overallAssessment?: string;
    themeAssessments?: Record<string, string>;
    reviewComment: string;
  };
};

/** Approved in review and now in factual hearing; the dates of the round so far. */
export type HearingReportSpec = SpecBase & {
  status: 'hearing';
  reviewComment: string;
  dates: { created: string; submitted: string; approved: string; hearing: string; deadline: string };
};

/** Sent back once by the reviewer, corrected and submitted again: waiting for a new review. */
export type ReviewReportSpec = SpecBase & {
  status: 'review';
  returnedComment: string;
  dates: { created: string; submitted: string; returned: string; resubmitted: string };
};

export type DemoReportSpec = SentReportSpec | HearingReportSpec | ReviewReportSpec;

/** The provider whose published report the README and the browser tests point to (it has a corrected version 2). */
export const PUBLISHED_DEMO_PROVIDER_NAME = 'Bostedet Strandhaven';

const NO_DOUBT = 'Tilsynet har ikke fundet forhold, der giver anledning til tvivl om kvaliteten.';

export const DEMO_REPORT_SPECS: DemoReportSpec[] = [
  // ── Nord ──────────────────────────────────────────────────────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Krisecentret Havnelyset',
    status: 'sent',
    expects: { k8: 'doubt' },
    texts: {
      overallAssessment:
        'Socialtilsyn Nord vurderer, at Krisecentret Havnelyset har den fornødne kvalitet. Kvinderne og deres børn får et trygt ophold med krisepsykologisk støtte og traumebevidst omsorg, ledelsen er tydelig, og bestyrelsen følger tæt op på drift og økonomi. Tilsynet er i tvivl om kompetencerne: flere nyansatte er ufaglærte og har endnu ikke fået introduktion til krisecentrets tilgang. Tvivlen er undersøgt ved et opfølgende besøg, og tilsynet følger op ved næste tilsyn.',
      themeAssessments: {
        t1: 'Krisecentret tager imod kvinder, der har været udsat for vold i nære relationer, og deres medfølgende børn. Hver kvinde får ved indflytningen en kontaktperson og en plan for opholdet med få, konkrete delmål, fx afklaring af boligsituationen, kontakt til advokat og skolestart for børnene. De gennemgåede planer viser, at delmålene følges op, og at opholdet afsluttes med en aftale om efterværn.',
        t2: 'Kvinderne beskrev krisecentret som et sted, hvor de bliver lyttet til og selv bestemmer over deres dag og de næste skridt. Tilsynet observerede en rolig stemning, og børnene har adgang til et legerum og en fast børnemedarbejder. Der er ikke registreret magtanvendelser eller episoder med vold siden seneste tilsyn, og medarbejderne kunne beskrive krisecentrets sikkerhedsprocedurer, fx hvis en voldsudøver henvender sig ved døren.',
        t3: 'Lederen har mange års erfaring fra krisecenterområdet og sætter en tydelig faglig retning. Bestyrelsen mødes hvert kvartal og følger op på belægning, økonomi og faglig kvalitet. Vagtplanen sikrer, at der døgnet rundt er en uddannet medarbejder til stede, og personalegennemstrømning og sygefravær ligger på niveau med sammenlignelige krisecentre.',
        t4: 'Kernen af medarbejdergruppen er socialrådgivere og pædagoger med efteruddannelse i krisepsykologi. Fem af de seneste otte nyansatte er dog ufaglærte og har endnu ikke fået introduktion til krisecentrets tilgang. Ved besøget så tilsynet et respektfuldt samspil med kvinderne, men også en situation, hvor en nyansat talte hen over hovedet på en af dem. Ledelsen har planlagt et introduktionsforløb, og tilsynet følger op på, om det er gennemført.',
        t5: 'Krisecentret ligger i en ældre villa med ti værelser, fælleskøkken og et afskærmet udendørsareal med legeplads. Huset er velholdt og giver både mulighed for fællesskab og for at trække sig, og kvinderne fortalte, at de føler sig sikre.',
      },
      developmentPoints: [
        'Introduktionsforløbet for nyansatte kan med fordel omfatte sidemandsoplæring i traumebevidst omsorg i de første uger, så alle medarbejdere møder kvinderne med samme tilgang.',
        'Krisecentret kan overveje at samle erfaringerne fra efterværnet, så det bliver tydeligt, hvordan kvinderne klarer sig efter udflytningen.',
      ],
    },
    reviewComment: 'Godkendt. Temavurderingen af kompetencer beskriver tvivlen præcist og konkret.',
    hearingAnswer:
      'Krisecentret Havnelyset har ingen faktuelle bemærkninger til vurderingen. Vi kan oplyse, at introduktionsforløbet for nyansatte er startet i maj, og at alle nyansatte forventes at have gennemført det inden udgangen af juni.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Værkstedet Tangloftet',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Nord vurderer, at Værkstedet Tangloftet har den fornødne kvalitet. Brugerne har meningsfulde arbejdsopgaver, der er tilpasset den enkeltes kræfter, og værkstedets recoveryorienterede tilgang afspejles i både planer og hverdag. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Værkstedet tilbyder beskyttet beskæftigelse og aktivitets- og samværstilbud i tre værksteder: træ, køkken og genbrug. Brugerne har individuelle planer med få mål, fx at møde stabilt tre dage om ugen eller at tage ansvar for en opgave i køkkenet, og de gennemgåede planer viser dokumenterede fremskridt. Medarbejderne kunne beskrive, hvordan recovery konkret bruges, når en bruger vil prøve kræfter med nye opgaver.',
        t2: 'Brugerne fortalte, at de selv vælger værksted og arbejdstid, og at værkstedsmødet hver anden uge har indflydelse på, hvilke ordrer der tages ind. Medarbejderne holder øje med tegn på forværring i den psykiske tilstand og tager kontakt til bostøtten eller psykiatrien, når brugeren ønsker det. Én magtanvendelse er indberettet korrekt og drøftet i personalegruppen, og der er ingen registrerede episoder med vold.',
        t3: 'Lederen er til stede i værkstederne dagligt og har overblik over både ordrer, økonomi og brugernes forløb. Medarbejderne modtager ekstern supervision, og sygefravær og personaleomsætning er lavt.',
        t4: 'Medarbejdergruppen består af håndværkere med pædagogisk efteruddannelse og af socialpædagoger, og alle har gennemført et kursus i recovery. Brugerne beskrev medarbejderne som rolige og til at stole på, og tilsynet så, hvordan en medarbejder hjalp en bruger gennem en opgave uden at overtage den.',
        t5: 'Værkstederne ligger i en tidligere maskinfabrik med gode lysforhold, et fælles spiserum og et stillerum, som brugerne kan trække sig til. Maskinerne er vedligeholdt, og sikkerheden ved dem er gennemgået med brugerne.',
      },
      developmentPoints: [
        'Værkstedet kan overveje at invitere virksomheder i lokalområdet ind i værkstederne, så flere brugere får mulighed for at prøve et job på det ordinære arbejdsmarked.',
        'Brugernes egne beskrivelser af deres fremskridt kan med fordel skrives ind i planerne, så de bliver en del af resultatdokumentationen.',
      ],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Rusmiddelcentret Kompasset',
    status: 'sent',
    expects: { k3: 'not_met', k4: 'doubt' },
    texts: {
      overallAssessment:
        'Socialtilsyn Nord vurderer, at Rusmiddelcentret Kompasset ikke har den fornødne kvalitet, fordi borgernes fysiske sundhed ikke understøttes: der følges ikke op på helbred og medicin, og ingen har ansvaret for opgaven. Behandlingen med motiverende samtale og kognitiv adfærdsterapi er velbeskrevet og virker for mange borgere, og ledelse, kompetencer og fysiske rammer er gode. Tilsynet er desuden i tvivl om indberetningen af magtanvendelser. Socialtilsynet har givet påbud om opfølgning på borgernes fysiske sundhed med frist 9. august 2026.',
      themeAssessments: {
        t1: 'Kompasset tilbyder ambulant behandling og dagbehandling til voksne med stof- eller alkoholmisbrug. Behandlingsplanerne bygger på motiverende samtale og kognitiv adfærdsterapi, og de gennemgåede planer havde konkrete delmål som nedtrapning og stabilt fremmøde, der blev fulgt op. Flere af de borgere, tilsynet talte med, beskrev, at de har nedsat deres forbrug under behandlingen.',
        t2: 'Borgerne oplever at blive mødt med respekt og at have indflydelse på deres behandlingsmål, og den mentale trivsel understøttes godt i samtalerne. Den fysiske sundhed bliver derimod overset: ingen af de fem gennemgåede sundhedsnotater viste en årlig sundhedssamtale, ændringer i medicin var ikke dokumenteret konsekvent, og aftaler på ambulatoriet er blevet aflyst, fordi der ikke var personale til at ledsage. Kompasset har i høringen oplyst, at to borgere har haft en sundhedssamtale hos egen læge; det ændrer ikke vurderingen, da medarbejderne ikke kendte til samtalerne. Medarbejderne forebygger konflikter godt, men to af fire indberetninger om magtanvendelse kom mere end en uge for sent, og ledelsens opfølgning fremgik ikke. Ledelsen har siden sendt en ny procedure, som tilsynet følger op på.',
        t3: 'Lederen har relevant uddannelse og en tydelig faglig retning for behandlingen. Borgerne har en fast behandler, og vagtplanerne sikrer personale med de rette kompetencer i hele åbningstiden, også om aftenen.',
        t4: 'Medarbejderne er overvejende pædagoger og social- og sundhedsassistenter med efteruddannelse i motiverende samtale. Tilsynet observerede et anerkendende samspil med borgerne, også i en situation, hvor en borger var påvirket ved fremmødet.',
        t5: 'Rusmiddelcentret har lyse samtalerum, et fælles opholdsrum og en have, der bruges til aktiviteter i dagbehandlingen. Rammerne giver mulighed for samtaler i enrum, og brand- og adgangsforhold er gennemgået.',
      },
      developmentPoints: [
        'Rusmiddelcentret kan overveje at indgå en fast aftale med en praktiserende læge om sundhedstjek for borgere i dagbehandling.',
        'Erfaringerne fra den nye procedure for opfølgning på magtanvendelser kan med fordel drøftes på et fælles personalemøde efter et halvt år.',
      ],
    },
    reviewComment: 'Godkendt. Sammenhængen mellem temavurderingen og påbuddet er tydelig.',
    hearingAnswer:
      'Rusmiddelcentret Kompasset bemærker, at to af de fem borgere, hvis sundhedsnotater er gennemgået, har haft en sundhedssamtale hos egen læge, som ikke er noteret i vores system. Vi tager påbuddet til efterretning og har udpeget en sygeplejerske som ansvarlig for opfølgningen på borgernes fysiske sundhed.',
  },

  // ── Midt ──────────────────────────────────────────────────────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Opholdsstedet Kastanjegården',
    status: 'sent',
    expects: { k6: 'not_met', k8: 'not_met' },
    texts: {
      overallAssessment:
        'Socialtilsyn Midt vurderer, at Opholdsstedet Kastanjegården ikke har den fornødne kvalitet. Børnene og de unge trives i hverdagen, bliver inddraget og bor i gode fysiske rammer, men ledelsen og medarbejdernes kompetencer bærer ikke den miljøterapeutiske indsats, som opholdsstedet er godkendt til: lederen har været fraværende uden en stedfortræder, supervisionen er stoppet, og kun fire af fjorten faste medarbejdere har en relevant uddannelse. Opholdsstedet er derfor under skærpet tilsyn til 21. december 2026.',
      themeAssessments: {
        t1: 'Opholdsstedet har en klar beskrivelse af målgruppen, og de gennemgåede planer for børnene og de unge har konkrete delmål om fx skolegang og kontakten til forældrene, som følges op hvert kvartal. Ledelsen beskriver miljøterapi og Marte Meo som de bærende metoder; hvordan de bruges i praksis, er vurderet under kompetencer.',
        t2: 'Børnene og de unge fortalte, at de har indflydelse på hverdagen og deltager i husmøder hver anden uge. Tilsynet observerede en venlig stemning, og sundheden understøttes med faste lægetjek og aktiviteter. Én magtanvendelse er indberettet korrekt og drøftet, og der er ikke registreret episoder med vold eller overgreb.',
        t3: 'Lederen har i længere perioder været fraværende, uden at der har været en udpeget stedfortræder, og medarbejderne beskrev, at faglige beslutninger træffes forskelligt fra vagt til vagt. Der er ikke holdt medarbejderudviklingssamtaler i to år, den eksterne supervision blev stoppet i foråret, og budgetopfølgningen viser et merforbrug på vikarer, som ledelsen ikke kunne forklare. Bestyrelsen mødes kvartalsvis og er orienteret om situationen. Den daglige drift fungerer, og vagtplanen sikrer en uddannet medarbejder på hver vagt.',
        t4: 'Kun fire af de fjorten faste medarbejdere har en relevant uddannelse, og ingen har gennemført uddannelse i miljøterapi, som opholdsstedet angiver som sin primære metode. Medarbejderne kunne ikke beskrive metoden eller give eksempler på, hvordan den bruges, og tilsynet så to situationer, hvor tydelige tegn på uro ikke blev opfanget og udviklede sig til konflikter. Medarbejderne møder børnene og de unge venligt, men der er ingen plan for kompetenceudvikling.',
        t5: 'Opholdsstedet ligger i en ombygget gård med eget værelse til hvert barn, et fælles køkken-alrum og store udendørsarealer med dyr. Rammerne giver både mulighed for fællesskab og for at være for sig selv.',
      },
      developmentPoints: [
        'Opholdsstedet kan med fordel lægge en plan for, hvordan medarbejderne oplæres i miljøterapi og Marte Meo, og hvordan metoderne tages op på personalemøderne.',
        'Bestyrelsen kan overveje at have ledelsessituationen som fast punkt på hvert bestyrelsesmøde, så længe det skærpede tilsyn varer.',
      ],
    },
    reviewComment: 'Godkendt. Den samlede vurdering er kort og præcis om, hvorfor opholdsstedet er under skærpet tilsyn.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Den sikrede institution Tårnbakken',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Midt vurderer, at Den sikrede institution Tårnbakken har den fornødne kvalitet i begge afdelinger. De unge får en struktureret hverdag med skole, behandling og faste kontaktpersoner, og institutionen arbejder systematisk med at forebygge konflikter, så magtanvendelser er sjældne. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'De unge er anbragt på sikret afdeling, typisk i kortere perioder, mens deres sag behandles. Hver ung har en opholdsplan med mål for skolegang, adfærd og udslusning, og Aggression Replacement Training og kognitiv adfærdsterapi indgår i de ugentlige forløb. I begge afdelinger viste dokumentationen fremskridt, fx færre konflikter og stabilt fremmøde i den interne skole.',
        t2: 'De unge fortalte, at de har indflydelse på aktiviteter og mad, selv om rammerne på en sikret institution er stramme, og at reglerne bliver forklaret. Medarbejderne følger op på trivsel på de ugentlige personalemøder, og der er ledsagelse til læge og psykiatri. I Afdeling Tårnet er der registreret én magtanvendelse, som er indberettet korrekt og gennemgået; i Afdeling Porten har der ikke været nogen. Medarbejderne i begge afdelinger kender beredskabsplanen mod vold og overgreb.',
        t3: 'Institutionslederen har lang erfaring med sikrede institutioner og beskrev en klar faglig retning for begge afdelinger. De unge har faste kontaktpersoner, og vagtplanerne sikrer uddannet personale på alle vagter, også om natten.',
        t4: 'Medarbejderne er pædagoger og social- og sundhedsassistenter, og flere er certificerede ART-trænere. Tilsynet observerede et roligt og respektfuldt samspil, hvor medarbejderne forklarede beslutninger og gav de unge tid til at falde ned.',
        t5: 'Afdelingerne har enkeltværelser med eget bad, en fælles opholdsstue og adgang til en indhegnet sportsplads. Sikkerheden er tilpasset en sikret institution, uden at rammerne virker unødigt institutionsprægede.',
      },
      developmentPoints: ['Institutionen kan overveje at lade de unge evaluere ART-forløbene, så deres egne erfaringer indgår i tilrettelæggelsen af det næste forløb.'],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2023 – Bo- og Aktivitetscentret Skovbrynet',
    status: 'sent',
    expectsAverages: {
      'uddannelse-og-beskaeftigelse': 4,
      'selvstaendighed-og-relationer': 4,
      'maalgruppe-metoder-og-resultater': 4.8,
      'sundhed-og-trivsel': 4.5,
      'organisation-og-ledelse': 4.1,
      kompetencer: 3,
      'fysiske-rammer': 4.7,
    },
    texts: {
      overallAssessment:
        'Socialtilsyn Midt vurderer, at Bo- og Aktivitetscentret Skovbrynet samlet set har en god kvalitet. Styrkerne er den konsekvente brug af totalkommunikation og neuropædagogik, resultatdokumentationen og beboernes sundhed og trivsel. Kvaliteten er mindre sikker i kompetencerne, hvor en del medarbejdere er ufaglærte, og i Bo-enhed Egen, hvor en ny ledelse, høj personaleomsætning og trange rammer præger hverdagen. Aktivitetshuset er den stærkeste af de tre afdelinger.',
      themeAssessments: {
        'uddannelse-og-beskaeftigelse':
          'Alle beboere har et dagtilbud eller beskyttet beskæftigelse, mange i centrets eget aktivitetshus, og målene for hverdagen uden for boligen følges op på statusmøder hvert kvartal. I Bo-enhed Birken har enkelte beboere dog i perioder været uden dagtilbud, uden at der blev fulgt aktivt op.',
        'selvstaendighed-og-relationer':
          'Beboerne bliver støttet i at klare flere ting selv, fx indkøb og bustransport, og mange deltager i idræt, frivilligt arbejde og kulturtilbud i lokalsamfundet. Kontakten til familie og netværk afhænger derimod af den enkelte medarbejder og er ikke beskrevet i planerne.',
        'maalgruppe-metoder-og-resultater':
          'Totalkommunikation og neuropædagogik er indarbejdet i hverdagen, og medarbejderne gav konkrete eksempler på, hvordan metoderne bruges. Resultaterne dokumenteres ud fra konkrete mål og drøftes på personalemøderne, og de visiterende kommuner bekræfter et godt samarbejde. I Bo-enhed Egen kunne medarbejderne kun i begrænset omfang beskrive metoderne.',
        'sundhed-og-trivsel':
          'Beboerne gav udtryk for at trives, og centret sørger for kontakt til læge, tandlæge og psykiatri med ledsagelse efter behov. Der er kun få magtanvendelser, og de gennemgås i personalegruppen. Flere beboere oplever dog ikke altid at blive hørt, når det gælder husreglerne, og i Bo-enhed Egen har der været trusler mellem beboerne.',
        'organisation-og-ledelse':
          'Centerlederen har relevant uddannelse og mange års erfaring og er synlig i hverdagen. Personaleomsætning og sygefravær er lavt i Bo-enhed Birken og Aktivitetshuset, men højere i Bo-enhed Egen, hvor ledelsen er ny. Supervision gives som udgangspunkt kun ved behov; Bo-enhed Birken og Aktivitetshuset har dog fast ekstern supervision hver sjette uge.',
        kompetencer:
          'En del af medarbejderne er ufaglærte og har endnu ikke fået efteruddannelse i totalkommunikation. Samspillet med beboerne var venligt, men tilsynet så usikkerhed, når situationer blev pressede, særligt i Bo-enhed Birken.',
        'fysiske-rammer':
          'Beboerne har egne lejligheder, som de har indrettet personligt, og der er skærmede rum og hjælpemidler efter behov. I Bo-enhed Egen oplever flere beboere dog boligen som trang og uden mulighed for ro, og fællesarealerne er præget af institution.',
      },
      developmentPoints: [
        'Centret kan overveje at beskrive støtten til kontakt med familie og netværk i beboernes planer, så den ikke afhænger af den enkelte medarbejder.',
        'Et fælles efteruddannelsesforløb i totalkommunikation for de ufaglærte medarbejdere vil kunne gøre samspillet i pressede situationer mere sikkert.',
        'Erfaringerne fra Aktivitetshuset med fast supervision kan med fordel bruges i boenhederne.',
      ],
    },
    reviewComment: 'Godkendt. Forskellene mellem de tre afdelinger fremgår tydeligt.',
  },

  // ── Syd ───────────────────────────────────────────────────────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Døgninstitutionen Bøgely',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Syd vurderer, at Døgninstitutionen Bøgely har den fornødne kvalitet. Børnene får en forudsigelig hverdag med voksne, der kender dem godt, og institutionen kombinerer traumebevidst omsorg med et målrettet samarbejde med forældrene. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Bøgely har børn fra 6 til 14 år, der har været udsat for omsorgssvigt, fordelt på Mellemgruppen og Storegruppen. Traumebevidst omsorg præger hverdagen, og familiebehandlingen foregår i samarbejde med forældrene og den anbringende kommune. De gennemgåede planer havde konkrete mål for fx skolegang og søvn, og dokumentationen viste fremskridt.',
        t2: 'Børnene fortalte, at de bliver spurgt, når der skal planlægges aktiviteter og ferier, og at de selv vælger fritidsaktiviteter. Hverdagen er præget af ro og faste rutiner, og der er ikke registreret magtanvendelser siden seneste tilsyn. Medarbejderne kender beredskabsplanen mod vold og overgreb og drøfter episoder på personalemøderne.',
        t3: 'Lederen har relevant uddannelse og sætter en klar faglig retning, som medarbejderne i begge grupper kunne genkende. Sygefravær og personaleomsætning ligger på niveau med sammenlignelige institutioner, og der er altid en uddannet medarbejder på vagt.',
        t4: 'Medarbejderne er overvejende pædagoger med efteruddannelse i traumebevidst omsorg. Tilsynet så et varmt og anerkendende samspil, fx ved aftensmaden, hvor medarbejderne hjalp børnene med at vente på tur uden at hæve stemmen.',
        t5: 'Institutionen ligger i et større hus med have og egen fodboldbane. Hvert barn har eget værelse, og grupperne har hver deres stue og køkken. Børnene var glade for at vise deres værelser frem.',
      },
      developmentPoints: ['Institutionen kan overveje at oprette et børneråd for de ældste børn, der kan give input til hverdagen i begge grupper.'],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2023 – Kollegiet Lyset',
    status: 'sent',
    expectsAverages: {
      'uddannelse-og-beskaeftigelse': 3.5,
      'selvstaendighed-og-relationer': 4.3,
      'maalgruppe-metoder-og-resultater': 4,
      'sundhed-og-trivsel': 4.8,
      kompetencer: 3.5,
      'fysiske-rammer': 3.5,
    },
    texts: {
      overallAssessment:
        'Socialtilsyn Syd vurderer, at Kollegiet Lyset samlet set har en god kvalitet. De unge bliver inddraget, trives og har stabile relationer til faste voksne, og samarbejdet med sagsbehandlere og uddannelsessteder fungerer godt. Kvaliteten er mindre sikker, når det gælder målene for uddannelse og beskæftigelse, som for flere unge er formuleret generelt, og de fysiske rammer, der kun delvist giver de unge mulighed for ro.',
      themeAssessments: {
        'uddannelse-og-beskaeftigelse':
          'De unge har et stabilt fremmøde i skole og uddannelse, og kollegiet følger op samme dag, hvis en ung udebliver. Målene for uddannelse og beskæftigelse er dog for flere af de unge formuleret generelt, og opfølgningen er ikke dokumenteret.',
        'selvstaendighed-og-relationer':
          'De unge øver sig i at klare egen husholdning, økonomi og transport med støtte fra deres mentor, og dokumentationen viser fremskridt. Kollegiet hjælper med kontakten til familie og venner, og alle de unge, tilsynet talte med, kunne pege på en voksen på kollegiet, de stoler på.',
        'maalgruppe-metoder-og-resultater':
          'Mentorstøtte og efterværn passer til målgruppen, og medarbejderne gav konkrete eksempler på, hvordan støtten trappes ned, når en ung bliver mere selvhjulpen. Resultaterne dokumenteres og drøftes på personalemøderne, men for flere forløb kan det ikke ses, om kommunernes mål bliver nået. Samarbejdet med sagsbehandlere, psykiatri og uddannelsessteder fungerer godt.',
        'sundhed-og-trivsel':
          'De unge fortalte, at de bliver hørt, og at husmøderne har betydning for, hvordan kollegiet drives. De trives, har adgang til læge og psykiatri med ledsagelse efter behov, og medarbejderne taler med dem om søvn, medicin og motion. Der er ikke registreret vold eller overgreb.',
        kompetencer:
          'Medarbejderne har relevante uddannelser og er efteruddannet i mentorstøtte. Samspillet med de unge var venligt, men tilsynet så usikkerhed, da en uenighed om husreglerne blev optrappet.',
        'fysiske-rammer':
          'De unge har egne værelser med tekøkken og deler fællesarealer, som de bruger meget. Der er dog ikke et sted, hvor en ung kan trække sig og få ro, og det betyder noget for unge med ADHD.',
      },
      developmentPoints: [
        'Kollegiet kan overveje at formulere målene for uddannelse og beskæftigelse sammen med den unge og uddannelsesstedet, så opfølgningen bliver konkret.',
        'Et af fællesrummene kan med fordel indrettes som stillerum.',
      ],
    },
    reviewComment: 'Godkendt. God beskrivelse af, hvad de unge selv fortalte.',
  },

  // ── Øst ───────────────────────────────────────────────────────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Bostedet Strandhaven',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Øst vurderer, at Bostedet Strandhaven har den fornødne kvalitet. Beboerne får en tryg hverdag, hvor neuropædagogik og totalkommunikation bruges konsekvent, og medarbejderne har et godt beredskab ved epileptiske anfald. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Strandhaven har 18 beboere med udviklingshæmning og epilepsi. Hver beboer har en neuropædagogisk udredning, og planerne har konkrete mål, fx at kunne vælge mellem aktiviteter med piktogrammer eller at deltage i madlavningen. De gennemgåede planer viser, at målene følges op og justeres.',
        t2: 'Beboerne kommunikerer på forskellige måder, og medarbejderne bruger tegn, billeder og konkreter, så beboerne kan vælge selv. Der er anfaldsprotokoller for alle beboere med epilepsi, og medarbejderne samarbejder med epilepsihospitalet om medicin og observationer. Én magtanvendelse er indberettet korrekt og drøftet, og episoder med uro registreres og bruges til at justere indsatsen.',
        t3: 'Ledelsen er synlig i hverdagen og har sikret ekstern supervision for alle medarbejdere. Personaleomsætning og sygefravær er lavt, og der er altid en medarbejder med relevant uddannelse på vagt, også om natten, hvor der er vågen nattevagt.',
        t4: 'Medarbejderne har relevante uddannelser og en fælles neuropædagogisk tilgang, og nye medarbejdere lærer totalkommunikation i deres første måned. Tilsynet observerede, at medarbejderne gav beboerne tid til at svare og tilpassede tempoet til den enkelte.',
        t5: 'Bostedet består af tre bygninger i to etager omkring en fælles have med sansehave. Boligerne er indrettet efter beboernes behov med loftlift og alarmer, der registrerer anfald om natten, og brand- og adgangsforhold er gennemgået.',
      },
      developmentPoints: [
        'Bostedet kan overveje at dele sine erfaringer med anfaldsalarmer med andre bosteder i kommunen.',
        'Beboernes egne valg kan med fordel dokumenteres med billeder i planerne, så de også kan bruges i samtalen med de pårørende.',
      ],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
    correction: {
      reason: 'Bostedet gjorde efter afsendelsen opmærksom på, at alle boliger ligger i ét plan; beskrivelsen af de fysiske rammer er rettet.',
      overallAssessment: `Socialtilsyn Øst vurderer, at Bostedet Strandhaven har den fornødne kvalitet. Beboerne får en tryg hverdag, hvor neuropædagogik og totalkommunikation bruges konsekvent, og medarbejderne har et godt beredskab ved epileptiske anfald. ${NO_DOUBT} Version 2 retter en faktuel fejl i beskrivelsen af de fysiske rammer; vurderingen er uændret.`,
      themeAssessments: {
        t5: 'Bostedet består af tre bygninger i ét plan omkring en fælles have med sansehave. Boligerne er indrettet efter beboernes behov med loftlift og alarmer, der registrerer anfald om natten, og brand- og adgangsforhold er gennemgået.',
      },
      reviewComment: 'Godkendt. Rettelsen er faktuel og ændrer ikke vurderingen.',
    },
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Botilbuddet Skovly',
    status: 'sent',
    expects: { k1: 'doubt', k4: 'doubt' },
    texts: {
      overallAssessment:
        'Socialtilsyn Øst vurderer, at Botilbuddet Skovly har den fornødne kvalitet. Beboerne bliver mødt med respekt, trives og har gode rammer, og ledelse og medarbejdere har en fælles recoveryorienteret tilgang. Tilsynet er i tvivl om to forhold: resultatdokumentationen, hvor delmålene i flere planer ikke er fulgt op, og indberetningen af magtanvendelser, som i to tilfælde er sket for sent. Ledelsen har allerede sat ind over for begge dele, og tilsynet følger op ved næste tilsyn.',
      themeAssessments: {
        t1: 'Skovly arbejder med recovery og åben dialog, og medarbejderne kunne beskrive, hvordan netværksmøder med beboerens pårørende og behandlere bruges. Dokumentationen af resultater er dog uensartet: i tre af fem gennemgåede planer var delmålene ikke fulgt op i det seneste halve år, og ledelsen kunne ikke vise, hvordan dokumentationen bruges til at justere indsatsen. Tilsynet gennemgik flere planer ved det opfølgende besøg og følger op.',
        t2: 'Beboerne oplever at blive hørt og respekteret og har indflydelse på fællesskabets aktiviteter. Tilsynet oplevede en rolig stemning, og der er fokus på kost, motion og lægebesøg. Medarbejderne arbejder forebyggende og har få konflikter, men to af fire indberetninger om magtanvendelse fra det seneste halvår kom mere end en uge for sent, og ledelsens opfølgning fremgik ikke. Ledelsen har efter besøget indført en ny procedure for opfølgning og læring. Der er ikke registreret episoder med vold eller overgreb.',
        t3: 'Lederen har relevant uddannelse og erfaring og beskrev en klar faglig retning for botilbuddet. Beboerne har faste kontaktpersoner, og vagtplanerne sikrer en kompetent bemanding, også om aftenen og i weekenden.',
        t4: 'Medarbejderne er overvejende pædagoger og social- og sundhedsassistenter med efteruddannelse i recovery. Tilsynet observerede et respektfuldt og anerkendende samspil med beboerne.',
        t5: 'Skovly ligger i et skovområde med 16 lejligheder, et fælleshus og et værksted. Bygningerne er velholdte og giver både mulighed for fællesskab og ro, og beboerne er glade for at bo der.',
      },
      developmentPoints: [
        'Skovly kan overveje at afsætte tid på hvert teammøde til at gennemgå delmålene i to til tre planer.',
        'Den nye procedure for magtanvendelser kan med fordel evalueres med medarbejderne efter et halvt år.',
      ],
    },
    reviewComment: 'Godkendt. Tvivlen er beskrevet konkret i begge temaer.',
    hearingAnswer:
      'Botilbuddet Skovly har ingen faktuelle bemærkninger. Vi har siden besøget taget et nyt dokumentationssystem i brug, hvor delmålene automatisk sættes til opfølgning hver tredje måned.',
  },

  // ── Hovedstaden ───────────────────────────────────────────────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Bo- og Behandlingsstedet Sølvbakken',
    status: 'sent',
    expects: { k6: 'not_met', k7: 'not_met' },
    texts: {
      overallAssessment:
        'Socialtilsyn Hovedstaden vurderer, at Bo- og Behandlingsstedet Sølvbakken ikke har den fornødne kvalitet. Den integrerede behandling af beboere med dobbeltdiagnose er velbeskrevet, og beboerne trives og bliver inddraget, men ledelsen og den daglige drift svigter: lederen har været fraværende uden stedfortræder, supervisionen er stoppet, og i 40 procent af aftenvagterne var der kun én medarbejder. Tilsynet vurderer desuden, at Sølvbakken er uforholdsmæssigt dyrt i forhold til kvaliteten, og at økonomien ikke er gennemsigtig nok. Sølvbakken er under skærpet tilsyn til 20. december 2026.',
      themeAssessments: {
        t1: 'Sølvbakken giver beboere med både psykisk sygdom og misbrug en integreret behandling, hvor den psykiatriske og den socialfaglige indsats planlægges samlet. De gennemgåede planer fra de tre afdelinger har konkrete mål, og dokumentationen viser fremskridt, fx færre indlæggelser og en mere stabil døgnrytme.',
        t2: 'Beboerne oplever at blive hørt og respekteret, og tilsynet observerede en rolig stemning i både Huset ved Søen og Bakkehuset. Sundheden understøttes med kost, motion og hjælp til lægebesøg. Én magtanvendelse er indberettet korrekt og drøftet, og der er ikke registreret vold eller overgreb.',
        t3: 'Lederen har i længere perioder været fraværende uden en tydelig stedfortræder, og faglige beslutninger træffes forskelligt fra vagt til vagt. Medarbejderudviklingssamtaler er ikke gennemført i to år, og den eksterne supervision blev stoppet i foråret. Vagtplanerne for de seneste tre måneder viser, at der i 40 procent af aftenvagterne kun var én medarbejder, og at halvdelen af vagterne blev dækket af vikarer; fire beboere fortalte, at de ofte venter på hjælp, og at aftalte aktiviteter bliver aflyst. Sølvbakken har i høringen oplyst, at en souschef er konstitueret som stedfortræder; det indgår i opfølgningen under det skærpede tilsyn.',
        t4: 'Medarbejderne har relevante uddannelser og en fælles faglig tilgang, og der er en plan for kompetenceudvikling. Beboerne beskrev de faste medarbejdere som venlige og til at stole på.',
        t5: 'De tre afdelinger ligger samlet på en grund ved en sø med gode udendørsarealer. Huset ved Søen og Bakkehuset har værelser med eget bad, og i udslusningslejlighederne kan beboerne øve sig i at bo for sig selv.',
      },
      developmentPoints: [
        'Sølvbakken kan overveje at lade faste medarbejdere stå for introduktionen af vikarer, så beboerne møder kendte ansigter på flere vagter.',
        'Bestyrelsen kan med fordel få en kort månedlig status på bemanding og vikarforbrug, mens det skærpede tilsyn varer.',
      ],
      disproportionatelyExpensive: true,
    },
    reviewComment: 'Godkendt. Det fremgår både af den samlede vurdering og af økonomien, at tilbuddet er uforholdsmæssigt dyrt.',
    hearingAnswer:
      'Bestyrelsen for Sølvbakken er uenig i sammenligningen af taksten, da Sølvbakken har en højere normering om natten end de tilbud, der er sammenlignet med. Bestyrelsen har konstitueret en souschef som stedfortræder og genoptaget den eksterne supervision fra august.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Døgninstitutionen Kystly',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Hovedstaden vurderer, at Døgninstitutionen Kystly har den fornødne kvalitet. De små børn får tæt og stabil omsorg af faste voksne, og Marte Meo og Circle of Security bruges systematisk til at styrke både børnenes udvikling og samspillet med forældrene. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Kystly modtager børn fra 0 til 6 år, ofte akut anbragt. Medarbejderne filmer samspilssituationer og bruger Marte Meo-analyser i både børnenes planer og forældresamarbejdet, og Circle of Security ligger til grund for arbejdet med tilknytning. De gennemgåede planer har konkrete mål, fx for søvn, sprog og samvær, og dokumentationen viser fremskridt.',
        t2: 'Børneperspektivet er belyst ved observation og ved samtale med de ældste børn, som fortalte om deres yndlingslege, og om hvem de går til, når de er kede af det. Medarbejderne følger systematisk op på trivsel, og institutionen samarbejder med sundhedsplejerske og egen læge. Der er registreret én magtanvendelse i perioden; den er indberettet korrekt og drøftet med henblik på læring. Der er ikke registreret episoder med vold eller overgreb.',
        t3: 'Ledelsen er synlig i hverdagen, sikrer ekstern supervision og har styr på økonomi og drift. Hvert barn har en fast primærperson, og vagtplanerne sikrer kendte voksne også om aftenen og i weekenden.',
        t4: 'Medarbejderne er pædagoger med efteruddannelse i Marte Meo, og to af dem er certificerede Circle of Security-vejledere. Tilsynet så en rolig og lydhør tilgang, hvor medarbejderne satte ord på børnenes følelser.',
        t5: 'Kystly ligger tæt på stranden i et hus med ti børneværelser, to stuer og en stor have med legeplads. Et samværslokale giver forældrene mulighed for at være sammen med deres børn i hjemlige omgivelser.',
      },
      developmentPoints: ['Kystly kan overveje at invitere forældrene til en fælles introduktion til Circle of Security, når barnet er flyttet ind.'],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
    correction: {
      reason: 'Institutionen oplyste efter afsendelsen, at tre medarbejdere er certificerede Circle of Security-vejledere, ikke to.',
      overallAssessment: `Socialtilsyn Hovedstaden vurderer, at Døgninstitutionen Kystly har den fornødne kvalitet. De små børn får tæt og stabil omsorg af faste voksne, og Marte Meo og Circle of Security bruges systematisk til at styrke både børnenes udvikling og samspillet med forældrene. ${NO_DOUBT} Version 2 retter antallet af certificerede Circle of Security-vejledere; vurderingen er uændret.`,
      themeAssessments: {
        t4: 'Medarbejderne er pædagoger med efteruddannelse i Marte Meo, og tre af dem er certificerede Circle of Security-vejledere. Tilsynet så en rolig og lydhør tilgang, hvor medarbejderne satte ord på børnenes følelser.',
      },
      reviewComment: 'Godkendt. Rettelsen er faktuel og ændrer ikke vurderingen.',
    },
  },

  // ── plejefamilier: sendt til kommunerne, aldrig offentlige ─────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Plejefamilien Damgaard',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Nord vurderer, at Plejefamilien Damgaard har den fornødne kvalitet som forstærket plejefamilie. Søskendeparret på 7 og 10 år trives og udvikler sig, især sprogligt og socialt, og plejeforældrene samarbejder konstruktivt med skole, forældre og rådgiver. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Plejeforældrene kender målene i børnenes handleplan og arbejder med dem sammen med skolen og rådgiveren i Klitmarken Kommune. Begge børn har gjort fremskridt, især med sproget og med at få venner i klassen.',
        t2: 'Børnene fortalte tilsynet, at de selv har valgt at gå til ridning, og at de er med til at planlægge samværet med deres forældre. Familien sørger for faste lægetjek, tandlæge og sund kost, og børnene har en tæt og tryg kontakt til plejeforældrene.',
        t3: 'Hverdagen er præget af faste rutiner, og familien har et netværk af bedsteforældre og naboer, som kan aflaste. Tilsynet oplevede en rolig og imødekommende stemning i hjemmet.',
        t4: 'Plejeforældrene beskriver børnenes behov nuanceret og har tilpasset hverdagen efter dem, fx med ekstra tid til lektier. De har deltaget i kursus for forstærkede plejefamilier og beskriver samarbejdet med rådgiveren som godt.',
        t5: 'Familien bor i et parcelhus med have, og børnene har hvert sit værelse, som de selv har været med til at indrette. Der er gode muligheder for leg og fritidsaktiviteter i nærområdet.',
      },
      developmentPoints: ['Plejefamilien kan overveje at deltage i en netværksgruppe for plejefamilier med søskende i pleje.'],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Plejefamilien Toft',
    status: 'sent',
    expects: { k4: 'not_met', k5: 'not_met' },
    texts: {
      overallAssessment:
        'Socialtilsyn Midt vurderer, at Plejefamilien Toft ikke har den fornødne kvalitet som specialiseret plejefamilie. Børnene er knyttet til plejeforældrene, deres mål følges, og hjemmet er trygt, men vedvarende konflikter i parforholdet præger hverdagen, og samarbejdet med kommune, skole og børnenes familie er brudt sammen. Plejefamilien er under skærpet tilsyn til 14. oktober 2026.',
      themeAssessments: {
        t1: 'Plejeforældrene kender målene i søskendeparrets handleplan og arbejder konkret med dem i hverdagen, hvilket rådgiveren har bekræftet.',
        t2: 'Børnene fortalte, at de bliver lyttet til og selv har valgt fritidsaktiviteter. Plejeforældrene er opmærksomme på børnenes mentale trivsel og samarbejder med PPR og sundhedsplejen, og familien har gennemført kursus i fysisk guidning og afværgehjælp.',
        t3: 'Plejeforældrene beskrev hver for sig vedvarende konflikter i parforholdet, og plejefar har i perioder boet uden for hjemmet. Børnene fortalte, at der ofte bliver råbt, og at det gør dem kede af det, og skolen har underrettet kommunen om, at de virker urolige og trætte. Familien har ikke søgt parrådgivning eller orienteret rådgiveren. Familiens dynamik giver på nuværende tidspunkt ikke børnene trygge og stabile rammer.',
        t4: 'Plejeforældrene drager omsorg for børnenes individuelle behov og opsøger viden, men samarbejdet med rådgiver, skole og børnenes familie fungerer ikke: aftalte samvær er aflyst med kort varsel, familien har ikke deltaget i to netværksmøder, og skolen får ikke svar på henvendelser.',
        t5: 'Hjemmet er trygt og velholdt, og børnene har let adgang til skole, venner og fritidsaktiviteter.',
      },
      developmentPoints: ['Plejefamilien kan med fordel tage imod tilbuddet om parrådgivning og bruge supervisionen til at drøfte, hvordan uenigheder holdes uden for børnenes hverdag.'],
    },
    reviewComment: 'Godkendt. Vurderingen af familiedynamikken er konkret og underbygget.',
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Plejefamilien Højgaard',
    status: 'sent',
    texts: {
      overallAssessment: `Socialtilsyn Syd vurderer, at Plejefamilien Højgaard har den fornødne kvalitet som forstærket plejefamilie. Søstrene på 12 og 14 år trives, bliver inddraget og har en stabil hverdag med en plejeforælder hjemme efter skoletid. ${NO_DOUBT}`,
      themeAssessments: {
        t1: 'Plejeforældrene kender målene i pigernes handleplan og beskrev konkret, hvordan de arbejder med dem, fx med lektiehjælp og faste aftaler om samvær. Rådgiveren har bekræftet, at målene følges.',
        t2: 'Pigerne bliver inddraget i beslutninger efter alder og modenhed, og plejeforældrene har støttet dem i at sige deres mening om samværet til rådgiveren. De trives, går til svømning og har faste lægetjek og tandlæge.',
        t3: 'Familiens arbejdstider er tilrettelagt, så en af plejeforældrene altid er hjemme, når pigerne kommer fra skole. Tilsynet oplevede en familie præget af humor og tydelige aftaler.',
        t4: 'Plejeforældrene har deltaget i relevante kurser og beskriver pigernes behov nuanceret. Samarbejdet med pigernes forældre og med rådgiveren beskrives af alle parter som konstruktivt.',
        t5: 'Hjemmet er trygt og velholdt, og pigerne har hvert sit værelse. Der er kort til skole, venner og fritidsaktiviteter.',
      },
      developmentPoints: ['Plejefamilien kan overveje, hvordan den ældste pige kan forberedes på at blive mere selvstændig, fx med et eget budget til tøj og fritid.'],
    },
    reviewComment: 'Godkendt uden bemærkninger.',
  },

  // ── undervejs: i faktuel høring og til kvalitetssikring ───────────────────────────────
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Herberget Lygten',
    status: 'hearing',
    expects: { k2: 'doubt', k6: 'doubt' },
    texts: {
      overallAssessment:
        'Socialtilsyn Hovedstaden vurderer, at Herberget Lygten har den fornødne kvalitet. Beboerne får et trygt midlertidigt ophold med skadesreducerende støtte, og Critical Time Intervention bruges til at hjælpe dem videre i egen bolig. Tilsynet er i tvivl om to forhold: husreglerne, hvor flere regler er fastsat uden vurderinger af den enkelte, og ledelsen, der er ny efter en periode med konstitueret ledelse. Tilsynet følger op på begge dele.',
      themeAssessments: {
        t1: 'Lygten har 40 pladser til hjemløse voksne, og de fleste beboere bor der i nogle måneder, før de flytter i egen bolig. Planerne bygger på skadesreduktion og Critical Time Intervention, og de gennemgåede forløb har konkrete mål for bolig, økonomi og kontakt til behandling, som følges op.',
        t2: 'Beboerne oplever overordnet at blive hørt, men to af de interviewede fortalte, at regler om sengetider og brug af telefon er besluttet af personalet uden drøftelse. Medarbejderne begrundede reglerne med hensynet til fællesskabet, men kunne ikke henvise til vurderinger af den enkelte. Beboerne trives, og der er hjælp til lægebesøg og kontakt til sygeplejerske. Én magtanvendelse er indberettet korrekt, og beboerne kender herbergets beredskab mod vold.',
        t3: 'Den nuværende leder tiltrådte for fem måneder siden efter en periode med konstitueret ledelse, og medarbejderne beskriver, at mange beslutninger har været udskudt. Lederen har relevant uddannelse og har lagt en realistisk plan for de kommende måneder. Beboerne har faste kontaktpersoner, og vagtplanerne sikrer en kompetent bemanding døgnet rundt.',
        t4: 'Medarbejderne har relevante uddannelser og en fælles skadesreducerende tilgang, og der er en plan for kompetenceudvikling. Beboerne beskrev medarbejderne som venlige og til at stole på.',
        t5: 'Herberget har enkeltværelser, fælleskøkken, opholdsstue og en gårdhave. Bygningen er velholdt og giver både mulighed for fællesskab og ro.',
      },
      developmentPoints: ['Herberget kan overveje at tage husreglerne op på et beboermøde, så beboerne får indflydelse på, hvilke fælles regler der er brug for.'],
    },
    reviewComment: 'Godkendt. Klar beskrivelse af tvivlen om husreglerne.',
    dates: { created: '2026-10-26', submitted: '2026-11-12', approved: '2026-11-16', hearing: '2026-11-17', deadline: '2026-12-04' },
  },
  {
    inspection: 'Driftsorienteret tilsyn 2026 – Opholdsstedet Kløverengen',
    status: 'review',
    expects: { k4: 'not_met', k7: 'doubt' },
    texts: {
      overallAssessment:
        'Socialtilsyn Øst vurderer, at Opholdsstedet Kløverengen ikke har den fornødne kvalitet, fordi magtanvendelser ikke indberettes rettidigt og ikke følges op med læring: seks af elleve indberetninger kom for sent, og fastholdelse af den samme unge gentog sig tre gange på en måned uden ændret tilgang. Behandlingen med dialektisk adfærdsterapi og mentalisering er god, og de unge trives og bliver inddraget. Tilsynet er i tvivl om vikarforbruget. Socialtilsynet har givet påbud med frist 22. august 2026.',
      themeAssessments: {
        t1: 'Kløverengen har seks pladser til unge piger med selvskadende adfærd. Indsatsen bygger på dialektisk adfærdsterapi og mentalisering, og de gennemgåede planer har konkrete mål for fx at regulere følelser og at gå i skole. Dokumentationen viser fremskridt for flere af de unge.',
        t2: 'De unge fortalte, at de bliver inddraget i hverdagen og deltager i husmøder. De trives, og der er fokus på sund kost, motion og lægebesøg. Magtanvendelserne håndteres derimod ikke forsvarligt: af de elleve indberetninger fra det seneste år var seks indsendt mere end en uge efter episoden, tre var uden den unges egen beskrivelse, og ingen var fulgt op med en faglig drøftelse. To nyansatte kendte ikke reglerne for fastholdelse. Det er baggrunden for påbuddet. De unge oplever sig trygge, og episoder med vold registreres og drøftes.',
        t3: 'Lederen har relevant uddannelse og ledelseserfaring, og bestyrelsen følger kvartalsvis op på økonomi og faglig kvalitet. Personalegennemstrømningen har dog været høj, og mange vagter i de seneste tre måneder er dækket af vikarer, som ikke kender de unge. Ledelsen har ansat to faste medarbejdere, og tilsynet følger op på vikarforbruget.',
        t4: 'De faste medarbejdere er overvejende pædagoger med efteruddannelse i dialektisk adfærdsterapi, og tilsynet observerede et respektfuldt og anerkendende samspil med de unge.',
        t5: 'Opholdsstedet ligger i et landhus med enkeltværelser, fælles køkken og have. Huset er velholdt og giver både plads til fællesskab og ro.',
      },
      developmentPoints: ['Kløverengen kan overveje at lade de unge gennemgå episoder med fastholdelse sammen med deres kontaktperson, når situationen er faldet til ro.'],
    },
    returnedComment:
      'Temavurderingen af sundhed og trivsel skal beskrive, hvad tilsynet fandt i indberetningerne om magtanvendelse, og den samlede vurdering skal nævne påbuddet og fristen.',
    dates: { created: '2026-10-19', submitted: '2026-11-02', returned: '2026-11-05', resubmitted: '2026-11-18' },
  },
];
