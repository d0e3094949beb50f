"""The Chromium lookup behind the browser tests: order, skip without a browser, fail under CI=true.

Plain unit tests (no browser needed), so they are not marked `browser`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gd_browser import chromium_candidates, find_chromium, named_regimes, readout_matches, require_chromium


def executable(path: Path) -> str:
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return str(path)


def test_candidates_come_in_the_documented_order() -> None:
    labels = [path for _, path in chromium_candidates({"CHROMIUM": "/a"}, "/c", system_path="/b")]
    assert labels == ["/a", "/b", "/c"]
    assert [path for _, path in chromium_candidates({}, None, system_path="/b")] == ["/b"]


def test_chromium_env_wins_over_the_system_and_playwright(tmp_path: Path) -> None:
    mine = executable(tmp_path / "mine")
    system = executable(tmp_path / "system")
    assert find_chromium({"CHROMIUM": mine}, system, system_path=system)[0] == mine


def test_a_missing_or_non_executable_candidate_is_passed_over(tmp_path: Path) -> None:
    not_executable = tmp_path / "plain"
    not_executable.write_text("")
    bundled = executable(tmp_path / "bundled")
    path, why = find_chromium({"CHROMIUM": str(not_executable)}, bundled, system_path="/nonexistent/chromium")
    assert path == bundled
    assert "Playwright" in why


def test_without_chromium_the_browser_tests_skip_and_say_what_was_tried() -> None:
    env = {"CHROMIUM": "/nonexistent/chrome"}
    with pytest.raises(pytest.skip.Exception, match=r"no Chromium found.*/nonexistent/chrome.*/nowhere"):
        require_chromium(env, "/nowhere/playwright-chromium", system_path="/nowhere/chromium")


@pytest.mark.parametrize("ci", ["true", "TRUE", " true "])
def test_under_ci_a_missing_chromium_fails(ci: str) -> None:
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_chromium({"CI": ci}, None, system_path="/nowhere/chromium")


def test_ci_false_still_skips() -> None:
    with pytest.raises(pytest.skip.Exception):
        require_chromium({"CI": "false"}, None, system_path="/nowhere/chromium")


def test_found_chromium_is_returned(tmp_path: Path) -> None:
    assert require_chromium({"CI": "true"}, None, system_path=executable(tmp_path / "c")) == str(
        tmp_path / "c"
    )


@pytest.mark.parametrize(
    ("readout", "value", "matches"),
    [
        ("0.50", 0.5, True),
        ("0.50", 0.504, True),
        ("0.50", 0.51, False),
        ("0.001", 0.001, True),
        ("0.00100", 0.001006, False),
        ("10.0", 10.0, True),
        ("1.00e-3", 0.001004, True),
        ("\u22121.50", -1.5, True),
        ("n/a", 1.0, False),
    ],
)
def test_readout_matches_value_to_the_digits_shown(readout: str, value: float, matches: bool) -> None:
    assert readout_matches(readout, value) is matches


def test_named_regimes_in_order_of_appearance() -> None:
    text = "it diverges; with a smaller alpha it converges steadily"
    assert named_regimes(text) == ["diverges", "converges steadily"]
    assert named_regimes("r = 0.5") == []
