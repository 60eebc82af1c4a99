import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative as relativePath, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed build assets can be cached for good; the HTML shell must not be. */
  immutable: boolean;
}

/**
 * Reads a file of the built tab. Unknown paths without an extension fall back to `index.html`
 * (client-side routes); paths escaping the root are refused.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  } catch {
    return null;
  }
  if (relative.split(sep).includes('..')) return null;
  const candidate = join(root, relative === '' ? 'index.html' : relative);
  const file = (await isFile(candidate))
    ? candidate
    : extname(relative) === ''
      ? join(root, 'index.html')
      : null;
  if (file === null || !(await isFile(file))) return null;
  return {
    body: await readFile(file),
    contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    immutable: relativePath(root, file).startsWith(`assets${sep}`),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
