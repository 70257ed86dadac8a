"""Shared fixtures: the real seed corpus, loaded once per test session; and a cache of the session's own."""
import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Every test, and every process a test starts (a report, a notebook's kernel), keeps its results in a cache of
# this session's own: a second run of the suite must not find reports and analyses kept by the first (a report
# run again on the same files is copied from the cache and prints no steps). Set before helpers is imported.
os.environ["ZH_NEWS_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="zhnews-tests-cache-")
atexit.register(shutil.rmtree, _CACHE, True)

import helpers  # noqa: E402


@pytest.fixture(autouse=True)
def _figures_closed():
    """Every figure a test opened through pyplot is closed after it: a figure a test draws and leaves open would
    otherwise stay for the rest of the run (and warn from the twenty-first on, in whichever test opens it)."""
    yield
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")


SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b4574a547f6afe6f.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed():
    return helpers.load_corpus()


@pytest.fixture(scope="session")
def evenings():
    """Two hand-written evenings in the 新闻联播 format (tests/data/programmes: 1 and 3 January 2024, three
    stories each, the second out of protocol order on purpose; 2 January has no programme)."""
    return helpers.load_corpus(DATA / "programmes")


@pytest.fixture(scope="session")
def month():
    """The bundled month of 新闻联播 (seeds/xwlb_2024-04)."""
    return helpers.load_corpus("xwlb_2024-04")


# --- notebooks, the HTML site and the browser (tests/test_notebooks, test_exercises, test_site,
# test_lab): each course notebook is executed at most once per session and the site is built
# once from those runs.
import importlib.util  # noqa: E402  (this block was appended to the shared conftest)
import os  # noqa: E402
import re  # noqa: E402

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def executed():
    """execute(path) -> executed notebook, running each notebook at most once per session."""
    from helpers import site

    cache: dict[Path, object] = {}

    def execute(path: Path):
        path = Path(path)
        if path not in cache:
            try:
                cache[path] = site.execute_notebook(path)
            except site.SiteError as exc:  # remember failures too: don't rerun a 10-minute timeout
                cache[path] = exc
        if isinstance(cache[path], Exception):
            raise cache[path]
        return cache[path]

    return execute


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, executed) -> Path:
    """The folder of the HTML site, built once per session like `make html`."""
    from helpers import site

    out = tmp_path_factory.mktemp("site")
    site.build_site(out, NOTEBOOK_DIR, executed=executed)  # renders the cached runs, no second run
    return out


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _need(what: str) -> None:
    """In CI a missing browser is a failure (.ci/run installs it); elsewhere a skip."""
    message = f"the browser tests need {what}"
    if _in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, checked before anything slow is started."""
    if not CHROMIUM.exists():
        _need(f"Debian's chromium at {CHROMIUM}: apt-get install chromium fonts-noto-cjk")
    if importlib.util.find_spec("playwright") is None:
        _need("Playwright for Python: .venv/bin/pip install -e '.[test]' (it downloads no browser)")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium):
    """Debian's headless Chromium driven by Playwright; one per test module, so no browser
    (nor Playwright's event loop) is alive while other modules execute notebooks."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), timeout=60_000)
        try:
            yield launched
        finally:
            launched.close()


# Families whose glyphs cover Chinese; a page whose Chinese falls back to anything else (or to
# nothing: boxes, "tofu") fails the CJK check.
CJK_FAMILY = re.compile(r"CJK|Source Han|WenQuanYi|WQY|Droid Sans Fallback|AR PL|PingFang|"
                        r"Hiragino|YaHei|SimSun|SimHei|Heiti|Songti", re.I)

# Mark every visible element with Chinese in its own text, with how many Chinese characters.
MARK_CJK = r"""() => {
  const han = /[\u3400-\u4dbf\u4e00-\u9fff]/g, counts = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const found = walker.currentNode.nodeValue.match(han), el = walker.currentNode.parentElement;
    if (found && el.checkVisibility({visibilityProperty: true, opacityProperty: true}))
      counts.set(el, (counts.get(el) || 0) + found.length);
  }
  for (const [el, n] of counts) el.setAttribute('data-cjk', String(n));
  return counts.size;
}"""


def cjk_problems(page) -> tuple[int, list[str]]:
    """(elements checked, elements whose Chinese was not drawn by a CJK font).

    Chromium reports, per element, which platform fonts drew how many glyphs
    (CSS.getPlatformFontsForNode): every Chinese character must be drawn by a CJK family."""
    checked = page.evaluate(MARK_CJK)
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        problems = []
        for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-cjk]"})["nodeIds"]:
            attributes = cdp.send("DOM.getAttributes", {"nodeId": node})["attributes"]
            wanted = int(attributes[attributes.index("data-cjk") + 1])
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            drawn = sum(f["glyphCount"] for f in fonts if CJK_FAMILY.search(f["familyName"]))
            if drawn < wanted:
                text = cdp.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"][:80]
                problems.append(f"{text!r}: {wanted} Chinese characters, {drawn} drawn by a CJK font; "
                                f"fonts used: {[(f['familyName'], f['glyphCount']) for f in fonts]}")
        return checked, problems
    finally:
        cdp.detach()
