"""The site against WCAG 2.1 A and AA, as axe-core (pinned in package.json) checks it.

Every page of the built site is served as a static host would serve it, axe-core's own script is put
into the page, and axe runs the rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa. No page may have a
violation; a failure lists each rule, its impact, how many nodes and the first one.
"""

from __future__ import annotations

from typing import Any

import pytest
from gd_browser import ROOT
from test_site_pages import open_page, site_context, site_url  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AUDIT_JS = """async ([tags, within]) => {
  const context = within ? {include: [[within]]} : document;
  const result = await axe.run(context, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.length,
                                        first: v.nodes[0].html.slice(0, 200)}));
}"""
PAGES = sorted(path.stem for path in (ROOT / "notebooks").glob("*.ipynb"))


def axe_script() -> str:
    """axe-core's script, from node_modules (`npm ci` puts it there; CI must have it)."""
    if not AXE.is_file():
        from install_envs import skip_or_fail

        skip_or_fail(f"{AXE} is missing: run `npm ci` (python3 course.py test does)")
    return AXE.read_text()


def audit(page: Any, within: str | None = None) -> list[dict]:
    """axe's WCAG 2.1 A/AA violations on the page as it stands, or only inside the elements the CSS
    selector `within` picks (a notebook's outputs: the frontend around them is not ours)."""
    page.add_script_tag(content=axe_script())
    return page.evaluate(AUDIT_JS, [RULES, within])


def said(violations: list[dict]) -> str:
    """axe's violations, one line each: the rule, its impact, how many nodes and the first."""
    return "\n".join(
        f"{v['id']} ({v['impact']}), {v['nodes']} node(s), first: {v['first']}" for v in violations
    )


@pytest.mark.parametrize("name", PAGES)
def test_every_site_page_passes_wcag_21_aa(name: str, site_url: str, site_context: Any) -> None:  # noqa: F811
    opened = open_page(site_context, site_url, f"{name}.html")
    try:
        opened.page.wait_for_load_state("load")
        violations = audit(opened.page)
    finally:
        opened.page.close()
    assert not violations, said(violations)
