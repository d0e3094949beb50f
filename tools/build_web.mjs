// Bundle the explorers' browser views into one ES module each.
//
// anywidget loads a single ES module text per widget (its `_esm`), while each view is written as
// several small plain modules in gdcourse/explorers/web/src/. This script gives every entry module
// gdcourse/explorers/web/src/views/<name>.js its bundle gdcourse/explorers/web/dist/<name>.js (esbuild:
// ESM, ES2020, not minified so it stays legible) and removes dist bundles whose entry is gone.
// The static site has one more bundle: site/live/page.js, with every view, as site/_static/gd_live.js
// (minified, since every page loads it, and a classic script rather than a module: Chromium refuses
// module scripts to a page opened from file://, and the site must work opened that way too).
// The bundles are committed, because learners install the package with pip (Binder, Colab) and have
// no Node; so the output must be deterministic: no timestamps, no absolute paths.
//
//     node tools/build_web.mjs           build, writing only the bundles that changed
//     node tools/build_web.mjs --check   write nothing; exit 1 listing the bundles that differ from
//                                        a fresh build, are missing or are stale, exit 0 if all fresh
//
// `python3 course.py web` runs it (after `npm ci` if needed); tests/test_web_bundles.py runs --check.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";

// Paths from this script's own location, so it works from any current directory.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WEB = join(ROOT, "gdcourse", "explorers", "web");
const VIEWS = join(WEB, "src", "views");
const DIST = join(WEB, "dist");
const SITE_ENTRY = join(ROOT, "site", "live", "page.js");
const SITE_BUNDLE = join(ROOT, "site", "_static", "gd_live.js");

const shown = (path) => relative(ROOT, path).split("\\").join("/");
const jsFiles = (folder) =>
  existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".js") && !entry.name.startsWith("."))
        .map((entry) => entry.name)
        .sort()
    : [];

/** The bundle of `entry` as text, an ES module or (`format` "iife") a classic script; esbuild's
 * comments name sources relative to the repository root. */
async function bundle(entry, outfile, minify = false, format = "esm") {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format,
    target: "es2020",
    platform: "browser",
    minify,
    legalComments: "none",
    charset: "utf8",
    sourcemap: false,
    banner: { js: `// Built by tools/build_web.mjs from ${shown(entry)}: do not edit; run \`python3 course.py web\`.` },
    write: false,
    outfile,
    logLevel: "silent",
  });
  for (const warning of result.warnings) console.error(`warning: ${shown(entry)}: ${warning.text}`);
  const text = result.outputFiles[0].text;
  const roots = [ROOT, ROOT.split("\\").join("/")].filter((root) => root.length > 1);
  if (roots.some((root) => text.includes(root))) {
    throw new Error(`${shown(entry)}: the bundle contains the checkout's path ${ROOT}`);
  }
  return text;
}

async function main(argv) {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length) {
    console.error(`usage: node tools/build_web.mjs [--check]  (unknown: ${unknown.join(" ")})`);
    return 2;
  }
  const check = argv.includes("--check");
  const entries = jsFiles(VIEWS);
  let fresh;
  try {
    // Every bundle is built before anything is written: a failing view leaves dist as it was.
    fresh = new Map(
      await Promise.all(entries.map(async (name) => [join(DIST, name), await bundle(join(VIEWS, name), join(DIST, name))])),
    );
    fresh.set(SITE_BUNDLE, await bundle(SITE_ENTRY, SITE_BUNDLE, true, "iife"));
  } catch (error) {
    for (const message of error.errors ?? []) {
      const where = message.location ? `${message.location.file}:${message.location.line}: ` : "";
      console.error(`error: ${where}${message.text}`);
    }
    if (!error.errors?.length) console.error(`error: ${error.message}`);
    console.error("the web bundles were not built");
    return 2;
  }
  if (!check) mkdirSync(DIST, { recursive: true });
  const stale = jsFiles(DIST).filter((name) => !fresh.has(join(DIST, name)));
  const changes = []; // [bundle path, what is wrong with it]
  for (const [path, text] of fresh) {
    if (!existsSync(path)) {
      changes.push([path, "missing"]);
    } else if (readFileSync(path, "utf8").replaceAll("\r\n", "\n") !== text) {
      // (\r\n: a Windows checkout may have converted the line endings; that is not staleness.)
      changes.push([path, "differs from a fresh build"]);
    } else {
      continue;
    }
    if (!check) writeFileSync(path, text);
  }
  for (const name of stale) {
    const path = join(DIST, name);
    changes.push([path, `stale (no entry ${shown(join(VIEWS, name))})`]);
    if (!check) rmSync(path);
  }
  if (check) {
    if (!changes.length) {
      console.log(`web bundles: all ${fresh.size} fresh`);
      return 0;
    }
    console.log("web bundles out of date (run `python3 course.py web`):");
    for (const [path, what] of changes) console.log(`  ${shown(path)}: ${what}`);
    return 1;
  }
  for (const [path, what] of changes) {
    console.log(`${existsSync(path) ? "wrote" : "removed"} ${shown(path)}: ${what}`);
  }
  console.log(`web bundles: ${fresh.size} built, ${changes.length} changed`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
