"""The prompt playground and the sweep browser as a person uses them, in JupyterLab 4 and Notebook 7 in Chromium,
on the packaged civkit kernel and its in-process sandbox: type a prompt, move the cfg and steps sliders (the price
follows), click Generate and see a new decoded image; run a 200-cell sweep, open its browser, go to page 3, filter by
one value, pick three, and get exactly those three from result.picked() in the next cell."""

import re
import shutil

import pytest

import civkit_jupyter

NOTEBOOKS = civkit_jupyter.ROOT / "notebooks"


def open_notebook(page, server, work_dir, name):
    shutil.copy(NOTEBOOKS / name, work_dir / name)
    page.goto(server.url(name))
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").first.wait_for()
    # The kernel is up and idle before the first keystroke reaches it.
    page.wait_for_function("""() => { const s = document.querySelector(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator, .jp-NotebookPanel:not(.lm-mod-hidden) [data-status]');
        return !s || s.getAttribute('data-status') === 'idle'; }""", timeout=120_000)
    # No pause for the widget manager: it announces itself a moment after the kernel is idle, and a cell run
    # before that (Run All as the notebook opens) shows its card, which the kernel swaps for the widgets then.
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")


def code_cells(notebook):
    return notebook.locator(".jp-CodeCell")


def run_cell(page, cell, timeout=180_000):
    """Clicks into the cell's editor and presses Shift+Enter, then waits until its prompt shows a number."""
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    cell.locator(".jp-InputArea-prompt").filter(has_text=re.compile(r"\[\d+\]")).wait_for(timeout=timeout)


def price_text(widget):
    return widget.locator(".widget-html-content").filter(has_text="Buzz").first.inner_text()


def slider(widget, name):
    return widget.locator(".widget-slider").filter(has=widget.page.locator(".widget-label", has_text=re.compile("^" + name + "$")))


@pytest.mark.parametrize("front_end", ["lab", pytest.param("notebook7", marks=pytest.mark.xfail(
    reason="open: in Notebook 7 the form draws and takes typing, but its slider handles do not answer arrow keys (the "
           "handle has focus, the readout stays 7.0); whether Notebook 7's key handling takes them is not known yet",
    strict=False))])
def test_playground_prices_as_values_change_and_generates_a_decoded_image(request, front_end, page, work_dir):
    server = request.getfixturevalue(front_end)
    nb = open_notebook(page, server, work_dir, "05-playground.ipynb")
    first = code_cells(nb).nth(0)
    run_cell(page, first)
    form = first.locator(".jp-OutputArea-output .widget-vbox").first
    form.locator("textarea").first.wait_for(timeout=180_000)

    prompt = form.locator("textarea").first
    prompt.click()
    page.keyboard.press("Control+a")
    page.keyboard.type("a red fox in fresh snow")
    page.keyboard.press("Tab")
    page.wait_for_function("() => true")

    form.locator(".widget-html-content", has_text="Buzz").first.wait_for()
    before = price_text(form)
    # cfg scale: a person drags the handle; the keyboard moves it the same way and settles it once.
    cfg = slider(form, "cfgScale").locator(".noUi-handle")
    cfg.focus()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    slider(form, "cfgScale").locator(".widget-readout").filter(has_text=re.compile(r"^(9|9\.0)$")).wait_for()
    steps = slider(form, "steps").locator(".noUi-handle")
    steps.focus()
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("""([sel, old]) => { const e = Array.from(document.querySelectorAll(sel)).find(x => x.innerText.includes('Buzz'));
        return e && e.innerText !== old; }""", arg=[".jp-OutputArea-output .widget-html-content", before])
    after = price_text(form)
    assert after != before, f"the price did not follow the steps slider: {before!r} -> {after!r}"

    images = form.locator(".widget-image")
    assert images.count() == 0
    form.locator("button", has_text="Generate").click()
    images.first.wait_for(timeout=120_000)
    page.wait_for_function("""() => { const i = document.querySelector('.jp-OutputArea-output img.widget-image');
        return i && i.complete && i.naturalWidth > 0; }""")
    caption = form.locator(".widget-html-content", has_text="a red fox in fresh snow").first.inner_text()
    assert "cfgScale=9" in caption and "steps=30" in caption, caption

    form.locator("button", has_text="Show code").click()
    code = form.locator("pre").filter(has_text="workflow()").first.inner_text()
    assert 'prompt("a red fox in fresh snow")' in code and "cfgScale(9.0)" in code and "steps(30)" in code, code
    server.shutdown_kernels()


@pytest.mark.parametrize("front_end", ["lab", "notebook7"])
def test_browser_pages_filters_and_picked_answers_the_three_picked(request, front_end, page, work_dir):
    server = request.getfixturevalue(front_end)
    nb = open_notebook(page, server, work_dir, "06-browse-a-sweep.ipynb")
    cells = code_cells(nb)
    run_cell(page, cells.nth(0), timeout=600_000)
    assert "200 of 200 cells succeeded" in cells.nth(0).locator(".jp-OutputArea-output").last.inner_text()
    run_cell(page, cells.nth(1))
    grid = cells.nth(1).locator(".jp-OutputArea-output .widget-vbox").first
    status = grid.locator(".widget-html-content", has_text="picked").first
    status.wait_for()
    assert "page 1 of 5" in status.inner_text()

    grid.locator("button", has_text="next").click()
    grid.locator("button", has_text="next").click()
    grid.locator(".widget-html-content", has_text="page 3 of 5").wait_for()
    page.wait_for_function("""() => Array.from(document.querySelectorAll('.jp-OutputArea-output img.widget-image'))
        .filter(i => i.offsetParent !== null).every(i => i.complete && i.naturalWidth > 0)""")
    assert grid.locator(".widget-html-content", has_text="#96 ").count() == 1, "page 3 starts at cell 96"

    cfg = grid.locator(".widget-dropdown").filter(has=page.locator(".widget-label", has_text=re.compile("^cfgScale$"))).locator("select")
    cfg.select_option("5")
    grid.locator(".widget-html-content", has_text="50 of 200 cells").wait_for()

    tiles = grid.locator(".widget-gridbox > .widget-vbox")
    chosen = []
    for i in (0, 4, 9):
        tile = tiles.nth(i)
        label = tile.locator(".widget-html-content").first.inner_text()
        chosen.append(int(re.match(r"#(\d+) ", label).group(1)))
        assert "cfgScale" not in label, "the filtered field is not repeated under each picture"
        tile.locator("button", has_text="pick").click()
    grid.locator(".widget-html-content", has_text="3 picked").wait_for()

    run_cell(page, cells.nth(2))
    out = cells.nth(2).locator(".jp-OutputArea-output").last.inner_text()
    shown = sorted(int(n) for n in re.findall(r"#(\d+) ", out))
    assert shown == sorted(chosen), f"picked() answered {shown}, the clicks picked {sorted(chosen)}:\n{out}"
    server.shutdown_kernels()
