/** Where the server's own files are, whether it runs from `src/` (tsx) or bundled from `dist/`. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findServerPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'migrations'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the server package (its migrations/ folder)');
    dir = parent;
  }
  return dir;
}

export const serverPackageRoot = findServerPackageRoot();
export const repositoryRoot = join(serverPackageRoot, '..', '..');
export const migrationsDir = join(serverPackageRoot, 'migrations');
