"""Showing verdicts, hints and solutions: plain text everywhere, with an HTML twin inside Jupyter.

The plain text is the same in a terminal, in pytest and in a saved notebook, so nbval compares stable
text; the HTML only adds a coloured bar, and the status is always spelled out in words too.
"""

from __future__ import annotations

import html
import re

from gdcourse.exercises.verdict import Status, Verdict

_COLOURS = {
    Status.CORRECT: "#2e7d32",
    Status.ACCEPTED: "#558b2f",
    Status.INCORRECT: "#c62828",
    Status.PROBLEM: "#ef6c00",
    Status.NOT_ATTEMPTED: "#546e7a",
    Status.NO_ANSWER: "#546e7a",
    Status.DISCUSSION: "#1565c0",
}


def verdict_text(verdict: Verdict) -> str:
    """The verdict as the lines a learner reads: status and reason first, then any notes."""
    lines = [f"{verdict.status.value} {verdict.message}"]
    lines.extend(f"Note: {note}" for note in verdict.notes)
    return "\n".join(lines)


def hint_text(number: int, total: int, hint: str) -> str:
    """One numbered hint, saying whether more are left."""
    more = (
        f" (there {'is' if total - number == 1 else 'are'} {total - number} more)" if number < total else ""
    )
    return f"Hint {number} of {total}{more}: {hint}"


def solution_text(code: str, explanation: str = "") -> str:
    """The solution code, indented, with an optional sentence after it."""
    body = "\n".join(f"    {line}" if line else "" for line in code.strip("\n").splitlines())
    tail = f"\n{explanation}" if explanation else ""
    return f"Solution:\n{body}{tail}"


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return False
    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


#: A name or a bit of code marked `so` in the plain text.
_CODE = re.compile(r"`([^`\n]+)`")


def as_html(text: str, status: Status | None = None) -> str:
    """The same text in a bordered box: the words stay exactly as in the plain text, and what the plain
    text marks as code with backticks is shown as code instead (shaded, without the backticks).

    Parameters
    ----------
    text : str
        The plain text, as `verdict_text`, `hint_text` or `solution_text` give it.
    status : Status or None, default None
        The verdict's status, which picks the bar's colour; None for a hint or a solution.
    """
    colour = _COLOURS.get(status, "#607d8b") if status else "#607d8b"
    body = _CODE.sub(
        r'<code style="background: rgba(127, 127, 127, 0.15); padding: 0 0.15em">\1</code>', html.escape(text)
    )
    return (
        f'<div style="border-left: 4px solid {colour}; padding: 0.3em 0.8em; white-space: pre-wrap; '
        f'font-family: var(--jp-code-font-family, monospace)">{body}</div>'
    )


def emit(text: str, status: Status | None = None) -> None:
    """Print `text`; inside a Jupyter kernel, display it with its HTML twin instead."""
    if _in_kernel():
        from IPython.display import display

        display({"text/plain": text, "text/html": as_html(text, status)}, raw=True)
    else:
        print(text)
