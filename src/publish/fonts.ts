/// <reference types="node" />
/**
 * The fonts of the unfurl images (Node only): Inter from `@fontsource/inter`, regular and bold,
 * in its Latin and Latin Extended subsets. satori reads WOFF (not WOFF2) and never synthesizes
 * bold, so both weights are loaded. The files are found through the package resolver, so this
 * works from `src/` (tests) and from `dist/site/` (the build) alike.
 */
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';

/** One font face as satori takes it. */
export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The family the images ask for; Latin Extended is a fallback family for the glyphs Latin lacks. */
export const fontFamily = 'Inter, Inter Ext';

const faces = [
  {name: 'Inter', subset: 'latin', weight: 400},
  {name: 'Inter', subset: 'latin', weight: 700},
  {name: 'Inter Ext', subset: 'latin-ext', weight: 400},
  {name: 'Inter Ext', subset: 'latin-ext', weight: 700},
] as const;

let loading: Promise<OgFont[]> | undefined;

/** The font faces, read from disk once per process (a failed read is retried on the next call). */
export function loadFonts(): Promise<OgFont[]> {
  loading ??= readFaces().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readFaces(): Promise<OgFont[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(
    faces.map(async ({name, subset, weight}) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(
        require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
}
