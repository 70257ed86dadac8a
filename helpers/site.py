"""The course site: the Sphinx extension behind `make html`, and running notebooks for the tests.

The site is Sphinx + myst-nb + sphinx-book-theme, configured in ``helpers/book/conf.py``; its
pages are ``notebooks/`` (``index.md``, every ``NN_*.ipynb``, ``teachers_guide.md``). This module
adds only what those do not do themselves:

- **solutions folded**: a code cell tagged ``solution``, or holding ``# BEGIN SOLUTION`` markers,
  is shown folded under "Solution 参考答案" (the marker lines dropped), its output visible;
- **alternative text**: a figure shown with ``helpers.figures.alt`` carries its sentence in the
  output's metadata; myst-nb keeps only width and height from there, so ``FigureAltText`` (a
  myst-nb MIME plugin, registered in pyproject.toml) writes it into ``<img alt>``. A figure
  without one is a build warning, so ``make html`` (``-W``) fails;
- **Chinese search**: Sphinx splits Chinese with jieba; it is given the course's domain
  dictionary, so 西部大开发 is indexed as one word;
- **offline**: the CJK font stack is written from ``helpers.figures``, and the build fails if a
  page or stylesheet would fetch anything from the internet.

    >>> nb = execute_notebook("notebooks/00_start_here.ipynb")
    >>> problems(nb)
    []
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BOOK = Path(__file__).resolve().parent / "book"
LATIN_SANS = ('-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
              '"Noto Sans", "Liberation Sans", "DejaVu Sans"')
SOLUTION = "solution"  # the cell tag
# Solution markers of the older layout (nbgrader's '### BEGIN SOLUTION' too): folded, lines dropped.
MARKER = re.compile(r"^[ \t]*#+[ \t]*(BEGIN|END)[ \t]+SOLUTION\b.*(\n|$)", re.I | re.M)
SOLUTION_PROMPT, SOLUTION_HIDE = "Solution 参考答案", "Hide the solution 收起答案"
# Anything a browser would fetch by itself: src=/href= on tags other than <a> (and <link>s that
# only name a page, such as rel="canonical"), CSS url(...) and @import. Links in prose are fine.
REMOTE = re.compile(r"""<(?!a\b)\w+\b[^>]*?\b(?:src|href)\s*=\s*["']?(?:https?:)?//[^\s"'>]*"""
                    r"""|(?:url|import)\(\s*["']?(?:https?:)?//[^\s"')]*""", re.I)


class SiteError(RuntimeError):
    """The site could not be built; the message says which notebook or page and why."""


class NotebookError(SiteError):
    """A notebook cell raised, timed out or killed the kernel."""


# --- running notebooks (the tests, and the student edition's --check) ------------------------

def execute_notebook(path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run a fresh copy of the notebook at *path* (cwd = its folder) and return it.

    The file on disk is not changed. A cell that raises or runs longer than *timeout*
    seconds raises NotebookError('01_structure.ipynb: cell 4 failed: ...').
    """
    import matplotlib.font_manager  # noqa: F401  (a first-run font cache message is not the notebook's)

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    current = {"index": "?"}
    # log_level=ERROR: ipykernel 7 warns on the terminal about unencrypted localhost TCP.
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            extra_arguments=["--IPKernelApp.log_level=ERROR"],
                            resources={"metadata": {"path": str(path.parent)}})
    client.on_cell_execute = lambda cell, cell_index: current.update(index=cell_index)
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
        text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))  # drop terminal colours
        raise NotebookError(f"{path.name}: cell {current['index']} failed:\n{text}") from None
    return nb


def notebook_paths(folder=NOTEBOOKS) -> list[Path]:
    """The course notebooks, in order: every folder/NN_*.ipynb (the site's toctree globs the same)."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def problems(nb) -> list[str]:
    """Every error output and stderr stream in an executed notebook, as 'cell N: ...'."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"cell {i}: error: {out.get('ename')}: {out.get('evalue')}")
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                found.append(f"cell {i}: stderr: {out.get('text', '').strip()}")
    return found


# --- the Sphinx extension ---------------------------------------------------------------------

def with_solutions_folded(nb) -> nbformat.NotebookNode:
    """*nb* with each solution cell (tag ``solution``, or solution markers) folded by myst-nb.

    The cell gets myst-nb's ``hide-input`` tag and the prompt "Solution 参考答案"; marker lines
    are dropped. '# BEGIN SOLUTION\\nx = 42\\n# END SOLUTION\\ncheck(...)' becomes 'x = 42\\ncheck(...)'.
    """
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.get("tags", [])
        if MARKER.search(cell.source):
            cell.source = MARKER.sub("", cell.source).rstrip("\n")
            tags = [*tags, SOLUTION]
        if SOLUTION in tags:
            cell.metadata["tags"] = [*tags, "hide-input"]
            cell.metadata.setdefault("mystnb", {}).update(code_prompt_show=SOLUTION_PROMPT,
                                                         code_prompt_hide=SOLUTION_HIDE)
    return nb


def _fold_solutions(app, docname: str, source: list[str]) -> None:
    if str(app.env.doc2path(docname)).endswith(".ipynb"):
        nb = with_solutions_folded(nbformat.reads(source[0], as_version=4))
        source[0] = nbformat.writes(nb)


class FigureAltText:
    """myst-nb MIME plugin: an image output's ``alt`` metadata becomes the ``<img alt>``."""

    mime_priority_overrides = ()

    @staticmethod
    def handle_mime(renderer, data, inline):
        if inline or not data.mime_type.startswith("image/"):
            return None
        images = renderer.render_image(data)
        alt = str(data.output_metadata.get(data.mime_type, {}).get("alt", "")).strip()
        if alt:
            for image in images:
                image["alt"] = alt
        else:
            renderer.logger.warning(
                f"cell {data.cell_index}: a figure without alternative text; show it with "
                "helpers.figures.alt(fig, 'a sentence saying what it shows')", subtype="image", line=data.line)
        return images


def _search_dictionary(app, config) -> None:
    """Give Sphinx's Chinese search the domain dictionary, without the file's comment lines."""
    import jieba  # Sphinx's Chinese splitter uses jieba's default tokenizer: keep its cache ours

    from .segment import CACHE_DIR, read_list
    jieba.dt.tmp_dir = str(CACHE_DIR)
    jieba.setLogLevel("WARNING")
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    words = Path(app.doctreedir) / "search_dict.txt"
    words.parent.mkdir(parents=True, exist_ok=True)
    words.write_text("\n".join(read_list("domain_dict.txt")) + "\n", encoding="utf-8")
    config.html_search_options = {**config.html_search_options, "dict": str(words)}


def _fonts_and_offline_check(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    from .fonts import CJK_MONO, CJK_SANS

    # Latin letters in a Latin face (a CJK face draws ' and · full-width), Chinese in a CJK one.
    sans = f"{LATIN_SANS}, {CJK_SANS}"
    (Path(app.outdir) / "_static" / "course-fonts.css").write_text(
        f":root {{ --pst-font-family-base: {sans}; --pst-font-family-heading: {sans};\n"
        f"         --pst-font-family-monospace: {CJK_MONO}; }}\n", encoding="utf-8")
    found = [f"{page.relative_to(app.outdir)}: {remote}"
             for page in sorted(Path(app.outdir).rglob("*")) if page.suffix in (".html", ".css")
             for remote in remote_resources(page.read_text(encoding="utf-8", errors="replace"))]
    if found:
        raise SiteError("the site would load from the internet (it must open offline):\n" + "\n".join(found))


def remote_resources(page: str) -> list[str]:
    """URLs a browser would fetch on its own (scripts, styles, fonts, images) from *page*."""
    return [m.group(0)[-120:] for m in REMOTE.finditer(page)
            if not re.search(r"""\brel\s*=\s*["']?canonical""", m.group(0))]


def _outputs_beside_doctrees(app) -> None:
    # myst-nb writes figures to <outdir>/../jupyter_execute, which for site/ is the repository's
    # top folder: keep them in the build folder instead (build/jupyter_execute for `make html`).
    folder = str(Path(app.doctreedir).parent / "jupyter_execute")
    app.env.mystnb_config = app.env.mystnb_config.copy(output_folder=folder)


def setup(app):
    app.connect("config-inited", _search_dictionary)
    app.connect("builder-inited", _outputs_beside_doctrees, priority=900)
    app.connect("source-read", _fold_solutions)
    app.connect("build-finished", _fonts_and_offline_check)
    app.add_css_file("course-fonts.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# --- building ---------------------------------------------------------------------------------

def sphinx_command(out, source=NOTEBOOKS, doctrees=None, execute: bool = True) -> list[str]:
    """The sphinx-build command that builds *source* into *out*: `make html`'s flags, quiet."""
    doctrees = doctrees or ROOT / "build" / "doctrees"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-E", "-W", "--keep-going", "-q",
               "-c", str(BOOK), "-d", str(doctrees), str(source), str(out)]
    return command + ([] if execute else ["-D", "nb_execution_mode=off"])


def build_site(out, source=NOTEBOOKS, executed=None) -> Path:
    """Build the site from *source* into *out*; return the path of its home page.

    With *executed* (path -> executed notebook, the tests' cache) the notebooks are not run again:
    their executed copies are rendered as they are. Raises SiteError with Sphinx's messages.
    """
    out, source = Path(out), Path(source)
    with tempfile.TemporaryDirectory(prefix="zh-news-site-") as tmp:
        if executed is not None:
            copy = Path(tmp) / "source"
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
            for path in notebook_paths(source):
                nbformat.write(executed(path), copy / path.name)
            source = copy
        command = sphinx_command(out, source, Path(tmp) / "doctrees", execute=executed is None)
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SiteError(f"sphinx-build failed:\n{result.stderr.strip() or result.stdout.strip()}")
    return out / "index.html"
