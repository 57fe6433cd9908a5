/**
 * Shrinks a PGlite data-directory tar (PGlite's `dumpDataDir`) by cutting the zeros at the
 * end of each WAL segment. A segment is created as 16 MB of zeros and filled from the
 * front; the zeros behind the last written page carry nothing. PGlite copies every byte of
 * an image twice while it unpacks it, so the snapshot (40 MB, 16 of them one segment)
 * boots ~0.1 s faster trimmed.
 *
 * PostgreSQL keeps working on a short segment: an existing segment is opened as it is and
 * written at the right offset (the file grows), and recovery reading past its end takes
 * that as the end of the WAL, which is where the zeros would have ended it too.
 */
import { createTar, parseTar } from "nanotar";

const PAGE = 8192;
/** `pg_wal/000000010000000000000002`: timeline and segment number, 24 hex digits. */
const SEGMENT = /(^|\/)pg_wal\/[0-9A-F]{24}$/;

export function trimWalSegments(tar: Uint8Array): Uint8Array<ArrayBuffer> {
  const items = parseTar(tar).map((item) => {
    // nanotar reads mtime in seconds but writes it from milliseconds, and writes an entry
    // without data as a directory: name directories as such, keep every file's data.
    const attrs = { ...item.attrs, mtime: (item.attrs?.mtime ?? 0) * 1000 };
    if (item.type === "directory") return { name: item.name.endsWith("/") ? item.name : `${item.name}/`, attrs };
    const data = item.data ?? new Uint8Array(0);
    return { name: item.name, data: SEGMENT.test(item.name) ? data.subarray(0, writtenLength(data)) : data, attrs };
  });
  return createTar(items) as Uint8Array<ArrayBuffer>;
}

/** The bytes up to the end of the last page that holds anything but zeros. */
function writtenLength(data: Uint8Array): number {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return Math.ceil(end / PAGE) * PAGE;
}
