"""Sphinx configuration of the course site (Sphinx + myst-nb + sphinx-book-theme).

`make html` runs, from the repository's top folder:

    sphinx-build -b html -W --keep-going -c helpers/book -d build/doctrees notebooks site

The site's pages are its source folder ``notebooks/``: ``index.md`` (the home page, whose
toctree picks up every ``NN_*.ipynb`` by glob), the numbered notebooks and ``teachers_guide.md``.
This folder holds only the configuration and the stylesheet; what Sphinx and myst-nb cannot do
themselves (folded solutions, figures' alternative text, the offline check, the search
dictionary) is the small extension ``helpers.site``.
"""
from pathlib import Path

import matplotlib.font_manager  # noqa: F401  (build the font cache here, not in a notebook's stderr)

HERE = Path(__file__).resolve().parent

project = "Reading Chinese political news with code · 用代码读中文政治新闻"
author = "the zh-news-notebooks authors"
copyright = "2026, the zh-news-notebooks authors; code MIT, corpora as stated in the teacher's guide"
language = "en"  # the interface (buttons, "Next"); the pages are in English and Chinese

extensions = ["myst_nb", "helpers.site"]
# Only the course: the home page, the numbered notebooks, the guide (not drafts or checkpoints).
include_patterns = ["index.md", "teachers_guide.md", "[0-9][0-9]_*.ipynb"]
exclude_patterns = ["**/.ipynb_checkpoints"]
master_doc = "index"

# --- notebooks: executed from scratch at every build; any error or stderr output fails it ----
nb_execution_mode = "force"
# A cell that raises is a warning carrying the cell's traceback, and `make html` runs with -W, so it
# fails the build and says why (nb_execution_raise_on_error=True would stop at the first notebook,
# naming it but hiding which cell failed and how).
nb_execution_raise_on_error = False
nb_execution_show_tb = True
nb_execution_timeout = 600
nb_execution_in_temp = True  # notebooks that write files write them into a temporary folder
nb_output_stderr = "error"
nb_merge_streams = True
nb_ipywidgets_js = {}  # no widgets, so no require.js or widget manager from a CDN
nb_kernel_rgx_aliases = {".*": "python3"}
# Solutions: cells tagged "solution" (or holding # BEGIN SOLUTION markers) fold under this.
nb_code_prompt_show = "Show code {type}"
nb_code_prompt_hide = "Hide code {type}"
# No maths: the notebooks have none, and MathJax would come from a CDN. myst's dollarmath stays
# off, so "$" is plain text; a page with maths would fail the offline check.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
suppress_warnings = ["mystnb.unknown_mime_type"]

# --- the pages ----------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = "用代码读中文政治新闻 · Chinese political news with code"
html_static_path = [str(HERE / "_static")]
html_css_files = ["course.css"]
html_last_updated_fmt = None
html_copy_source = True
html_show_sourcelink = False
html_context = {"default_mode": "auto"}  # light or dark as the reader's system says; a switch in the header
html_theme_options = {
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "use_download_button": True,  # the page's .ipynb, from this folder: no network
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "use_issues_button": False,
    "use_edit_page_button": False,
    "launch_buttons": {},
    "navigation_with_keys": False,
}

# --- search: Chinese words, split by jieba with the course's domain dictionary -------------
# helpers.site writes the dictionary (without its comment lines) into build/ and points
# html_search_options["dict"] at it, so 西部大开发 and 新质生产力 are indexed whole.
html_search_language = "zh"
# Results list the pages (and their sections) found; a text excerpt under each would need the page
# fetched by script, which browsers refuse for file:// pages, so there is none.
html_show_search_summary = False
