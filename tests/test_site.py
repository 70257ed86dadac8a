"""The HTML site as a reader sees it: every page opened in headless Chromium.

The site is built once per session (`built_site` in conftest.py, from the executed-notebook
cache), each page is visited once (`visits`), and the tests below read what the visit saw:
the page loaded, its figures decoded and carry alternative text, no script error, no request
off the machine, Chinese drawn with a CJK font, solutions folded. Screenshots are written to
build/screenshots/site-*.png. Debian's /usr/bin/chromium is required (CI installs it); no
browser is ever downloaded.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest

from conftest import NOTEBOOK_DIR, SCREENSHOTS, cjk_problems
from helpers import site
from helpers.exercises.student import is_solution

NOTEBOOKS = site.notebook_paths(NOTEBOOK_DIR)
PAGES = ["index.html"] + [p.stem + ".html" for p in NOTEBOOKS]
TIMEOUT_MS = 30_000
IMAGES = """() => Array.from(document.images).map(img => ({
  complete: img.complete, width: img.naturalWidth, alt: img.getAttribute('alt')}))"""


@dataclass
class Visit:
    url: str
    ready: str = ""
    title: str = ""
    h1: str = ""
    navs: int = 0
    images: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    off_machine: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    cjk_checked: int = 0
    cjk_problems: list = field(default_factory=list)
    details: list = field(default_factory=list)
    opened: list = field(default_factory=list)
    screenshot: Path | None = None


def visit(context, path: Path) -> Visit:
    result = Visit(url=path.as_uri())
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.on("console", lambda m: m.type == "error" and result.console_errors.append(m.text))
    page.on("pageerror", lambda e: result.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: result.failed.append(f"{r.url[:100]}: {r.failure}"))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:"))
            else result.off_machine.append(r.url[:200]))
    try:
        page.goto(result.url, wait_until="load", timeout=TIMEOUT_MS)
        page.evaluate("document.fonts.ready.then(() => true)")
        result.ready = page.evaluate("document.readyState")
        result.title = page.title()
        result.h1 = page.locator("h1").first.inner_text() if page.locator("h1").count() else ""
        result.navs = page.locator("nav.site-nav").count()
        result.images = page.evaluate(IMAGES)
        result.screenshot = SCREENSHOTS / f"site-{path.stem}.png"
        page.screenshot(path=str(result.screenshot), full_page=True)
        # Solutions: folded at first; a click on the summary shows the code.
        details = page.locator("details.solution")
        for i in range(details.count()):
            one = details.nth(i)
            result.details.append({"open": one.evaluate("d => d.open"),
                                   "summary": one.locator("summary").inner_text().strip(),
                                   "code_visible": one.locator("pre").first.is_visible()})
        for i in range(details.count()):
            one = details.nth(i)
            one.locator("summary").click()
            result.opened.append({"open": one.evaluate("d => d.open"),
                                  "code_visible": one.locator("pre").first.is_visible(),
                                  "code": one.locator("pre").first.inner_text()})
        if details.count():
            details.first.screenshot(path=str(SCREENSHOTS / f"site-{path.stem}-solution.png"))
        # Chinese is checked with the solutions open, so their code is checked too.
        result.cjk_checked, result.cjk_problems = cjk_problems(page)
    finally:
        page.close()
    return result


@pytest.fixture(scope="module")
def visits(chromium, built_site, browser) -> dict[str, Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1,
                                  java_script_enabled=True, offline=True)
    try:
        return {name: visit(context, built_site / name) for name in PAGES}
    finally:
        context.close()


def executed_notebook(name: str, executed):
    return executed(NOTEBOOK_DIR / name.replace(".html", ".ipynb"))


# --- every page ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", PAGES)
def test_page_loads(name, visits):
    seen = visits[name]
    assert seen.ready == "complete", seen.url
    assert seen.title.strip() and seen.h1.strip(), f"{name}: no title or heading"
    if name == "index.html":
        assert "中文" in seen.h1
    else:
        assert seen.navs == 2, f"{name}: navigation should be at the top and at the bottom"
        assert seen.h1.startswith(name[:2]), f"{name}: the page's heading is {seen.h1!r}"
    assert seen.screenshot and seen.screenshot.stat().st_size > 10_000


@pytest.mark.parametrize("name", PAGES)
def test_no_script_errors(name, visits):
    seen = visits[name]
    assert seen.console_errors == [] and seen.page_errors == [] and seen.failed == [], seen


@pytest.mark.parametrize("name", PAGES)
def test_nothing_is_loaded_from_off_the_machine(name, visits):
    assert visits[name].off_machine == []


@pytest.mark.parametrize("name", PAGES)
def test_figures_decode_and_have_alt_text(name, visits, executed):
    images = visits[name].images
    broken = [i for i, img in enumerate(images) if not img["complete"] or img["width"] <= 0]
    assert broken == [], f"{name}: images {broken} did not decode"
    no_alt = [i for i, img in enumerate(images) if not (img["alt"] or "").strip() or img["alt"] == site.NO_ALT]
    assert no_alt == [], f"{name}: images {no_alt} have no alternative text"
    if name != "index.html":
        nb = executed_notebook(name, executed)
        figures = sum("image/png" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))
        assert len(images) == figures, f"{name}: {figures} figures in the notebook, {len(images)} on the page"


@pytest.mark.parametrize("name", PAGES)
def test_chinese_is_drawn_with_a_cjk_font(name, visits):
    seen = visits[name]
    assert seen.cjk_checked > 0, f"{name}: no Chinese text found on the page"
    assert seen.cjk_problems == [], "\n".join(seen.cjk_problems[:10])


@pytest.mark.parametrize("name", PAGES[1:])
def test_solutions_are_folded_until_clicked(name, visits):
    nb = nbformat.read(NOTEBOOK_DIR / name.replace(".html", ".ipynb"), as_version=4)
    solutions = [c.source for c in nb.cells if is_solution(c)]
    seen = visits[name]
    assert len(seen.details) == len(solutions), f"{name}: {len(solutions)} solutions, {len(seen.details)} folds"
    for before, after, source in zip(seen.details, seen.opened, solutions):
        assert before == {"open": False, "summary": "Solution 参考答案", "code_visible": False}
        assert after["open"] and after["code_visible"]
        assert "SOLUTION" not in after["code"]
        first = next(line for line in source.splitlines() if line.strip() and "SOLUTION" not in line)
        assert first.strip() in after["code"]


def test_index_lists_each_notebook_with_its_goals(chromium, built_site, browser, executed):
    page = browser.new_page()
    try:
        page.goto((built_site / "index.html").as_uri(), timeout=TIMEOUT_MS)
        for path in NOTEBOOKS:
            entry = page.locator("ol.notebooks > li").filter(has=page.locator(f'a[href="{path.stem}.html"]'))
            assert entry.count() == 1, path.name
            goals = site.learning_goals(executed(path))
            assert goals, f"{path.name} has no learning goals"
            assert entry.locator("li").all_inner_texts() == goals
    finally:
        page.close()


def follow(page, link) -> str:
    """Click *link* and wait until its page is the one shown; return the page's file name."""
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**/{href}", wait_until="load")
    return Path(page.url).name


def test_next_links_walk_the_whole_sequence_and_back(chromium, built_site, browser):
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto((built_site / "index.html").as_uri())
        walked = [follow(page, page.locator("ol.notebooks > li > a").first)]
        top = page.locator("nav.site-nav").first
        while top.locator("a", has_text="next →").count():
            walked.append(follow(page, top.locator("a", has_text="next →")))
            assert len(walked) <= len(PAGES), walked
        assert walked == PAGES[1:]
        if len(walked) > 1:
            assert follow(page, top.locator("a", has_text="← previous")) == walked[-2]
        assert follow(page, top.locator("a", has_text="index")) == "index.html"
    finally:
        page.close()


def test_cjk_check_fails_when_chinese_shows_as_boxes(chromium, built_site, browser, tmp_path):
    """The CJK check is not vacuous: a Chromium that sees only DejaVu (no Chinese glyphs)
    draws boxes, and the check says so."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs fonts-dejavu-core for the font-less control")
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      f"<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n")
    playwright_chromium = browser.browser_type
    no_cjk = playwright_chromium.launch(executable_path=str(chromium), timeout=60_000,
                                        env={**os.environ, "FONTCONFIG_FILE": str(config)})
    try:
        page = no_cjk.new_page()
        page.goto((built_site / "index.html").as_uri(), timeout=TIMEOUT_MS)
        page.screenshot(path=str(SCREENSHOTS / "control-no-cjk-font.png"))
        checked, problems = cjk_problems(page)
        assert checked > 0 and len(problems) == checked, problems
    finally:
        no_cjk.close()
