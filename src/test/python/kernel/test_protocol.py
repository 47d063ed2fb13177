"""civkit's kernel over the Jupyter protocol as jupyter_client speaks it, on the points Jupyter's conformance
suite (jupyter_kernel_test) checks, each reply validated against the message spec's shapes (wire.py)."""

import re

import pytest


def test_kernel_info_is_complete(kernel):
    info = kernel.kernel_info()
    assert info["implementation"] == "civkit"
    lang = info["language_info"]
    assert lang["name"] == "java"
    assert re.match(r"^\d+", lang["version"]), lang
    assert lang["file_extension"] == ".jshell"
    assert lang["mimetype"] == "text/x-java-source"
    assert lang["pygments_lexer"] == "java" and lang["codemirror_mode"] == "java"
    assert "civkit" in info["banner"]
    links = {link["text"]: link["url"] for link in info["help_links"]}
    assert f"/javase/{lang['version'].split('.')[0].split('+')[0]}/" in links["Java API"], links  # the running JDK's


def test_comm_info_answers_with_the_open_comms(kernel):
    everything = kernel.comm_info()
    assert isinstance(everything["comms"], dict)
    widgets = kernel.comm_info("jupyter.widget")
    assert all(c["target_name"] == "jupyter.widget" for c in widgets["comms"].values()), widgets


def test_stdout_stderr_result_and_error(kernel):
    hello = kernel.execute('System.out.println("hello, world");')
    assert hello.status == "ok" and hello.stream("stdout") == "hello, world\n"
    assert kernel.execute('System.err.println("oops");').stream("stderr") == "oops\n"
    assert kernel.execute("1 + 2 + 3").text() == "6"
    failed = kernel.execute('throw new IllegalStateException("boom");')
    assert failed.status == "error"
    assert [m["msg_type"] for m in failed.outputs] == ["error"], failed.outputs
    assert failed.reply["ename"] == "IllegalStateException"


def test_display_data_and_clear_output(kernel):
    shown = kernel.execute('display("<b>bold</b>", "text/html");')
    assert shown.status == "ok"
    assert any("text/html" in d["data"] for d in shown.of_type("display_data")), shown.outputs
    cleared = kernel.execute('System.out.println("soon gone");\nclearOutput();\nSystem.out.println("kept");')
    kinds = [m["msg_type"] for m in cleared.outputs]
    assert "clear_output" in kinds, kinds
    assert cleared.of_type("clear_output")[0]["wait"] is False
    after = cleared.outputs[kinds.index("clear_output") + 1:]
    assert "".join(m["content"]["text"] for m in after if m["msg_type"] == "stream") == "kept\n"


def test_the_session_line_shows_once_in_the_first_cell_that_uses_civkit(fresh_kernel):
    failed = fresh_kernel.execute("int broken = ;")
    assert [m["msg_type"] for m in failed.outputs] == ["error"], "an error cell shows its error alone"
    plain = fresh_kernel.execute("1 + 1")
    assert [m["msg_type"] for m in plain.outputs] == ["execute_result"], plain.outputs
    first = fresh_kernel.execute("var w = workflow();")
    assert first.status == "ok"
    assert first.stream("stdout").count("sandbox orchestrator at") == 1, first.stream("stdout")
    again = fresh_kernel.execute("var w2 = workflow();")
    assert "sandbox orchestrator" not in again.stream("stdout")


def test_history_tail_range_search_unique_and_output(kernel):
    codes = ["int h1 = 6 * 7;", "h1 + 1", "h1 + 1"]
    for code in codes:
        kernel.execute(code)
    tail = kernel.history(hist_access_type="tail", n=3)
    assert [h[2] for h in tail] == codes
    session, first_line = tail[0][0], tail[0][1]
    assert [h[1] for h in tail] == [first_line, first_line + 1, first_line + 2], "lines are the cells' execution counts"

    with_output = kernel.history(hist_access_type="tail", n=3, output=True)
    assert [h[2] for h in with_output] == [["int h1 = 6 * 7;", None], ["h1 + 1", "43"], ["h1 + 1", "43"]]

    one = kernel.history(hist_access_type="range", session=session, start=first_line, stop=first_line + 1)
    assert one == [[session, first_line, codes[0]]]

    found = kernel.history(hist_access_type="search", pattern="h1 + *")
    assert len(found) >= 2 and all(h[2] == "h1 + 1" for h in found)
    assert [h[2] for h in kernel.history(hist_access_type="search", pattern="h1 + *", unique=True)] == ["h1 + 1"]
    assert len(kernel.history(hist_access_type="search", pattern="*h1*", n=2)) == 2
    assert kernel.history(hist_access_type="search", pattern="(no such cell)*") == []


def test_history_leaves_out_cells_run_without_store_history(kernel):
    kernel.execute("int unstored = 1;", store_history=False)
    assert all("unstored" not in h[2] for h in kernel.history(hist_access_type="tail", n=50))


def matches(kernel, code, cursor=None):
    reply = kernel.complete(code, cursor)
    return reply, reply["matches"]


@pytest.mark.parametrize("code, expected", [
    ("var sb = new StringBuilder();\nsb.app", "append("),                      # the keystrokes, unrun cell
    ("StringBuilder b = new StringBuilder();\nb.rev", "reverse()"),           # an explicit type
    ("List<String> names = new ArrayList<>();\nnames.get(0).subs", "substring("),  # generics
    ("int[] squares = {1, 4, 9};\nsquares.len", "length"),                    # arrays
    ("var m = new HashMap<String, List<Integer>>();\nm.get(\"k\").get(0).intV", "intValue()"),
    ('List.of("a", "b").forEach(s -> s.isBl', "isBlank()"),                   # a lambda's parameter
    ("record Point(int x, int y) {}\nPoint p = new Point(1, 2);\np.x", "x()"),  # a record declared in the cell
    ('record Pet(int age, String name) {}\nvar pet = new Pet(1, "Rex");\npet.na', "name()"),  # var of that record
    ("class Box { int size() { return 1; } }\nvar box = new Box();\nbox.si", "size()"),     # var of a class
    ('var wf = workflow();\nwf.imageGen(i -> i.engine("flux").prompt("a cat")).sub', "submit("),  # civkit chain
    ("workflow().imageG", "imageGen("),
])
def test_completion_of_members_in_an_unrun_cell(kernel, code, expected):
    reply, found = matches(kernel, code)
    assert expected in found, f"{code!r} offers {found}"
    typed = re.search(r"[\w]*$", code).group(0)
    assert reply["cursor_start"] == len(code) - len(typed) and reply["cursor_end"] == len(code), reply
    types = reply["metadata"]["_jupyter_types_experimental"]
    assert [t["text"] for t in types] == found
    assert all(t["start"] == reply["cursor_start"] and t["end"] == reply["cursor_end"] for t in types)


def test_completion_of_earlier_names_and_magics(kernel):
    reply, found = matches(kernel, "int countOfCats = 5;\ncountOf")
    assert "countOfCats" in found
    _, magics = matches(kernel, "%cla")
    assert magics == ["classpath"]
    # The cursor in the middle of a cell: only what precedes it counts.
    code = "var sb = new StringBuilder();\nsb.app\nint after = 1;"
    cursor = code.index("sb.app") + len("sb.app")
    reply, found = matches(kernel, code, cursor)
    assert "append(" in found and reply["cursor_end"] == cursor


@pytest.mark.parametrize("code, expected", [
    ("Math.abs", "abs(int"),                          # Shift-TAB right after a name at the end of the code
    ("int a = Math.abs", "abs(int"),
    ("Math.abs(-3", "abs(int"),                        # inside its call
    ("workflow().imageGen", "imageGen("),             # a civkit chain
    ("var sb = new StringBuilder();\nsb.append", "append("),  # a variable of the unrun cell
    ("String", "java.lang.String"),
])
def test_inspection_at_the_end_of_the_code(kernel, code, expected):
    reply = kernel.inspect(code)
    assert reply["found"], f"{code!r}: {reply}"
    assert expected in reply["data"]["text/plain"], reply["data"]["text/plain"]
    assert "<b>" in reply["data"]["text/html"]


def test_inspection_on_a_name_and_of_civkit_javadoc(kernel):
    code = "Math.max(1, 2)"
    for cursor in (5, 6, 8):
        assert kernel.inspect(code, cursor)["found"], cursor
    doc = kernel.inspect("workflow")["data"]["text/plain"]
    assert "Starts writing a new workflow" in doc, doc


def test_inspection_of_a_variable_shows_its_type_and_value(kernel):
    kernel.execute('var greeting = new StringBuilder("hello");\nvar quoted = "a\\tb";\n'
                   'var twoLines = List.of("one\\ntwo");\nvar longText = "x".repeat(500);')
    reply = kernel.inspect("greeting")
    assert reply["found"]
    assert reply["data"]["text/plain"] == "greeting: StringBuilder = hello"
    assert "<b>greeting</b>" in reply["data"]["text/html"]
    assert kernel.inspect("quoted")["data"]["text/plain"] == 'quoted: String = "a\\tb"', "a String as JShell shows it"
    # Shift-TAB (detail 0) shows the first line of a value, at most 200 characters; detail 1 all of it.
    assert kernel.inspect("twoLines")["data"]["text/plain"] == "twoLines: List<String> = [one …"
    assert kernel.inspect("twoLines", detail_level=1)["data"]["text/plain"] == "twoLines: List<String> = [one\ntwo]"
    assert kernel.inspect("longText")["data"]["text/plain"] == 'longText: String = "' + "x" * 199 + " …"
    assert kernel.inspect("longText", detail_level=1)["data"]["text/plain"] == 'longText: String = "' + "x" * 500 + '"'


def test_nothing_found_is_found_false(kernel):
    reply = kernel.inspect("noSuchNameAnywhere")
    assert reply["found"] is False and reply["data"] == {}


def test_pager(kernel):
    paged = kernel.execute("Math.abs?")
    assert paged.status == "ok"
    payload = paged.reply["payload"]
    assert len(payload) == 1 and payload[0]["source"] == "page"
    assert "abs(int" in payload[0]["data"]["text/plain"]
    assert kernel.is_complete("Math.abs?")["status"] == "complete"
    missing = kernel.execute("noSuchName?")
    assert missing.reply["payload"] == [] and "No documentation found for noSuchName" in missing.stream("stdout")


@pytest.mark.parametrize("code, status", [
    ("1", "complete"), ('System.out.println("x");', "complete"), ("int f(int x) { return x * 2; }", "complete"),
    ("%classpath /tmp\nint q = 1;", "complete"),
    ("for (int i = 0; i < 3; i++) {", "incomplete"), ('String t = "a" +', "incomplete"), ("int f(int x) {", "incomplete"),
    ("int x = );", "invalid"), ("}", "invalid"),
])
def test_is_complete(kernel, code, status):
    assert kernel.is_complete(code)["status"] == status
