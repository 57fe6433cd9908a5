/**
 * A script's bytes as text, refusing invalid UTF-8 with the file and byte offset instead of
 * running U+FFFD replacement characters as SQL.
 */

import { ScriptError } from "../errors.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeScript(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ScriptError(`${file} is not valid UTF-8 (first bad byte at offset ${firstInvalid(bytes)})`, file);
  }
}

/** The offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (length > 1) {
      // Overlong, surrogate and out-of-range forms are invalid too; TextDecoder found one if nothing else.
      const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(i, i + length));
      if (decoded.includes("\uFFFD")) return i;
    }
    i += length;
  }
  return bytes.length;
}
