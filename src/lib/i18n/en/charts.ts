import type { charts as source } from '../fr/charts';

export const charts: typeof source = {
  legend: 'Key',
  tableSummary: 'Chart data',
  downloadCsv: 'Download the data (CSV)',
  missing: 'not stated',
  actionWords: { singular: 'action', plural: 'actions' },
  columns: { id: 'Identifier', title: 'Title', status: 'Status', share: 'Share' },
  titles: {
    planStatus: (actions) => `${actions} by status`,
    planProgress: (level, actions) => `Progress by ${level}: ${actions} by status`,
    planBudget: (level) => `Costed budget by ${level}`,
    nodeStatus: (actions, node) => `${actions} of ‘${node}’ by status`,
    nodeProgress: (level, node) => `Progress by ${level} of ‘${node}’`,
    subLevel: 'sub-level',
    schedule: (actions) => `Schedule of ${actions}`,
    scheduleGroup: (node) => `Schedule: ${node}`,
  },
  status: {
    one: {
      a_venir: 'planned',
      en_cours: 'in progress',
      realise: 'completed',
      en_pause: 'on hold',
      abandonne: 'abandoned',
      bloque: 'blocked',
      en_retard: 'delayed',
      a_discuter: 'under discussion',
      non_renseigne: 'without a stated status',
    },
    many: {
      a_venir: 'planned',
      en_cours: 'in progress',
      realise: 'completed',
      en_pause: 'on hold',
      abandonne: 'abandoned',
      bloque: 'blocked',
      en_retard: 'delayed',
      a_discuter: 'under discussion',
      non_renseigne: 'without a stated status',
    },
    count: (count, shownCount, total, shownTotal, action, actions, phrase) =>
      total === 1 ? `The only ${action} is ${phrase}` : `${shownCount} of the ${shownTotal} ${actions} ${count === 1 ? 'is' : 'are'} ${phrase}`,
    then: (count, shownCount, phrase) => `; ${shownCount} ${count === 1 ? 'is' : 'are'} ${phrase}`,
    unknown: (total, shownTotal, action, actions) =>
      total === 1 ? `The status of the only ${action} is not stated.` : `None of the ${shownTotal} ${actions} has a stated status.`,
    valueLabel: (count, shownCount, action, actions) => `${shownCount} ${count === 1 ? action : actions}`,
  },
  progress: {
    noneEngaged: (action) => `No ${action} is in progress or completed yet.`,
    best: (node, engaged, shownEngaged, total, shownTotal, action, actions) =>
      total === 1
        ? `‘${node}’ is furthest ahead: its only ${action} is in progress or completed.`
        : `‘${node}’ is furthest ahead: ${shownEngaged} of its ${shownTotal} ${actions} ${engaged === 1 ? 'is' : 'are'} in progress or completed.`,
  },
  budget: {
    atLeast: (amount) => `at least ${amount}`,
    range: (low, high) => `${low} to ${high}`,
    tax: { HT: 'excl. VAT', TTC: 'incl. VAT', unknown: 'VAT?' },
    noAmount: 'no amount',
    message: (node, amount) => `‘${node}’ carries the largest costed amount: ${amount}.`,
    allFigured: (actions) => `All ${actions} have a costed amount.`,
    someFigured: (shownWithout, shownTotal, actions) =>
      `${shownWithout} of the ${shownTotal} ${actions} have no costed amount; they are not counted here.`,
    rangesNote: 'Ranges (such as ‘€17m to €27m’) are added up separately: the hatched part runs from their low end to their high end.',
    floorsNote: 'An amount with an unknown part counts as a minimum (‘at least’).',
    mixedTaxNote: 'Amounts excluding VAT, including VAT and unspecified (‘VAT?’) are separate series, never added together.',
    twoLevelsNote: (action) => `Each ${action} that sits under two levels counts in both.`,
    noneInSource: (shownTotal, actions) => `None of the ${shownTotal} ${actions} has a costed amount in the source.`,
    legendLow: 'Single amounts and low ends of ranges',
    legendHigh: 'Up to the high ends of ranges',
    columns: {
      tax: 'Excl./incl. VAT',
      fixed: 'Single amounts',
      rangeLow: 'Ranges, low end',
      rangeHigh: 'Ranges, high end',
      totalLow: 'Total, low end',
      totalHigh: 'Total, high end',
      figured: (actions) => `${actions} with an amount`,
      without: (actions) => `${actions} of the level without an amount`,
    },
  },
  schedule: {
    countAll: (count, shownCount, action, actions) =>
      count === 1 ? `The only ${action} has dates` : `All ${shownCount} ${actions} have dates`,
    countSome: (count, shownCount, shownTotal, actions) =>
      `${shownCount} of the ${shownTotal} ${actions} ${count === 1 ? 'has' : 'have'} dates`,
    spanOne: (count, year) => `${count} in ${year}.`,
    spanMany: (count, first, last) => `${count} from ${first} to ${last}.`,
    fuzzyNote: (action) =>
      `A date given only as a year, season or month is hatched over the whole period it covers; the solid part is when the ${action} is certainly under way.`,
    openNote: (open, shownOpen, action, actions) =>
      `${shownOpen} ${open === 1 ? action : actions} without an end date: the bar runs open to the right-hand edge.`,
    closedNote: (closed, shownClosed, action, actions) =>
      `${shownClosed} closed ${closed === 1 ? action : actions} (completed or abandoned) without an end date: only the start is drawn.`,
    undatedNote: (undated, shownUndated, action, actions) =>
      undated === 1
        ? `${shownUndated} ${action} has neither a dated start nor a dated end and is not shown here.`
        : `${shownUndated} ${actions} have neither a dated start nor a dated end and are not shown here.`,
    closed: { realise: 'completed', abandonne: 'abandoned' },
    noEnd: 'no end date',
    closedNoEnd: (closed) => `${closed}, no end date`,
    noStart: 'no start date',
    legendSolid: 'Certain period',
    legendFuzzy: 'Imprecise date (year, season, month): the whole possible period',
    legendOpen: 'End (or start) date not stated',
    columns: {
      start: 'Start (as published)',
      startFrom: 'Start, earliest',
      startTo: 'Start, latest',
      end: 'End (as published)',
      endFrom: 'End, earliest',
      endTo: 'End, latest',
    },
  },
  trajectory: {
    title: (indicator) => `${indicator}: target and result by year`,
    titleWithUnit: (indicator, unit) => `${indicator}: target and result by year (${unit})`,
    verdict: {
      atteint: 'Target met',
      en_bonne_voie: 'On track',
      en_retard: 'Off track',
      non_atteint: 'Target missed',
    },
    valueInYear: (value, year) => `${value} in ${year}`,
    againstTarget: (verdict, value, target, year) => `${verdict}: ${value}, against a target of ${target} in ${year}.`,
    againstExpected: (verdict, value, expected) => `${verdict}: ${value}, against ${expected} expected that year.`,
    noResult: (year, target) => `No result published yet; the target for ${year} is ${target}.`,
    nothing: 'No result or target published.',
    lastResult: (value, year) => `Latest result: ${value} in ${year}; progress towards the target cannot be assessed.`,
    gapsNote: 'Years without a value have no point; a line joins the known values.',
    textNote: 'Values written out in words appear only in the table.',
    legendTarget: 'Target',
    legendResult: 'Result',
    legendGap: 'Gap',
    columns: {
      year: 'Year',
      target: 'Target',
      result: 'Result',
      gap: 'Gap, result − target',
      withUnit: (label, unit) => `${label} (${unit})`,
    },
  },
  indicatorLink: (indicator) => `Indicator page: ‘${indicator}’`,
  overview: {
    progress: 'Progress',
    scheduleLink: (actions) => `Schedule of ${actions}`,
    indicatorsLink: (count, shownCount) => (count === 1 ? 'The plan’s indicator' : `The plan’s ${shownCount} indicators`),
    budget: 'Budget',
    recentChanges: 'Recent changes',
    becomes: 'becomes',
    statusLabel: 'Status:',
    objectives: 'Objectives for the area',
    textObjectives: 'Objectives without a figure',
  },
};
