"""Talking to a kernel over jupyter_client, every message checked against the shape the messaging spec
(jupyter-client.readthedocs.io, "Messaging in Jupyter", protocol 5.3) gives its content."""

import jsonschema

TIMEOUT = 60

_string = {"type": "string"}
_int = {"type": "integer"}
_mime_bundle = {"type": "object", "patternProperties": {r"^[\w.+-]+/[\w.+-]+$": {}}, "additionalProperties": False}


def _obj(required: dict, optional: dict = None) -> dict:
    return {"type": "object", "properties": {**required, **(optional or {})}, "required": sorted(required)}


# Content of the messages the tests see, for status "ok" (an error reply has the error shape).
CONTENT = {
    "kernel_info_reply": _obj(
        {"status": {"const": "ok"}, "protocol_version": {"type": "string", "pattern": r"^5\.\d+$"},
         "implementation": _string, "implementation_version": _string, "banner": _string,
         "language_info": _obj({"name": _string, "version": _string, "mimetype": _string, "file_extension": {"type": "string", "pattern": r"^\."}},
                               {"pygments_lexer": _string, "codemirror_mode": {"type": ["string", "object"]}, "nbconvert_exporter": _string})},
        {"help_links": {"type": "array", "items": _obj({"text": _string, "url": _string})}, "debugger": {"type": "boolean"}}),
    "execute_reply": _obj({"status": {"const": "ok"}, "execution_count": _int},
                          {"payload": {"type": "array", "items": _obj({"source": _string})}, "user_expressions": {"type": "object"}}),
    "complete_reply": _obj({"status": {"const": "ok"}, "matches": {"type": "array", "items": _string},
                            "cursor_start": _int, "cursor_end": _int, "metadata": {"type": "object"}}),
    "inspect_reply": _obj({"status": {"const": "ok"}, "found": {"type": "boolean"}, "data": _mime_bundle, "metadata": {"type": "object"}}),
    "history_reply": _obj({"status": {"const": "ok"}, "history": {"type": "array", "items": {
        "type": "array", "minItems": 3, "maxItems": 3, "prefixItems": [_int, _int, {}]}}}),
    "is_complete_reply": _obj({"status": {"enum": ["complete", "incomplete", "invalid", "unknown"]}}, {"indent": _string}),
    "comm_info_reply": _obj({"status": {"const": "ok"}, "comms": {"type": "object", "additionalProperties": _obj({"target_name": _string})}}),
    "status": _obj({"execution_state": {"enum": ["busy", "idle", "starting"]}}),
    "execute_input": _obj({"code": _string, "execution_count": _int}),
    "stream": _obj({"name": {"enum": ["stdout", "stderr"]}, "text": _string}),
    "display_data": _obj({"data": _mime_bundle, "metadata": {"type": "object"}}, {"transient": {"type": "object"}}),
    "update_display_data": _obj({"data": _mime_bundle, "metadata": {"type": "object"}, "transient": _obj({"display_id": _string})}),
    "execute_result": _obj({"execution_count": _int, "data": _mime_bundle, "metadata": {"type": "object"}}),
    "clear_output": _obj({"wait": {"type": "boolean"}}),
    "error": _obj({"ename": _string, "evalue": _string, "traceback": {"type": "array", "items": _string}}),
}
ERROR_CONTENT = _obj({"status": {"const": "error"}, "ename": _string, "evalue": _string, "traceback": {"type": "array", "items": _string}})
HEADER = _obj({"msg_id": _string, "session": _string, "username": _string, "date": {}, "msg_type": _string, "version": _string})


def check(msg: dict, msg_type: str = None, parent: str = None) -> dict:
    """Validates a message's header and content; returns the content."""
    jsonschema.validate(msg["header"], HEADER)
    kind = msg["header"]["msg_type"]
    if msg_type:
        assert kind == msg_type, f"expected {msg_type}, got {kind}: {msg['content']}"
    if parent:
        assert msg["parent_header"].get("msg_id") == parent, f"{kind} answers another request"
    content = msg["content"]
    schema = ERROR_CONTENT if content.get("status") == "error" else CONTENT.get(kind)
    if schema:
        jsonschema.validate(content, schema, cls=jsonschema.Draft202012Validator)
    return content


class Execution:
    def __init__(self, reply: dict, outputs: list):
        self.reply = reply
        self.outputs = outputs  # iopub messages between busy and idle, execute_input left out

    @property
    def status(self) -> str:
        return self.reply["status"]

    def stream(self, name: str) -> str:
        return "".join(m["content"]["text"] for m in self.outputs if m["msg_type"] == "stream" and m["content"]["name"] == name)

    def of_type(self, kind: str) -> list:
        return [m["content"] for m in self.outputs if m["msg_type"] == kind]

    def text(self):
        results = self.of_type("execute_result")
        return results[0]["data"]["text/plain"] if results else None


class Kernel:
    def __init__(self, kc):
        self.kc = kc

    def reply(self, msg_id: str, msg_type: str) -> dict:
        while True:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id:
                return check(msg, msg_type, msg_id)

    def execute(self, code: str, **kwargs) -> Execution:
        msg_id = self.kc.execute(code, **kwargs)
        reply = self.reply(msg_id, "execute_reply")
        outputs, states = [], []
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            check(msg)
            if msg["msg_type"] == "status":
                states.append(msg["content"]["execution_state"])
                if states[-1] == "idle":
                    break
            elif msg["msg_type"] == "execute_input":
                assert msg["content"]["code"] == code
            else:
                outputs.append(msg)
        assert states == ["busy", "idle"], states
        return Execution(reply, outputs)

    def complete(self, code: str, cursor_pos: int = None) -> dict:
        return self.reply(self.kc.complete(code, len(code) if cursor_pos is None else cursor_pos), "complete_reply")

    def inspect(self, code: str, cursor_pos: int = None, detail_level: int = 0) -> dict:
        return self.reply(self.kc.inspect(code, len(code) if cursor_pos is None else cursor_pos, detail_level), "inspect_reply")

    def history(self, **kwargs) -> list:
        kwargs.setdefault("raw", True)
        kwargs.setdefault("output", False)
        return self.reply(self.kc.history(**kwargs), "history_reply")["history"]

    def is_complete(self, code: str) -> dict:
        return self.reply(self.kc.is_complete(code), "is_complete_reply")

    def kernel_info(self) -> dict:
        return self.reply(self.kc.kernel_info(), "kernel_info_reply")

    def comm_info(self, target_name: str = None) -> dict:
        return self.reply(self.kc.comm_info(target_name), "comm_info_reply")
