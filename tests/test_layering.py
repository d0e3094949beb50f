"""The package's shape: imports point one way down the layers, and no module uses another's private name."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import gdcourse

PACKAGE = Path(gdcourse.__file__).parent
#: The layers from the bottom up (the README's module table lists them in this order): a module imports
#: only from its own layer or those below.
LAYERS = [
    "book",
    "checks",
    "learner_code",
    "learning",
    "generalized",
    "analysis",
    "fmt",
    "settings",
    "figures",
    "summaries",
    "pictures",
    "explorers",
    "binder",
    "progress_file",
    "exercises",
]


def modules() -> list[tuple[str, ast.Module]]:
    """Every module of the package as (dotted name, parsed source), the package's own __init__ aside."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if len(parts) > 1:
            found.append((".".join(parts), ast.parse(path.read_text(), str(path))))
    return found


def layer(dotted: str) -> int:
    """The layer of a module `gdcourse.<top>...`; a module no layer names fails the test, not silently."""
    top = dotted.split(".")[1]
    assert top in LAYERS, (
        f"gdcourse.{top} belongs to no layer: add it to LAYERS (and the README's module table) where it fits"
    )
    return LAYERS.index(top)


def imports(tree: ast.Module) -> list[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for every import of gdcourse code in a module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("gdcourse"):
            names = [alias.name for alias in node.names]
            if node.module == "gdcourse":  # `from gdcourse import checks`: the names are modules
                found += [(f"gdcourse.{name}", [], node.lineno) for name in names]
            else:
                found.append((node.module, names, node.lineno))
        elif isinstance(node, ast.Import):
            found += [
                (alias.name, [], node.lineno) for alias in node.names if alias.name.startswith("gdcourse.")
            ]
    return found


def upward_imports(name: str, tree: ast.Module) -> list[str]:
    """Every import in module `name` of a module from a higher layer."""
    return [
        f"{name}, line {line}: imports {imported}, from the layer above ({LAYERS[layer(imported)]} "
        f"is above {LAYERS[layer(name)]}): move the shared piece down, or follow it through a callback"
        for imported, _, line in imports(tree)
        if layer(imported) > layer(name)
    ]


def private_uses(name: str, tree: ast.Module) -> list[str]:
    """Every private name module `name` takes from another module: imported, or read as module._x."""
    problems, modules_seen = [], set()
    for imported, names, line in imports(tree):
        private = [n for n in names if n.startswith("_") and n.strip("_")]  # `____` is the public blank
        problems += [f"{name}, line {line}: imports the private {n} from {imported}" for n in private]
        modules_seen.update(names or [imported.rsplit(".", 1)[-1]])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in modules_seen
        ):
            problems.append(f"{name}, line {node.lineno}: uses {node.value.id}.{node.attr}, a private name")
    return problems


MODULES = modules()
README = PACKAGE.parent / "README.md"


def readme_layers() -> list[str]:
    """The modules the README's package table lists, top to bottom, as top-level names."""
    text = README.read_text()
    table = text[text.index("The package, one way down") :].split("\n\n")[1]
    return re.findall(r"^\| `(?:gd|gdcourse)\.(\w+)`", table, flags=re.M)


def test_the_readme_table_lists_the_layers_in_their_order():
    """The written map and the enforced layering are one: same modules, same order, each a real one."""
    assert readme_layers() == LAYERS
    for top in LAYERS:
        assert (PACKAGE / f"{top}.py").is_file() or (PACKAGE / top / "__init__.py").is_file(), top


def test_every_top_level_module_has_a_layer():
    tops = {path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    tops |= {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert tops == set(LAYERS), tops ^ set(LAYERS)


@pytest.mark.parametrize(("name", "tree"), MODULES, ids=[name for name, _ in MODULES])
def test_imports_point_down_the_layers(name, tree):
    assert not upward_imports(name, tree)


@pytest.mark.parametrize(("name", "tree"), MODULES, ids=[name for name, _ in MODULES])
def test_no_module_uses_another_modules_private_names(name, tree):
    assert not private_uses(name, tree)


def test_the_checks_catch_an_upward_import_and_private_names():
    upward = ast.parse("from gdcourse.explorers.parabola import ParabolaExplorer")
    assert upward_imports("gdcourse.figures.parabola", upward)
    assert not upward_imports("gdcourse.explorers.regime_map", upward)
    assert private_uses("gdcourse.analysis", ast.parse("from gdcourse.learning import _square"))
    assert private_uses(
        "gdcourse.pictures.x", ast.parse("from gdcourse import learning\nlearning._square(2)")
    )
    assert not private_uses(
        "gdcourse.pictures.x", ast.parse("from gdcourse import learning\nlearning.square(2)")
    )


@pytest.mark.parametrize("module", ["gdcourse", "gdcourse.pictures", "gdcourse.figures", "gdcourse.settings"])
def test_stills_and_figures_load_no_widgets(module):
    """A still picture renders wherever matplotlib does: no ipywidgets, no ipympl, no IPython kernel."""
    code = f"import sys, {module}; print(sorted(m for m in ('ipywidgets', 'ipympl') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"importing {module} loaded {out.stdout.strip()}"


def test_every_picture_a_learner_can_call_is_in_gd_pictures():
    import gdcourse.explorers as explorers
    import gdcourse.pictures as pictures

    stills = {name for name in dir(explorers) if name.endswith(("_picture", "_pictures"))}
    assert stills <= set(pictures.__all__), stills - set(pictures.__all__)
    for name in stills:
        assert getattr(explorers, name) is getattr(pictures, name), f"gd.explorers.{name} only forwards"
