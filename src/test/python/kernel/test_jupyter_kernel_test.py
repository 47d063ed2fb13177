"""Jupyter's own kernel conformance suite (github.com/jupyter/jupyter_kernel_test) with Java samples for every
optional test, when it is importable: it is not on the on-disk pip index CI installs from, so point
JUPYTER_KERNEL_TEST_SRC at a checkout of it (the folder holding the jupyter_kernel_test package) to run it.
test_protocol.py checks the same points without it, on every run."""

import os
import sys

import pytest

if os.environ.get("JUPYTER_KERNEL_TEST_SRC"):
    sys.path.insert(0, os.environ["JUPYTER_KERNEL_TEST_SRC"])
jkt = pytest.importorskip("jupyter_kernel_test", reason="set JUPYTER_KERNEL_TEST_SRC to a jupyter_kernel_test checkout")


@pytest.mark.usefixtures("jupyter_env")
class CivkitKernelTests(jkt.KernelTests):
    kernel_name = "civkit"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'

    completion_samples = [
        {"text": "var sb = new StringBuilder();\nsb.appendCodeP", "matches": {"appendCodePoint("}},
        {"text": "Math.flo", "matches": {"floor(", "floorDiv(", "floorMod("}},
        {"text": "workflow().imageG", "matches": {"imageGen("}},
    ]

    complete_code_samples = ["1", 'System.out.println("hello, world");', "int f(int x) {\n  return x * 2;\n}\n"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", 'String s = "a" +', "int f(int x) {\n  x * 2"]
    invalid_code_samples = ["int x = );", "}"]

    code_page_something = "Math.abs?"

    code_generate_error = 'throw new IllegalStateException("on purpose");'

    code_execute_result = [
        {"code": "1 + 2 + 3", "result": "6"},
        {"code": "java.util.stream.IntStream.rangeClosed(1, 3).map(n -> n * n).boxed().toList()", "result": "[1, 4, 9]"},
    ]

    code_display_data = [
        {"code": 'display("<b>test</b>", "text/html");', "mime": "text/html"},
        {"code": 'display("\\\\frac{1}{2}", "text/latex");', "mime": "text/latex"},
    ]

    code_history_pattern = "1 + 2*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.abs"

    code_clear_output = "clearOutput();"
