// The written assessments of the demo: professional justifications (faglige begrundelser) per
// criterion of the two binary models, per colour, and written assessments per indicator of the
// scored 2017 model. Every text describes a concrete, invented case. Depth follows the colour:
// green brief, yellow (doubt) fuller, red (not met) thorough with design, sources and methods.
import { capitalise } from '../core/labels.ts';

export type ProviderContext = {
  name: string;
  /** The name in the genitive ("Bostedet Lærkeredens"). */
  nameGen: string;
  citizens: string;
  Citizens: string;
  citizensGen: string;
  target: string;
  method: string;
  method2: string;
  municipality: string;
  year: number;
  hasBoard: boolean;
};

export type FamilyContext = {
  name: string;
  municipality: string;
  /** "barnet" or "børnene". */
  child: string;
  Child: string;
  /** "barnets" or "børnenes". */
  childGen: string;
  childDescription: string;
  /** First sentence about who is in care at the time of the inspection. */
  childIntro: string;
  activity: string;
  specialised: boolean;
  year: number;
};

type Text<C> = (c: C) => string;
export type CriterionTexts<C> = {
  met: [Text<C>, Text<C>];
  doubt: Text<C>;
  notMet: { absent: string[]; text: Text<C> };
  approval: Text<C>;
  approvalNotMet?: { absent: string[]; text: Text<C> };
  /** Foster family without a child in care: the assessment rests on what the authority knows. */
  noChild?: Text<C>;
};

/** The genitive of a name ("Bostedet Lærkeredens", "Botilbuddet Ådalshus'"). */
export const genitive = (name: string): string => (/[sxz]$/.test(name) ? `${name}'` : `${name}s`);
/** The genitive of a group of people, each part inflected ("børnenes og de unges"). */
export const groupGenitive = (group: string): string => group.split(' og ').map(genitive).join(' og ');

const board = (c: ProviderContext, approval = false): string =>
  c.hasBoard
    ? approval
      ? 'Markøren om bestyrelsen vurderes til stede: bestyrelsens sammensætning, kompetencer og forretningsorden er gennemgået.'
      : 'Markøren om bestyrelsen vurderes til stede: bestyrelsen mødes kvartalsvis og følger op på økonomi og faglig kvalitet.'
    : 'Markøren om bestyrelsen er ikke aktuel, da tilbuddet ikke har en bestyrelse.';

export const TILBUD_TEXTS: Record<string, CriterionTexts<ProviderContext>> = {
  k1: {
    met: [
      (c) => `${c.name} har en tydelig målgruppebeskrivelse, og ledelse og medarbejdere kunne ved interview redegøre for, hvordan ${c.method} og ${c.method2} bruges over for ${c.target.toLowerCase()}. De gennemgåede planer har konkrete delmål, der følges op hvert kvartal.`,
      (c) => `Tilsynet har gennemgået dokumentationen for fire af ${c.citizens} og talt med to medarbejdere. Indsatsen bygger på ${c.method}, målene er konkrete, og der er dokumenterede fremskridt, fx i dagligdagens struktur og deltagelse i aktiviteter.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt, men med tvivl. ${c.name} arbejder med ${c.method}, og medarbejderne kan redegøre for tilgangen. Resultatdokumentationen er dog uensartet: i tre ud af fem gennemgåede planer var delmålene ikke fulgt op inden for det seneste halve år, og ledelsen kunne ikke vise, hvordan dokumentationen bruges til at justere indsatsen. Markørerne vurderes til stede, men tilsynet har udvidet designet med dokumentanalyse af yderligere planer og følger op ved næste tilsyn.`,
    notMet: {
      absent: ['k1.3'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om resultatdokumentation vurderes ikke til stede, mens markørerne om målgruppebeskrivelse, faglige metoder og eksternt samarbejde vurderes til stede. Tilsynet har gennemgået dokumentationen for seks af ${c.citizens}, interviewet leder og tre medarbejdere og trianguleret med en sagsbehandler i ${c.municipality}. I ingen af de gennemgåede forløb var der opstillet mål, der kunne følges op på, og dagbogsnotaterne beskriver primært praktiske gøremål. Medarbejderne fortalte samstemmende, at ${c.method} anvendes, men kunne ikke give eksempler på, hvordan viden fra dokumentationen har ført til ændringer i indsatsen. Ledelsen oplyste, at et nyt dokumentationssystem er indkøbt, men endnu ikke taget i brug. Samlet finder tilsynet, at ${c.name} ikke kan sandsynliggøre, at indsatsen fører til positive resultater for ${c.citizens}.`,
    },
    approval: (c) =>
      `Ansøgningen beskriver en tydelig målgruppe (${c.target.toLowerCase()}), og ledelsen kunne ved godkendelsesmødet redegøre for, hvordan ${c.method} skal anvendes, og hvordan resultater skal dokumenteres.`,
  },
  k2: {
    met: [
      (c) => `${c.Citizens} fortalte ved besøget, at de selv bestemmer over deres hverdag, og at der holdes husmøde hver anden uge med referat. Medarbejderne gav konkrete eksempler på, hvordan ${c.citizens} inddrages i egne mål og i fælles beslutninger.`,
      (c) => `Borgerperspektivet er belyst ved samtale med tre af ${c.citizens}, som oplever at blive hørt og respekteret. Medarbejderne tilpasser inddragelsen efter den enkeltes kommunikative forudsætninger.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. ${c.Citizens} oplever overordnet at blive hørt, men to af de interviewede fortalte, at faste regler om sengetider og brug af telefon er besluttet af personalet uden drøftelse. Medarbejderne begrundede reglerne med hensynet til fællesskabet, men kunne ikke henvise til individuelle vurderinger. Markøren vurderes til stede, da inddragelsen i egne mål er god, men tilsynet følger op på husreglerne ved næste tilsyn.`,
    notMet: {
      absent: ['k2.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt, da markøren om inddragelse og selv- og medbestemmelse ikke er til stede. Tilsynet har interviewet fire af ${c.citizens}, leder og tre medarbejdere og gennemgået husregler og referater fra husmøder det seneste halve år. ${c.Citizens} beskrev samstemmende, at de ikke har indflydelse på måltider, aktiviteter eller besøgstider, og at ønsker fremsat på husmøder sjældent bliver fulgt op. Referaterne viser, at der kun er holdt to husmøder i perioden, og at dagsordenen er fastlagt af personalet. Husreglerne indeholder generelle begrænsninger, som ikke er begrundet i den enkeltes behov, blandt andet faste tidspunkter for aflevering af mobiltelefoner. Medarbejderne gav udtryk for, at reglerne skaber ro, men kunne ikke redegøre for, hvordan retten til selvbestemmelse er afvejet over for hensynet til fællesskabet.`,
    },
    approval: (c) =>
      `${c.name} har beskrevet, hvordan ${c.citizens} skal inddrages i egne mål og i husmøder, og ledelsen kunne give konkrete eksempler fra tidligere arbejde med målgruppen.`,
  },
  k3: {
    met: [
      (c) => `${c.Citizens} trives efter eget udsagn, og medarbejderne følger systematisk op på trivsel på de ugentlige personalemøder. ${c.name} samarbejder med egen læge, tandlæge og psykiatri, og der er ledsagelse til sundhedsaftaler efter behov.`,
      (c) => `Tilsynet observerede en rolig og venlig stemning, og ${c.citizens} gav udtryk for at trives. Den fysiske sundhed understøttes af kost, motion og hjælp til lægebesøg, og den mentale trivsel drøftes i de individuelle samtaler.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt, men med tvivl om den fysiske sundhed. ${c.Citizens} trives overordnet, og den mentale trivsel understøttes godt gennem ${c.method}. Dokumentationen viser dog, at opfølgning på årlige helbredstjek og tandlægebesøg afhænger af den enkelte kontaktperson, og for to af ${c.citizens} var der ikke fulgt op på anbefalinger fra egen læge. Tilsynet har derfor udvidet designet med dokumentanalyse af sundhedsnotater og trianguleret med en pårørende; markørerne vurderes til stede.`,
    notMet: {
      absent: ['k3.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om mental sundhed og trivsel vurderes til stede, mens markøren om fysisk sundhed og trivsel vurderes ikke til stede. Ved besøget fortalte flere af ${c.citizens}, at de ikke får hjælp til at komme til tandlæge og læge, og en pårørende oplyste ved triangulering, at en aftale på et ambulatorium var blevet aflyst to gange, fordi der ikke var personale til ledsagelse. Tilsynets gennemgang af sundhedsnotater for fem af ${c.citizens} viste, at der ikke var registreret en årlig sundhedssamtale for nogen af dem, og at ændringer i medicin ikke var dokumenteret konsekvent. Medarbejderne kunne ikke redegøre for, hvem der har ansvaret for at følge op på helbred, kost og motion, og ledelsen bekræftede, at opgaven ikke er fordelt. Tilsynet vurderer derfor, at ${c.name} ikke i tilstrækkelig grad understøtter den fysiske sundhed.`,
    },
    approval: () =>
      'Der foreligger en plan for samarbejde med egen læge, tandlæge og psykiatri, og de sundhedsfaglige opgaver er fordelt mellem ledelse og medarbejdere med en ansvarlig sygeplejerske.',
  },
  k4: {
    met: [
      (c) => `${c.name} arbejder forebyggende med ${c.method}, og medarbejderne beskrev konkret, hvordan de trækker sig og nedtoner konflikter. Der er registreret én magtanvendelse i perioden; den er indberettet korrekt og gennemgået på personalemøde.`,
      () => 'Der er ikke registreret magtanvendelser siden seneste tilsyn. Medarbejderne kender reglerne og kunne redegøre for, hvordan konflikter forebygges gennem forudsigelighed, skærmning og tidlig kontakt.',
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Medarbejderne arbejder overvejende forebyggende med ${c.method}, og ${c.citizens} oplever sjældent konflikter. Tilsynet har dog gennemgået fire indberetninger om magtanvendelse fra det seneste halvår, hvor to var indberettet mere end en uge for sent, og hvor ledelsens opfølgning ikke fremgik. Ledelsen har efter besøget fremsendt en ny procedure for opfølgning og læring, som tilsynet finder relevant; markørerne vurderes til stede.`,
    notMet: {
      absent: ['k4.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om en pædagogisk praksis, der forebygger magtanvendelser, vurderes til stede, men markøren om dokumentation, håndtering og læring af magtanvendelser vurderes ikke til stede. Tilsynet har gennemgået samtlige elleve indberetninger om magtanvendelse fra det seneste år og interviewet leder og fire medarbejdere. Seks indberetninger var indsendt mere end en uge efter episoden, tre manglede den berørtes egen beskrivelse af episoden, og i ingen af sagerne fremgik det, at ledelsen havde fulgt op med en faglig drøftelse. Medarbejderne beskrev samstemmende, at episoderne ikke gennemgås i personalegruppen, og to nyansatte kendte ikke reglerne for, hvornår en fastholdelse er tilladt. Tilsynet finder det særligt alvorligt, at fastholdelse af den samme person gentog sig tre gange på en måned, uden at tilgangen blev ændret. ${c.name} har derfor ikke en praksis, der sikrer læring og forebygger gentagelser.`,
    },
    approval: () =>
      'Ledelsen kender reglerne om magtanvendelse, og der er udarbejdet en procedure for forebyggelse, indberetning og læring, som alle medarbejdere introduceres til inden opstart.',
  },
  k5: {
    met: [
      (c) => `${c.Citizens} oplever sig trygge, og medarbejderne kender ${c.nameGen} beredskabsplan mod vold og overgreb. Episoder registreres, drøftes på personalemøder og bruges til at justere indsatsen.`,
      () => 'Der er ikke registreret episoder med vold eller overgreb siden seneste tilsyn. Medarbejderne kunne redegøre for, hvordan de opdager og reagerer på tegn på mistrivsel, og beredskabsplanen er opdateret i år.',
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. ${c.Citizens} beskriver overordnet stedet som trygt, men to episoder med trusler mellem ${c.citizens} i foråret var kun noteret i dagbogen og ikke registreret efter ${c.nameGen} egen procedure. Medarbejderne kendte beredskabsplanen, men var usikre på, hvornår en episode skal registreres. Tilsynet har trianguleret med den visiterende kommune, der ikke har modtaget bekymringer; markørerne vurderes til stede, og tilsynet følger op.`,
    notMet: {
      absent: ['k5.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om en forebyggende pædagogisk praksis vurderes til stede, men markøren om registrering, håndtering og læring af episoder med vold og overgreb vurderes ikke til stede. ${capitalise(c.nameGen)} beredskabsplan er fra 2019 og beskriver ikke den nuværende målgruppe. Ved gennemgang af dagbogsnotater fandt tilsynet syv episoder med fysisk vold mellem ${c.citizens} og én episode med vold mod en medarbejder, som ikke var registreret eller analyseret. Medarbejderne fortalte, at episoder drøftes uformelt ved vagtskifte, men at der ikke følges op systematisk, og ledelsen havde ikke overblik over omfanget. To af ${c.citizens} fortalte, at de undgår fællesarealerne om aftenen, fordi de er bange. Tilsynet vurderer, at den manglende registrering og læring betyder, at risikoen for gentagelser ikke bliver mindsket.`,
    },
    approval: () =>
      'Der er udarbejdet en beredskabsplan mod vold og overgreb, som beskriver forebyggelse, registrering og opfølgning og er tilpasset den målgruppe, der søges godkendelse til.',
  },
  k6: {
    met: [
      (c) => `Lederen har relevant uddannelse og flere års ledelseserfaring og beskrev en klar faglig retning for ${c.name}. ${board(c)}`,
      (c) => `Ledelsen er synlig i hverdagen, sikrer ekstern supervision og har styr på økonomi og drift. ${board(c)}`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Den nuværende leder tiltrådte for fem måneder siden efter en periode med konstitueret ledelse, og medarbejderne beskriver, at mange beslutninger har været udskudt. Lederen har relevant uddannelse og har lagt en plan for de kommende måneder, som tilsynet finder realistisk. ${board(c)} Tilsynet følger op på, om planen bliver gennemført.`,
    notMet: {
      absent: ['k6.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt, da markøren om kompetent og ansvarlig faglig, strategisk og økonomisk ledelse ikke er til stede. ${board(c)} Tilsynet har interviewet lederen og fem medarbejdere og gennemgået referater fra personalemøder, budgetopfølgning og sygefraværsstatistik for det seneste år. Lederen har været fraværende i længere perioder uden en tydelig stedfortræder, og medarbejderne beskrev, at faglige beslutninger træffes forskelligt fra vagt til vagt. Der er ikke gennemført medarbejderudviklingssamtaler i to år, og ekstern supervision blev stoppet i foråret af økonomiske årsager. Budgetopfølgningen viser et merforbrug på vikarer, som ledelsen ikke havde en forklaring på. Samlet vurderer tilsynet, at ledelsen ikke sikrer den faglige og økonomiske styring af ${c.name}.`,
    },
    approval: (c) => `Den kommende leder har en relevant uddannelse og ledelseserfaring fra et tilsvarende tilbud. ${board(c, true)}`,
  },
  k7: {
    met: [
      (c) => `${c.Citizens} har en fast kontaktperson og oplever, at der er personale til stede, når de har brug for det. Vagtplanerne viser en hensigtsmæssig fordeling af kompetencer, også aften og weekend.`,
      () => 'Personalegennemstrømningen og sygefraværet er på niveau med sammenlignelige tilbud, og vagtplanen sikrer, at der altid er en medarbejder med relevant uddannelse på vagt.',
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. ${c.Citizens} har en fast kontaktperson, men personalegennemstrømningen har været høj det seneste år, og vagtplanen for de seneste tre måneder viser mange vagter dækket af vikarer uden kendskab til ${c.citizens}. Ledelsen har ansat to faste medarbejdere og forventer at kunne nedbringe vikarforbruget. Markørerne vurderes til stede, men tilsynet følger op på vikarforbruget.`,
    notMet: {
      absent: ['k7.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om en hensigtsmæssig organisering af kompetencer vurderes til stede, men markøren om tilstrækkelig kontakt til medarbejdere med relevante kompetencer vurderes ikke til stede. Tilsynets gennemgang af vagtplaner for de seneste tre måneder viser, at der i 40 procent af aftenvagterne kun var én medarbejder på arbejde, og at halvdelen af vagterne blev dækket af vikarer. Fire af ${c.citizens} fortalte, at de ofte må vente på hjælp, og at aftalte aktiviteter bliver aflyst. En pårørende bekræftede ved triangulering, at kontaktpersonen er skiftet tre gange på et år. Ledelsen oplyste, at rekrutteringen er vanskelig, men har ikke en plan for at sikre kontinuiteten i mellemtiden.`,
    },
    approval: (c) =>
      `Den foreløbige vagtplan og normering sikrer, at ${c.citizens} kan få kontakt til medarbejdere med relevante kompetencer i det omfang, de har behov for.`,
  },
  k8: {
    met: [
      (c) => `Medarbejdergruppen består overvejende af pædagoger og social- og sundhedsassistenter med efteruddannelse i ${c.method}. Tilsynet observerede et respektfuldt og anerkendende samspil med ${c.citizens}.`,
      (c) => `Medarbejderne har relevante uddannelser og en fælles faglig tilgang, og der er en plan for kompetenceudvikling. ${c.Citizens} beskrev medarbejderne som venlige og til at stole på.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Kernen af medarbejdergruppen har relevant uddannelse og kender ${c.method}, men fem af de seneste otte nyansatte er ufaglærte og har endnu ikke fået introduktion til metoden. Tilsynet observerede et respektfuldt samspil, men også en situation, hvor en nyansat talte hen over hovedet på en af ${c.citizens}. Ledelsen har planlagt et introduktionsforløb; markørerne vurderes til stede, og tilsynet følger op.`,
    notMet: {
      absent: ['k8.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om, at medarbejderne møder ${c.citizens} med respekt og anerkendelse, vurderes til stede, men markøren om faglige, relationelle og personlige kompetencer, der matcher målgruppens behov, vurderes ikke til stede. Medarbejderoversigten viser, at kun fire af fjorten faste medarbejdere har en relevant uddannelse, og ingen har gennemført uddannelse i ${c.method}, som ${c.name} angiver som sin primære metode på Tilbudsportalen. Ved interview kunne medarbejderne ikke beskrive metoden eller give eksempler på, hvordan den bruges. Tilsynet observerede desuden to situationer, hvor medarbejderne ikke opfangede tydelige tegn på uro, som efterfølgende udviklede sig til konflikter. Der er ingen plan for kompetenceudvikling.`,
    },
    approval: () =>
      'Rekrutteringsplanen og de første ansættelser viser en medarbejdergruppe med relevante uddannelser og erfaring med målgruppen, og der er lagt en plan for introduktion.',
  },
  k9: {
    met: [
      (c) => `De fysiske rammer er velholdte og indrettet efter målgruppens behov, med mulighed for både fællesskab og ro. ${c.Citizens} gav udtryk for at være glade for stedet.`,
      () => 'Tilsynet observerede rammer, der understøtter både fællesskab og privatliv, og der er gode udendørsarealer. Brandforhold og adgangsforhold er i orden.',
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Rammerne er overordnet velegnede og indrettet efter målgruppens behov, men fællesarealerne var ved besøget præget af slid, og to af ${c.citizens} klagede over fugt i badeværelserne. Ledelsen har fremsendt en vedligeholdelsesplan med renovering i første halvår, som tilsynet finder tilstrækkelig. Markørerne vurderes til stede.`,
    notMet: {
      absent: ['k9.3'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markørerne om omgivelser og indretning og om rammer, der understøtter trivsel og fællesskab, vurderes til stede, men markøren om tryghed og sikkerhed vurderes ikke til stede. Ved det uanmeldte besøg observerede tilsynet, at en flugtvej fra første sal var blokeret af opmagasinerede møbler, at medicinskabet stod ulåst i et fællesrum, og at der ikke var en fungerende lås på to af værelserne. ${c.Citizens} fortalte, at de ikke føler sig trygge om natten, fordi andre kan gå ind på deres værelser. Ledelsen var bekendt med forholdene, men havde ikke sat udbedring i gang, og det seneste brandsyn var ikke fulgt op. Tilsynet har efter besøget bedt om dokumentation for udbedring og vurderer, at forholdene udgør en konkret risiko.`,
    },
    approval: () =>
      'Tilsynet har besigtiget bygningerne, der er indrettet med egne boliger og fællesarealer, som er velegnede til målgruppen, og brandforholdene er godkendt.',
    approvalNotMet: {
      absent: ['k9.3'],
      text: () =>
        'Kriteriet vurderes ikke opfyldt på nuværende tidspunkt. Markørerne om omgivelser og indretning og om rammer, der understøtter trivsel og fællesskab, vurderes til stede ud fra tegninger og besigtigelse, men markøren om tryghed og sikkerhed vurderes ikke til stede. Ved besigtigelsen var ombygningen af stueetagen ikke afsluttet: der manglede godkendt brandadskillelse mellem køkken og boliger, nødbelysningen var ikke installeret, og der var ikke etableret flugtvej fra to af boligerne på første sal. Byggesagen i kommunen er endnu ikke færdigmeldt. Ledelsen har fremlagt en tidsplan for færdiggørelse inden for tre måneder. Tilsynet vurderer, at rammerne kan blive velegnede, men at de ikke er det i dag, og at godkendelse derfor kun kan ske med vilkår om dokumentation for færdigmelding og brandsyn.',
    },
  },
};

export const TILBUD_ECONOMY = {
  met: (c: ProviderContext) =>
    `Budget ${c.year} og årsrapport ${c.year - 1} er gennemgået. Økonomien er bæredygtig med en egenkapital, der kan modstå udsving i belægningen, taksten står i rimeligt forhold til kvaliteten og målgruppen, og regnskabet er gennemsigtigt med en revisorpåtegning uden forbehold.`,
  notMet: (c: ProviderContext) =>
    `Økonomien vurderes ikke opfyldt. Budget ${c.year} viser en takst, der ligger markant over sammenlignelige tilbud med samme målgruppe, uden at det kan begrundes i særlige ydelser, normering eller kompetencer, og tilsynet vurderer, at ${c.name} er uforholdsmæssigt dyrt i forhold til kvaliteten. Årsrapporten for ${c.year - 1} viser desuden betydelige udgifter til konsulentydelser fra en virksomhed, der ejes af et bestyrelsesmedlem, hvilket ikke er tilstrækkeligt gennemsigtigt.`,
  approval: () =>
    'Budgettet for første driftsår er realistisk i forhold til den forventede belægning, taksten er rimelig for målgruppen, og der er etableret en gennemsigtig regnskabspraksis med ekstern revision.',
};

const specialisedMet = (c: FamilyContext): string =>
  c.specialised
    ? ' Familien har gennemført kursus i fysisk guidning og afværgehjælp og kunne beskrive, hvordan de forebygger situationer, hvor det bliver nødvendigt.'
    : '';
const specialisedState = (c: FamilyContext): string =>
  c.specialised ? ' Markøren om fysisk guidning og afværgehjælp vurderes til stede.' : '';

export const PLEJEFAMILIE_TEXTS: Record<string, CriterionTexts<FamilyContext>> = {
  k1: {
    met: [
      (c) => `${c.childIntro} Plejeforældrene kender målene i ${c.childGen} handleplan og beskrev konkret, hvordan de arbejder med dem i hverdagen, hvilket rådgiveren i ${c.municipality} bekræftede ved triangulering.`,
      (c) => `${c.childIntro} Familien samarbejder tæt med skolen og rådgiveren om ${c.childGen} mål, og ${c.child} har udviklet sig positivt, især i forhold til sprog og venskaber.`,
    ],
    doubt: (c) =>
      `${c.childIntro} Kriteriet vurderes opfyldt med tvivl. Plejeforældrene kender de overordnede mål for ${c.child}, men har ikke modtaget en opdateret handleplan efter seneste opfølgning, og de kunne ikke redegøre for de konkrete delmål om skolegang. Rådgiveren i ${c.municipality} oplyste ved triangulering, at handleplanen er under revision. ${c.Child} trives og udvikler sig, og markørerne vurderes til stede, men tilsynet følger op på samarbejdet om målene.`,
    notMet: {
      absent: ['k1.1'],
      text: (c) =>
        `${c.childIntro} Kriteriet vurderes ikke opfyldt, da markøren om kendskab til målene i ${c.childGen} plan ikke er til stede, mens markøren om, at indsatsen medvirker til trivsel og udvikling, vurderes til stede. Plejeforældrene oplyste ved interview, at de ikke har set ${c.childGen} handleplan, og at de ikke har deltaget i opfølgningsmøder det seneste år, fordi møderne lå i deres arbejdstid. De kunne ikke beskrive, hvilke mål der er sat for skolegang, samvær og sundhed. Rådgiveren i ${c.municipality} bekræftede ved triangulering, at familien er inviteret, men ikke er mødt op, og at aftaler om samvær er blevet ændret uden koordinering. Tilsynet vurderer, at familien dermed ikke aktivt bidrager til at opnå målene for anbringelsen, selv om ${c.child} i hverdagen får god omsorg.`,
    },
    approval: () =>
      'Ansøgerne har ved interview vist forståelse for, at et plejebarns ophold har mål, som kommunen fastsætter, og de har deltaget i grundkursus om samarbejdet om handleplaner.',
    noChild: (c) =>
      `${c.name} har ikke aktuelt et barn i pleje. Ved det seneste forløb med ${c.childDescription} bidrog familien aktivt til målene i handleplanen, hvilket rådgiveren i ${c.municipality} har bekræftet.`,
  },
  k2: {
    met: [
      (c) => `Tilsynet har talt med ${c.child} uden plejeforældrene til stede. ${c.Child} fortalte, at de voksne lytter, at ${c.child} selv har valgt fritidsaktivitet, og at ${c.child} er med til at planlægge samværet med familien.`,
      (c) => `Plejeforældrene inddrager ${c.child} i beslutninger i hverdagen, tilpasset alder og modenhed, og de har støttet ${c.child} i at udtrykke ønsker til samværet over for rådgiveren.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. ${c.Child} fortalte tilsynet, at plejeforældrene er søde og hjælpsomme, men også, at ønsker om at se venner i weekenden sjældent bliver imødekommet, fordi familien har mange faste aftaler. Plejeforældrene begrundede det med behovet for ro og struktur. Tilsynet anerkender hensynet, men vurderer, at familien kan inddrage ${c.child} mere; markøren vurderes til stede med tvivl, og tilsynet følger op ved næste besøg.`,
    notMet: {
      absent: ['k2.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt, da markøren om inddragelse og selv- og medbestemmelse ikke er til stede. Tilsynet har talt med ${c.child} alene og interviewet begge plejeforældre, og rådgiveren er hørt ved triangulering. ${c.Child} fortalte, at der ikke bliver lyttet til ønsker om fritidsaktiviteter, og at plejeforældrene har læst beskeder på telefonen uden at spørge. Plejeforældrene bekræftede, at de kontrollerer telefonen dagligt, og begrundede det med en generel bekymring, men uden konkret anledning og uden aftale med kommunen. Rådgiveren oplyste, at ${c.child} flere gange har givet udtryk for ikke at blive hørt. Tilsynet vurderer, at familiens praksis ikke understøtter ${c.childGen} ret til privatliv og medbestemmelse i et omfang, der svarer til alder og modenhed.`,
    },
    approval: () =>
      'Ansøgerne kunne give konkrete eksempler på, hvordan de vil inddrage et plejebarn i hverdagen og tage hensyn til barnets alder, ønsker og relationer.',
    noChild: () =>
      'Der er ikke aktuelt et barn i pleje. Tilsynets kendskab fra det seneste forløb viser, at familien inddrog barnet i beslutninger om fritid og samvær, og bedømmelsen fastholdes.',
  },
  k3: {
    met: [
      (c) => `${c.Child} trives og har en god kontakt til plejeforældrene. Familien sørger for faste lægetjek, tandlæge og sund kost, og ${c.child} går til ${c.activity}.${specialisedMet(c)}`,
      (c) => `Plejeforældrene er opmærksomme på ${c.childGen} mentale trivsel og har et godt samarbejde med PPR og sundhedsplejen. Den fysiske sundhed understøttes gennem motion og faste rutiner.${specialisedMet(c)}`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. ${c.Child} trives overordnet, men plejeforældrene har ikke fulgt op på skolens anbefaling om en udredning for ordblindhed, og søvnproblemerne er ikke drøftet med egen læge. Familien var åben over for tilsynets spørgsmål og har efter besøget bestilt tid. Markørerne vurderes til stede, men tilsynet følger op på, at aftalerne bliver gennemført.${specialisedMet(c)}`,
    notMet: {
      absent: ['k3.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om mental sundhed og trivsel vurderes til stede, men markøren om fysisk sundhed og trivsel vurderes ikke til stede.${specialisedState(c)} Tilsynet har interviewet plejeforældrene, talt med ${c.child} og trianguleret med sundhedsplejen og rådgiveren i ${c.municipality}. ${c.Child} er ikke blevet undersøgt af tandlæge i to år, en henvisning til øjenlæge fra skolesundhedsplejersken er ikke fulgt op, og medicin mod astma gives efter plejeforældrenes egne oplysninger uregelmæssigt. Plejeforældrene gav udtryk for, at de har haft travlt, og at de ikke har været opmærksomme på henvisningen. Rådgiveren var ikke orienteret. Tilsynet vurderer, at familien ikke i tilstrækkelig grad sikrer ${c.childGen} fysiske sundhed.`,
    },
    approval: (c) =>
      `Familien har gode vaner omkring kost, motion og sundhed og har beskrevet, hvordan de vil sikre lægetjek, tandlæge og støtte til et plejebarns trivsel.${specialisedMet(c)}`,
    noChild: (c) =>
      `Der er ikke aktuelt et barn i pleje. Familien sikrede ved den seneste anbringelse lægetjek, tandlæge og støtte til trivsel, og intet tyder på ændringer i familiens forudsætninger.${specialisedMet(c)}`,
  },
  k4: {
    met: [
      () => 'Plejeforældrene har en stabil hverdag med faste rutiner, og familien har et godt netværk, der kan aflaste. Tilsynet observerede en rolig og imødekommende stemning i hjemmet.',
      (c) => `Familiens arbejdstider er tilrettelagt, så en af plejeforældrene altid er hjemme, når ${c.child} kommer fra skole. Familiedynamikken er præget af humor og tydelige aftaler.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Plejefar er siden sidste tilsyn begyndt i et nyt job med flere rejsedage, og plejemor beskrev, at hun periodevis står alene med hverdagen. Familien har et netværk, men har endnu ikke aftalt, hvordan det skal bruges. ${c.Child} oplever hjemmet som trygt. Markørerne vurderes til stede, men tilsynet følger op på, om familien har overskud til opgaven.`,
    notMet: {
      absent: ['k4.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om familiestrukturen vurderes til stede, men markøren om en hensigtsmæssig familiedynamik vurderes ikke til stede. Ved besøget og i interview med plejeforældrene hver for sig beskrev de begge vedvarende konflikter i parforholdet, som har ført til, at plejefar i perioder har boet hos sin bror. ${c.Child} fortalte tilsynet, at der ofte bliver råbt i hjemmet, og at det gør ${c.child} ked af det. Rådgiveren i ${c.municipality} har modtaget en underretning fra skolen om, at ${c.child} virker urolig og træt. Plejeforældrene har ikke søgt parrådgivning eller orienteret rådgiveren. Tilsynet vurderer, at familiens aktuelle dynamik ikke giver overskud til at give ${c.child} trygge og stabile rammer.`,
    },
    approval: () =>
      'Familien har en stabil struktur med faste arbejdstider og et netværk af bedsteforældre og venner, der kan aflaste. Dynamikken i familien fremstod tryg og tydelig ved hjemmebesøgene.',
    approvalNotMet: {
      absent: ['k4.1', 'k4.2'],
      text: () =>
        'Kriteriet vurderes ikke opfyldt, og ingen af markørerne vurderes til stede. Godkendelsesforløbet har omfattet to hjemmebesøg, interview med ansøgerne hver for sig, referencer og helbredsoplysninger. Ansøgerne har begge fuldtidsarbejde med skiftende vagter, og ingen af dem har mulighed for at nedsætte arbejdstiden. Familien flyttede sammen for syv måneder siden, og begge har børn fra tidligere forhold, der bor hos dem hver anden uge. Ved interviewene beskrev ansøgerne uenighed om opdragelse og om, hvordan et plejebarn skal indgå i familien, og de har ikke et netværk i nærheden. Socialtilsynet vurderer, at familiens struktur og dynamik på nuværende tidspunkt ikke vil kunne give et plejebarn trygge og stabile rammer.',
    },
    noChild: () =>
      'Familiens struktur og dynamik er uændret siden seneste tilsyn; plejeforældrene har stabile arbejdstider og et netværk, der kan aflaste ved en ny anbringelse.',
  },
  k5: {
    met: [
      (c) => `Plejeforældrene kan beskrive ${c.childGen} behov nuanceret og har tilpasset hverdagen efter dem. Samarbejdet med forældrene og med rådgiveren beskrives som konstruktivt, og familien har deltaget i relevant kursus.`,
      (c) => `Familien opsøger viden om ${c.childGen} udfordringer, deltager i supervision og netværksgruppe for plejefamilier og bidrager konstruktivt til samarbejdet med skole og kommune.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Plejeforældrene drager god omsorg for ${c.child} og opsøger viden, men samarbejdet med den biologiske mor er præget af konflikter, og plejemor har ved to samvær udtalt sig kritisk om moren, så ${c.child} hørte det. Rådgiveren bekræfter, at samarbejdet er svært. Familien har takket ja til supervision om samarbejdet. Markørerne vurderes til stede, og tilsynet følger op.`,
    notMet: {
      absent: ['k5.2'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markørerne om omsorg for ${c.childGen} individuelle behov og om at opsøge og anvende viden vurderes til stede, men markøren om et konstruktivt samarbejde med familie, netværk og professionelle vurderes ikke til stede. Tilsynet har trianguleret med rådgiveren i ${c.municipality} og med skolen. Plejeforældrene har gentagne gange aflyst aftalte samvær med kort varsel og har ikke deltaget i to netværksmøder. Skolen oplyser, at familien ikke svarer på henvendelser. Ved interview gav plejeforældrene udtryk for, at samarbejdet med kommunen er præget af mistillid, og at de ikke ønsker at dele oplysninger. Tilsynet vurderer, at det manglende samarbejde risikerer at svække ${c.childGen} relationer til familien og den samlede indsats.`,
    },
    approval: () =>
      'Ansøgerne har erfaring fra arbejde med børn og har gennemført socialtilsynets grundkursus. De reflekterede relevant over samarbejdet med et plejebarns forældre og netværk.',
    noChild: () =>
      'Plejeforældrene har i perioden uden barn i pleje deltaget i netværksgruppe og kursus om traumer hos plejebørn og samarbejder fortsat konstruktivt med kommunen.',
  },
  k6: {
    met: [
      (c) => `Familien bor i et parcelhus med have i ${c.municipality}, og ${c.child} har eget værelse, som ${c.child} selv har været med til at indrette. Der er gode muligheder for leg og fritidsaktiviteter i nærområdet.`,
      (c) => `Hjemmet er trygt og velholdt, og omgivelserne giver ${c.child} let adgang til skole, venner og fritidsaktiviteter.`,
    ],
    doubt: (c) =>
      `Kriteriet vurderes opfyldt med tvivl. Hjemmet er overordnet velegnet, men familien er midt i en ombygning, og ${c.child} sover midlertidigt i stuen. Familien har fremlagt en tidsplan, hvor værelset står færdigt inden for to måneder. Markørerne vurderes til stede, da forholdene er midlertidige og trygge, men tilsynet følger op på, at ombygningen bliver afsluttet.`,
    notMet: {
      absent: ['k6.1'],
      text: (c) =>
        `Kriteriet vurderes ikke opfyldt. Markøren om hjemmets omgivelser og udfoldelsesmuligheder vurderes til stede, men markøren om et hjem, der understøtter trivsel, tryghed og sikkerhed, vurderes ikke til stede. Ved besøget observerede tilsynet, at der blev opbevaret jagtvåben i et ulåst skab i bryggerset, og at der ikke var røgalarmer på første sal, hvor ${c.childGen} værelse ligger. Plejeforældrene oplyste, at skabet normalt er låst, men kunne ikke finde nøglen. ${c.Child} fortalte, at våbnene flere gange har stået fremme. Tilsynet har efter besøget modtaget billeddokumentation for et nyt våbenskab, men vurderer, at forholdene ved besøget udgjorde en konkret risiko.`,
    },
    approval: () =>
      'Familien bor i et rummeligt hus med have, og der er indrettet et værelse til et plejebarn. Hjemmet er trygt og velegnet, og der er røgalarmer i alle etager.',
    approvalNotMet: {
      absent: ['k6.1'],
      text: () =>
        'Kriteriet vurderes ikke opfyldt på nuværende tidspunkt. Markøren om omgivelser og udfoldelsesmuligheder vurderes til stede, men markøren om et hjem, der understøtter trivsel, tryghed og sikkerhed, vurderes ikke til stede. Ved hjemmebesøget var det værelse, der er tiltænkt et plejebarn, et gennemgangsrum til familiens kontor, og trappen til første sal manglede gelænder. Ansøgerne har fremlagt en plan for at flytte kontoret og montere gelænder inden for en måned. Familien vurderes i øvrigt at have gode forudsætninger for opgaven, og socialtilsynet finder, at forholdene kan afhjælpes ved et vilkår i godkendelsen om dokumentation for de fysiske ændringer, før et barn flytter ind.',
    },
    noChild: () =>
      'Hjemmet er uændret trygt og velegnet, og værelset til et plejebarn står klar. Tilsynet besigtigede det ved besøget.',
  },
};

export const PLEJEFAMILIE_ECONOMY = {
  met: (c: FamilyContext) =>
    `Familiens økonomi er gennemgået på baggrund af årsopgørelse og budget for ${c.year}. Økonomien er stabil og ikke afhængig af vederlaget, og der er gennemsigtighed om familiens faste udgifter.`,
  approval: () =>
    'Familiens økonomi er gennemgået med årsopgørelser og budget. Økonomien er stabil og ikke afhængig af vederlag fra en plejeopgave, og der er gennemsigtighed om familiens faste udgifter.',
};

/** What a decision requires, by the criterion that was not met. */
export const REMEDY: Record<'tilbud' | 'plejefamilie', Record<string, string>> = {
  tilbud: {
    k1: 'at etablere en systematisk resultatdokumentation med konkrete mål for hver borger, der følges op mindst hvert kvartal',
    k2: 'at revidere husreglerne, så begrænsninger alene fastsættes ud fra individuelle vurderinger, og at sikre borgernes inddragelse i fælles beslutninger',
    k3: 'at sikre, at der for hver borger er en ansvarlig for opfølgning på fysisk sundhed, herunder en årlig sundhedssamtale og ledsagelse til aftaler',
    k4: 'at sikre rettidig indberetning af magtanvendelser og en ledelsesmæssig opfølgning med læring i personalegruppen',
    k5: 'at udarbejde en opdateret beredskabsplan og registrere og analysere alle episoder med vold og overgreb',
    k6: 'at sikre en fast ledelsesstruktur med en udpeget stedfortræder og genoptage ekstern faglig supervision',
    k7: 'at sikre mindst to medarbejdere på alle aftenvagter og en plan for kontinuitet i kontaktpersonordningen',
    k8: 'at sikre, at alle faste medarbejdere får introduktion til og uddannelse i tilbuddets metode',
    k9: 'at fjerne forhindringer i flugtveje, aflåse medicinskabet og sikre fungerende låse på alle værelser',
  },
  plejefamilie: {
    k1: 'at deltage i opfølgningsmøderne og sætte sig ind i målene i barnets handleplan',
    k2: 'at ophøre med kontrol af barnets telefon uden konkret anledning og aftale med kommunen',
    k3: 'at sikre tandlæge- og øjenundersøgelse og korrekt medicinering af barnet',
    k4: 'at orientere rådgiveren om familiens situation og tage imod tilbud om parrådgivning',
    k5: 'at gennemføre aftalte samvær og deltage i netværksmøderne',
    k6: 'at opbevare våben i aflåst våbenskab og installere røgalarmer på alle etager',
  },
};

/** Written assessments of the scored 2017 model's indicators: [high score text, low score text]. */
export const INDICATOR_TEXTS: Record<string, [Text<ProviderContext>, Text<ProviderContext>]> = {
  '1.a': [
    (c) => `${c.name} opstiller sammen med ${c.citizens} konkrete mål for skole, uddannelse eller beskæftigelse, som følges op på statusmøder hvert kvartal.`,
    (c) => `Målene for skole, uddannelse og beskæftigelse er for flere af ${c.citizens} formuleret generelt, og opfølgningen er ikke dokumenteret.`,
  ],
  '1.b': [
    (c) => `Alle ${c.citizens} er i et relevant dag-, skole- eller beskæftigelsestilbud, og ${c.name} har tæt kontakt til tilbuddene.`,
    (c) => `Flere af ${c.citizens} har i perioder været uden dag- eller beskæftigelsestilbud, uden at der er fulgt aktivt op.`,
  ],
  '1.d': [
    () => 'Børnene og de unge har et stabilt fremmøde, og fravær følges op samme dag i samarbejde med skolen.',
    () => 'Fraværet er højt for en del af børnene og de unge, og opfølgningen sker først efter henvendelse fra skolen.',
  ],
  '2.a': [
    () => 'Der er opstillet individuelle mål for sociale kompetencer og selvstændighed, og dokumentationen viser fremskridt, fx i at klare indkøb og transport selv.',
    () => 'De individuelle mål for sociale kompetencer er kun delvist opstillet, og der mangler opfølgning i dokumentationen.',
  ],
  '2.b': [
    (c) => `${c.Citizens} deltager efter egne ønsker i aktiviteter i lokalsamfundet, fx idrætsforening, frivilligt arbejde og kulturtilbud.`,
    (c) => `Aktiviteterne foregår overvejende internt, og kun få af ${c.citizens} deltager i aktiviteter i det omgivende samfund.`,
  ],
  '2.c': [
    (c) => `${c.name} støtter ${c.citizens} i kontakten til familie og netværk, bl.a. med hjælp til transport og faste aftaler om besøg.`,
    () => 'Støtten til kontakt med familie og netværk afhænger af den enkelte medarbejder og er ikke beskrevet i planerne.',
  ],
  '2.f': [
    (c) => `${c.Citizens} kunne hver især pege på en voksen, de betror sig til, og ingen har skiftet kontaktperson i perioden.`,
    () => 'Flere skift af kontaktperson har gjort det svært for børnene og de unge at opbygge fortrolige relationer.',
  ],
  '3.a': [
    (c) => `${c.name} anvender ${c.method} og ${c.method2}, som er relevante for målgruppen, og medarbejderne kunne give konkrete eksempler på anvendelsen.`,
    (c) => `${c.name} angiver ${c.method} som metode, men medarbejderne kunne kun i begrænset omfang beskrive, hvordan den anvendes.`,
  ],
  '3.b': [
    () => 'Resultaterne dokumenteres systematisk ud fra konkrete mål og bruges på personalemøder til at justere indsatsen.',
    () => 'Dokumentationen er overvejende beskrivende og bruges ikke systematisk til læring og udvikling.',
  ],
  '3.c': [
    () => 'Dokumentationen og kommunernes tilbagemeldinger viser, at målene fra de visiterende kommuner i vid udstrækning bliver opfyldt.',
    () => 'Det er for flere forløb ikke muligt at se, om målene fra de visiterende kommuner bliver opfyldt.',
  ],
  '3.d': [
    (c) => `${c.name} samarbejder aktivt med sagsbehandlere, psykiatri og uddannelsessteder, hvilket de visiterende kommuner bekræfter.`,
    () => 'Samarbejdet med eksterne aktører er sporadisk og sker oftest først ved akutte problemer.',
  ],
  '4.a': [
    (c) => `${c.Citizens} fortalte, at de bliver hørt og respekteret, og tilsynet observerede en anerkendende tone.`,
    (c) => `Flere af ${c.citizens} oplever ikke altid at blive hørt, særligt i forhold til husreglerne.`,
  ],
  '4.b': [
    (c) => `${c.Citizens} inddrages i egne planer og i fælles beslutninger via husmøder og brugerråd.`,
    () => 'Inddragelsen i fælles beslutninger er begrænset, og brugerrådet har ikke holdt møde i det seneste år.',
  ],
  '5.a': [
    (c) => `${c.Citizens} gav udtryk for at trives, og den seneste trivselsmåling understøtter det.`,
    (c) => `Flere af ${c.citizens} gav udtryk for mistrivsel, blandt andet på grund af konflikter i fællesskabet.`,
  ],
  '5.b': [
    (c) => `${c.name} sikrer adgang til læge, tandlæge og psykiatri og tilbyder ledsagelse efter behov.`,
    () => 'Adgangen til sundhedsydelser afhænger af den enkeltes egne ressourcer, og ledsagelse tilbydes kun i begrænset omfang.',
  ],
  '5.c': [
    (c) => `Medarbejderne har viden om ${c.citizensGen} fysiske og mentale sundhed og bruger den aktivt, fx gennem faste sundhedssamtaler.`,
    () => 'Viden om sundhed er ikke systematiseret, og der mangler fælles retningslinjer for opfølgning.',
  ],
  '6.a': [
    (c) => `Den pædagogiske indsats bygger på ${c.method}, og der har kun været få magtanvendelser i perioden.`,
    () => 'Der har været flere magtanvendelser i perioden, og den forebyggende indsats er ikke tilstrækkeligt beskrevet.',
  ],
  '6.b': [
    () => 'Magtanvendelser dokumenteres korrekt og gennemgås i personalegruppen med henblik på læring.',
    () => 'Flere magtanvendelser er indberettet for sent, og der er ikke fulgt op med læring.',
  ],
  '7.a': [
    () => 'Der er ikke registreret vold eller overgreb, og medarbejderne arbejder forebyggende med tydelige aftaler.',
    (c) => `Der har været episoder med trusler mellem ${c.citizens}, og den forebyggende indsats er ikke tilstrækkelig.`,
  ],
  '8.a': [
    () => 'Lederen har relevant uddannelse og mange års erfaring og er synlig i hverdagen.',
    () => 'Ledelsen er ny og har endnu ikke fået etableret en tydelig faglig retning.',
  ],
  '8.b': [
    () => 'Medarbejderne modtager ekstern faglig supervision hver sjette uge.',
    () => 'Supervision tilbydes kun ved behov og har ikke været holdt i det seneste halve år.',
  ],
  '8.c': [
    () => 'Bestyrelsen er sammensat med relevante kompetencer og følger aktivt op på økonomi og kvalitet.',
    () => 'Bestyrelsen mødes sjældent og har ikke fulgt op på tilsynets tidligere anbefalinger.',
  ],
  '9.a': [
    (c) => `${c.Citizens} har tilstrækkelig kontakt til kendte medarbejdere med relevante kompetencer.`,
    () => 'Kontakten til faste medarbejdere er begrænset om aftenen og i weekenden.',
  ],
  '9.b': [
    () => 'Personalegennemstrømningen er lav og på niveau med sammenlignelige tilbud.',
    () => 'Personalegennemstrømningen er højere end på sammenlignelige tilbud.',
  ],
  '9.c': [
    () => 'Sygefraværet er lavt og på niveau med sammenlignelige arbejdspladser.',
    () => 'Sygefraværet er højere end på sammenlignelige arbejdspladser, og der er ikke lagt en plan for at nedbringe det.',
  ],
  '10.a': [
    (c) => `Medarbejdergruppen har relevante uddannelser og efteruddannelse i ${c.method}.`,
    (c) => `En del af medarbejderne er ufaglærte og har endnu ikke fået efteruddannelse i ${c.method}.`,
  ],
  '10.b': [
    (c) => `Tilsynet observerede et samspil, hvor medarbejderne mødte ${c.citizens} kompetent og respektfuldt.`,
    (c) => `Samspillet mellem medarbejdere og ${c.citizens} var venligt, men præget af usikkerhed i pressede situationer.`,
  ],
  '14.a': [
    (c) => `${c.Citizens} trives i de fysiske rammer og har mulighed for både fællesskab og privatliv.`,
    (c) => `Flere af ${c.citizens} oplever de fysiske rammer som trange og uden mulighed for ro.`,
  ],
  '14.b': [
    (c) => `Rammerne er tilpasset ${c.citizensGen} særlige behov, fx med skærmede rum og hjælpemidler.`,
    (c) => `Rammerne imødekommer kun delvist ${c.citizensGen} særlige behov; der mangler fx skærmede rum.`,
  ],
  '14.c': [
    (c) => `Rammerne bærer præg af at være ${c.citizensGen} hjem, med personlig indretning af egne boliger.`,
    (c) => `Fællesarealerne fremstår institutionsprægede, og rammerne afspejler kun i begrænset grad, at det er ${c.citizensGen} hjem.`,
  ],
};
