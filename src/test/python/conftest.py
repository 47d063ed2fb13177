"""Fixtures for civkit's Python integration tests (the API is listed in README.md beside this file).

    jupyter_env   session  the environment under which Jupyter sees the packaged civkit kernel (temp JUPYTER_PATH
                           and folders); also applied to os.environ, so jupyter_client and nbclient find the kernel
    work_dir      session  a temp folder for notebooks and files the suite writes
    lab           session  a JupyterLab 4 server (civkit_jupyter.JupyterServer) serving work_dir
    notebook7     session  a Notebook 7 server serving work_dir
    browser       session  Debian's Chromium driven by Playwright
    page          function a fresh browser page (its own context: no storage shared between tests)
"""

import os

import pytest

import civkit_jupyter


@pytest.fixture(scope="session")
def jupyter_env():
    env = civkit_jupyter.jupyter_home(civkit_jupyter.temp_dir("civkit-jupyter-"), class_data=False)
    saved = {k: os.environ.get(k) for k in list(env) + ["CIVITAI_API_TOKEN", "CIVITAI_BASE_URL"]}
    os.environ.pop("CIVITAI_API_TOKEN", None)
    os.environ.pop("CIVITAI_BASE_URL", None)
    os.environ.update(env)
    yield env
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def work_dir():
    return civkit_jupyter.temp_dir("civkit-work-")


def _server(app, jupyter_env, work_dir):
    server = civkit_jupyter.JupyterServer(app, work_dir, jupyter_env, work_dir.parent / f"{work_dir.name}-{app}.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def lab(jupyter_env, work_dir):
    yield from _server("lab", jupyter_env, work_dir)


@pytest.fixture(scope="session")
def notebook7(jupyter_env, work_dir):
    yield from _server("notebook", jupyter_env, work_dir)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = civkit_jupyter.launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    p.set_default_timeout(60_000)
    yield p
    context.close()
