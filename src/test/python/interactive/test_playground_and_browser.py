"""The prompt playground and the sweep browser as a person uses them, in JupyterLab 4 and Notebook 7 in Chromium,
on the packaged civkit kernel and its in-process sandbox: type a prompt, drag the cfg and steps sliders (the price
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
    # The kernel is up, idle and connected to the page before the first keystroke reaches it (Notebook 7 has no
    # execution indicator to read; in CI a cell run there before its kernel had connected never ran).
    server.wait_for_connected_idle_kernels()
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


@pytest.mark.parametrize("front_end", ["lab", "notebook7"])
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
    # A person drags the handles with the mouse (Notebook 7 gives arrow keys on a focused handle to the notebook).
    cfg_value = civkit_jupyter.drag_slider(page, slider(form, "cfgScale"), 0.6)
    steps_value = civkit_jupyter.drag_slider(page, slider(form, "steps"), 0.3)
    assert cfg_value != "7.0" and steps_value != "20", (cfg_value, steps_value)
    page.wait_for_function("""([sel, old]) => { const e = Array.from(document.querySelectorAll(sel)).find(x => x.innerText.includes('Buzz'));
        return e && e.innerText !== old; }""", arg=[".jp-OutputArea-output .widget-html-content", before])
    after = price_text(form)
    assert after != before, f"the price did not follow the steps slider: {before!r} -> {after!r}"

    # The code line follows each value the kernel takes: once it shows both, Generate sends them (ipywidgets holds a
    # dragged slider's last value until the kernel has taken the one before).
    form.locator("button", has_text="Show code").click()
    code = form.locator("pre").filter(has_text="workflow()").first
    code.filter(has_text=f"cfgScale({float(cfg_value)})").filter(has_text=f"steps({steps_value})").wait_for(timeout=30_000)
    code_line = code.inner_text()
    form.locator("button", has_text="Show code").click()  # hidden again, so the caption below is the result's
    code.wait_for(state="hidden")

    images = form.locator(".widget-image")
    assert images.count() == 0
    form.locator("button", has_text="Generate").click()
    images.first.wait_for(timeout=120_000)
    page.wait_for_function("""() => { const i = document.querySelector('.jp-OutputArea-output img.widget-image');
        return i && i.complete && i.naturalWidth > 0; }""")
    caption = form.locator(".widget-html-content", has_text="a red fox in fresh snow").filter(has_not_text="workflow()").first.inner_text()
    assert "cfgScale=" + cfg_value.removesuffix(".0") in caption and "steps=" + steps_value in caption, (cfg_value, steps_value, caption)

    code = code_line
    assert 'prompt("a red fox in fresh snow")' in code and f"cfgScale({float(cfg_value)})" in code and f"steps({steps_value})" in code, code
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
