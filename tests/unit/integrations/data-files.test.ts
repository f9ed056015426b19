// The all-plans files are written after the build from their chunks: the file on disk is the
// chunks in order, and the build stops when a written size differs from the announced one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import dataFiles, { readChunks, shareStreamedFiles, spillTo, writeStreamed } from '../../../src/integrations/data-files';

const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const logger = { info: () => undefined } as never;
const hook = (dataFiles().hooks as Record<string, (o: unknown) => Promise<void>>)['astro:build:done'];

test('a file is its chunks, text and bytes, in order, in a folder made for it', async () => {
  const chunks = ['tête,', new Uint8Array([0x41, 0x42]), '\r\n'.repeat(50_000)];
  const written = await writeStreamed({ path: 'donnees/tous/t.csv', bytes: 0, body: () => chunks }, dir);
  const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
  expect(readFileSync(join(dir, 'donnees/tous/t.csv'))).toEqual(expected);
  expect(written).toBe(expected.length);
});

test('after the build, the shared files are written; a size other than announced fails the build', async () => {
  shareStreamedFiles([{ path: 'a.txt', bytes: 3, body: () => ['a', 'bc'] }]);
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
  expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('abc');
  shareStreamedFiles([{ path: 'b.txt', bytes: 4, body: () => ['abc'] }]);
  await expect(hook({ dir: pathToFileURL(`${dir}/`), logger })).rejects.toThrow(/b\.txt : 3 octets écrits, 4 annoncés/);
});

test('a spilt file reads back as the bytes written, in chunks of at most a megabyte', () => {
  const scratch = join(dir, 'relu');
  mkdirSync(scratch);
  const chunks = ['é'.repeat(700_000), new Uint8Array([0, 255]), ''];
  const bytes = spillTo(scratch, 'a/b.csv', chunks);
  const back = [...readChunks(join(scratch, 'a/b.csv'))];
  expect(back.map((c) => c.length)).toEqual([1 << 20, bytes - (1 << 20)]);
  expect(Buffer.concat(back)).toEqual(Buffer.concat([Buffer.from('é'.repeat(700_000)), Buffer.from([0, 255])]));
  spillTo(scratch, 'vide.csv', []);
  expect([...readChunks(join(scratch, 'vide.csv'))]).toEqual([]);
});

test('a file spilt while measured is moved into place after the build, its scratch folder removed', async () => {
  const scratch = join(dir, 'scratch');
  mkdirSync(scratch);
  const chunks = ['x'.repeat(1_500_000), new Uint8Array([1, 2, 3]), 'fin'];
  const bytes = spillTo(scratch, 'donnees/tous/gros.json', chunks);
  expect(bytes).toBe(1_500_006);
  shareStreamedFiles([{ path: 'donnees/tous/gros.json', bytes, body: () => [], scratch: join(scratch, 'donnees/tous/gros.json') }], scratch);
  await hook({ dir: pathToFileURL(`${dir}/out/`), logger });
  const written = readFileSync(join(dir, 'out/donnees/tous/gros.json'));
  expect(written.length).toBe(bytes);
  expect(written.subarray(-6)).toEqual(Buffer.from([1, 2, 3, 0x66, 0x69, 0x6e]));
  expect(existsSync(scratch)).toBe(false);
});
