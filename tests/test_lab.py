"""JupyterLab as a student uses it: the working copy `make lab` opens, then the server started on
it, 00_start_here.ipynb opened in headless Chromium, Run → Run All Cells, and what appears read.

The working copy (helpers/lab.py) is checked first: the student edition gives no solution away,
a student's work in it is kept, and nothing in notebooks/ is written. The server runs from the
venv on 127.0.0.1 with a random free port and a random token, on a temporary working copy, with temporary
Jupyter config/data/runtime/settings/workspace folders and IPython folder (nothing of the user's is read
or written). It is stopped by its PID (terminate, then kill after a timeout) after its kernels are shut
down. Screenshots go to build/screenshots/lab-*.png.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from conftest import NOTEBOOK_DIR, SCREENSHOTS, cjk_problems

from helpers import site
from helpers.lab import working_copy

NOTEBOOK = "00_start_here.ipynb"
START_TIMEOUT = 90  # seconds for the server to answer
RUN_TIMEOUT = 180  # seconds for Run All Cells to finish
UI_TIMEOUT_MS = 60_000


def jupyter_command() -> list[str]:
    jupyter = Path(sys.executable).with_name("jupyter")  # the venv's, beside the venv's python
    return [str(jupyter), "lab"] if jupyter.exists() else [sys.executable, "-m", "jupyterlab"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def private_jupyter_env(home: Path) -> dict[str, str]:
    """Environment with every Jupyter/IPython per-user folder moved under *home*, and lab
    settings that make runs predictable: every cell in the DOM (no windowing), no news or
    update checks (which would go to the internet)."""
    env = dict(os.environ)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR",
                 "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        env[name] = str(folder)
    settings = Path(env["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab"
    for plugin, values in {"notebook-extension/tracker": {"windowingMode": "none"},
                           "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False}
                           }.items():
        path = settings / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    env.pop("JUPYTER_TOKEN", None)
    return env


@dataclass
class Lab:
    base: str
    token: str
    root: Path
    process: subprocess.Popen
    log: Path

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(self.base + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
            return json.loads(body) if body else None

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def start_lab(tmp: Path) -> Lab:
    root = tmp / "lab"
    working_copy(root, "student")  # what `make lab` opens
    env = private_jupyter_env(tmp / "home")
    token = secrets.token_hex(24)
    for attempt in range(3):  # a port taken between free_port() and the bind: try another
        port = free_port()
        log = tmp / f"lab-{attempt}.log"
        command = jupyter_command() + [
            "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0", f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}",
            "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        with open(log, "w") as out:
            process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
        lab = Lab(f"http://127.0.0.1:{port}", token, root, process, log)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and process.poll() is None:
            try:
                lab.api("/api/status")
                return lab
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.25)
        stop_lab(lab)
        if "already in use" not in lab.log_tail():
            break
    pytest.fail(f"JupyterLab did not answer on {lab.base} within {START_TIMEOUT} s:\n{lab.log_tail()}")


def stop_lab(lab: Lab) -> None:
    """Shut the kernels down, then stop the server by its PID: SIGTERM, SIGKILL after 20 s."""
    if lab.process.poll() is None:
        try:
            for kernel in lab.api("/api/kernels"):
                lab.api(f"/api/kernels/{kernel['id']}", method="DELETE")
        except (urllib.error.URLError, OSError, ValueError):
            pass  # the server is going anyway; it shuts its kernels down on SIGTERM too
        lab.process.send_signal(signal.SIGTERM)
        try:
            lab.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            lab.process.kill()
            lab.process.wait(timeout=20)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    server = start_lab(tmp_path_factory.mktemp("lab"))
    try:
        yield server
    finally:
        stop_lab(server)
    assert server.process.returncode is not None, "the JupyterLab server is still running"


ERROR_OUTPUT = ('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], '
                '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]')
# Done when every code cell shows its execution count, or as soon as an error appears (Run All
# stops at an error, so waiting on would only time out).
RUN_FINISHED = r"""([n, errors]) => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
  return document.querySelector(errors) !== null
      || (prompts.length === n && prompts.every(p => /\[\d+\]/.test(p.textContent)));
}"""


# The status bar reads "No Kernel | Initializing" until the notebook's kernel is connected, then
# "Python 3 (ipykernel) | Idle". (The toolbar's execution indicator says "idle" for a moment
# before a kernel exists, and Run All Cells clicked then runs nothing: don't wait on it.)
KERNEL_IDLE = r"""() => {
  const bar = document.querySelector('.jp-StatusBar-Widget');
  return bar !== null && /\S\s*\|\s*Idle\b/.test(bar.innerText) && !/No Kernel/.test(bar.innerText);
}"""


def wait_for_kernel(page, lab: Lab) -> None:
    """Until the page shows its kernel connected and idle, and the server agrees."""
    deadline = time.monotonic() + UI_TIMEOUT_MS / 1000
    while True:
        page.wait_for_function(KERNEL_IDLE, timeout=UI_TIMEOUT_MS, polling=250)
        kernels = lab.api("/api/kernels")
        if any(k["execution_state"] == "idle" and k["connections"] >= 1 for k in kernels):
            return
        if time.monotonic() > deadline:
            pytest.fail(f"no connected idle kernel: {kernels}\n{lab.log_tail()}")
        time.sleep(0.25)


def test_run_all_cells_in_jupyterlab(browser, lab):
    tracked = fingerprint(NOTEBOOK_DIR)
    nb = nbformat.read(lab.root / NOTEBOOK, as_version=4)
    n_code = sum(c.cell_type == "code" for c in nb.cells)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(UI_TIMEOUT_MS)
    page_errors, off_machine = [], []
    page.on("pageerror", lambda e: page_errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith((lab.base, "data:", "blob:"))
            else off_machine.append(r.url))
    try:
        page.goto(f"{lab.base}/lab/tree/{NOTEBOOK}?token={lab.token}", wait_until="domcontentloaded")
        page.wait_for_selector(".jp-Notebook .jp-Cell")
        wait_for_kernel(page, lab)

        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        page.wait_for_function(RUN_FINISHED, arg=[n_code, ERROR_OUTPUT], timeout=RUN_TIMEOUT * 1000,
                               polling=250)
        wait_for_kernel(page, lab)
        errors = page.locator(ERROR_OUTPUT)
        assert errors.count() == 0, f"error output in JupyterLab: {errors.all_inner_texts()[:3]}"
        prompts = page.locator(".jp-Notebook .jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
        assert prompts == [f"[{i}]:" for i in range(1, n_code + 1)], "cells did not run once each, in order"
        page.locator(".jp-Notebook .jp-Cell").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "lab-00_start_here-top.png"))
        images = page.evaluate("Array.from(document.querySelectorAll('.jp-OutputArea-output img'))"
                               ".map(img => img.complete && img.naturalWidth > 0)")
        assert images and all(images), f"figures in JupyterLab: {images}"
        assert page.locator(".jp-OutputArea-output table").count() > 0  # DataFrames shown as tables
        outputs = "\n".join(page.locator(".jp-OutputArea-output").all_inner_texts())
        assert "人民日报" in outputs and "成渝地区双城经济圈" in outputs

        page.locator(".jp-OutputArea-output img").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "lab-00_start_here-figure.png"))
        checked, problems = cjk_problems(page)
        assert checked > 0 and problems == [], "\n".join(problems[:10])

        # Save through the menu, as a student would, and read the file the browser wrote.
        page.get_by_role("menuitem", name="File", exact=True).click()
        page.get_by_role("menuitem", name=re.compile(r"^Save Notebook\s+Ctrl\+S$")).click()
        page.wait_for_selector(".lm-TabBar-tab.jp-mod-current:not(.jp-mod-dirty)")
        saved = nbformat.read(lab.root / NOTEBOOK, as_version=4)
        counts = [c.execution_count for c in saved.cells if c.cell_type == "code"]
        assert counts == list(range(1, n_code + 1)), f"saved execution counts: {counts}"
        assert site.problems(saved) == []
        assert page_errors == [], page_errors
        assert off_machine == [], f"JupyterLab asked for resources off the machine: {off_machine}"
        assert fingerprint(NOTEBOOK_DIR) == tracked, "running the working copy changed notebooks/"
    except Exception:
        page.screenshot(path=str(SCREENSHOTS / "lab-failure.png"))  # what the browser showed
        raise
    finally:
        context.close()


# --- the working copy (no browser needed) ----------------------------------------------------

def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.ipynb"))}


def solution_lines(path: Path) -> list[str]:
    """What a student must not be given: the lines of each cell tagged "solution", or, in a cell
    with solution markers (the older layout), the lines between them; lines that the notebook
    also has outside its solutions (''\', encoding="utf-8")) do not count."""
    lines, rest = [], set()
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        inside = "solution" in cell.metadata.get("tags", []) and not site.MARKER.search(cell.source)
        for line in cell.source.splitlines():
            if site.MARKER.match(line):
                inside = "BEGIN" in line.upper()
            elif inside and len(line.strip()) > 12:
                lines.append(line.strip())
            else:
                rest.add(line.strip())
    return [line for line in lines if line not in rest]


def test_student_working_copy_gives_no_solution_away(tmp_path):
    tracked = fingerprint(NOTEBOOK_DIR)
    copies = working_copy(tmp_path / "student", "student")
    assert [p.name for p in copies] == [p.name for p in site.notebook_paths(NOTEBOOK_DIR)]
    for path in site.notebook_paths(NOTEBOOK_DIR):
        student = "\n".join(c.source for c in nbformat.read(tmp_path / "student" / path.name, as_version=4).cells)
        leaked = [line for line in solution_lines(path) if line in student]
        assert leaked == [], f"{path.name}: solution lines in the student edition: {leaked[:3]}"
    assert fingerprint(NOTEBOOK_DIR) == tracked


def test_teacher_working_copy_is_the_notebooks(tmp_path):
    working_copy(tmp_path / "teacher", "teacher")
    assert fingerprint(tmp_path / "teacher") == fingerprint(NOTEBOOK_DIR)


def test_working_copy_keeps_a_students_work_and_adds_what_is_missing(tmp_path):
    first, second = working_copy(tmp_path, "student")[1:3]
    first.write_text(first.read_text(encoding="utf-8").replace("your answer here", "我的答案"), encoding="utf-8")
    mine = first.read_bytes()
    second.unlink()
    working_copy(tmp_path, "student")
    assert first.read_bytes() == mine and second.exists()


def test_make_lab_opens_the_working_copy():
    makefile = (NOTEBOOK_DIR.parent / "Makefile").read_text(encoding="utf-8")
    targets = dict(re.findall(r"^(lab|lab-teacher):[^\n]*\n((?:\t[^\n]*\n)+)", makefile, re.M))
    assert "-m helpers.lab student" in targets["lab"] and "--notebook-dir=lab/student" in targets["lab"]
    assert "-m helpers.lab teacher" in targets["lab-teacher"]
    assert "--notebook-dir=lab/teacher" in targets["lab-teacher"]
    assert "notebook-dir=notebooks" not in makefile
