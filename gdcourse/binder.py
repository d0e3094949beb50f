"""On Binder, a one-line reminder at the top of each lesson to save the notebook; elsewhere nothing.

A Binder session is deleted, with everything the learner changed, when it ends. BinderHub's spawner
(binderhub/binderspawner_mixin.py) gives the server, and so every kernel, BINDER_REPO_URL,
BINDER_LAUNCH_HOST, BINDER_REQUEST and more; repo2docker's image has none of them, so a local
JupyterLab, a JupyterHub or Colab never shows the cue. The Binder image has jupyter-offlinenotebook,
whose toolbar buttons save the notebook in the browser and restore it later.

Used by every lesson's first cells: notebooks/00_start_here ... 05_generalizing.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping

#: Set by BinderHub for every server it launches (any one of them is enough).
BINDER_VARIABLES = ("BINDER_LAUNCH_HOST", "BINDER_REPO_URL", "BINDER_REQUEST")

CUE = (
    "On Binder your changes are deleted when the session ends: keep this notebook with the toolbar's "
    "Save to browser storage button (Restore from browser storage brings it back in this browser) "
    "or with File → Download."
)


def on_binder(environ: Mapping[str, str] = os.environ) -> bool:
    """True when BinderHub launched this server: one of BINDER_VARIABLES is set and not empty."""
    return any(environ.get(name, "").strip() for name in BINDER_VARIABLES)


class SaveCue:
    """The reminder to save, shown by Jupyter on Binder and nothing elsewhere.

    Parameters
    ----------
    shown : bool
        True to show the reminder (on Binder), False for nothing at all.
    """

    def __init__(self, shown: bool) -> None:
        self.shown = bool(shown)

    @property
    def text(self) -> str:
        """The reminder in plain words, or '' when it is not shown."""
        return CUE if self.shown else ""

    def _ipython_display_(self) -> None:
        if not self.shown:
            return
        from IPython.display import display

        body = html.escape(CUE)
        for name in ("Save to browser storage", "Restore from browser storage", "File → Download"):
            body = body.replace(name, f"<strong>{name}</strong>")
        markup = (
            '<div class="gd-save-cue" role="note" style="border-left: 4px solid #1565c0; '
            f'padding: 0.2em 0.8em">{body}</div>'
        )
        display({"text/plain": CUE, "text/html": markup}, raw=True)

    def __repr__(self) -> str:
        return CUE if self.shown else "<no reminder to save: not on Binder>"


def save_cue(environ: Mapping[str, str] | None = None) -> SaveCue:
    """A one-line reminder to save this notebook, shown only on Binder, where a session's changes are lost.

    Put it last in a cell: Jupyter then shows the reminder on Binder, and nothing at all elsewhere.

    Parameters
    ----------
    environ : mapping of str to str, optional
        The environment variables to look at; this process's own when left out.

    Returns
    -------
    SaveCue
        The reminder, which Jupyter shows on Binder only (always a true value).

    Raises
    ------
    TypeError
        If `environ` is not a mapping of names to values.
    """
    if environ is None:
        environ = os.environ
    if not isinstance(environ, Mapping):
        raise TypeError(f"environ must be a mapping of names to values, like os.environ, got {type(environ)}")
    return SaveCue(on_binder(environ))
