/**
 * A value kept as bytes: V8's own serialisation (the structured clone that worker messages use:
 * plain objects, arrays, strings, numbers, booleans, undefined keep their order and kind), then
 * deflated at zlib's fastest level. For the build's large tables held between two reads
 * (lib/model/packed, lib/export/bundle): a generated portal of 200 plans and 20 000 actions is
 * 58 MB serialised, 5.9 MB deflated (0.2 s for all); inflating it takes 0.06 s, deserialising 0.4 s.
 */
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function pack(value: unknown): Buffer {
  const deflated = deflateRawSync(serialize(value), { level: 1 });
  // zlib hands back a view on its 16 KiB working buffer: copied to its own length, a small table
  // keeps its few hundred bytes, not 16 KiB (a portal packs tens of thousands of them).
  return Buffer.from(Uint8Array.prototype.slice.call(deflated).buffer);
}

/** The value again: equal to the packed one, new objects each time. */
export function unpack<T>(bytes: Buffer): T {
  return deserialize(inflateRawSync(bytes)) as T;
}
