// Whether the CLI compiled by `koers prepare` may run instead of the sources (plain JavaScript: it runs before tsx).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when `<bundle>.json` says the bundle was made by this Node.js from exactly the files under `root` that are
 * there now (each file's size and modification time); false when any of them changed, went, or cannot be read.
 * @param {string} root
 * @param {string} bundle
 * @returns {boolean}
 */
export function bundleIsFresh(root, bundle) {
  try {
    const manifest = JSON.parse(readFileSync(`${bundle}.json`, 'utf8'));
    if (manifest.node !== process.version) return false;
    for (const [file, was] of Object.entries(manifest.inputs)) {
      const now = statSync(join(root, file));
      if (now.size !== was.size || now.mtimeMs !== was.mtimeMs) return false;
    }
    return Object.keys(manifest.inputs).length > 0;
  } catch {
    return false;
  }
}
