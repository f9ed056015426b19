/**
 * `npm run bench:import -- --rows N [--xlsx]`: times the importer on a synthetic sheet of N action
 * rows (axis, code, title, pilot, status, dates, budget, description and a « Commentaire » column
 * the importer does not know), from reading the bytes to the CSV text it would write. Nothing is
 * written to the project. Prints one line: rows, bytes, seconds, rows per second.
 *
 * The import must stay linear: 40 000 rows in 30 s or less (issue 13).
 */
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { importPlan } from '../../src/lib/import/import-plan';
import { readSheet } from '../../src/lib/import/read-sheet';
import { planOutputs } from '../../src/lib/import/write';

const WORDS = ['rénover', 'écoles', 'pistes', 'cyclables', 'chaleur', 'réseau', 'solaire', 'toitures', 'haies', 'bocage', 'compost', 'cantines', 'covoiturage', 'vélos', 'isolation', 'logements', 'forêts', 'zones', 'humides', 'éclairage', 'public', 'bornes', 'recharge', 'méthanisation', 'agriculteurs', 'commerces', 'circuits', 'courts', 'eau', 'pluviale', 'îlots', 'fraîcheur', 'arbres', 'cours', 'friches', 'sobriété', 'bureaux', 'bus', 'tramway', 'marche'];
const STATUSES = ['En cours', 'Réalisé', 'À venir', 'En retard', 'Non démarré'];
const HEADER = ['Axe', 'N°', "Intitulé de l'action", "Porteur de l'action", "État d'avancement", 'Début', 'Fin', "Budget global de l'action", 'Description', 'Commentaire'];

/** Deterministic pseudo-random words (mulberry32 per seed). */
function words(seed: number, n: number): string {
  let a = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.push(WORDS[((t ^ (t >>> 14)) >>> 0) % WORDS.length]);
  }
  return out.join(' ');
}

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'ma', 'lo'];

/** A made-up place name unique to n (two syllables at least), as a real plan names its sites. */
function place(n: number): string {
  let out = '';
  let x = n + SYLLABLES.length;
  while (x > 0) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return out[0].toUpperCase() + out.slice(1);
}

export function syntheticRows(rows: number): string[][] {
  const out: string[][] = [HEADER];
  for (let i = 1; i <= rows; i++) {
    const axis = ((i - 1) % 8) + 1;
    out.push([
      `Axe ${axis} : ${words(axis, 2)}`,
      `${axis}.${i}`,
      `${words(i, 4)} à ${place(i)} et ${place(i * 7 + 3)} (action ${i})`,
      `Service ${words(i + 7, 1)}`,
      STATUSES[i % STATUSES.length],
      String(2020 + (i % 5)),
      String(2026 + (i % 4)),
      `${(i % 90) + 10} 000 €`,
      `${words(i + 3, 20)}.`,
      i % 3 === 0 ? `Note ${i} : ${words(i + 11, 6)}` : '',
    ]);
  }
  return out;
}

const csvCell = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

async function sheetBytes(rows: number, xlsx: boolean): Promise<{ bytes: Uint8Array; name: string }> {
  const grid = syntheticRows(rows);
  if (!xlsx) return { bytes: new TextEncoder().encode(grid.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n'), name: 'bench.csv' };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Actions');
  for (const r of grid) ws.addRow(r);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), name: 'bench.xlsx' };
}

export async function benchImport(rows: number, xlsx = false) {
  const { bytes, name } = await sheetBytes(rows, xlsx);
  const started = performance.now();
  const grid = await readSheet(bytes, name);
  const result = importPlan(grid, { plan: 'bench', sourceName: name });
  const { files } = planOutputs({ plan: 'bench', contentDir: 'content', dataDir: 'data', sourceName: name, result, existing: { planMd: false, texts: {}, rows: {} } });
  const seconds = (performance.now() - started) / 1000;
  return { rows, bytes: bytes.length, seconds, actions: result.report.actionRows, files: files.length };
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--rows');
  const rows = at >= 0 ? Number(args[at + 1]) : 1000;
  if (!Number.isInteger(rows) || rows <= 0) {
    console.error('usage : npm run bench:import -- --rows N [--xlsx]');
    process.exit(1);
  }
  const r = await benchImport(rows, args.includes('--xlsx'));
  console.log(`${r.rows} lignes, ${(r.bytes / 1e6).toFixed(2)} Mo, ${r.actions} actions : ${r.seconds.toFixed(2)} s (${Math.round(r.rows / r.seconds)} lignes/s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
