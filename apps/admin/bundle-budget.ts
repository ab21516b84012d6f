import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  type: 'chunk' | 'asset';
  code?: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * Prints the JavaScript a browser must download before the first screen (the
 * entry chunk and everything it imports statically, gzip-compressed) and fails
 * the build above the budget, so code splitting cannot silently regress. It
 * also writes .gz and .br twins of each script, which the API sends to
 * browsers that accept them: the figure printed is what actually travels.
 * Both happen once the bundle is written, when Vite has finished every chunk.
 */
export function bundleBudget(limitKb: number): Plugin {
  return {
    name: 'rex587-bundle-budget',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const chunks = bundle as unknown as Record<string, ChunkInfo>;
      const outDir = options.dir ?? '.';
      const gzipped = new Map<string, number>();
      for (const [fileName, chunk] of Object.entries(chunks)) {
        if (chunk.type !== 'chunk' || !chunk.code) continue;
        const gz = gzipSync(chunk.code, { level: 9 });
        gzipped.set(fileName, gz.length);
        writeFileSync(join(outDir, `${fileName}.gz`), gz);
        writeFileSync(join(outDir, `${fileName}.br`), brotliCompressSync(chunk.code));
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName) || chunks[fileName]?.type !== 'chunk') return;
        initial.add(fileName);
        for (const imported of chunks[fileName].imports ?? []) visit(imported);
      };
      Object.entries(chunks)
        .filter(([, chunk]) => chunk.type === 'chunk' && chunk.isEntry)
        .forEach(([fileName]) => visit(fileName));
      const kb = [...initial].reduce((sum, fileName) => sum + (gzipped.get(fileName) ?? 0), 0) / 1024;
      const lazy = gzipped.size - initial.size;
      this.info(
        `initial JavaScript: ${kb.toFixed(1)} kB gzip in ${initial.size} file(s), ${lazy} lazy chunk(s); budget ${limitKb} kB`,
      );
      if (kb > limitKb) this.error(`initial JavaScript ${kb.toFixed(1)} kB gzip exceeds the ${limitKb} kB budget`);
    },
  };
}
