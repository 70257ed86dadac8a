"""The HTML site as a reader sees it, and the build's own guarantees.

The browser tests open every page of the site (built once per session by `built_site` in
conftest.py, from the executed-notebook cache) in Debian's headless Chromium, at 1280 px and at
390 px (a phone), offline: pages load with no script error and no request off the machine, no
element sticks out of its column, code and tables scroll rather than being clipped, every image
decodes and has alternative text, Chinese is drawn by a CJK font, solutions are folded, the
search finds the pages about 西部大开发, and dark mode switches. Screenshots:
build/screenshots/site-{desktop,phone}-*.png. With CI=true a missing chromium fails them.

The build tests run Sphinx on small notebooks written here: a cell writing to stderr, a figure
without alternative text and a page loading a script from the internet each fail the build.
"""
from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import nbformat
import pytest
from conftest import NOTEBOOK_DIR, SCREENSHOTS, cjk_problems

from helpers import site

NOTEBOOKS = site.notebook_paths(NOTEBOOK_DIR)
PAGES = ["index.html"] + [p.stem + ".html" for p in NOTEBOOKS] + ["teachers_guide.html"]
WIDTHS = {"desktop": 1280, "phone": 390}
TIMEOUT_MS = 30_000
IMAGES = """() => Array.from(document.querySelectorAll('article img')).map(img => ({
  src: img.getAttribute('src'), complete: img.complete, width: img.naturalWidth,
  alt: img.getAttribute('alt')}))"""
# Elements that stick out of the article's column without a scrolling box around them, boxes that
# clip their content without letting it scroll, and a page that scrolls sideways.
OVERFLOW = r"""(width) => {
  const column = document.querySelector('article.bd-article');
  const edge = column.getBoundingClientRect(), found = [];
  const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
      ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '');
  const scrolls = el => !['visible'].includes(getComputedStyle(el).overflowX);
  for (const el of column.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let up = el.parentElement, inside = false;
    while (up && up !== column) { if (scrolls(up)) { inside = true; break; } up = up.parentElement; }
    if (!inside && (box.right > edge.right + 1 || box.left < edge.left - 1))
      found.push(`${name(el)} sticks out of the column: ${Math.round(box.left)}–${Math.round(box.right)} px, `
                 + `column ${Math.round(edge.left)}–${Math.round(edge.right)} px`);
    const style = getComputedStyle(el);
    if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 2)
      found.push(`${name(el)} clips its content (${el.scrollWidth} px in ${el.clientWidth} px) without a scroll bar`);
  }
  // The viewport's width as set: on a phone, Chromium widens window.innerWidth to fit what overflows.
  if (document.documentElement.scrollWidth > width + 1)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width} px`);
  return found;
}"""


@dataclass
class Visit:
    url: str
    title: str = ""
    h1: str = ""
    images: list = field(default_factory=list)
    overflow: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    off_machine: list = field(default_factory=list)
    cjk_checked: int = 0
    cjk_problems: list = field(default_factory=list)
    folded: list = field(default_factory=list)
    opened: list = field(default_factory=list)
    sidebar: list = field(default_factory=list)
    contents: list = field(default_factory=list)


def watch(page, seen: Visit) -> None:
    page.on("console", lambda m: m.type == "error" and seen.errors.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: seen.errors.append(f"script: {e}"))
    page.on("requestfailed", lambda r: seen.errors.append(f"failed: {r.url[:100]}: {r.failure}"))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:"))
            else seen.off_machine.append(r.url[:200]))


def visit(context, path: Path, width: str) -> Visit:
    seen = Visit(url=path.as_uri())
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch(page, seen)
    try:
        page.goto(seen.url, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        seen.title = page.title()
        seen.h1 = page.locator("article h1").first.inner_text()
        seen.images = page.evaluate(IMAGES)
        seen.overflow = page.evaluate(OVERFLOW, WIDTHS[width])
        seen.sidebar = page.locator(".bd-sidebar-primary nav a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        seen.contents = page.locator(".bd-sidebar-secondary nav a:visible").all_inner_texts()
        page.screenshot(path=str(SCREENSHOTS / f"site-{width}-{path.stem}.png"), full_page=True)
        folds = page.locator(".tag_solution details.hide")
        for i in range(folds.count()):
            fold = folds.nth(i)
            seen.folded.append({"open": fold.evaluate("d => d.open"),
                                "summary": fold.locator("summary").inner_text().strip(),
                                "code_visible": fold.locator("pre").first.is_visible()})
            fold.locator("summary").click()
            seen.opened.append({"open": fold.evaluate("d => d.open"),
                                "code_visible": fold.locator("pre").first.is_visible(),
                                "code": fold.locator("pre").first.inner_text()})
        if folds.count():  # the first solution, opened
            folds.first.screenshot(path=str(SCREENSHOTS / f"site-{width}-{path.stem}-solution.png"))
        # Chinese is checked with the solutions open, so their code is checked too. (The check enables Chromium's CSS
        # agent, which from Chromium 150 reads the page's own file again: refused to a file: page, and logged as an
        # error that is the check's, not the page's.)
        before = len(seen.errors)
        seen.cjk_checked, seen.cjk_problems = cjk_problems(page)
        seen.errors[before:] = [error for error in seen.errors[before:] if seen.url[:100] not in error]
    finally:
        page.close()
    return seen


@pytest.fixture(scope="module")
def visits(chromium, built_site, browser) -> dict[tuple[str, str], Visit]:
    seen = {}
    for width, pixels in WIDTHS.items():
        context = browser.new_context(viewport={"width": pixels, "height": 900}, offline=True,
                                      device_scale_factor=1, is_mobile=width == "phone",
                                      has_touch=width == "phone")
        try:
            seen.update({(width, name): visit(context, built_site / name, width) for name in PAGES})
        finally:
            context.close()
    return seen


BOTH = [(width, name) for width in WIDTHS for name in PAGES]


def solution_sources(name: str) -> list[str]:
    """The code of the cells the site folds, as the reader should see it once opened."""
    nb = site.with_solutions_folded(nbformat.read(NOTEBOOK_DIR / name.replace(".html", ".ipynb"), as_version=4))
    return [c.source for c in nb.cells if "solution" in c.metadata.get("tags", [])]


# --- every page at both widths --------------------------------------------------------------

@pytest.mark.parametrize("width, name", BOTH)
def test_page_loads_offline_without_errors(width, name, visits):
    seen = visits[width, name]
    assert seen.title.strip() and seen.h1.strip(), f"{name}: no title or heading"
    assert seen.errors == [], seen.errors
    assert seen.off_machine == [], f"{name} asked the internet for {seen.off_machine}"


@pytest.mark.parametrize("width, name", BOTH)
def test_nothing_sticks_out_of_its_column(width, name, visits):
    assert visits[width, name].overflow == [], "\n".join(visits[width, name].overflow[:10])


@pytest.mark.parametrize("width, name", BOTH)
def test_figures_decode_and_have_alt_text(width, name, visits, executed):
    images = visits[width, name].images
    broken = [img["src"] for img in images if not img["complete"] or img["width"] <= 0]
    assert broken == [], f"{name}: images that did not decode: {broken}"
    no_alt = [img["src"] for img in images
              if not (img["alt"] or "").strip() or Path(img["src"]).name in img["alt"]]
    assert no_alt == [], f"{name}: images without alternative text: {no_alt}"
    if name.startswith(tuple("0123456789")):
        nb = executed(NOTEBOOK_DIR / name.replace(".html", ".ipynb"))
        figures = [out["metadata"]["image/png"]["alt"] for c in nb.cells for out in c.get("outputs", [])
                   if "image/png" in out.get("data", {})]
        assert [img["alt"] for img in images] == figures, f"{name}: the figures' own alternative text"


@pytest.mark.parametrize("width, name", BOTH)
def test_chinese_is_drawn_with_a_cjk_font(width, name, visits):
    seen = visits[width, name]
    assert seen.cjk_checked > 0, f"{name}: no Chinese text found on the page"
    assert seen.cjk_problems == [], "\n".join(seen.cjk_problems[:10])


@pytest.mark.parametrize("name", [p.stem + ".html" for p in NOTEBOOKS])
def test_solutions_are_folded_until_clicked(name, visits):
    solutions = solution_sources(name)
    seen = visits["desktop", name]
    assert len(seen.folded) == len(solutions), f"{name}: {len(solutions)} solutions, {len(seen.folded)} folds"
    for before, after, source in zip(seen.folded, seen.opened, solutions):
        assert before == {"open": False, "summary": "Solution 参考答案", "code_visible": False}
        assert after["open"] and after["code_visible"]
        assert "SOLUTION" not in after["code"]
        first = next(line for line in source.splitlines() if line.strip())
        assert first.strip() in after["code"]


def test_sidebar_lists_every_notebook_and_the_guide(visits):
    for (width, name), seen in visits.items():
        if width == "desktop":
            pages = {name if href == "#" else Path(href).name for href in seen.sidebar}
            assert {p.stem + ".html" for p in NOTEBOOKS} | {"teachers_guide.html"} <= pages, name


def test_notebook_pages_have_in_page_contents(visits):
    for path in NOTEBOOKS[1:]:
        contents = visits["desktop", path.stem + ".html"].contents
        assert any(entry.startswith("Exercises") for entry in contents), f"{path.name}: {contents}"


# --- search, dark mode, the CJK check's control ---------------------------------------------

def pages_mentioning(built_site: Path, word: str) -> set[str]:
    return {p.name for p in built_site.glob("*.html") if p.name not in ("search.html", "genindex.html")
            and word in re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8").split('<article', 1)[-1])}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("word", ["西部大开发", "新质生产力"])
def test_search_finds_the_pages_about_a_chinese_word(width, word, chromium, built_site, browser):
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900}, offline=True)
    page, seen = context.new_page(), Visit(url="")
    watch(page, seen)
    try:
        page.goto((built_site / "search.html").as_uri() + "?q=" + quote(word), wait_until="load")
        page.wait_for_function("() => /found|找到|did not match|没有/i.test("
                               "(document.querySelector('#search-results') || document.body).innerText)",
                               timeout=TIMEOUT_MS)
        found = {Path(href.split("?")[0].split("#")[0]).name for href in page.locator(
            "#search-results li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")}
        page.screenshot(path=str(SCREENSHOTS / f"site-{width}-search-{word}.png"))
    finally:
        context.close()
    expected = pages_mentioning(built_site, word)
    assert {"teachers_guide.html"} | {p.stem + ".html" for p in NOTEBOOKS[1:3]} <= expected, expected
    assert found == expected
    assert seen.errors == [] and seen.off_machine == []


def test_dark_mode_switches_and_stays_readable(chromium, built_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    page = context.new_page()
    try:
        page.goto((built_site / "02_themes.html").as_uri(), wait_until="load")
        page.locator("button.theme-switch-button").first.click()
        page.locator("button.theme-change-button[data-mode=dark]").first.click()
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        text = page.evaluate("getComputedStyle(document.querySelector('article p')).color")
        luminance = lambda rgb: sum(int(x) for x in re.findall(r"\d+", rgb)[:3]) / 3  # noqa: E731
        assert luminance(background) < 60 < 160 < luminance(text), (background, text)
        page.locator("article img").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "site-desktop-dark-02_themes.png"))
    finally:
        context.close()


def test_cjk_check_fails_when_chinese_shows_as_boxes(chromium, built_site, browser, tmp_path):
    """The CJK check is not vacuous: a Chromium that sees only DejaVu (no Chinese glyphs)
    draws boxes, and the check says so."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs fonts-dejavu-core for the font-less control")
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      f"<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n")
    no_cjk = browser.browser_type.launch(executable_path=str(chromium), timeout=60_000,
                                         env={**os.environ, "FONTCONFIG_FILE": str(config)})
    try:
        page = no_cjk.new_page()
        page.goto((built_site / "index.html").as_uri(), timeout=TIMEOUT_MS)
        page.screenshot(path=str(SCREENSHOTS / "control-no-cjk-font.png"))
        checked, problems = cjk_problems(page)
        assert checked > 0 and len(problems) == checked, problems
    finally:
        no_cjk.close()


def test_overflow_check_catches_a_clipped_block(chromium, browser, tmp_path):
    """The column check is not vacuous: a wide block without a scroll bar is reported."""
    page_path = tmp_path / "wide.html"
    page_path.write_text('<html><body><article class="bd-article" style="width:300px">'
                         '<pre style="overflow:hidden">' + "宽" * 200 + "</pre>"
                         '<div style="width:900px">x</div><p>' + "x" * 300 + '</p></article></body></html>',
                         encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(page_path.as_uri())
        found = page.evaluate(OVERFLOW, 800)
    finally:
        page.close()
    assert any("clips its content" in f for f in found) and any("sticks out" in f for f in found), found
    assert any("the page scrolls sideways" in f for f in found), found


# --- the build (Sphinx on small notebooks written here) --------------------------------------

def write_notebook(path: Path, *cells, tags: dict | None = None) -> Path:
    """cells: strings; those starting with '#' are markdown, the rest code. tags: {index: [...]}."""
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(c) if c.startswith("#") else nbformat.v4.new_code_cell(c)
        for c in cells])
    for index, names in (tags or {}).items():
        nb.cells[index].metadata["tags"] = names
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


FIGURE = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])\n"


def toy_source(tmp_path: Path, *notebook_cells, tags=None) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    (source / "index.md").write_text("# 玩具课程 Toy course\n\n```{toctree}\n:glob:\n\n[0-9][0-9]_*\n```\n",
                                     encoding="utf-8")
    write_notebook(source / "01_toy.ipynb", *notebook_cells, tags=tags)
    return source


def test_toy_site_folds_solutions_and_keeps_alt_text(tmp_path):
    source = toy_source(
        tmp_path, "# 01 · Toy 玩具\n\n西部大开发 in a sentence.",
        "answer = ...\n# BEGIN SOLUTION\nanswer = 6 * 7\n# END SOLUTION\nprint('checked', answer)",
        "answer_two = 'tagged'",
        FIGURE + "import helpers.figures\nhelpers.figures.alt(fig, '一张空白的图 An empty figure.')",
        tags={2: ["solution"]})
    index = site.build_site(tmp_path / "out", source)
    page = (index.parent / "01_toy.html").read_text(encoding="utf-8")
    assert page.count('class="collapsed admonition-title">Solution 参考答案') == 2
    assert "SOLUTION" not in page and "answer_two" in page and "checked 42" in page
    assert re.search(r'<img alt="一张空白的图 An empty figure\." src="_images/\w+\.png"', page)
    assert not re.search(r'<(script|link|img)\b[^>]*(src|href)="(https?:)?//', page)
    assert "西部大开发" in (index.parent / "searchindex.js").read_text(encoding="utf-8").encode().decode(
        "unicode_escape")


@pytest.mark.parametrize("cell, message", [
    ("import warnings; warnings.warn('careful 小心')", "stderr was found in the cell outputs of cell 3"),
    ("raise ValueError('boom 爆炸')", "boom 爆炸"),
    (FIGURE + "plt.show()", "without alternative text"),
])
def test_build_fails_on_a_notebook_that_is_not_clean(cell, message, tmp_path):
    source = toy_source(tmp_path, "# 01 · Toy 玩具", "x = 1", cell)
    with pytest.raises(site.SiteError, match=re.escape(message)) as failure:
        site.build_site(tmp_path / "out", source)
    assert "01_toy" in str(failure.value)


def test_build_fails_on_a_page_that_loads_from_the_internet(tmp_path):
    source = toy_source(tmp_path, "# 01 · Toy 玩具", "x = 1")
    (source / "index.md").write_text(textwrap.dedent("""\
        # Toy

        <script src="https://cdn.example.org/x.js"></script>

        ```{toctree}
        :glob:

        [0-9][0-9]_*
        ```
        """), encoding="utf-8")
    with pytest.raises(site.SiteError, match=r"index\.html: .*cdn\.example\.org"):
        site.build_site(tmp_path / "out", source)


def test_remote_resources_are_found_and_links_are_not():
    page = ('<script src="https://cdn.example/x.js"></script>'
            '<link href="//fonts.example/f.css">'
            '<style>@import url("https://fonts.example/a.css")</style>'
            '<a href="https://ok.example">a link is fine</a>')
    assert len(site.remote_resources(page)) == 3


def test_pages_keep_every_chinese_phrase_of_the_notebooks(built_site):
    for path in NOTEBOOKS:
        page = (built_site / (path.stem + ".html")).read_text(encoding="utf-8")
        nb = nbformat.read(path, as_version=4)
        chinese = {run for c in nb.cells if c.cell_type == "markdown"
                   for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", c.source)}
        assert [run for run in chinese if run not in page] == [], f"{path.name} lost Chinese text"


# --- the teacher's guide ----------------------------------------------------------------------

GUIDE = NOTEBOOK_DIR / "teachers_guide.md"


def glossary_rows() -> dict[str, tuple[str, str]]:
    """Chinese → (pinyin, English) from the guide's glossary tables."""
    text = GUIDE.read_text(encoding="utf-8").split("## Glossary", 1)[1].split("\n## ", 1)[0]
    return {zh.strip(): (py.strip(), en.strip())
            for zh, py, en in re.findall(r"^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$", text, re.M)
            if re.search(r"[\u4e00-\u9fff]", zh)}


def test_glossary_formulations_agree_with_the_data_file():
    import csv

    from helpers.segment import DATA
    lines = (DATA / "formulations.csv").read_text(encoding="utf-8").splitlines()
    data = {row["term"]: (row["pinyin"], row["english"])
            for row in csv.DictReader(line for line in lines if not line.startswith("#"))}
    glossary = glossary_rows()
    shared = [term for term in glossary if term in data]
    assert len(shared) >= 20, shared
    assert {t: glossary[t] for t in shared} == {t: data[t] for t in shared}


@pytest.mark.parametrize("word", ["党组书记", "厅长", "主任", "代表", "委员", "西部大开发", "新质生产力"])
def test_glossary_explains_the_words_the_tables_show(word):
    pinyin, english = glossary_rows()[word]
    assert re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǚ]", pinyin) and english


def test_guide_has_a_key_for_every_open_question():
    text = GUIDE.read_text(encoding="utf-8")
    keys = re.findall(r"^\*\*(\d\d) · Exercise (\d)", text, re.M)
    for nb, number in [("01", "3"), ("03", "5"), ("04", "5"), ("05", "4")] + (
            [("06", "5")] if (NOTEBOOK_DIR / "06_a_month_of_news.ipynb").exists() else []):
        assert (nb, number) in keys, f"no key for notebook {nb}, exercise {number}"
    assert (NOTEBOOK_DIR.parent / "LICENSE").read_text().startswith("MIT License")
