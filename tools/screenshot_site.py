#!/usr/bin/env python3
"""Build the static site (or reuse it) and save screenshots of its pages, one per screenful.

    .venv/bin/python tools/screenshot_site.py [04_divergence_and_alpha ...] [--out DIR]

Without page names it takes the start page and every chapter. This is how we check that the site
reads as well as the notebooks do in JupyterLab: figure widths, code lines, the live-explorer lines.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT / "site"))

from build_site import build  # noqa: E402  (the build script lives with the site's configuration)
from gd_browser import CHROMIUM_FLAGS, find_chromium  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="page names (notebook names without .ipynb)")
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screenshots")
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    site = build()
    pages = args.pages or sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
    args.out.mkdir(parents=True, exist_ok=True)
    chromium, why = find_chromium(os.environ, None)
    if chromium is None:
        sys.exit(why)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": args.height})
        for name in pages:
            page = context.new_page()
            page.goto((site.html / f"{name}.html").as_uri(), wait_until="load")
            total = page.evaluate("() => document.documentElement.scrollHeight")
            for k, top in enumerate(range(0, total, args.height - 100)):
                page.evaluate(f"() => window.scrollTo(0, {top})")
                path = args.out / f"site-{name}-{k + 1:02d}.png"
                page.screenshot(path=str(path))
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
