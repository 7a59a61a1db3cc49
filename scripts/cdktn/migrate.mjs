// Moves a copy of this workspace (or, run by hand, the workspace itself) from cdktf to its maintained fork, CDK
// Terrain: swaps the packages in package.json and rewrites the module names in the code and its lint rules.
//
//   node scripts/cdktn/migrate.mjs [dir]        dir defaults to the current directory
//
// It changes only what names a package: the module specifiers 'cdktf' and '@cdktf/provider-aws/…', the lint rules
// and tests that name them, the esbuild externals. Everything else stays: cdktn keeps cdktf's API, its metadata keys
// ('@cdktf/warn') and its output directory (cdktf.out). It is idempotent: a second run changes nothing.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fork's packages, checked against the npm registry: cdktn 0.24.x takes constructs >=10.6.0 <10.8.0. */
export const CDKTN_PACKAGES = {
  cdktn: '0.24.0',
  '@cdktn/provider-aws': '25.7.0',
  constructs: '10.7.2',
};
/** cdktn and @cdktn/provider-aws declare Node >= 22.11. */
export const CDKTN_NODE_ENGINE = '>=22.11';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'cdktf.out', '.nx', 'coverage', '.terraform']);
// This tooling names both distributions on purpose: it is left as it is.
const SKIP_PATHS = new Set([join('scripts', 'cdktn')]);
const CODE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;
// Markdown too: READMEs show imports, and tests compare README examples with the code.
const DOC_FILE = /\.md$/;

/** The rewrites of code and docs, in order; each names what it changes. */
const REWRITES = [
  // The module 'cdktf' wherever it is named as a string: imports, require(), lint bans, esbuild externals.
  { what: "the module 'cdktf'", from: /(['"])cdktf\1/g, to: '$1cdktn$1' },
  // The provider package, also where a regex escapes its slashes (the lint tests).
  { what: '@cdktf/provider-aws', from: /@cdktf(\\?)\/provider-aws/g, to: '@cdktn$1/provider-aws' },
  // Package globs in lint bans and esbuild externals. Not '@cdktf/warn' and the like: cdktn keeps those keys.
  { what: "the package glob '@cdktf/*'", from: /(['"])@cdktf\/\*\1/g, to: '$1@cdktn/*$1' },
];

function* files(root, dir = root) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !SKIP_PATHS.has(relative(root, path))) yield* files(root, path);
    } else if (CODE_FILE.test(entry.name) || DOC_FILE.test(entry.name)) yield path;
  }
}

/** The package.json of the workspace with cdktf's packages swapped for the fork's, pinned exactly. */
export function migratePackageJson(pkg) {
  const deps = { ...pkg.dependencies };
  delete deps.cdktf;
  delete deps['@cdktf/provider-aws'];
  Object.assign(deps, CDKTN_PACKAGES);
  const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
  return { ...pkg, engines: { ...pkg.engines, node: CDKTN_NODE_ENGINE }, dependencies: sorted };
}

/** Rewrites `dir` in place; returns what changed, per rewrite, as counts of occurrences and files. */
export function migrate(dir) {
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  if (!pkg.dependencies?.cdktf && !pkg.dependencies?.cdktn)
    throw new Error(`${pkgPath}: dependencies has neither cdktf nor cdktn; is this the workspace root?`);
  writeFileSync(pkgPath, `${JSON.stringify(migratePackageJson(pkg), null, 2)}\n`);

  const changes = REWRITES.map((r) => ({ what: r.what, occurrences: 0, files: new Set() }));
  for (const file of files(dir)) {
    if (!statSync(file).isFile()) continue;
    let text = readFileSync(file, 'utf8');
    const before = text;
    REWRITES.forEach((r, i) => {
      text = text.replace(r.from, (...match) => {
        changes[i].occurrences++;
        changes[i].files.add(relative(dir, file));
        return r.to.replace(/\$(\d)/g, (_, n) => match[Number(n)]);
      });
    });
    if (text !== before) writeFileSync(file, text);
  }
  return changes.map((c) => ({ what: c.what, occurrences: c.occurrences, files: c.files.size }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.cwd();
  for (const c of migrate(dir)) console.log(`${c.what}: ${c.occurrences} in ${c.files} files`);
  console.log(
    `package.json: ${Object.entries(CDKTN_PACKAGES)
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')}; engines.node ${CDKTN_NODE_ENGINE}. Now run npm install (Node 22.11 or newer).`,
  );
}
