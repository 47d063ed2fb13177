"""TAB and Shift-TAB in JupyterLab 4 (and TAB in Notebook 7) on the civkit kernel, typed as a person types:
the cell holds only what was typed, at a person's pace, and the cursor stays where typing left it. What the completer, the
tooltip and the Contextual Help panel show is read from the page."""


import nbformat
import pytest

import civkit_jupyter

EDITOR = ".jp-Notebook .jp-Cell .cm-content"


def empty_notebook(work_dir, name):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "civkit", "display_name": "Java (civkit)", "language": "java"}
    nb.cells.append(nbformat.v4.new_code_cell(""))
    nbformat.write(nb, work_dir / name)
    return name


def open_cell(page, server, work_dir, name):
    """Opens a fresh notebook and puts the cursor in its one empty cell, once its kernel is ready."""
    page.goto(server.url(empty_notebook(work_dir, name)))
    page.locator(EDITOR).first.wait_for()
    server.wait_for_connected_idle_kernels()
    page.locator(EDITOR).first.click()


# A person's pace, about twelve keys a second. JupyterLab drops a completion whose request left within a few
# milliseconds of the last keystroke (in any kernel: ipykernel's too), which only a script can type.
KEY_MS = 80


def type_as_a_person(page, text):
    page.keyboard.type(text, delay=KEY_MS)


def cell_text(page):
    return page.locator(EDITOR).first.inner_text()


@pytest.fixture
def fresh(lab):
    yield
    lab.shutdown_kernels()


def type_two_lines_and_tab(page):
    """The issue's keystrokes: a declaration, Enter, the start of a member, TAB; nothing of it has run."""
    type_as_a_person(page, "var sb = new StringBuilder();")
    page.keyboard.press("Enter")
    type_as_a_person(page, "sb.app")
    page.keyboard.press("Tab")


# The kernel's first answer waits for its JShell to finish starting, which a busy machine stretches.
READY = 60_000


def completer_items(page):
    page.locator(".jp-Completer").wait_for(state="visible", timeout=READY)
    return page.locator(".jp-Completer-item .jp-Completer-match").all_inner_texts()


@pytest.mark.usefixtures("fresh")
def test_tab_completes_a_variable_declared_earlier_in_the_same_unrun_cell(lab, work_dir, page):
    open_cell(page, lab, work_dir, "tab.ipynb")
    type_two_lines_and_tab(page)
    items = completer_items(page)
    assert "append(" in items, items
    page.keyboard.press("Enter")  # takes the first match, as a person accepting the completer would
    assert cell_text(page).splitlines()[-1].startswith("sb.append"), cell_text(page)


@pytest.mark.usefixtures("fresh")
def test_shift_tab_right_after_a_name_shows_its_tooltip(lab, work_dir, page):
    open_cell(page, lab, work_dir, "tooltip.ipynb")
    for typed, expected in (("Math.abs", "abs(int"), ("workflow().imageGen", "imageGen(")):
        page.locator(EDITOR).first.click()
        page.keyboard.press("Control+a")
        type_as_a_person(page, typed)
        assert cell_text(page).strip() == typed
        page.keyboard.press("Shift+Tab")
        tooltip = page.locator(".jp-Tooltip")
        tooltip.wait_for(state="visible", timeout=READY)
        assert expected in tooltip.inner_text(), tooltip.inner_text()
        page.keyboard.press("Escape")
        tooltip.wait_for(state="hidden")


@pytest.mark.usefixtures("fresh")
def test_contextual_help_follows_the_cursor(lab, work_dir, page):
    open_cell(page, lab, work_dir, "help.ipynb")
    # Help > Show Contextual Help, as a person opens it (its Ctrl+I does nothing while the cursor is in a cell)
    page.locator(".lm-MenuBar-itemLabel", has_text="Help").click()
    page.locator(".lm-Menu-itemLabel", has_text="Show Contextual Help").click()
    panel = page.locator(".jp-Inspector")
    panel.wait_for(state="visible")
    page.locator(EDITOR).first.click()
    type_as_a_person(page, "Math.abs")
    page.wait_for_function("() => (document.querySelector('.jp-Inspector-content') || {}).innerText?.includes('abs(int')", timeout=READY)
    page.keyboard.press("Control+a")
    type_as_a_person(page, "workflow().imageGen")
    page.wait_for_function("() => (document.querySelector('.jp-Inspector-content') || {}).innerText?.includes('imageGen(')", timeout=READY)


def test_tab_in_notebook7(notebook7, work_dir, page):
    open_cell(page, notebook7, work_dir, "tab7.ipynb")
    type_two_lines_and_tab(page)
    assert "append(" in completer_items(page)
    notebook7.shutdown_kernels()
