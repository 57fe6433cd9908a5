/**
 * JavaScript's whitespace as `\s` and `String.prototype.trim` see it (WhiteSpace and
 * LineTerminator), tested on a char code so scanners need no regex per character.
 */
export function isJsSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
