"""Every public callable says what each argument is and what it returns, in numpydoc's sections.

Learners read `help(gd.gradient_descent)` as part of the course, so what it prints must name every
argument. The callables are found by walking the public `__all__` lists, the explorer classes' public
methods and the exercises' classes, never from a hand-written list, so a new function is covered as
soon as it is exported. Each docstring is read with numpydoc's own parser.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import pydoc
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from numpydoc.docscrape import ClassDoc, FunctionDoc

import gdcourse
from gdcourse import exercises, explorers, pictures

#: The modules whose `__all__` lists what learners call.
MODULES = (gdcourse, pictures, explorers, exercises)
#: Only the parsed sections count: numpydoc would otherwise fill "Attributes" from the properties.
CLASS_CONFIG = {"show_class_members": False}


class Entry(NamedTuple):
    """One public callable: its dotted name, what it is, and the object itself."""

    name: str
    kind: str  # "function", "method", "constructor", "record" or "property"
    obj: Any


def _is_record(cls: type) -> bool:
    """A record handed to learners: a dataclass or an enum, read for its attributes."""
    return dataclasses.is_dataclass(cls) or issubclass(cls, enum.Enum)


def _own_members(cls: type) -> list[tuple[str, Any]]:
    """The public methods and properties written in gdcourse's class bodies, not class attributes that
    happen to hold a function (an explorer's `draw`, `summary_of` and `still`)."""
    found = []
    names = dict.fromkeys(name for klass in cls.__mro__ for name in vars(klass))
    for name in names:
        if name.startswith("_"):
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property):
            found.append((name, attr))
            continue
        func = attr.__func__ if isinstance(attr, staticmethod | classmethod) else attr
        if (
            inspect.isfunction(func)
            and func.__module__.startswith("gdcourse.")
            and func.__qualname__.endswith(f".{func.__name__}")
            and "<locals>" not in func.__qualname__
        ):
            found.append((name, attr))
    return found


def _member_entries(cls: type) -> list[Entry]:
    entries = []
    for _, attr in _own_members(cls):
        if isinstance(attr, property):
            entries.append(Entry(f"{attr.fget.__module__}.{attr.fget.__qualname__}", "property", attr.fget))
        else:
            func = attr.__func__ if isinstance(attr, staticmethod | classmethod) else attr
            entries.append(Entry(f"{func.__module__}.{func.__qualname__}", "method", attr))
    return entries


def public_callables() -> list[Entry]:
    """Every public callable, each once (the explorers forward the pictures' functions)."""
    entries: list[Entry] = []
    classes: list[type] = []
    for module in MODULES:
        lazy = getattr(module, "_LAZY", ())
        for name in module.__all__:
            if name in lazy:
                continue
            obj = getattr(module, name)
            if inspect.ismodule(obj) or not callable(obj):
                continue
            dotted = f"{module.__name__}.{name}"
            if inspect.isclass(obj):
                classes.append(obj)
                entries.append(Entry(dotted, "record" if _is_record(obj) else "constructor", obj))
            else:
                entries.append(Entry(dotted, "function", obj))
    # What learners call in the exercises: each exercise's class, with what it inherits.
    for exercise in exercises.all_exercises():
        classes.extend(type(exercise).__mro__)
    for cls in classes:
        if cls.__module__.startswith("gdcourse."):
            entries.extend(_member_entries(cls))
    unique: dict[int, Entry] = {}
    for entry in entries:
        unique.setdefault(id(_function_of(entry)), entry)
    return sorted(unique.values(), key=lambda e: e.name)


def _function_of(entry: Entry) -> Any:
    obj = entry.obj
    return obj.__func__ if isinstance(obj, staticmethod | classmethod) else obj


ENTRIES = public_callables()
CALLABLES = [e for e in ENTRIES if e.kind in ("function", "method", "constructor")]


def _signature_names(func: Callable, drop_first: bool) -> list[str]:
    """The parameters as numpydoc names them: `*args` and `**kwargs` keep their stars."""
    params = list(inspect.signature(func).parameters.values())
    if drop_first:
        params = params[1:]
    stars = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
    return [stars.get(p.kind, "") + p.name for p in params]


def _documented(section: list) -> list[str]:
    """The names a Parameters or Attributes section gives, one per name ("a, b : float" gives two)."""
    return [name.replace("\\", "") for names, _, _ in section for name in names.split(", ")]


def _parsed(entry: Entry) -> tuple[FunctionDoc | ClassDoc, list[str]]:
    """The docstring that documents the entry's parameters, parsed, and the parameters it must name."""
    if entry.kind == "constructor":
        cls = entry.obj
        doc = ClassDoc(cls, config=CLASS_CONFIG)
        if not doc["Parameters"] and cls.__init__ is not object.__init__:
            doc = FunctionDoc(cls.__init__)
        return doc, _signature_names(cls, drop_first=False)
    func = _function_of(entry)
    drop_first = entry.kind == "method" and not isinstance(entry.obj, staticmethod)
    return FunctionDoc(func), _signature_names(func, drop_first)


def _returns_something(func: Callable) -> bool:
    """Whether the function is declared to return a value (unannotated counts as returning one)."""
    annotation = inspect.signature(func).return_annotation
    return annotation not in (None, "None")


@pytest.mark.parametrize("entry", CALLABLES, ids=[e.name for e in CALLABLES])
def test_parameters_and_returns_are_documented(entry):
    doc, expected = _parsed(entry)
    assert doc["Summary"], f"{entry.name} has no summary line"
    assert _documented(doc["Parameters"]) == expected, (
        f"{entry.name}: the Parameters section must name exactly {expected}, in order"
    )
    for names, type_, description in doc["Parameters"]:
        assert type_ and any(line.strip() for line in description), (
            f"{entry.name}: parameter {names!r} needs a type and a description"
        )
    if entry.kind != "constructor" and _returns_something(_function_of(entry)):
        assert doc["Returns"], f"{entry.name} returns a value but has no Returns section"
        for _, type_, description in doc["Returns"]:
            assert type_ and any(line.strip() for line in description), (
                f"{entry.name}: each entry of Returns needs a type and a description"
            )


def _record_attributes(cls: type) -> list[str]:
    """What a learner reads off a record: its fields (an enum's members) and its public properties."""
    if issubclass(cls, enum.Enum):
        names = list(cls.__members__)
    else:
        names = [field.name for field in dataclasses.fields(cls)]
    return names + [name for name, attr in _own_members(cls) if isinstance(attr, property)]


RECORDS = [e for e in ENTRIES if e.kind == "record"]


@pytest.mark.parametrize("entry", RECORDS, ids=[e.name for e in RECORDS])
def test_records_list_their_attributes(entry):
    doc = ClassDoc(entry.obj, config=CLASS_CONFIG)
    assert doc["Summary"], f"{entry.name} has no summary line"
    documented = _documented(doc["Attributes"])
    expected = _record_attributes(entry.obj)
    assert sorted(documented) == sorted(expected), (
        f"{entry.name}: the Attributes section must name exactly {sorted(expected)}"
    )
    for names, type_, description in doc["Attributes"]:
        assert type_ and any(line.strip() for line in description), (
            f"{entry.name}: attribute {names!r} needs a type and a description"
        )


PROPERTIES = [e for e in ENTRIES if e.kind == "property"]


@pytest.mark.parametrize("entry", PROPERTIES, ids=[e.name for e in PROPERTIES])
def test_properties_say_what_they_are(entry):
    doc = FunctionDoc(entry.obj)
    assert len(doc["Summary"]) == 1, f"{entry.name} needs a one-line docstring saying what it is"


def _help_text(entry: Entry) -> str:
    """What `help()` prints for the entry, without its bold (as a pager shows it)."""
    return pydoc.render_doc(_function_of(entry), renderer=pydoc.plaintext)


HELPED = [e for e in ENTRIES if e.kind != "property"]


@pytest.mark.parametrize("entry", HELPED, ids=[e.name for e in HELPED])
def test_help_names_every_argument(entry):
    """help() shows an entry `name : type` for each argument (the signature line alone is not enough)."""
    names = _record_attributes(entry.obj) if entry.kind == "record" else _parsed(entry)[1]
    text = _help_text(entry)
    for name in names:
        # A class's help() draws a bar down its left: " |  weight : float".
        entry_line = rf"^[ |]*(?:[\w*]+, )*{re.escape(name)}(?:, [\w*]+)* : \S"
        assert re.search(entry_line, text, re.MULTILINE), f"help({entry.name}) does not describe {name}"


def test_the_walk_finds_what_learners_call():
    """A few that every lesson uses, so a walk that went wrong cannot pass by finding nothing."""
    names = {e.name for e in ENTRIES}
    assert {
        "gdcourse.gradient_descent",
        "gdcourse.Trajectory",
        "gdcourse.pictures.generalized_picture",
        "gdcourse.explorers.ParabolaExplorer",
        "gdcourse.explorers.base.Explorer.set",
        "gdcourse.explorers.base.Explorer.settings",
        "gdcourse.exercises.exercise.Exercise.check",
        "gdcourse.exercises.exercise.Exercise.hint",
    } <= names
    assert not any(name.endswith((".draw", ".summary_of", ".still")) for name in names)
