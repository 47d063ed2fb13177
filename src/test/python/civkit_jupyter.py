"""The real parts civkit's Python integration tests run against: the packaged kernel, Jupyter servers, Chromium.

Tests use them through the fixtures in conftest.py (see README.md beside this file); this module holds the
work so that a fixture stays one line. Everything runs on loopback, in temp folders that nothing else sees:
the kernelspec lives in a temp JUPYTER_PATH, each server has its own config, data, runtime and settings
folders and a random token, and the developer's CIVITAI_API_TOKEN/CIVITAI_BASE_URL never reach a kernel
(notebooks run on the in-process sandbox, as in the Java tests).
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
JAR = Path(os.environ.get("CIVKIT_JAR", ROOT / "target" / "civkit.jar"))
CHROMIUM = os.environ.get("CIVKIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
KERNEL_NAME = "civkit"


def jupyter_home(base: Path, class_data: bool = False) -> dict:
    """Installs the packaged jar's kernelspec under base and returns the environment in which Jupyter (servers,
    jupyter_client, nbclient) sees it and nothing of the user's: JUPYTER_PATH, JUPYTER_DATA_DIR,
    JUPYTER_CONFIG_DIR, JUPYTER_RUNTIME_DIR and JupyterLab's settings and workspaces folders.

    class_data trains the kernel's class-data archive (what `civkit kernel install` does by default): a few
    seconds on an idle machine, minutes on a busy CI runner, for about a second off each kernel start; the
    fixtures go without it."""
    if not JAR.is_file():
        raise AssertionError(f"{JAR} is missing: run 'mvn -B -DskipTests package' first")
    java = shutil.which("java") or "java"
    cmd = [java, "-cp", str(JAR), "dev.civkit.kernel.KernelCommand", "install", "--prefix", str(base / "prefix")]
    if not class_data:
        cmd.append("--no-class-data")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=clean_env())
    if done.returncode != 0:
        raise AssertionError(f"kernel install failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    env = {
        "JUPYTER_PATH": str(base / "prefix" / "share" / "jupyter"),
        "JUPYTER_DATA_DIR": str(base / "data"),
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(base / "lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "lab-workspaces"),
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    for key in ("JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR"):
        Path(env[key]).mkdir(parents=True, exist_ok=True)
    # JupyterLab asks on first start whether to fetch news: answered "no" in the user's settings, so no
    # notification covers the notebook and nothing tries the network.
    settings = Path(env["JUPYTERLAB_SETTINGS_DIR"], "@jupyterlab", "apputils-extension")
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    return env


def clean_env(extra: dict = None) -> dict:
    """This process's environment without the real service's token and URL, plus extra."""
    env = {k: v for k, v in os.environ.items() if k not in ("CIVITAI_API_TOKEN", "CIVITAI_BASE_URL")}
    env.update(extra or {})
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterServer:
    """A JupyterLab 4 (app "lab") or Notebook 7 (app "notebook") server on a free loopback port with a random
    token, serving root. url(path) gives an address a browser can open; stop() ends it and its kernels."""

    def __init__(self, app: str, root: Path, env: dict, log: Path):
        if app not in ("lab", "notebook"):
            raise ValueError(f"app must be 'lab' or 'notebook', not {app!r}")
        self.app = app
        self.root = root
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.log = log
        module = "jupyterlab" if app == "lab" else "notebook"
        cmd = [sys.executable, "-m", module, "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
               "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
               "--LabApp.extension_manager=readonly"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")  # CI containers run as root; the server refuses that unless told
        self._log_file = open(log, "w")
        self.process = subprocess.Popen(cmd, stdout=self._log_file, stderr=subprocess.STDOUT, env=clean_env(env), cwd=root)
        self._wait_ready(90)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "") -> str:
        """The address of a notebook (or folder) under root as this front end opens it, token included; in
        JupyterLab the page shows that document alone."""
        if self.app == "lab":
            # reset: a fresh layout holding just this document, not the tabs an earlier test left open
            return f"{self.base}/lab/tree/{path}?reset&token={self.token}"
        page = f"/notebooks/{path}" if path.endswith(".ipynb") else f"/tree/{path}"
        return f"{self.base}{page}?token={self.token}"

    def api(self, path: str) -> object:
        """GET /api/<path> as JSON (kernels, sessions, contents)."""
        req = urllib.request.Request(f"{self.base}/api/{path}", headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)

    def wait_for_connected_idle_kernels(self, seconds: float = 180, pages: int = 1):
        """Until every kernel the server runs has answered kernel_info (idle) and has that many pages connected to it,
        as a person waits for the front end to say the kernel is ready before the first keystroke."""
        deadline = time.monotonic() + seconds
        kernels = []
        while time.monotonic() < deadline:
            try:
                kernels = self.api("kernels")
            except OSError:  # the server answers 500 while a kernel it lists is still starting
                kernels = []
            if kernels and all(k["execution_state"] == "idle" and k.get("connections", 0) >= pages for k in kernels):
                return
            time.sleep(0.25)
        raise AssertionError(f"no connected idle kernel after {seconds} s: {kernels}")

    def shutdown_kernels(self):
        """Ends every kernel the server runs (each opened notebook starts one; a suite frees them as it goes)."""
        for kernel in self.api("kernels"):
            req = urllib.request.Request(f"{self.base}/api/kernels/{kernel['id']}", method="DELETE",
                                         headers={"Authorization": f"token {self.token}"})
            urllib.request.urlopen(req, timeout=30).close()

    def _wait_ready(self, seconds: float):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"jupyter {self.app} exited with {self.process.returncode}:\n{self.log_text()}")
            try:
                self.api("status")
                return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise AssertionError(f"jupyter {self.app} did not answer within {seconds} s:\n{self.log_text()}")

    def log_text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")[-6000:]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()  # the server shuts its kernels down on SIGTERM
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._log_file.close()


def launch_chromium(playwright):
    """Debian's Chromium through Playwright (Playwright's own browser download is never used)."""
    if not os.access(CHROMIUM, os.X_OK):
        raise AssertionError(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def temp_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def drag_slider(page, widget_slider, fraction):
    """Drags a slider's handle with the mouse to a fraction of its track, as a person does (Notebook 7 gives the
    arrow keys of a focused handle to the notebook), and answers its readout once it settles."""
    track = widget_slider.locator(".noUi-target").bounding_box()
    handle = widget_slider.locator(".noUi-handle").bounding_box()
    page.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    page.mouse.down()
    page.mouse.move(track["x"] + track["width"] * fraction, handle["y"] + handle["height"] / 2, steps=8)
    page.mouse.up()
    return widget_slider.locator(".widget-readout").inner_text().strip()
