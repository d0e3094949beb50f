"""Sphinx configuration of the course's static site: `python3 course.py site` builds it.

The pages come from notebooks/ as saved (nothing is executed); gd_site.py (beside this file) puts
the chapters in course order, turns live explorers into a line linking to Binder, and carries
every still's alt text to the page.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

project = "gdcourse"
author = "the gdcourse authors"
copyright = "the gdcourse authors"
html_title = "Gradient descent you can watch"

# githubpages writes .nojekyll, so GitHub Pages serves the _static/ and _images/ folders as they are.
extensions = ["myst_nb", "sphinx.ext.githubpages", "gd_site"]
root_doc = "00_start_here"
exclude_patterns = ["**/.ipynb_checkpoints", "**/__pycache__"]

# The saved outputs are the outputs: never run a notebook to build the site.
nb_execution_mode = "off"
# Read notebooks through gd_site: without saved widget state (nothing could run it) or nbval markers.
nb_custom_formats = {".ipynb": ["gd_site.read_notebook", {}, False]}

# Links to a section of another notebook (01_compare.ipynb#the-pure-error) resolve, as in JupyterLab.
myst_heading_anchors = 3

# Where Binder finds the course; keep it the same as the README's Binder badge.
REPOSITORY = "https://github.com/gdcourse/gdcourse"

html_theme = "sphinx_book_theme"
html_theme_options = {
    "repository_url": REPOSITORY,
    "repository_branch": "main",
    "path_to_docs": "notebooks",
    "use_repository_button": True,
    "home_page_in_toc": True,
    # The sidebar has its own search box: no second one in a bar across the top.
    "navbar_persistent": [],
    # No column of page contents on the right, so code lines get about the width JupyterLab gives
    # them; the page's sections are listed in the left sidebar instead, under the chapters.
    "secondary_sidebar_items": [],
    "launch_buttons": {"binderhub_url": "https://mybinder.org", "notebook_interface": "jupyterlab"},
}
# A fixed light theme (stills are drawn on white); unset, the theme logs a console error on first visit.
html_context = {"default_mode": "light"}
html_sidebars = {
    "**": ["navbar-logo.html", "search-button-field.html", "sbt-sidebar-nav.html", "page-toc.html"]
}
html_favicon = "_static/favicon.svg"
html_static_path = ["_static"]
html_css_files = ["gd_site.css"]
