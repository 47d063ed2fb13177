"""Every notebook, executed headlessly by nbclient on the packaged kernel (against the in-process sandbox),
then opened in JupyterLab 4 and in Notebook 7 in Chromium: every image in their outputs must decode there."""

import shutil

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.sign import NotebookNotary

import civkit_jupyter

NOTEBOOKS = sorted((civkit_jupyter.ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="session")
def executed(jupyter_env, work_dir):
    """name -> (relative path under work_dir, number of images its outputs hold)."""
    assert NOTEBOOKS, "no notebooks in notebooks/"
    folder = work_dir / "executed"
    folder.mkdir()
    notary = NotebookNotary(data_dir=jupyter_env["JUPYTER_DATA_DIR"])
    out = {}
    for source in NOTEBOOKS:
        nb = nbformat.read(source, as_version=4)
        NotebookClient(nb, kernel_name="civkit", timeout=180, resources={"metadata": {"path": str(folder)}}).execute()
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, f"{source.name} raised: {errors[0]}"
        # A notebook the user ran in their own front end is trusted there; so is this one.
        notary.sign(nb)
        nbformat.write(nb, folder / source.name)
        out[source.name] = (f"executed/{source.name}", images_in(nb))
    return out


def images_in(nb) -> int:
    """Images the front end shows: it renders one representation per output, HTML before PNG or JPEG."""
    count = 0
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            if "text/html" in data:
                count += str(data["text/html"]).count("<img ")
            elif any(m in data for m in ("image/png", "image/jpeg", "image/gif", "image/webp")):
                count += 1
    return count


def decoded_images(page):
    """(images decoded, images present) among the rendered outputs, once every output image finished loading."""
    page.wait_for_function("""() => Array.from(document.querySelectorAll('.jp-OutputArea-output img')).every(i => i.complete)""")
    return page.evaluate("""() => {
        const imgs = Array.from(document.querySelectorAll('.jp-OutputArea-output img'));
        return [imgs.filter(i => i.naturalWidth > 0).length, imgs.length];
    }""")


@pytest.mark.parametrize("front_end", ["lab", "notebook7"])
@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_every_image_decodes(request, front_end, name, executed, page):
    server = request.getfixturevalue(front_end)
    path, expected = executed[name]
    page.goto(server.url(path))
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").first.wait_for()
    # Every cell's outputs are in the page (rendering is not deferred until scrolled to).
    page.wait_for_function("n => document.querySelectorAll('.jp-Notebook .jp-Cell').length >= n",
                           arg=len(nbformat.read(civkit_jupyter.ROOT / "notebooks" / name, as_version=4).cells))
    ok, present = decoded_images(page)
    assert present == expected, f"{name} in {front_end}: {present} images on the page, {expected} in the outputs"
    assert ok == present, f"{name} in {front_end}: only {ok} of {present} images decode"
    # Every lesson shows at least one picture it made (a card, a contact sheet).
    assert present > 0, f"{name} shows no image"
    server.shutdown_kernels()
