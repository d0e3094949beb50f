"""The promises the repository makes: pins, Binder files, the README's commands, a quick import."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ["jupyterlab", "notebook", "ipywidgets", "anywidget", "matplotlib", "numpy", "ipykernel"]
TEST_STACK = ["pytest", "nbval", "hypothesis", "pytest-xdist", "playwright"]


def pins(path):
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            name, _, version = line.partition("==")
            assert version, f"{path}: {line!r} is not pinned with =="
            found[name.lower()] = version
    return found


def test_runtime_and_test_stacks_are_pinned_exactly():
    runtime = pins("requirements.txt")
    assert set(RUNTIME) <= set(runtime)
    assert set(TEST_STACK) <= set(pins("requirements-test.txt"))
    assert "-r requirements.txt" in (ROOT / "requirements-test.txt").read_text()


def test_binder_installs_the_root_requirements_and_the_package():
    assert re.fullmatch(r"python-3\.(11|12)\s*", (ROOT / "binder/runtime.txt").read_text())
    lines = [ln.strip() for ln in (ROOT / "binder/requirements.txt").read_text().splitlines()]
    assert "-r ../requirements.txt" in lines
    # Installed, not editable: the notebooks there import it from site-packages, as from a wheel.
    assert "." in lines and "-e ." not in lines
    assert not (ROOT / ".binder").exists(), "repo2docker refuses both binder/ and .binder/"
    assert not (ROOT / "binder/environment.yml").exists(), "environment.yml would win over requirements"


def test_readme_gives_exactly_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start")[1].split("```bash")[1].split("```")[0]
    commands = [ln.split("#")[0].strip() for ln in quick.strip().splitlines()]
    assert commands == ["python3 course.py lab", "python3 course.py test"]
    ci = (ROOT / ".ci/run").read_text()
    assert "\npython3 course.py test\n" in ci
    assert os.access(ROOT / ".ci/run", os.X_OK)


def test_binder_badge_opens_the_start_page():
    readme = (ROOT / "README.md").read_text()
    target = re.search(r"mybinder\.org/v2/gh/[^)]*urlpath=lab/tree/([^)&]+)", readme).group(1)
    assert (ROOT / target).is_file()
    assert target == "notebooks/00_start_here.ipynb"


def test_readme_links_resolve():
    readme = (ROOT / "README.md").read_text()
    for link in re.findall(r"\]\(((?!https?:)[^)]+)\)", readme):
        assert (ROOT / link).exists(), link


def test_import_is_quick_and_loads_no_plotting():
    code = "import sys, gdcourse; print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)"
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        timings.append(time.perf_counter() - start)
    assert out.stdout.split() == ["False", "False"]
    assert min(timings) < 1.0, timings


@pytest.mark.parametrize("name", ["course.py", ".ci/run"])
def test_entry_points_exist(name):
    assert (ROOT / name).is_file()
