import type { charts as source } from '../fr/charts';

export const charts: typeof source = {
  legend: 'Legende',
  tableSummary: 'Gegevens van de grafiek',
  downloadCsv: 'Gegevens downloaden (CSV)',
  missing: 'niet vermeld',
  actionWords: { singular: 'actie', plural: 'acties' },
  columns: { id: 'Id', title: 'Titel', status: 'Status', share: 'Aandeel' },
  titles: {
    planStatus: (actions) => `${actions} per status`,
    planProgress: (level, actions) => `Voortgang per ${level}: ${actions} per status`,
    planBudget: (level) => `Becijferd budget per ${level}`,
    nodeStatus: (actions, node) => `${actions} van “${node}” per status`,
    nodeProgress: (level, node) => `Voortgang per ${level} van “${node}”`,
    subLevel: 'subniveau',
    schedule: (actions) => `Planning van de ${actions}`,
    scheduleGroup: (node) => `Planning: ${node}`,
  },
  status: {
    one: {
      a_venir: 'gepland',
      en_cours: 'in uitvoering',
      realise: 'gerealiseerd',
      en_pause: 'gepauzeerd',
      abandonne: 'stopgezet',
      bloque: 'geblokkeerd',
      en_retard: 'vertraagd',
      a_discuter: 'nog te bespreken',
      non_renseigne: 'zonder vermelde status',
    },
    many: {
      a_venir: 'gepland',
      en_cours: 'in uitvoering',
      realise: 'gerealiseerd',
      en_pause: 'gepauzeerd',
      abandonne: 'stopgezet',
      bloque: 'geblokkeerd',
      en_retard: 'vertraagd',
      a_discuter: 'nog te bespreken',
      non_renseigne: 'zonder vermelde status',
    },
    count: (count, shownCount, total, shownTotal, action, actions, phrase) =>
      total === 1 ? `De enige ${action} is ${phrase}` : `${shownCount} van de ${shownTotal} ${actions} ${count === 1 ? 'is' : 'zijn'} ${phrase}`,
    then: (count, shownCount, phrase) => `; ${shownCount} ${count === 1 ? 'is' : 'zijn'} ${phrase}`,
    unknown: (total, shownTotal, action, actions) =>
      total === 1 ? `De status van de enige ${action} is niet vermeld.` : `Van geen van de ${shownTotal} ${actions} is de status vermeld.`,
    valueLabel: (count, shownCount, action, actions) => `${shownCount} ${count === 1 ? action : actions}`,
  },
  progress: {
    noneEngaged: (action) => `Nog geen enkele ${action} is in uitvoering of gerealiseerd.`,
    best: (node, engaged, shownEngaged, total, shownTotal, action, actions) =>
      total === 1
        ? `“${node}” is het verst gevorderd: de enige ${action} is in uitvoering of gerealiseerd.`
        : `“${node}” is het verst gevorderd: ${shownEngaged} van de ${shownTotal} ${actions} ${engaged === 1 ? 'is' : 'zijn'} in uitvoering of gerealiseerd.`,
  },
  budget: {
    atLeast: (amount) => `minstens ${amount}`,
    range: (low, high) => `${low} tot ${high}`,
    tax: { HT: 'excl. btw', TTC: 'incl. btw', unknown: 'excl./incl. btw?' },
    noAmount: 'geen bedrag',
    // Intl writes « € 27 mln. »: its abbreviation's full stop ends the sentence too.
    message: (node, amount) => `“${node}” heeft het hoogste becijferde bedrag: ${amount}${amount.endsWith('.') ? '' : '.'}`,
    allFigured: (actions) => `Alle ${actions} hebben een becijferd bedrag.`,
    someFigured: (shownWithout, shownTotal, actions) =>
      `${shownWithout} van de ${shownTotal} ${actions} hebben geen becijferd bedrag; ze tellen hier niet mee.`,
    rangesNote: 'Bandbreedtes (zoals “17 tot 27 miljoen euro”) worden apart opgeteld: het gearceerde deel loopt van hun onder- tot hun bovengrens.',
    floorsNote: 'Een bedrag waarvan een deel onbekend is, telt als minimum (“minstens”).',
    mixedTaxNote: 'Bedragen excl. btw, incl. btw en zonder vermelding (“excl./incl. btw?”) zijn aparte reeksen en worden nooit samengeteld.',
    twoLevelsNote: (action) => `Een ${action} die onder twee niveaus valt, telt in elk van beide mee.`,
    noneInSource: (shownTotal, actions) => `Geen van de ${shownTotal} ${actions} heeft een becijferd bedrag in de bron.`,
    legendLow: 'Enkelvoudige bedragen en ondergrens van de bandbreedtes',
    legendHigh: 'Tot de bovengrens van de bandbreedtes',
    columns: {
      tax: 'Excl./incl. btw',
      fixed: 'Enkelvoudige bedragen',
      rangeLow: 'Bandbreedtes, ondergrens',
      rangeHigh: 'Bandbreedtes, bovengrens',
      totalLow: 'Totaal, ondergrens',
      totalHigh: 'Totaal, bovengrens',
      figured: (actions) => `${actions} met een bedrag`,
      without: (actions) => `${actions} van het niveau zonder bedrag`,
    },
  },
  schedule: {
    countAll: (count, shownCount, action, actions) =>
      count === 1 ? `De enige ${action} heeft datums` : `De ${shownCount} ${actions} hebben datums`,
    countSome: (count, shownCount, shownTotal, actions) =>
      `${shownCount} van de ${shownTotal} ${actions} ${count === 1 ? 'heeft' : 'hebben'} datums`,
    spanOne: (count, year) => `${count} in ${year}.`,
    spanMany: (count, first, last) => `${count} van ${first} tot ${last}.`,
    fuzzyNote: (action) =>
      `Een datum die alleen een jaar, seizoen of maand noemt, is gearceerd over de hele periode die hij beslaat; het volle deel is de periode waarin de ${action} zeker loopt.`,
    openNote: (open, shownOpen, action, actions) =>
      `${shownOpen} ${open === 1 ? action : actions} zonder einddatum: de balk loopt open tot aan de rechterrand.`,
    closedNote: (closed, shownClosed, action, actions) =>
      `${shownClosed} afgesloten ${closed === 1 ? action : actions} (gerealiseerd of stopgezet) zonder einddatum: alleen het begin is getekend.`,
    undatedNote: (undated, shownUndated, action, actions) =>
      undated === 1
        ? `${shownUndated} ${action} heeft geen gedateerd begin of einde en staat hier niet bij.`
        : `${shownUndated} ${actions} hebben geen gedateerd begin of einde en staan hier niet bij.`,
    closed: { realise: 'gerealiseerd', abandonne: 'stopgezet' },
    noEnd: 'einde niet gedateerd',
    closedNoEnd: (closed) => `${closed}, einde niet gedateerd`,
    noStart: 'begin niet gedateerd',
    legendSolid: 'Zekere periode',
    legendFuzzy: 'Onnauwkeurige datum (jaar, seizoen, maand): de hele mogelijke periode',
    legendOpen: 'Einddatum (of begindatum) niet vermeld',
    columns: {
      start: 'Begin (zoals gepubliceerd)',
      startFrom: 'Begin, op zijn vroegst',
      startTo: 'Begin, op zijn laatst',
      end: 'Einde (zoals gepubliceerd)',
      endFrom: 'Einde, op zijn vroegst',
      endTo: 'Einde, op zijn laatst',
    },
  },
  trajectory: {
    title: (indicator) => `${indicator}: doelstelling en resultaat per jaar`,
    titleWithUnit: (indicator, unit) => `${indicator}: doelstelling en resultaat per jaar (${unit})`,
    verdict: {
      atteint: 'Doelstelling gehaald',
      en_bonne_voie: 'Op koers',
      en_retard: 'Achter op schema',
      non_atteint: 'Doelstelling niet gehaald',
    },
    valueInYear: (value, year) => `${value} in ${year}`,
    againstTarget: (verdict, value, target, year) => `${verdict}: ${value}, tegenover een doelstelling van ${target} in ${year}.`,
    againstExpected: (verdict, value, expected) => `${verdict}: ${value}, tegenover ${expected} verwacht in dat jaar.`,
    noResult: (year, target) => `Nog geen resultaat gepubliceerd; de doelstelling voor ${year} is ${target}.`,
    nothing: 'Geen resultaat en geen doelstelling gepubliceerd.',
    lastResult: (value, year) => `Laatste resultaat: ${value} in ${year}; de positie ten opzichte van de doelstelling is niet te beoordelen.`,
    gapsNote: 'Jaren zonder waarde hebben geen punt; een lijn verbindt de bekende waarden.',
    textNote: 'Waarden die in woorden geschreven zijn, staan alleen in de tabel.',
    legendTarget: 'Doelstelling',
    legendResult: 'Resultaat',
    legendGap: 'Verschil',
    columns: {
      year: 'Jaar',
      target: 'Doelstelling',
      result: 'Resultaat',
      gap: 'Verschil resultaat − doelstelling',
      withUnit: (label, unit) => `${label} (${unit})`,
    },
  },
  indicatorLink: (indicator) => `Indicatorfiche “${indicator}”`,
  overview: {
    progress: 'Voortgang',
    scheduleLink: (actions) => `Planning van de ${actions}`,
    indicatorsLink: (count, shownCount) => (count === 1 ? 'De indicator van het plan' : `De ${shownCount} indicatoren van het plan`),
    budget: 'Budget',
    recentChanges: 'Recente wijzigingen',
    becomes: 'wordt',
    statusLabel: 'Status:',
    objectives: 'Doelstellingen voor het grondgebied',
    textObjectives: 'Doelstellingen zonder cijferwaarde',
  },
};
