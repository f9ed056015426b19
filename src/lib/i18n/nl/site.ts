import type { site as source } from '../fr/site';

export const site: typeof source = {
  portal: { heading: 'Gepubliceerde plannen' },
  lists: {
    all: 'Alle plannen',
    ofKind: (kind: string) => `Plannen van het type ‘${kind}’`,
    ofLetter: (letter: string) => `Grondgebieden onder ‘${letter}’`,
    page: (page: string, pageCount: string) => `pagina ${page} van ${pageCount}`,
    description: (list: string) => `${list} die op deze site gepubliceerd zijn.`,
    count: (n: number, shown: string) => `${shown} ${n === 1 ? 'plan' : 'plannen'}`,
    range: (first: string, last: string) => `, nr. ${first} tot ${last} hieronder`,
    seeAll: 'Alle plannen bekijken',
    byKind: 'Per type plan',
    byLetter: 'Per beginletter van het grondgebied',
    noKind: 'Type niet opgegeven',
    otherLetters: 'Overige',
  },
  cards: {
    fictional: 'Fictief plan',
    fictionalNote: '(voorbeeld, verzonnen cijfers)',
    kind: 'Type',
    period: 'Periode',
  },
  about: {
    title: 'Over deze site en werkwijze',
    lead: 'Deze site publiceert klimaatplannen van lokale besturen in een leesbare en herbruikbare vorm: elke actie heeft een eigen pagina, met haar stand van zaken en haar bronnen.',
    sourcesHeading: 'Waar de gegevens vandaan komen',
    sourcesFiles:
      'Elk plan wordt bijgehouden in tekstbestanden: een voorstelling en fiches in Markdown, CSV-tabellen voor de structuur, de acties, de deelacties, de partners, de indicatoren en de opvolging. Bij elke wijziging wordt de site opnieuw opgebouwd uit die bestanden; niets wordt elders ingevoerd.',
    sourcesDocuments:
      'De plannen op deze site komen uit officiële documenten (pdf’s, rekenbladen) waarvan de tekst getrouw is overgenomen. Onderaan de pagina van elke actie staat haar bron (document en regels).',
    fictional: ' (fictief plan)',
    after: ', volgens ',
    valuesHeading: 'Waarden zoals gepubliceerd, en hoe ze gelezen worden',
    valuesIntro:
      'Besturen noteren data, budgetten en stand van zaken elk op hun eigen manier (‘été 2019’, ‘17 à 27 M€’, ‘Complété’). De site bewaart altijd de oorspronkelijke tekst en toont die naast de interpretatie ervan:',
    dates: 'data behouden hun precisie: een jaar, een seizoen, een maand of een dag;',
    budgets:
      'budgetten worden gelezen als een bedrag, een vork (minimum en maximum) of een som van bedragen; bedragen exclusief en inclusief btw worden nooit opgeteld; een tekst zonder bedrag blijft een tekst;',
    statuses: (list: string) =>
      `de stand van zaken wordt gekoppeld aan een gemeenschappelijke lijst: ${list}. Vermeldt het document geen stand van zaken, dan staat de actie als ‘niet vermeld’: er wordt niets geraden.`,
    nothingInvented:
      'Er worden geen indicatorresultaten verzonnen. Een fictief plan, dat op elk van zijn pagina’s als zodanig aangeduid is, toont wat de site kan; het telt in geen enkel totaal mee.',
    languagesHeading: 'Talen',
    languages:
      'De interface van de site bestaat in meerdere talen. De teksten van een plan blijven in de taal waarin het bestuur ze gepubliceerd heeft, tenzij het zelf een vertaling aanlevert: niets wordt automatisch vertaald.',
    softwareHeading: 'De software',
    software:
      'De site bestaat uit statische pagina’s, zonder cookies of diensten van derden, en kan overal gehost worden. Ze wordt met Astro gebouwd vanuit de repository van het bestuur; de code is vrije software.',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    commitment: (publisher: string) =>
      `${publisher} verbindt zich ertoe deze site toegankelijk te maken overeenkomstig artikel 47 van de Franse wet nr. 2005-102 van 11 februari 2005.`,
    scope: (site: string) => `Deze toegankelijkheidsverklaring geldt voor de site ‘${site}’.`,
    statusHeading: 'Nalevingsstatus',
    statusBefore: 'Deze site is ',
    statusWord: 'niet conform',
    statusAfter:
      ' met het Franse toegankelijkheidsreferentiekader RGAA, versie 4.1: er is nog geen conformiteitsaudit uitgevoerd.',
    checkedHeading: 'Wat er gecontroleerd wordt',
    checked:
      'Bij elke wijziging openen automatische tests elk paginatype in een echte browser en controleren ze dat er geen automatisch opspoorbare fouten zijn (WCAG 2.1, niveaus A en AA). Die tests vervangen geen audit: ze vinden maar een deel van de mogelijke problemen.',
    checks: {
      keyboard: 'bediening met het toetsenbord, met een link om naar de inhoud te springen en een zichtbare focus;',
      structure: 'een structuur van koppen, navigatieoriëntatiepunten en tabellen met kopcellen;',
      contrast: 'kleurcontrasten van niveau AA; de stand van zaken wordt nooit alleen met kleur aangeduid;',
      smallScreens: 'pagina’s die bruikbaar zijn op een scherm van 320 pixels breed, en afdrukbaar.',
    },
    colon: ': ',
    contactHeading: 'Feedback en contact',
    contactBefore: 'Kunt u een inhoud of dienst niet bereiken, neem dan contact op met de uitgever van de site',
    contactAfter: ' om naar een toegankelijk alternatief verwezen te worden of de inhoud in een andere vorm te krijgen.',
    remedyHeading: 'Beroepsmogelijkheden',
    remedyBefore:
      'Hebt u een toegankelijkheidsprobleem gemeld dat u de toegang tot een inhoud belet, en kreeg u geen bevredigend antwoord, dan kunt u zich wenden tot de Franse Défenseur des droits (',
    remedyLink: 'onlineformulier, in het Frans',
    remedyAfter:
      '), contact opnemen met zijn afgevaardigde in uw regio, of gratis, zonder postzegel, schrijven naar: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
  },
  legal: {
    title: 'Wettelijke vermeldingen',
    publisher: 'Uitgever',
    host: 'Hosting',
    privacyHeading: 'Persoonsgegevens en cookies',
    privacy:
      'Deze site plaatst geen cookies, gebruikt geen bezoekersstatistieken en doet geen beroep op diensten van derden: uw browser maakt alleen verbinding met deze site. De gepubliceerde plannen noemen alleen diensten en organisaties, nooit personen.',
    reuseHeading: 'Hergebruik van de inhoud',
    reuse:
      'De gegevens van de plannen worden gepubliceerd onder de licentie die op de pagina van elk plan vermeld staat (standaard de Licence Ouverte 2.0 van Etalab): u mag ze kopiëren, wijzigen en verspreiden, ook voor commerciële doeleinden, met vermelding van de bron en de datum van de laatste bijwerking.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    textBefore: 'De gevraagde pagina bestaat niet of is verplaatst. Controleer het adres of begin opnieuw bij de ',
    link: 'lijst van de plannen',
    textAfter: '.',
    search: 'Zoekt u een actie? Gebruik het zoekformulier bovenaan de pagina.',
  },
};
