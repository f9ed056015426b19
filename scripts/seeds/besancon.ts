/**
 * Derives `data/grand-besancon/*.csv` from the text of Grand Besançon's PCAET, axe 5
 * « Gouvernance participative » (`seeds/001_2bdebbfaa0063f08.txt`).
 *
 *   npx tsx scripts/seeds/besancon.ts           writes the CSV files
 *   npx tsx scripts/seeds/besancon.ts --check   compares them with the committed files (exit 1 on difference)
 *
 * `deriveBesancon(seedText)` is pure: seed text in, `{ path: file text }` out. It reads the seed
 * mechanically (the index of engagements and actions, then each fiche: number and title, narrative,
 * mesures with their PILOTE and PARTENAIRE, and the « Planification de la réalisation » table of
 * indicators with one target per year) and takes every editorial decision from
 * `besancon-decisions.ts`. It throws when a non-blank line of the seed is neither understood nor
 * explicitly excluded, so that nothing is dropped silently.
 *
 * Text is kept word for word: titles, labels, targets, services and partners are the seed's text,
 * trimmed of surrounding spaces and nothing else (mesure titles stay in capitals, as published).
 */
import { TABLES, type TableName } from '../../src/lib/model/tables';
import { EXCLUDED, NOTES, RELATED, SUMMARIES, TEXT_FIXES } from './besancon-decisions';
import { compareDerivation, readSeedFile, REPO_ROOT, runDerivationCli, seedPath } from './derivation';

export const SEED_FILE = '001_2bdebbfaa0063f08.txt';
/** How rows cite the seed in their `source` column. */
export const SEED_REF = `seeds/${SEED_FILE}`;
export const PLAN_SLUG = 'grand-besancon';
export const OUTPUT_DIR = `data/${PLAN_SLUG}`;

type Row = Record<string, string>;

interface Line {
  /** 1-based line number in the seed. */
  no: number;
  raw: string;
  text: string;
}

interface IndexEngagement {
  number: string;
  title: string;
  line: number;
  /** Lines of the same title repeated as an intertitle before the fiches. */
  intertitle: number[];
}

interface IndexAction {
  number: string;
  title: string;
  /** Index lines and the engagement each sits under (action 41 is listed twice). */
  entries: { line: number; engagement: string }[];
}

interface Indicator {
  label: string;
  line: number;
  headerLines: number[];
  years: string[];
  values: string[];
}

interface Mesure {
  number: string;
  title: string;
  /** MESURE heading … last PILOTE/PARTENAIRE line. */
  first: number;
  last: number;
  pilot: string;
  pilotLines: number[];
  partners: { name: string; lines: number[] }[];
  indicators: Indicator[];
}

interface Fiche {
  number: string;
  title: string;
  titleLines: number[];
  /** The « ENJEUX ET OBJECTIFS GÉNÉRAUX » heading and its paragraphs. */
  narrative: number[];
  mesures: Mesure[];
}

const EXCLUDED_LINES = new Set(EXCLUDED.flatMap((e) => e.lines));

/** « l. 63, 65, 67 » or « l. 49–53 »: consecutive lines become a range. */
export function formatLines(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return `l. ${parts.join(', ')}`;
}

function fail(line: number, message: string): never {
  throw new Error(`${SEED_REF}:${line}: ${message}`);
}

/** Applies `TEXT_FIXES` to the text read on `line`; returns the text and a note of the original. */
function fixed(line: number, text: string): { text: string; note?: string } {
  const fix = TEXT_FIXES.find((f) => f.line === line && text.includes(f.published));
  if (!fix) return { text };
  return { text: text.replace(fix.published, fix.corrected), note: `corrigé : « ${fix.published} » dans la source` };
}

function source(parts: (string | undefined)[], id: string): string {
  return [SEED_REF + ' ' + parts.filter(Boolean).join(' ; '), NOTES[id]].filter(Boolean).join(' ; ');
}

/** A target cell: a bare number becomes a plain number, anything else stays text, empty stays empty. */
export function targetValue(cell: string): string {
  const t = cell.trim();
  return /^\d+(?:[.,]\d+)?$/.test(t) ? t.replace(',', '.') : t;
}

const RE = {
  axe: /^AXE (\d+) \| (.+)$/,
  engagement: /^Engagement (\d+) : (.+)$/,
  action: /^ACTION (\d+) : (.+)$/,
  mesure: /^MESURE (\d+)(?:\s+(.+))?$/,
  pilot: /^PILOTE(?:\s+(.+))?$/,
  partner: /^PARTENAIRE(?:\s+(.+))?$/,
  table: /^Planification de la réalisation\b/,
  indicators: /^INDICATEURS\b/,
  narrative: /^ENJEUX ET OBJECTIFS GÉNÉRAUX$/,
  typeAction: /^TYPE D'ACTION$/,
  /** A heading line that can never be the value of an empty PILOTE/PARTENAIRE heading. */
  structural: /^(PILOTE|PARTENAIRE|MESURE|INDICATEURS|Planification|ENJEUX|TYPE D'ACTION)\b|^\d{4}\b/,
};

interface Parsed {
  axe: { code: string; title: string; lines: number[]; intro: number[] };
  engagements: IndexEngagement[];
  actions: IndexAction[];
  fiches: Map<string, Fiche>;
  /** Every line the parse understood (published or used as a heading of something published). */
  understood: Set<number>;
}

function parse(seedText: string): Parsed {
  const lines: Line[] = seedText.split(/\r?\n/).map((raw, i) => ({ no: i + 1, raw, text: raw.trim() }));
  const understood = new Set<number>();
  const use = (...nos: number[]) => nos.forEach((n) => understood.add(n));

  // 1. The index: « AXE 5 | … », « Engagement N : … », « ACTION NN : … ».
  let axe: Parsed['axe'] | undefined;
  const engagements: IndexEngagement[] = [];
  const actions = new Map<string, IndexAction>();
  let lastIndexLine = 0;
  for (const l of lines) {
    let m: RegExpMatchArray | null;
    if ((m = l.text.match(RE.axe))) {
      axe = { code: m[1], title: m[2], lines: [l.no], intro: [] };
    } else if ((m = l.text.match(RE.engagement))) {
      engagements.push({ number: m[1], title: m[2], line: l.no, intertitle: [] });
    } else if ((m = l.text.match(RE.action))) {
      const engagement = engagements.at(-1);
      if (!engagement) fail(l.no, 'action listée avant tout engagement');
      const entry = actions.get(m[1]) ?? { number: m[1], title: m[2], entries: [] };
      if (entry.title !== m[2]) fail(l.no, `action ${m[1]} listée sous deux intitulés`);
      entry.entries.push({ line: l.no, engagement: engagement.number });
      actions.set(m[1], entry);
    } else continue;
    use(l.no);
    lastIndexLine = l.no;
  }
  if (!axe) fail(1, "ligne « AXE N | … » introuvable");
  // The axe title in ordinary case is the document's first line (the index heading is in capitals).
  const first = lines.find((l) => l.text);
  if (!first || first.text.toUpperCase() !== axe.title.toUpperCase()) fail(first?.no ?? 1, "titre de l'axe introuvable en tête du document");
  axe.title = first.text;
  axe.lines.unshift(first.no);
  use(first.no);
  for (const l of lines) {
    if (l.no < axe.lines[1] && l.text && l.no !== first.no) fail(l.no, `ligne non lue avant l'index : « ${l.text} »`);
  }

  // 2. After the index: the axe's introduction, then the fiches, grouped under intertitles that
  // repeat the engagement titles over several lines.
  const fiches = new Map<string, Fiche>();
  let fiche: Fiche | undefined;
  let mesure: Mesure | undefined;
  let mode: 'intro' | 'fiche' | 'narrative' | 'mesure' = 'intro';

  const nextNonBlank = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].text) return j;
    return -1;
  };
  /** The engagement whose title the block of consecutive non-blank lines starting at `i` spells out. */
  const intertitleAt = (i: number): { engagement: IndexEngagement; end: number } | undefined => {
    const parts: string[] = [];
    let j = i;
    while (j < lines.length && lines[j].text) parts.push(lines[j++].text);
    const joined = parts.join(' ');
    const engagement = engagements.find((e) => e.title === joined);
    return engagement ? { engagement, end: j - 1 } : undefined;
  };

  for (let i = lastIndexLine; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text || EXCLUDED_LINES.has(l.no)) continue;
    let m: RegExpMatchArray | null;

    const inter = intertitleAt(i);
    if (inter) {
      for (let j = i; j <= inter.end; j++) {
        inter.engagement.intertitle.push(lines[j].no);
        use(lines[j].no);
      }
      i = inter.end;
      mode = 'fiche';
      fiche = undefined;
      mesure = undefined;
      continue;
    }
    if (mode === 'intro') {
      // The axe's introduction: only the lines its summary declares.
      if (!SUMMARIES[`axe${axe.code}`]?.lines.includes(l.no)) fail(l.no, `ligne d'introduction ni résumée ni exclue : « ${l.text} »`);
      axe.intro.push(l.no);
      use(l.no);
      continue;
    }

    const header = l.text.match(/^(\d{2})(?:\s+(.+))?$/);
    if (header && actions.has(header[1]) && !fiches.has(header[1]) && !l.raw.startsWith('\t')) {
      const titleLines = [l.no];
      let title = header[2];
      if (!title) {
        const j = nextNonBlank(i);
        if (j < 0) fail(l.no, `titre de la fiche ${header[1]} introuvable`);
        title = lines[j].text;
        titleLines.push(lines[j].no);
        i = j;
      }
      fiche = { number: header[1], title, titleLines, narrative: [], mesures: [] };
      fiches.set(fiche.number, fiche);
      use(...titleLines);
      mesure = undefined;
      mode = 'fiche';
      continue;
    }
    if (!fiche) fail(l.no, `ligne hors de toute fiche : « ${l.text} »`);

    if (RE.narrative.test(l.text)) {
      fiche.narrative.push(l.no);
      use(l.no);
      mode = 'narrative';
      continue;
    }
    if ((m = l.text.match(RE.mesure))) {
      let title = m[2];
      let last = l.no;
      if (!title) {
        const j = nextNonBlank(i);
        title = lines[j].text;
        last = lines[j].no;
        i = j;
      }
      mesure = { number: m[1], title, first: l.no, last, pilot: '', pilotLines: [], partners: [], indicators: [] };
      fiche.mesures.push(mesure);
      mode = 'mesure';
      continue;
    }
    if (mode === 'narrative') {
      // Narrative paragraphs: only the lines the fiche's summary declares (a caption must be excluded).
      if (!SUMMARIES[`a${fiche.number}`]?.lines.includes(l.no)) {
        fail(l.no, `ligne de présentation de la fiche ${fiche.number} ni résumée ni exclue : « ${l.text} »`);
      }
      fiche.narrative.push(l.no);
      use(l.no);
      continue;
    }
    if (!mesure) fail(l.no, `ligne non lue dans la fiche ${fiche.number} : « ${l.text} »`);

    const pilotOrPartner = l.text.match(RE.pilot) ?? l.text.match(RE.partner);
    if (pilotOrPartner) {
      // « PILOTE CAGB : … » or « PILOTE » with the value on the next non-blank line (unless that
      // line is the next heading: the rubric is then empty).
      const lineNos = [l.no];
      let value = pilotOrPartner[1] ?? '';
      if (!value) {
        const j = nextNonBlank(i);
        if (j >= 0 && !RE.structural.test(lines[j].text) && !intertitleAt(j) && !EXCLUDED_LINES.has(lines[j].no)) {
          value = lines[j].text;
          lineNos.push(lines[j].no);
          i = j;
        }
      }
      mesure.last = Math.max(mesure.last, ...lineNos);
      if (RE.pilot.test(l.text)) {
        const f = fixed(lineNos.at(-1)!, value);
        mesure.pilot = f.text;
        mesure.pilotLines = lineNos;
      } else if (value) {
        // One row per organisation: the plan separates them with « / ».
        for (const name of value.split(' / ')) {
          mesure.partners.push({ name: fixed(lineNos.at(-1)!, name.trim()).text, lines: lineNos });
        }
      }
      continue;
    }

    if (RE.table.test(l.text)) {
      // Header: « Planification de la réalisation » then the years, on the same line or below.
      const headerLines = [l.no];
      let years = l.raw.split('\t').map((c) => c.trim()).filter((c) => /^\d{4}$/.test(c));
      let j = i;
      while (years.length === 0) {
        j = nextNonBlank(j);
        if (j < 0) fail(l.no, 'années du tableau introuvables');
        headerLines.push(lines[j].no);
        years = lines[j].raw.split('\t').map((c) => c.trim()).filter((c) => /^\d{4}$/.test(c));
        if (years.length === 0) fail(lines[j].no, `en-tête de tableau inattendu : « ${lines[j].text} »`);
      }
      // Rows: the first starts with « INDICATEURS », the next ones with an empty first cell; the
      // table ends at the first blank line.
      j = nextNonBlank(j);
      if (j < 0 || !RE.indicators.test(lines[j].text)) fail(lines[j]?.no ?? l.no, 'ligne « INDICATEURS » attendue');
      for (; j < lines.length && lines[j].text; j++) {
        const row = lines[j];
        const cells = row.raw.split('\t');
        let label: string;
        let values: string[];
        const head = cells[0].replace(RE.indicators, '').trim();
        if (!RE.indicators.test(row.text) && cells[0].trim() !== '') fail(row.no, 'ligne de tableau inattendue');
        if (head) {
          label = head; // « INDICATEURS Obtention du label » glued by a space at extraction
          values = cells.slice(1);
        } else {
          label = cells[1].trim();
          values = cells.slice(2);
        }
        if (values.length !== years.length) fail(row.no, `${values.length} valeurs pour ${years.length} années`);
        if (!label) fail(row.no, 'indicateur sans libellé');
        mesure.indicators.push({
          label: fixed(row.no, label).text,
          line: row.no,
          headerLines,
          years,
          values: values.map((v) => fixed(row.no, v.trim()).text),
        });
        use(row.no, ...headerLines);
      }
      i = j - 1;
      continue;
    }

    fail(l.no, `ligne non lue (ni publiée ni exclue) : « ${l.text} »`);
  }

  for (const f of fiches.values()) {
    for (const ms of f.mesures) {
      for (let n = ms.first; n <= ms.last; n++) use(n);
    }
  }
  for (const a of actions.values()) if (!fiches.has(a.number)) fail(a.entries[0].line, `fiche de l'action ${a.number} introuvable`);
  for (const e of engagements) if (e.intertitle.length === 0) fail(e.line, `intertitre de l'engagement ${e.number} introuvable`);
  return { axe, engagements, actions: [...actions.values()], fiches, understood };
}

/** Serialises rows with the given columns (in the order of `tables.ts`), quoting only when needed. */
export function toCsv(table: TableName, columns: string[], rows: Row[]): string {
  const known = TABLES[table].fields.map((f) => f.name);
  for (const c of columns) if (!known.includes(c)) throw new Error(`${table}: colonne inconnue ${c}`);
  const ordered = known.filter((c) => columns.includes(c));
  const cell = (v: string) => (/[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [ordered.join(','), ...rows.map((r) => ordered.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n';
}

export function deriveBesancon(seedText: string): Record<string, string> {
  const p = parse(seedText);
  const seedLines = seedText.split(/\r?\n/);
  for (const e of EXCLUDED) {
    for (const n of e.lines) {
      if (!seedLines[n - 1]?.trim()) fail(n, `ligne exclue vide ou absente (${e.what})`);
      if (p.understood.has(n)) fail(n, `ligne à la fois exclue et publiée (${e.what})`);
    }
  }
  // Every line a summary declares must have been read as narrative of that entity.
  for (const [id, summary] of Object.entries(SUMMARIES)) {
    const read = id.startsWith('axe') ? p.axe.intro : p.fiches.get(id.replace(/^a/, ''))?.narrative;
    if (!read) throw new Error(`résumé pour un élément inconnu : ${id}`);
    for (const n of summary.lines) if (!read.includes(n)) fail(n, `ligne déclarée pour le résumé de ${id} mais lue ailleurs`);
  }

  const axeId = `axe${p.axe.code}`;
  const engagementId = (n: string) => `e${p.axe.code}-${n}`;

  const hierarchy: Row[] = [
    {
      id: axeId,
      level: 'axe',
      code: p.axe.code,
      title: p.axe.title,
      summary: SUMMARIES[axeId]?.text ?? '',
      source: source(
        [
          `${formatLines(p.axe.lines)} (intitulé de la l. ${p.axe.lines[0]} ; la l. ${p.axe.lines[1]} l'écrit en capitales)`,
          `présentation rédigée d'après ${formatLines(p.axe.intro)}`,
        ],
        axeId,
      ),
    },
    ...p.engagements.map((e) => ({
      id: engagementId(e.number),
      level: 'engagement',
      parent: axeId,
      code: e.number,
      title: e.title,
      source: source(
        [`${formatLines([e.line])} (sommaire, « Engagement ${e.number} : »)`, `${formatLines(e.intertitle)} (même intitulé en tête des fiches)`],
        engagementId(e.number),
      ),
    })),
  ];

  const actions: Row[] = [];
  const subactions: Row[] = [];
  const partners: Row[] = [];
  const indicators: Row[] = [];
  const values: Row[] = [];

  for (const a of p.actions) {
    const f = p.fiches.get(a.number)!;
    const id = `a${a.number}`;
    const titleNote =
      f.title === a.title ? undefined : `intitulé repris de la fiche ; le sommaire écrit « ${a.title} »`;
    const summary = SUMMARIES[id]?.text;
    if (f.narrative.length > 0 && !summary) throw new Error(`résumé manquant pour ${id} (${formatLines(f.narrative)})`);
    const related = RELATED[id];
    actions.push({
      id,
      parent: a.entries.map((e) => engagementId(e.engagement)).join(' ; '),
      code: a.number,
      title: f.title,
      summary: summary ?? '',
      related: related?.related?.join(' ; ') ?? '',
      related_text: related?.related_text?.join(' ; ') ?? '',
      source: source(
        [
          `${formatLines(a.entries.map((e) => e.line))} (sommaire${a.entries.length > 1 ? `, sous les engagements ${a.entries.map((e) => e.engagement).join(' et ')}` : ''})`,
          `${formatLines(f.titleLines)} (fiche)`,
          titleNote,
          summary ? `résumé rédigé d'après ${formatLines(f.narrative)}` : undefined,
          related ? `renvois : ${formatLines([related.line])}` : undefined,
        ],
        id,
      ),
    });

    let indicatorNo = 0;
    for (const ms of f.mesures) {
      const sid = `${id}-m${ms.number}`;
      subactions.push({
        id: sid,
        action: id,
        code: ms.number,
        title: ms.title,
        pilot: ms.pilot,
        source: source([`${formatLines(rangeOf(ms.first, ms.last))} (« MESURE ${ms.number} », intitulé, pilote, partenaires)`], sid),
      });
      ms.partners.forEach((pt, k) => {
        const pid = `${sid}-p${k + 1}`;
        partners.push({
          id: pid,
          action: id,
          subaction: sid,
          name: pt.name,
          role: 'partenaire',
          source: source([`${formatLines(pt.lines)} (rubrique « PARTENAIRE » de la mesure ${ms.number})`], pid),
        });
      });
      for (const ind of ms.indicators) {
        const iid = `i${a.number}-${++indicatorNo}`;
        indicators.push({
          id: iid,
          action: id,
          // The mesure the indicator belongs to: two indicators labelled « Adhésion » (action 43)
          // follow different mesures.
          subaction: sid,
          label: ind.label,
          // The source does not say résultat or réalisation: left empty (= non renseigné).
          kind: '',
          source: source([`${formatLines([ind.line])} (indicateur de la mesure ${ms.number} ; années : ${formatLines(ind.headerLines)})`], iid),
        });
        ind.years.forEach((year, k) => {
          const vid = `${iid}@${year}`;
          values.push({
            indicator: iid,
            year,
            type: 'objectif',
            value: targetValue(ind.values[k]),
            source: source(
              [`${formatLines([ind.line])}, colonne ${year}${ind.values[k] ? '' : ' (cellule vide : non renseigné)'}`],
              vid,
            ),
          });
        });
      }
    }
  }

  const out: Record<string, string> = {
    [`${OUTPUT_DIR}/hierarchy.csv`]: toCsv('hierarchy', ['id', 'level', 'parent', 'code', 'title', 'summary', 'source'], hierarchy),
    [`${OUTPUT_DIR}/actions.csv`]: toCsv(
      'actions',
      ['id', 'parent', 'code', 'title', 'summary', 'related', 'related_text', 'source'],
      actions,
    ),
    [`${OUTPUT_DIR}/subactions.csv`]: toCsv('subactions', ['id', 'action', 'code', 'title', 'pilot', 'source'], subactions),
    [`${OUTPUT_DIR}/partners.csv`]: toCsv('partners', ['id', 'action', 'subaction', 'name', 'role', 'source'], partners),
    [`${OUTPUT_DIR}/indicators.csv`]: toCsv('indicators', ['id', 'action', 'subaction', 'label', 'kind', 'source'], indicators),
    [`${OUTPUT_DIR}/indicator_values.csv`]: toCsv('indicator_values', ['indicator', 'year', 'type', 'value', 'source'], values),
  };
  return out;
}

function rangeOf(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

export { REPO_ROOT };
/** The seed, read from `scripts/seeds/sources/`. */
export const SEED_PATH = seedPath(SEED_FILE);

export function readSeed(): string {
  return readSeedFile(SEED_PATH);
}

/** Differences between the derivation and the files in `${OUTPUT_DIR}/` (empty = identical). */
export function compareWithRepository(root = REPO_ROOT): string[] {
  return compareDerivation(deriveBesancon(readSeed()), OUTPUT_DIR, root);
}

runDerivationCli(import.meta.url, 'scripts/seeds/besancon.ts', OUTPUT_DIR, () => deriveBesancon(readSeed()));
