# The playground and the results browser as a person uses them, timed in the page: JupyterLab 4 in headless
# Chromium (driven by Playwright) on the civkit kernel and its in-process sandbox; prints one JSON line.
# usage: interactive_timing.py ROOT CHROMIUM ROUNDS SWEEP_SEEDS
# The kernelspec and every Jupyter folder come from the environment (JUPYTER_PATH, ...), set by civkit's bench
# (dev.civkit.bench.InteractiveTiming), which reads the RESULT line. Times in ms, each from the person's action
# (the click's or the key's event in the page) to the moment the page shows the answer, polled every frame:
#   generate  Generate clicked on a fresh form -> its first image decoded;
#   cell      Shift+Enter on the same workflow's submit().await().show() -> its image decoded;
#   price     a steps slider released on a value never priced before -> the price label shows the new price;
#   page      "next" clicked in a sweep's browser -> every thumbnail of the new page decoded (back: "previous").
import json, os, re, secrets, socket, subprocess, sys, time, urllib.request
from pathlib import Path
from playwright.sync_api import sync_playwright

root, chromium, rounds, seeds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
WORKFLOW = 'workflow().imageGen(i -> i.engine("flux").prompt("A lighthouse on a cliff at dusk").size(512, 512))'
NOTEBOOKS = {
    "generate.ipynb": ["budget(1_000_000);",
                       "var p = play(" + WORKFLOW + ");\np",
                       WORKFLOW + ".submit().await().show();"],
    # 4 images of 1024x1024: every two steps a different price, so each slider move is a new priced shape.
    "price.ipynb": ['play(workflow().imageGen(i -> i.engine("flux").prompt("A lighthouse").size(1024, 1024).quantity(4)))'],
    "browse.ipynb": ["budget(1_000_000);\nvar result = sweep(workflow().imageGen(i -> i.engine(\"flux\").size(256, 256)))\n"
                     "    .prompts(\"A lighthouse at dusk\", \"A lighthouse in a storm\", \"A lighthouse at noon\", \"A lighthouse in fog\")\n"
                     "    .seeds(" + ", ".join(str(s) for s in range(1, seeds + 1)) + ")\n"
                     "    .vary(\"cfgScale\", 3, 5, 7, 9).concurrency(32).run();\n"
                     "result.succeeded().size() + \" of \" + result.rows().size() + \" cells succeeded\"",
                     "result.browse()"],
}
CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell"
# The person's action stamps the clock once armed: a click, or the Enter of Shift+Enter.
STAMP = """() => { window.__armed = null; for (const type of ['click', 'keydown', 'mouseup'])
    document.addEventListener(type, e => { const a = window.__armed;
        if (a && a.type === type && (!a.key || a.key === e.key)) { window.__t0 = performance.now(); window.__armed = null; } }, true); }"""
FIRST_IMAGE = """([n, sel]) => { const c = document.querySelectorAll('%s')[n];
    const ok = c && Array.from(c.querySelectorAll(sel)).some(i => !i.dataset.old && i.complete && i.naturalWidth > 0);
    if (ok) window.__t1 = performance.now(); return ok; }""" % CELLS
PRICE = """([n, before]) => { const c = document.querySelectorAll('%s')[n];
    const e = c && Array.from(c.querySelectorAll('.widget-html-content')).find(x => x.innerText.includes('Buzz'));
    const ok = !!e && e.innerText !== before; if (ok) window.__t1 = performance.now(); return ok; }""" % CELLS
RAN = """([n, before]) => { const p = document.querySelectorAll('%s')[n].querySelector('.jp-InputArea-prompt');
    return /\\[\\d+\\]/.test(p.innerText) && p.innerText !== before; }""" % CELLS
PAGE = """([n, page, old]) => { const c = document.querySelectorAll('%s')[n];
    const status = c && Array.from(c.querySelectorAll('.widget-html-content')).find(x => x.innerText.includes(' picked'));
    if (!status || !status.innerText.includes('page ' + page + ' of')) return false;
    const imgs = Array.from(c.querySelectorAll('.widget-gridbox img.widget-image')).filter(i => i.offsetParent !== null);
    const ok = imgs.length === old.length && imgs.every((i, k) => i.src !== old[k] && i.complete && i.naturalWidth > 0);
    if (ok) window.__t1 = performance.now(); return ok; }""" % CELLS


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """JupyterLab on a free loopback port with a random token, serving root; the kernel's environment is ours."""

    def __init__(self):
        self.port, self.token = free_port(), secrets.token_hex(16)
        cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
               "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        if os.geteuid() == 0:
            cmd.append("--allow-root")
        self.log = open(root / "jupyterlab.log", "w")
        self.process = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, cwd=root)
        self.until(lambda: self.api("status") is not None, 90, "JupyterLab did not answer")

    def api(self, path, method="GET"):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/{path}", method=method,
                                     headers={"Authorization": f"token {self.token}"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                body = r.read()
                return json.loads(body) if body else {}
        except OSError:
            return None

    def until(self, ready, seconds, what):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"JupyterLab exited with {self.process.returncode}; see {self.log.name}")
            if ready():
                return
            time.sleep(0.25)
        raise SystemExit(f"{what} within {seconds} s; see {self.log.name}")

    def open(self, page, name):
        """The notebook alone in a fresh layout, once its kernel is idle and connected to the page."""
        page.goto(f"http://127.0.0.1:{self.port}/lab/tree/{name}?reset&token={self.token}")
        page.locator(CELLS).first.wait_for(timeout=120_000)
        idle = lambda: (k := self.api("kernels")) and all(x["execution_state"] == "idle" and x.get("connections", 0) > 0 for x in k)
        self.until(idle, 180, "no connected idle kernel")
        page.evaluate(STAMP)

    def close_kernels(self):
        for k in self.api("kernels") or []:
            self.api(f"kernels/{k['id']}", "DELETE")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def write_notebooks():
    for name, cells in NOTEBOOKS.items():
        nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "civkit", "display_name": "civkit", "language": "java"}},
              "cells": [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "execution_count": None, "outputs": [], "source": s}
                        for i, s in enumerate(cells)]}
        (root / name).write_text(json.dumps(nb))


def run_cell(page, n, timeout=180_000):
    """Shift+Enter in the cell, then until its prompt shows the number of this run (its old output is gone)."""
    cell = page.locator(CELLS).nth(n)
    prompt = cell.locator(".jp-InputArea-prompt")
    before = prompt.inner_text()
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    until_ran(page, n, before, timeout)
    return cell


def until_ran(page, n, before, timeout=180_000):
    page.wait_for_function(RAN, arg=[n, before], timeout=timeout)


def timed(page, armed, act, condition, arg, timeout=120_000):
    """ms from the armed event in the page to the frame where condition first held."""
    page.evaluate("a => { window.__t0 = null; window.__t1 = null; window.__armed = a; }", armed)
    act()
    page.wait_for_function(condition, arg=arg, polling="raf", timeout=timeout)
    t0, t1 = page.evaluate("[window.__t0, window.__t1]")
    if t0 is None:
        raise SystemExit(f"the {armed} never reached the page")
    return t1 - t0


def mark_old(page, n):
    page.evaluate("n => document.querySelectorAll('%s')[n].querySelectorAll('img').forEach(i => i.dataset.old = '1')" % CELLS, n)


def generate_and_cell(page, lab, out):
    lab.open(page, "generate.ipynb")
    run_cell(page, 0)
    for r in range(rounds + 1):  # round 0 warms both paths up and is not kept
        for what in (("generate", "cell") if r % 2 == 0 else ("cell", "generate")):
            if what == "generate":
                form = run_cell(page, 1)
                form.locator(".widget-html-content", has_text="Buzz").first.wait_for(timeout=60_000)
                page.wait_for_timeout(500)  # a person reads the form before clicking
                ms = timed(page, {"type": "click"}, lambda: form.locator("button", has_text="Generate").click(),
                           FIRST_IMAGE, [1, "img.widget-image"])
            else:
                mark_old(page, 2)
                cell = page.locator(CELLS).nth(2)
                before = cell.locator(".jp-InputArea-prompt").inner_text()
                cell.locator(".cm-content").click()
                ms = timed(page, {"type": "keydown", "key": "Enter"}, lambda: page.keyboard.press("Shift+Enter"),
                           FIRST_IMAGE, [2, ".jp-OutputArea-output img"])
                until_ran(page, 2, before)
            if r > 0:
                out[what].append(ms)
            page.wait_for_timeout(300)
    lab.close_kernels()


def price(page, lab, out):
    lab.open(page, "price.ipynb")
    form = run_cell(page, 0)
    form.locator(".widget-html-content", has_text="Buzz").first.wait_for(timeout=60_000)
    steps = form.locator(".widget-slider").filter(has=page.locator(".widget-label", has_text=re.compile("^steps$")))
    seen = set()
    for fraction in [0.1, 0.5, 0.2, 0.6, 0.3, 0.7, 0.4, 0.8, 0.15, 0.55, 0.25, 0.65, 0.35, 0.75, 0.45, 0.85][:max(8, 2 * rounds)]:
        before = form.locator(".widget-html-content").filter(has_text="Buzz").first.inner_text()
        track = steps.locator(".noUi-target").bounding_box()
        handle = steps.locator(".noUi-handle").bounding_box()
        y = handle["y"] + handle["height"] / 2

        def drag():
            page.mouse.move(handle["x"] + handle["width"] / 2, y)
            page.mouse.down()
            page.mouse.move(track["x"] + track["width"] * fraction, y, steps=2)
            page.mouse.up()
        ms = timed(page, {"type": "mouseup"}, drag, PRICE, [0, before], timeout=30_000)
        value = steps.locator(".widget-readout").inner_text().strip()
        if value not in seen:  # a value priced before shows its price at once: not what this measures
            out["price"].append(ms)
        seen.add(value)
        page.wait_for_timeout(400)
    lab.close_kernels()


def browse(page, lab, out):
    lab.open(page, "browse.ipynb")
    first = run_cell(page, 0, timeout=1_200_000)
    out["sweep_answer"] = first.locator(".jp-OutputArea-output").last.inner_text().strip()
    grid = run_cell(page, 1)
    status = grid.locator(".widget-html-content", has_text=" picked").first
    status.wait_for(timeout=60_000)
    pages = int(status.inner_text().split(" of ")[-1].split()[0])
    out["cells"], out["pages"] = 16 * seeds, pages
    next_button, prev_button = grid.locator("button", has_text="next"), grid.locator("button", has_text="previous")
    turns = [(next_button, p, "page") for p in range(2, pages + 1)] + [(prev_button, p, "page_back") for p in range(pages - 1, 0, -1)]
    for button, p, key in turns:
        page.wait_for_timeout(600)  # a person looks at the page; the kernel makes the next page's thumbnails meanwhile
        old = grid.locator(".widget-gridbox img.widget-image").evaluate_all(
            "imgs => imgs.filter(i => i.offsetParent !== null).map(i => i.src)")
        out["thumbs"] = max(out.get("thumbs", 0), len(old))
        out[key].append(timed(page, {"type": "click"}, button.click, PAGE, [1, p, old]))
    lab.close_kernels()


def main():
    write_notebooks()
    out = {"generate": [], "cell": [], "price": [], "page": [], "page_back": []}
    lab = Lab()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                         "--disable-background-networking", "--disable-component-update", "--no-first-run"])
            page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            for part in (generate_and_cell, price, browse):
                print(f"interactive: {part.__name__} ...", flush=True)
                part(page, lab, out)
            browser.close()
    finally:
        lab.stop()
    print("RESULT " + json.dumps(out), flush=True)


main()
