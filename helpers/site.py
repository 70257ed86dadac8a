"""Execute the course notebooks and render them as a small offline HTML site.

    python -m helpers.site --out site                     # what `make html` runs
    python -m helpers.site --out /tmp/s --notebooks /tmp/nbs

Every ``NN_*.ipynb`` is executed from scratch. The build fails if a cell raises,
times out or writes anything to stderr (warnings included), so the site only
shows notebooks that run cleanly. Pages load nothing from the internet.

    >>> nb = execute_notebook("notebooks/00_start_here.ipynb")
    >>> problems(nb)
    []
"""
from __future__ import annotations

import argparse
import copy
import html
import re
import sys
import time
from pathlib import Path

import jinja2
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter
from nbconvert.filters import markdown2html

from . import exercises
from .figures import CJK_MONO, CJK_SANS

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
COURSE_TITLE = "Analysing Chinese Political News · 中文政治新闻分析"
INTRO = ("Teaching notebooks for the computational analysis of Chinese political news: "
         "structure, themes, regions and quotations. Work through them in order.")
CSS = f"""
body {{ --jp-content-font-family: {CJK_SANS}; --jp-ui-font-family: {CJK_SANS};
        --jp-code-font-family: {CJK_MONO}; font-family: {CJK_SANS}; }}
body .jp-RenderedMarkdown, body .jp-RenderedHTMLCommon {{ font-family: {CJK_SANS}; }}
body .jp-RenderedText pre, body .jp-InputArea pre {{ font-family: {CJK_MONO}; }}
/* Chinese text in tables reads from the left; pandas' default right alignment scatters it.
   (.jp-Cell outranks the lab stylesheet's ':not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td'.) */
body .jp-Cell .jp-RenderedHTMLCommon td, body .jp-Cell .jp-RenderedHTMLCommon th {{ text-align: left; }}
main {{ max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.6; }}
nav.site-nav {{ display: flex; justify-content: space-between; padding: .5rem 1rem;
                margin: .5rem 0; background: #f3f4f6; border-radius: 6px; }}
nav.site-nav span.off {{ color: #9ca3af; }}
nav.site-nav a {{ color: #1d4ed8; text-decoration: none; }}
nav.site-nav a:hover {{ text-decoration: underline; }}
ol.notebooks {{ list-style: none; padding: 0; }}
ol.notebooks > li {{ margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid #b91c1c;
                    background: #fafafa; }}
ol.notebooks .num {{ color: #6b7280; margin-right: .5em; }}
ol.notebooks > li > a {{ font-weight: 600; color: #1d4ed8; text-decoration: none; }}
ol.notebooks > li > a:hover {{ text-decoration: underline; }}
details.solution {{ margin: .25rem 0; padding: .25rem .75rem; border: 1px solid #fcd34d;
                   border-radius: 6px; background: #fffbeb; }}
details.solution > summary {{ cursor: pointer; font-weight: 600; color: #92400e; }}
details.solution[open] > summary {{ margin-bottom: .25rem; }}
"""
# The lab template pulls require.js, MathJax, Mermaid and the widget manager from CDNs.
# None of our notebooks need them, so we empty those blocks rather than vendoring them.
# (Consequence: $maths$ in markdown is shown as typed.) A figure shown with helpers.figures.alt
# carries its alternative text in the output's metadata; the data_png block writes it out.
# Exercise cells tagged "solution" (see with_solutions_collapsed) show their code folded away
# in a <details>, so a reader tries first; the check's output below stays visible.
OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{% block html_head_js %}{% endblock %}
{% block jupyter_widgets %}{% endblock %}
{% block html_head_js_mathjax %}{% endblock %}
{% block html_head_js_mermaidjs %}{% endblock %}
{% block extra_css %}<style>{{ resources.site_css }}</style>{% endblock %}
{% block body_header %}{{ super() }}{{ resources.nav }}{% endblock %}
{% block body_footer %}{{ resources.nav }}{{ super() }}{% endblock %}
{% block input_group scoped %}
{%- if 'solution' in cell.metadata.get('tags', []) -%}
<details class="solution"><summary>Solution 参考答案</summary>
{{ super() }}
</details>
{%- else -%}
{{ super() }}
{%- endif -%}
{% endblock input_group %}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
{%- set alt = output | get_metadata('alt', 'image/png') %}
{%- if alt %} alt="{{ alt | escape_html }}"{% endif %}>
</div>
{%- endblock data_png %}
"""
NO_ALT = "No description has been provided for this image"  # nbconvert's placeholder
# Anything that a browser would fetch by itself: src=/href= on tags other than <a>,
# CSS url(...) and JS import(...). Plain hyperlinks in prose are fine.
REMOTE = re.compile(r"""<(?!a\b)\w+\b[^>]*?\b(?:src|href)\s*=\s*["']?(?:https?:)?//[^\s"'>]*"""
                    r"""|(?:url|import)\(\s*["']?(?:https?:)?//[^\s"')]*""", re.I)


class SiteError(RuntimeError):
    """The site could not be built; the message says which notebook and why."""


class NotebookError(SiteError):
    """A notebook cell raised, timed out or killed the kernel."""


def _warm_matplotlib() -> None:
    # On a fresh machine matplotlib's first import builds its font cache and, if that
    # takes over 5 s (slow CI, many CJK fonts), says so on stderr: that would fail the
    # first notebook for a reason that is not its fault. Build the cache here instead.
    try:
        import matplotlib.font_manager  # noqa: F401
    except ImportError:
        pass


def execute_notebook(path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run a fresh copy of the notebook at *path* (cwd = its folder) and return it.

    The file on disk is not changed. A cell that raises or runs longer than *timeout*
    seconds raises NotebookError('01_structure.ipynb: cell 4 failed: ...').
    """
    path = Path(path)
    _warm_matplotlib()
    nb = nbformat.read(path, as_version=4)
    current = {"index": "?"}
    # log_level=ERROR: ipykernel 7 warns on the terminal about unencrypted localhost
    # TCP at every start; that is noise here (notebook outputs are unaffected).
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
    """The course notebooks, in order: every folder/NN_*.ipynb."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def with_solutions_collapsed(nb) -> nbformat.NotebookNode:
    """A copy of *nb* whose exercise cells (solution markers in the source) carry the tag
    "solution", which the page template folds into <details>; the marker lines are dropped.

    A cell '# BEGIN SOLUTION\\nanswer = 42\\n# END SOLUTION\\ncheck(answer, expected=42)' becomes
    'answer = 42\\ncheck(answer, expected=42)' tagged ['solution']."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if exercises.student.is_solution(cell):
            tags = cell.metadata.setdefault("tags", [])
            if "solution" not in tags:
                tags.append("solution")
    return nb


def problems(nb) -> list[str]:
    """Every error output and stderr stream in an executed notebook, as 'cell N: ...'.

        >>> problems(execute_notebook("/tmp/noisy/00_noisy.ipynb"))
        ['cell 2: stderr: oops', 'cell 3: stderr: /tmp/ipykernel_81/36.py:1: UserWarning: careful ...']
    """
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"cell {i}: error: {out.get('ename')}: {out.get('evalue')}")
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                found.append(f"cell {i}: stderr: {out.get('text', '').strip()}")
    return found


def title_of(nb, default: str = "") -> str:
    """The first markdown '# ' heading, e.g. 'Start here 从这里开始'."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return default


def learning_goals(nb, cells: int = 3) -> list[str]:
    """Bullets following a line mentioning 'Learning goals' / '学习目标' in the first
    markdown cells; [] when there is none.  '- Count sentences' -> 'Count sentences'."""
    first = [c.source for c in nb.cells if c.cell_type == "markdown"][:cells]
    lines = "\n\n".join(first).splitlines()
    goals: list[str] = []
    for i, line in enumerate(lines):
        if "learning goals" in line.lower() or "学习目标" in line:
            for nxt in lines[i + 1:]:
                bullet = re.match(r"\s*[-*+]\s+(.*)", nxt)
                if bullet:
                    goals.append(bullet.group(1).strip())
                elif not nxt.strip():
                    continue  # blank lines: before the list, or between loose items
                elif goals and nxt.startswith((" ", "\t")):
                    goals[-1] += " " + nxt.strip()  # wrapped bullet text
                elif goals or nxt.lstrip().startswith("#"):
                    break  # the list is over, or a new section began without one
            return goals
    return goals


def add_alt_text(page: str) -> str:
    """Give each <img> without an alt attribute alt="Figure: <nearest preceding heading>".

    nbconvert fills missing alts with a placeholder sentence; we count that as missing.

    Simple by design: headings and images are visited in document order, so a plot
    under '## 按地区的报道数量' gets alt="Figure: 按地区的报道数量"."""
    heading = ""

    def visit(m: re.Match) -> str:
        nonlocal heading
        if m.group("heading") is not None:
            text = re.sub(r"<[^>]+>", "", m.group("heading")).replace("¶", "")
            heading = html.unescape(text).strip()
            return m.group(0)
        tag = re.sub(rf'\salt="{NO_ALT}"', "", m.group(0))
        if re.search(r"\salt\s*=", tag):
            return tag
        alt = html.escape(f"Figure: {heading}" if heading else "Figure")
        return tag.replace("<img", f'<img alt="{alt}"', 1)

    tags = re.compile(r"<h[1-6]\b[^>]*>(?P<heading>.*?)</h[1-6]>|<img\b[^>]*>", re.I | re.S)
    return tags.sub(visit, page)


def remote_resources(page: str) -> list[str]:
    """URLs a browser would fetch on its own (scripts, styles, fonts, images)."""
    return [m.group(0)[-120:] for m in REMOTE.finditer(page)]


def _nav(pages: list[tuple[str, str]], i: int) -> str:
    def link(j: int, label: str) -> str:
        if 0 <= j < len(pages):
            return f'<a href="{pages[j][0]}" title="{html.escape(pages[j][1])}">{label}</a>'
        return f'<span class="off">{label}</span>'
    return (f'<nav class="site-nav">{link(i - 1, "← previous")}'
            f'<a href="index.html">index · 目录</a>{link(i + 1, "next →")}</nav>')


def _index(entries: list[tuple[str, str, list[str]]]) -> str:
    items = []
    for href, title, goals in entries:
        goals_html = markdown2html("\n".join(f"- {g}" for g in goals)) if goals else ""
        # Titles follow "NN · Title"; number the entry only when its title does not.
        number = "" if title.startswith(href[:2]) else f'<span class="num">{href[:2]}</span>'
        items.append(f'<li><a href="{href}">{number}{html.escape(title)}</a>{goals_html}</li>')
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(COURSE_TITLE)}</title><style>{CSS}</style></head>
<body><main><h1>{html.escape(COURSE_TITLE)}</h1><p>{html.escape(INTRO)}</p>
<ol class="notebooks">
{chr(10).join(items)}
</ol></main></body></html>
"""


def build_site(out_dir, notebooks_dir=NOTEBOOKS, execute=execute_notebook) -> list[Path]:
    """Execute every notebooks_dir/NN_*.ipynb and write NN_*.html plus index.html.

    *execute* lets tests pass a cached executor. Returns the written paths.
        >>> build_site("/tmp/site")[-1]
        PosixPath('/tmp/site/index.html')
    """
    out, paths = Path(out_dir), notebook_paths(notebooks_dir)
    if not paths:
        raise SiteError(f"no notebooks named NN_*.ipynb in {notebooks_dir}")
    executed = []
    for path in paths:
        print(f"executing {path.name} …", end=" ", flush=True)
        start = time.monotonic()
        try:
            nb = execute(path)
        except SiteError:
            print("failed", flush=True)  # finish the progress line before the traceback
            raise
        print(f"{time.monotonic() - start:.1f} s", flush=True)
        if found := problems(nb):
            raise SiteError("\n".join(f"{path.name} {p}" for p in found))
        executed.append((path, nb, title_of(nb, path.stem)))

    exporter = HTMLExporter(template_name="lab", embed_images=True, language_code="zh",
                            extra_loaders=[jinja2.DictLoader({"offline.html.j2": OFFLINE_TEMPLATE})],
                            template_file="offline.html.j2")
    pages = [(p.stem + ".html", title) for p, _, title in executed]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, (path, nb, title) in enumerate(executed):
        resources = {"metadata": {"name": title, "path": str(path.parent)},
                     "site_css": CSS, "nav": _nav(pages, i)}
        page = add_alt_text(exporter.from_notebook_node(with_solutions_collapsed(nb), resources=resources)[0])
        written.append(_write(out / pages[i][0], page))
    goals = [learning_goals(nb) for _, nb, _ in executed]
    entries = [(href, title, g) for (href, title), g in zip(pages, goals)]
    written.append(_write(out / "index.html", _index(entries)))
    return written


def _write(target: Path, page: str) -> Path:
    # The offline promise is checked here, on the final text, whatever produced it.
    if remote := remote_resources(page):
        raise SiteError(f"{target.name} would load from the internet: {remote}")
    target.write_text(page, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Execute the notebooks and build the HTML site.")
    parser.add_argument("--out", required=True, type=Path, help="folder to write the site into")
    parser.add_argument("--notebooks", type=Path, default=NOTEBOOKS, help=f"default: {NOTEBOOKS}")
    args = parser.parse_args(argv)
    try:
        written = build_site(args.out, args.notebooks)
    except SiteError as exc:
        print(f"\nbuild failed: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} pages to {args.out}/ (open {args.out / 'index.html'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
