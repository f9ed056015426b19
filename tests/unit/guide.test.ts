/**
 * content/README.md cannot drift: each verified example (```console test```, ```csv test
 * ajouter …``` and ```csv test créer …``` blocks, see tests/helpers/guide.ts) is replayed, in the guide's order, in a
 * temporary copy of content/ and data/ (the real files are never touched), and every command's
 * output must be what the guide shows. `npm run <script>` runs the script's own command line from
 * package.json (a `tsx` script), without npm's banner.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { completedFile, guideSteps, matchesOutput, rowsToAppend } from '../helpers/guide';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const GUIDE = readFileSync(join(ROOT, 'content/README.md'), 'utf8');
const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder where the guide's commands run as in the project, on copies of content/ and data/. */
function copyOfProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-'));
  made.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  for (const shared of ['package.json', 'tsconfig.json', 'node_modules', 'src', 'scripts']) symlinkSync(join(ROOT, shared), join(dir, shared));
  return dir;
}

/** `npm run name -- args` → the script's `tsx file` with the arguments. */
function commandLine(command: string): string[] {
  const words = command.trim().split(/\s+/);
  const [npm, run, name, dashes, ...args] = words;
  if (npm !== 'npm' || run !== 'run' || !name || (dashes !== undefined && dashes !== '--')) throw new Error(`commande non rejouable : « ${command} » (attendu : npm run <script> [-- arguments])`);
  const script = SCRIPTS[name]?.split(' ');
  if (!script || script[0] !== 'tsx' || script.length !== 2) throw new Error(`« npm run ${name} » n'est pas un script tsx de package.json`);
  return [TSX, script[1], ...args];
}

async function run(cwd: string, command: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CONTENT_DIR;
  delete env.DATA_DIR;
  try {
    const { stdout, stderr } = await exec(process.execPath, commandLine(command), { cwd, env, maxBuffer: 16 * 1024 * 1024 });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    if (e.stdout === undefined) throw error;
    return `${e.stdout}${e.stderr ?? ''}`;
  }
}

describe('the verified examples of content/README.md', () => {
  const steps = guideSteps(GUIDE);

  it('are there: adding a plan, updating a status, updating from a spreadsheet, with their commands', () => {
    expect(steps.filter((s) => s.kind === 'command').map((s) => s.command)).toEqual(
      expect.arrayContaining(['npm run new-plan -- ma-ville', 'npm run check', 'npm run import -- suivi.csv --plan exemple --update --dry-run']),
    );
    expect(steps.filter((s) => s.kind === 'append').map((s) => s.file)).toEqual(['data/exemple/actions.csv', 'data/exemple/updates.csv']);
    expect(steps.filter((s) => s.kind === 'create').map((s) => s.file)).toEqual(['suivi.csv']);
    expect(steps.filter((s) => s.kind === 'complete').map((s) => s.file)).toEqual(['data/exemple/hierarchy.csv']);
  });

  it('print what the guide shows, replayed in order on a copy of the content', { timeout: 180_000 }, async () => {
    const dir = copyOfProject();
    for (const step of steps) {
      if (step.kind === 'create') {
        try {
          writeFileSync(join(dir, step.file), step.csv, { flag: 'wx' });
        } catch (error) {
          throw new Error(`content/README.md:${step.line}: ${step.file} : ${(error as Error).message}`);
        }
        continue;
      }
      if (step.kind === 'complete') {
        const path = join(dir, step.file);
        try {
          writeFileSync(path, completedFile(step.csv, readFileSync(path, 'utf8')));
        } catch (error) {
          throw new Error(`content/README.md:${step.line}: ${step.file} : ${(error as Error).message}`);
        }
        continue;
      }
      if (step.kind === 'append') {
        const path = join(dir, step.file);
        let rows: string;
        try {
          rows = rowsToAppend(step.csv, readFileSync(path, 'utf8'));
        } catch (error) {
          throw new Error(`content/README.md:${step.line}: ${step.file} : ${(error as Error).message}`);
        }
        appendFileSync(path, rows);
        continue;
      }
      const output = await run(dir, step.command);
      const actual = output.replace(/\n$/, '').split('\n');
      expect(
        matchesOutput(step.expected, actual),
        `content/README.md:${step.line}: « $ ${step.command} » affiche :\n${output}\nalors que le guide montre :\n${step.expected.join('\n')}`,
      ).toBe(true);
    }
  });
});

describe('guideSteps', () => {
  const guide = (block: string) => `# Guide\n\n${block}\n`;
  it('reads a csv test créer block as a new file with the block’s text', () => {
    expect(guideSteps(guide('```csv test créer suivi.csv\nN°,État\n1.1,En cours\n```'))).toEqual([
      { kind: 'create', line: 3, file: 'suivi.csv', csv: 'N°,État\n1.1,En cours\n' },
    ]);
  });
  it('keeps the blocks in the guide’s order', () => {
    const steps = guideSteps(guide('```csv test créer t.csv\na\n```\n\n```console test\n$ npm run import -- t.csv\nok\n```'));
    expect(steps.map((s) => s.kind)).toEqual(['create', 'command']);
  });
  it.each([['/tmp/suivi.csv'], ['../suivi.csv'], ['data/../../x.csv']])('refuses a file outside the copy of the project: %s', (path) => {
    expect(() => guideSteps(guide(`\`\`\`csv test créer ${path}\na\n\`\`\``))).toThrow('chemin relatif attendu');
  });
  it('fills the cells of a csv test compléter block, adding the columns the file lacks', () => {
    const file = 'id,title\na1,Un\na2,Deux\n';
    expect(completedFile('id,title_nl\na2,Twee', file)).toBe('id,title,title_nl\na1,Un,\na2,Deux,Twee\n');
    expect(() => completedFile('id,title_nl\na9,Negen', file)).toThrow('aucune ligne « a9 »');
  });
  it('refuses an unknown csv test verb', () => {
    expect(() => guideSteps(guide('```csv test remplacer x.csv\na\n```'))).toThrow('convention inconnue');
  });
});

describe('rowsToAppend', () => {
  it('lays the block’s columns out as the file’s, quoting as CSV needs', () => {
    expect(rowsToAppend('id,title,note\nx1,"Un, deux",\n', 'id,parent,title,note\na,b,c,d\n')).toBe('x1,,"Un, deux",\n');
  });
  it('refuses a column the file does not have', () => {
    expect(() => rowsToAppend('id,titre\nx1,T\n', 'id,title\n')).toThrow('colonne(s) absente(s) du fichier : titre');
  });
});

describe('matchesOutput', () => {
  it.each([
    ['same lines', ['a', 'b'], ['a', 'b'], true],
    ['a missing line', ['a', 'b'], ['a'], false],
    ['an extra line', ['a'], ['a', 'b'], false],
    ['… alone stands for any lines', ['…', 'c'], ['a', 'b', 'c'], true],
    ['… alone stands for no line too', ['a', '…', 'b'], ['a', 'b'], true],
    ['… in a line stands for any text', ['… plan(s) : 0 erreur(s)'], ['7 plan(s) : 0 erreur(s)'], true],
    ['… in a line does not hide a different end', ['… plan(s) : 0 erreur(s)'], ['7 plan(s) : 2 erreur(s)'], false],
    ['regular-expression characters are literal', ['a (b) [c].'], ['a (b) [c]x'], false],
  ])('%s', (_name, expected, actual, result) => {
    expect(matchesOutput(expected, actual)).toBe(result);
  });
});
