"""Widgets in JupyterLab 4 in Chromium, as a person uses them: run a cell that shows a slider, a button and an
output area; move the slider with the keyboard; click the button; the kernel's answer appears under it.
Then a reload: the page asks the kernel for every widget again and shows the same values."""

import json
import re

import nbformat
import pytest

import civkit_jupyter

CELL = """var s = slider(0, 10).description("steps");
var seen = label("the kernel has 0");
s.observe(c -> seen.value("the kernel has " + c.value()));
var b = button("Go");
var out = output();
b.onClick(e -> out.println("value is " + s.value()));
vbox(s, seen, b, out)"""

FAILING = """var boom = button("Boom");
boom.onClick(e -> { throw new IllegalStateException("no such prompt"); });
boom"""


def write_notebook(folder, name, *cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "civkit", "display_name": "civkit (Java)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(nb, folder / name)
    return name


# A notebook's code cells, in JupyterLab and in Notebook 7 alike.
CELLS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell"


def run_cell(page, index):
    """Click into cell index's editor and press Shift+Enter, as a person runs a cell."""
    cell = page.locator(CELLS).nth(index)
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    # the first cell also waits for the kernel to start
    page.wait_for_function("c => /\\[\\d+\\]/.test(c.querySelector('.jp-InputPrompt').innerText)", arg=cell.element_handle(),
                           timeout=180_000)
    return cell


def open_notebook(page, server, path):
    page.goto(server.url(path))
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell").first.wait_for()
    # the kernel is up and idle before the first keystroke, as a person waits for the status bar to say so
    page.locator(".jp-StatusBar-TextItem", has_text="Idle").first.wait_for(timeout=180_000)


def open_notebook_in(page, server, path, pages=1):
    """Opens a notebook in either front end (Notebook 7 has no status bar) once its kernel is idle and connected to
    that many pages."""
    page.goto(server.url(path))
    page.locator(CELLS).first.wait_for()
    server.wait_for_connected_idle_kernels(pages=pages)


def test_slider_button_and_output(lab, work_dir, page):
    path = write_notebook(work_dir, "widgets-smoke.ipynb", CELL, FAILING)
    open_notebook(page, lab, path)
    cell = run_cell(page, 0)
    handle = cell.locator(".widget-slider .noUi-handle")
    handle.wait_for(timeout=60_000)
    assert cell.locator(".widget-readout").inner_text().strip() == "0"
    handle.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("c => c.querySelector('.widget-readout').innerText.trim() === '3'", arg=cell.element_handle())
    # A person clicks once the kernel has answered the move (the label its listener sets says so): ipywidgets sends
    # a click at once but holds a slider's next value until the kernel has taken the last, so a click within that
    # round trip reaches the kernel before the value does, in Python kernels too.
    cell.locator(".widget-label", has_text="the kernel has 3").wait_for(timeout=30_000)
    cell.get_by_role("button", name="Go").click()
    answer = cell.locator(".widget-output .jp-OutputArea-output", has_text="value is 3")
    answer.wait_for(timeout=30_000)

    failing = run_cell(page, 1)
    failing.get_by_role("button", name="Boom").click()
    failing.locator(".widget-output .jp-OutputArea-output", has_text="no such prompt").wait_for(timeout=30_000)
    assert "IllegalStateException" in failing.locator(".widget-output .jp-OutputArea-output", has_text="no such prompt").inner_text()

    # Saved, then reloaded: the widget manager restores every widget from the kernel, values and outputs included.
    page.keyboard.press("Control+s")
    page.locator(".jp-NotebookPanel-toolbar, .jp-Toolbar").first.wait_for()
    page.wait_for_function("() => !document.querySelector('.jp-mod-dirty')", timeout=30_000)
    page.reload()
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell").first.wait_for()
    reloaded = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell").nth(0)
    reloaded.locator(".widget-readout", has_text="3").wait_for(timeout=60_000)
    reloaded.locator(".widget-output .jp-OutputArea-output", has_text="value is 3").wait_for(timeout=30_000)
    reloaded.get_by_role("button", name="Go").click()
    page.wait_for_function(
        "c => (c.innerText.match(/value is 3/g) || []).length === 2", arg=reloaded.element_handle(), timeout=30_000)
    lab.shutdown_kernels()


@pytest.mark.parametrize("front_end", ["lab", "notebook7"])
def test_two_browser_tabs_on_one_kernel_stay_in_step(request, front_end, browser, page, work_dir):
    """Two windows on one notebook (a teacher's screen and the projector): each moves the slider in turn; the
    other window's slider and the kernel's label follow, through the kernel's echo of each change."""
    server = request.getfixturevalue(front_end)
    path = write_notebook(work_dir, f"two-tabs-{front_end}.ipynb", CELL)
    open_notebook_in(page, server, path)
    first = run_cell(page, 0)
    first.locator(".widget-slider .noUi-handle").wait_for(timeout=60_000)
    page.keyboard.press("Control+s")
    page.wait_for_function("() => !document.querySelector('.jp-mod-dirty')", timeout=30_000)

    other_context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        other = other_context.new_page()
        other.set_default_timeout(60_000)
        open_notebook_in(other, server, path, pages=2)
        second = other.locator(CELLS).nth(0)
        second.locator(".widget-slider .noUi-handle").wait_for(timeout=60_000)

        moved = civkit_jupyter.drag_slider(page, first.locator(".widget-slider"), 0.8)
        assert moved != "0", moved
        second.locator(".widget-readout", has_text=re.compile("^" + moved + "$")).wait_for(timeout=30_000)
        second.locator(".widget-label", has_text="the kernel has " + moved).wait_for(timeout=30_000)

        back = civkit_jupyter.drag_slider(other, second.locator(".widget-slider"), 0.2)
        assert back != moved, (moved, back)
        first.locator(".widget-readout", has_text=re.compile("^" + back + "$")).wait_for(timeout=30_000)
        first.locator(".widget-label", has_text="the kernel has " + back).wait_for(timeout=30_000)
    finally:
        other_context.close()
    server.shutdown_kernels()


# A sandbox whose jobs take seconds, so the wait can be watched; the session's next workflow goes to it.
SLOW_SANDBOX = """var slow = dev.civkit.sandbox.Sandbox.start(dev.civkit.sandbox.SandboxConfig.defaults()
        .withQueueTime(java.time.Duration.ofSeconds(2)).withRunTime(java.time.Duration.ofSeconds(6)));
baseUrl(slow.baseUrl());"""

AWAIT = """workflow().imageGen(i -> i.engine("flux").prompt("a slow fox").size(256, 256)).submit().await()"""


@pytest.mark.parametrize("front_end", ["lab", "notebook7"])
def test_an_await_shows_its_progress_as_a_widget_then_its_card(request, front_end, page, work_dir):
    """Where the front end draws widgets, a wait's progress is a status line and a bar kept in step over comms; when
    the workflow ends the card with its image takes the bar's place."""
    server = request.getfixturevalue(front_end)
    path = write_notebook(work_dir, f"progress-{front_end}.ipynb", SLOW_SANDBOX, AWAIT)
    open_notebook_in(page, server, path)
    run_cell(page, 0)
    cell = page.locator(CELLS).nth(1)
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    bar = cell.locator(".jp-OutputArea-output .widget-hprogress")
    bar.wait_for(timeout=60_000)
    cell.locator(".jp-OutputArea-output .widget-html-content", has_text="processing").wait_for(timeout=30_000)
    page.wait_for_function("c => { const i = c.querySelector('.jp-OutputArea-output img'); return i && i.complete && i.naturalWidth > 0; }",
                           arg=cell.element_handle(), timeout=60_000)
    assert bar.count() == 0, "the bar stays beside the card"
    server.shutdown_kernels()
