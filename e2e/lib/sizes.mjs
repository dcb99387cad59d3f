// Compressed sizes of a shipped file, as `./run bench` and `./run size` report them: raw
// bytes, gzip -9 (Node zlib level 9) and brotli -q 11 (quality 11, window 24 like the
// `brotli` command).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

export function compressedSizes(path) {
  const data = readFileSync(path);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_LGWIN]: 24,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}
