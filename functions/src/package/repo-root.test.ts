import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from './repo-root.js';

describe('findRepoRoot', () => {
  it('walks up to the folder that holds appPackage/manifest.template.json', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const root = findRepoRoot(here);
    expect(join(root, 'functions', 'src', 'package')).toBe(here);
    expect(existsSync(join(root, 'appPackage', 'manifest.template.json'))).toBe(true);
  });

  it('throws when no folder above holds the template', () => {
    expect(() => findRepoRoot('/')).toThrow(/manifest\.template\.json/);
  });
});
