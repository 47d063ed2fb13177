#!/usr/bin/python3
"""Execute a small notebook on civkit's kernel through Jupyter's own client (nbclient).

Needs Debian's Jupyter stack (no PyPI):
  apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client
Run with /usr/bin/python3 (a pyenv python3 earlier on PATH lacks these modules):
  /usr/bin/python3 src/test/resources/kernel/run_nbclient.py --classpath target/civkit.jar
  /usr/bin/python3 src/test/resources/kernel/run_nbclient.py --classpath "target/classes:$(cat cp.txt)"
Exits 0 and prints OK when every check passes.
"""
import argparse
import base64
import json
import os
import shutil
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient


def kernelspec(root, classpath):
    d = os.path.join(root, "kernels", "civkit")
    os.makedirs(d)
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java")
    if not os.path.exists(java):
        java = shutil.which("java")
    with open(os.path.join(d, "kernel.json"), "w") as f:
        json.dump({"argv": [java, "-Djava.awt.headless=true", "-cp", classpath,
                            "dev.civkit.kernel.KernelMain", "{connection_file}"],
                   "display_name": "Java (civkit)", "language": "java",
                   "interrupt_mode": "message"}, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classpath", required=True)
    args = ap.parse_args()
    root = tempfile.mkdtemp(prefix="civkit-nb-")
    kernelspec(root, os.path.abspath(args.classpath) if os.pathsep not in args.classpath else args.classpath)
    os.environ["JUPYTER_PATH"] = root

    cells = [
        "int answer = 6 * 7;",
        "answer",
        'System.out.println("streamed " + answer);',
        "var img = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg",
        'String id = display("first");\nupdateDisplay(id, "second");',
        "%%time\nanswer + 1",
    ]
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    start = time.time()
    NotebookClient(nb, kernel_name="civkit", timeout=60).execute()
    took = time.time() - start

    outs = [c.outputs for c in nb.cells]
    def result(i):
        return [o for o in outs[i] if o.output_type == "execute_result"][0].data

    assert result(1)["text/plain"] == "42", outs[1]
    assert any(o.output_type == "stream" and "streamed 42" in o.text for o in outs[2]), outs[2]
    png = base64.b64decode(result(3)["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    shown = [o for o in outs[4] if o.output_type == "display_data"]
    # nbclient applies update_display_data to the displayed output in place.
    assert shown and "second" in shown[0].data["text/plain"], outs[4]
    assert result(5)["text/plain"] == "43" and any("Wall time" in o.get("text", "") for o in outs[5]), outs[5]
    print("OK: %d cells executed on civkit kernel in %.1f s" % (len(cells), took))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
