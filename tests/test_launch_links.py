"""Launch links: every notebook has its own Binder link in the README's chapter table and on the start
page; every Binder link opens an existing notebook of the badge's repository; the nbgitpuller example
for a JupyterHub points at this repository and an existing notebook. Keyed on file names, not titles."""

from __future__ import annotations

import json
import re
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import colab_cell  # noqa: E402

NOTEBOOKS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").glob("*.ipynb"))
DOCUMENTS = ["README.md", "notebooks/00_start_here.ipynb"]
COLAB_LINK = re.compile(r"https://colab\.research\.google\.com/[^\s)]+")
BINDER_LINK = re.compile(r"https://mybinder\.org/v2/gh/([^/\s)]+)/([^/\s)]+)/([^?\s)]+)\?urlpath=([^\s)&]+)")
VIEWS = {"lab/tree": "JupyterLab", "voila/render": "Voila"}


@dataclass(frozen=True)
class BinderLink:
    """A mybinder.org link: which repository and ref it builds, and which page it opens (view + path)."""

    repository: tuple[str, str, str]
    view: str
    path: str


def binder_links(text: str) -> list[BinderLink]:
    """Every Binder link in `text`; urlpath split into its view (lab/tree, voila/render) and file path."""
    links = []
    for owner, name, ref, urlpath in BINDER_LINK.findall(text):
        urlpath = urllib.parse.unquote(urlpath)
        view = next((v for v in VIEWS if urlpath.startswith(v + "/")), urlpath.rsplit("/", 1)[0])
        links.append(BinderLink((owner, name, ref), view, urlpath.removeprefix(view + "/")))
    return links


def document_text(name: str) -> str:
    """A document's text: the README, or the markdown cells of a notebook."""
    text = (ROOT / name).read_text()
    if name.endswith(".ipynb"):
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return text


def badge_repository() -> tuple[str, str, str]:
    """The repository and ref the README's Binder badge launches: every link must agree with it."""
    badge = re.search(
        r"\[!\[[^\]]*\]\(https://mybinder\.org/badge[^)]*\)\]\(([^)]+)\)", document_text("README.md")
    )
    assert badge, "the README has no Binder badge"
    return binder_links(badge.group(1))[0].repository


def example_link(notebook: str) -> str:
    owner, name, ref = badge_repository()
    return f"https://mybinder.org/v2/gh/{owner}/{name}/{ref}?urlpath=lab/tree/{notebook}"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_notebook_has_its_own_binder_link(document: str) -> None:
    opened = {link.path for link in binder_links(document_text(document)) if link.view == "lab/tree"}
    missing = [notebook for notebook in NOTEBOOKS if notebook not in opened]
    assert not missing, f"{document} has no Binder link for: " + ", ".join(
        f"{n} (add {example_link(n)})" for n in missing
    )


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_binder_link_opens_an_existing_notebook_of_the_badges_repository(document: str) -> None:
    links = binder_links(document_text(document))
    assert links, f"{document} has no Binder link"
    for link in links:
        assert link.view in VIEWS, f"{document}: {link} opens neither JupyterLab (lab/tree) nor Voila"
        assert link.path in NOTEBOOKS, f"{document}: {link.path} is not a notebook in notebooks/"
        assert link.repository == badge_repository(), f"{document}: {link} builds another repository"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_each_table_row_launches_the_notebook_it_names(document: str) -> None:
    """A row's Binder links open the notebook named in its first column (by file name)."""
    rows = [ln for ln in document_text(document).splitlines() if ln.startswith("|") and "mybinder.org" in ln]
    assert rows, f"{document} has no table row with a Binder link"
    for row in rows:
        first = row.split("|")[1]
        for link in binder_links(row):
            assert Path(link.path).stem in first, (
                f"{document}: the row {first.strip()!r} launches {link.path}"
            )


def test_projector_mode_has_a_binder_link_to_the_projector_page() -> None:
    voila = [link.path for link in binder_links(document_text("README.md")) if link.view == "voila/render"]
    assert "notebooks/playground.ipynb" in voila, voila


def test_nbgitpuller_example_pulls_this_repository_and_opens_an_existing_notebook() -> None:
    readme = document_text("README.md")
    found = re.search(r"https://HUB/hub/user-redirect/git-pull\?(\S+)", readme)
    assert found, "the README's instructors' section has no nbgitpuller link"
    query = {k: v[0] for k, v in urllib.parse.parse_qs(found.group(1)).items()}
    owner, name, ref = badge_repository()
    assert query["repo"] == f"https://github.com/{owner}/{name}"
    assert query.get("branch", "main") == ref
    view, _, rest = query["urlpath"].partition(f"/{name}/")
    assert view in VIEWS, query["urlpath"]
    assert rest in NOTEBOOKS, f"the link opens {rest}, which is not a notebook in notebooks/"


def test_binder_links_are_read_from_text_as_written() -> None:
    """The link parser itself, on a link written out here by hand."""
    text = "see [x](https://mybinder.org/v2/gh/me/course/dev?urlpath=voila%2Frender%2Fnotebooks%2Fa.ipynb)."
    assert binder_links(text) == [BinderLink(("me", "course", "dev"), "voila/render", "notebooks/a.ipynb")]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_notebook_has_its_colab_link_at_the_release_tag(document: str) -> None:
    """The README's table and the start page open each notebook in Colab at the tag its first cell
    installs the package from (tools/colab_cell.py), and each row's link opens the notebook it names."""
    text = document_text(document)
    assert set(COLAB_LINK.findall(text)) == {colab_cell.colab_url(Path(n).name) for n in NOTEBOOKS}
    for row in (ln for ln in text.splitlines() if ln.startswith("|") and "colab.research" in ln):
        (link,) = COLAB_LINK.findall(row)
        assert Path(link).stem in row.split("|")[1], f"{document}: the row {row.split('|')[1]!r} opens {link}"


def test_the_colab_links_name_the_repository_the_site_and_badge_name() -> None:
    namespace: dict = {"__file__": str(ROOT / "site" / "conf.py")}
    exec((ROOT / "site" / "conf.py").read_text(), namespace)
    assert namespace["REPOSITORY"] == f"https://github.com/{colab_cell.REPOSITORY}"
    owner, name, _ = badge_repository()
    assert f"{owner}/{name}" == colab_cell.REPOSITORY
