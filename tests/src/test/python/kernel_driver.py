#!/usr/bin/python3
"""Drives a Jupyter kernel through Debian's jupyter_client and reports what it saw as JSON.

Run with Debian's interpreter (/usr/bin/python3), which has jupyter_client; the kernelspec is found the
usual way, so point JUPYTER_PATH at the share/jupyter folder the kernel was installed into:

    JUPYTER_PATH=/tmp/p/share/jupyter /usr/bin/python3 kernel_driver.py --kernel vnetlab --out result.json

Each scenario sends real protocol messages, gathers the replies and the iopub messages that belong to them
and writes its findings into one JSON document. The driver judges nothing: the JUnit tests in
tests/src/test/java/vnetlab/e2e read the document and assert on it, so a failure reads as an AssertJ message
in Maven's output. A scenario that raises records {"crashed": "..."} and the driver carries on with the next.

--language python runs the same scenarios with Python snippets against Debian's ipykernel: a check that the
driver's plumbing (signatures, channels, interrupts) is right, independent of our kernel.
"""

import argparse
import json
import os
import queue
import sys
import time
import traceback
import uuid

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

# The cells each scenario sends, per language. Java is what the course uses; Python checks the driver itself.
SNIPPETS = {
    "java": {
        "define": "int x = 41;",
        "use": "x + 1",
        "several": "int a = 20;\nint b = 22;\na + b",
        "stdout": 'System.out.println("hello from vnetlab");',
        "stderr": 'System.err.println("careful: stderr");',
        "display": 'String id = display("shown with display()");\nid',
        "update": 'updateDisplay(id, "updated in place");',
        "compile_error": 'int y = "not a number";',
        "learner_exception": 'Integer.parseInt("forty-two")',
        "thrown_message": 'throw new IllegalArgumentException("192.168.2.5 is not in home (192.168.1.0/24)");',
        "after_error": "x",
        "loop": "while (true) {}",
        "sleep": "Thread.sleep(600_000);",
        "exit": "System.exit(0);",
        "late_output": (
            "new Thread(() -> {\n"
            "    try { Thread.sleep(400); } catch (InterruptedException e) { }\n"
            '    System.out.println("late line from a background thread");\n'
            "}).start();"
        ),
        "late_marker": "late line from a background thread",
        "hacked": 'String hacked = "the kernel ran an unsigned message";',
        "hacked_probe": "hacked",
        "one_plus_one": "1 + 1",
        "unicode_print": 'System.out.println("DNAT 192.168.1.2:2222 → 10.0.2.15:22 · grüße 😀");',
        "unicode_value": '"SNAT 10.0.2.15 → 192.168.1.2 😀"',
        "unicode_error": 'String arrow = "→ 😀"; int broken = arrow;',
        "unicode_thrown": 'throw new IllegalStateException("no route → 10.0.0.9 😀");',
        "rich_record": 'record Hop(String where, String what) {}\nnew Hop("laptop", "SNAT → 192.168.1.2")',
        "rich_svg": '"<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"10\\" height=\\"10\\"></svg>"',
        "greeting": 'String greeting = "hello";',
        "flood": 'for (int i = 0; i < 20000; i++) System.out.println("line " + i);',
        "flood_last": "line 19999",
        "ordered": 'System.out.println("before");\ndisplay("middle");\nSystem.out.println("after");',
        "empty": "",
        "comment_only": "// nothing to run here",
        "quiet": "int quiet = 7;",
        # the first cell sleeps before it fails: the kernel decides by arrival order, and a driver descheduled
        # between its sends on a loaded machine must still have the later cells arrive before the failure
        "run_all": ['Thread.sleep(700);\nint y = "bad";', "int afterError = 1;", "afterError"],
        "restart_probe": "x",
        "complete": [
            {"name": "a JDK class", "code": "Strin", "want": "String"},
            {"name": "a method of a value", "code": '"abc".toUpp', "want": "toUpperCase"},
            {"name": "a variable from an earlier cell", "code": "greet", "want": "greeting"},
            {"name": "a helper of our own", "code": "updateDisp", "want": "updateDisplay"},
            {"name": "after an emoji (cursor counts code points)", "code": '"😀 → ".toUpp',
             "want": "toUpperCase"},
        ],
        "inspect": [
            {"name": "jdk method, cursor after (", "code": "Math.max(1, 2)", "cursor": 9},
            {"name": "jdk method, cursor after the name", "code": "Math.max", "cursor": 8},
            {"name": "jdk method, cursor in the name", "code": "Math.max(1, 2)", "cursor": 6},
            {"name": "our helper, cursor after (", "code": 'display("x")', "cursor": 8},
            {"name": "our helper, cursor after the name", "code": "display", "cursor": 7},
        ],
        "is_complete": [
            {"name": "a statement", "code": "int z = 1;"},
            {"name": "an expression", "code": "1 + 1"},
            {"name": "an open block", "code": "for (int i = 0; i < 3; i++) {"},
            {"name": "an open call", "code": "Math.max(1,"},
        ],
    },
    "python": {
        "define": "x = 41",
        "use": "x + 1",
        "several": "a = 20\nb = 22\na + b",
        "stdout": 'print("hello from vnetlab")',
        "stderr": 'import sys; print("careful: stderr", file=sys.stderr)',
        "display": 'from IPython.display import display\nh = display("shown with display()", display_id=True)\nh.display_id',
        "update": 'h.update("updated in place")',
        "compile_error": "y = = 1",
        "learner_exception": 'int("forty-two")',
        "thrown_message": 'raise ValueError("192.168.2.5 is not in home (192.168.1.0/24)")',
        "after_error": "x",
        "loop": "while True: pass",
        "sleep": "import time; time.sleep(600)",
        "exit": "raise SystemExit(0)",
        "late_output": (
            "import threading, time\n"
            "def late():\n"
            "    time.sleep(0.4)\n"
            '    print("late line from a background thread")\n'
            "threading.Thread(target=late).start()"
        ),
        "late_marker": "late line from a background thread",
        "hacked": 'hacked = "the kernel ran an unsigned message"',
        "hacked_probe": "hacked",
        "one_plus_one": "1 + 1",
        "unicode_print": 'print("DNAT 192.168.1.2:2222 → 10.0.2.15:22 · grüße 😀")',
        "unicode_value": '"SNAT 10.0.2.15 → 192.168.1.2 😀"',
        "unicode_error": 'arrow = "→ 😀"; broken = arrow +',
        "unicode_thrown": 'raise RuntimeError("no route → 10.0.0.9 😀")',
        "rich_record": 'from IPython.display import HTML\nHTML("<b>SNAT → 192.168.1.2</b>")',
        "rich_svg": 'from IPython.display import SVG\nSVG(\'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\')',
        "greeting": 'greeting = "hello"',
        "flood": 'for i in range(20000): print("line", i)',
        "flood_last": "line 19999",
        "ordered": 'from IPython.display import display\nprint("before", flush=True)\ndisplay("middle")\nprint("after")',
        "empty": "",
        "comment_only": "# nothing to run here",
        "quiet": "quiet = 7",
        "run_all": ["import time; time.sleep(0.7); int('bad')", "afterError = 1", "afterError"],
        "restart_probe": "x",
        "complete": [
            {"name": "a builtin", "code": "pri", "want": "print"},
            {"name": "a method of a value", "code": '"abc".upp', "want": "upper"},
            {"name": "a variable from an earlier cell", "code": "greet", "want": "greeting"},
            {"name": "a helper of our own", "code": "displ", "want": "display"},
            {"name": "after an emoji (cursor counts code points)", "code": 'e = "😀"; e.upp', "want": "upper"},
        ],
        "inspect": [
            {"name": "jdk method, cursor after (", "code": "max(1, 2)", "cursor": 4},
            {"name": "jdk method, cursor after the name", "code": "max", "cursor": 3},
            {"name": "jdk method, cursor in the name", "code": "max(1, 2)", "cursor": 2},
            {"name": "our helper, cursor after (", "code": 'display("x")', "cursor": 8},
            {"name": "our helper, cursor after the name", "code": "display", "cursor": 7},
        ],
        "is_complete": [
            {"name": "a statement", "code": "z = 1"},
            {"name": "an expression", "code": "1 + 1"},
            {"name": "an open block", "code": "for i in range(3):"},
            {"name": "an open call", "code": "max(1,"},
        ],
    },
}


class Driver:
    """One kernel, one client, and a record of every iopub message seen."""

    def __init__(self, kernel_name, stderr_path):
        self.stderr_file = open(stderr_path, "w")
        self.km = KernelManager(kernel_name=kernel_name)
        self.launched_at = time.monotonic()
        self.km.start_kernel(stderr=self.stderr_file)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.iopub = []  # every iopub message, in arrival order, as dicts
        self.early_replies = {}  # replies that arrived while the driver waited for another, by parent msg_id
        self.requests = []  # (msg_id, reply type or None) of every request whose reply we waited for

    # ---- plumbing -------------------------------------------------------------------------------------------

    def pull_iopub(self, timeout):
        try:
            msg = self.kc.get_iopub_msg(timeout=timeout)
        except queue.Empty:
            return None
        entry = {
            "msg_type": msg["header"]["msg_type"],
            "parent": msg.get("parent_header", {}).get("msg_id"),
            "parent_type": msg.get("parent_header", {}).get("msg_type"),
            "content": msg["content"],
            "at": round(time.monotonic() - self.launched_at, 3),
        }
        self.iopub.append(entry)
        return entry

    def iopub_for(self, msg_id, timeout=30.0):
        """The iopub messages whose parent is msg_id, up to and including its idle status."""
        deadline = time.monotonic() + timeout
        seen = [m for m in self.iopub if m["parent"] == msg_id]
        while not any(m["msg_type"] == "status" and m["content"].get("execution_state") == "idle" for m in seen):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            entry = self.pull_iopub(min(left, 0.5))
            if entry is not None and entry["parent"] == msg_id:
                seen.append(entry)
        return seen

    def drain_iopub(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.pull_iopub(max(0.01, min(0.2, deadline - time.monotonic())))

    def reply_for(self, msg_id, channel="shell", timeout=30.0):
        """The reply to msg_id; replies to other requests that arrive meanwhile are kept for their own turn."""
        if msg_id in self.early_replies:
            return self.early_replies.pop(msg_id)
        get = self.kc.get_shell_msg if channel == "shell" else self.kc.get_control_msg
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                msg = get(timeout=min(left, 0.5))
            except queue.Empty:
                if not self.alive():  # a dead kernel answers nothing: do not wait out the timeout
                    return None
                continue
            parent = msg.get("parent_header", {}).get("msg_id")
            if parent == msg_id:
                return msg
            self.early_replies[parent] = msg

    def exchange(self, msg_id, channel="shell", timeout=30.0):
        """Waits for the reply to msg_id and its iopub messages; returns a JSON-able summary."""
        started = time.monotonic()
        reply = self.reply_for(msg_id, channel, timeout)
        replied = time.monotonic()
        self.requests.append((msg_id, None if reply is None else reply["header"]["msg_type"]))
        iopub = self.iopub_for(msg_id, timeout=5.0 if reply is None else timeout)
        return summarize(reply, iopub, replied - started)

    def execute(self, code, timeout=60.0):
        return self.exchange(self.kc.execute(code, allow_stdin=False), timeout=timeout)

    def wait_for_ready(self):
        self.kc.wait_for_ready(timeout=90)
        # wait_for_ready sends kernel_info again each second without an answer; their late replies are not strays
        while True:
            try:
                self.kc.get_shell_msg(timeout=0.3)
            except queue.Empty:
                break
        self.early_replies = {k: v for k, v in self.early_replies.items()
                              if v["header"]["msg_type"] != "kernel_info_reply"}

    def alive(self):
        return bool(self.km.is_alive())


def summarize(reply, iopub, seconds):
    statuses = [m["content"].get("execution_state") for m in iopub if m["msg_type"] == "status"]
    return {
        "replied": reply is not None,
        "reply_type": None if reply is None else reply["header"]["msg_type"],
        "reply": None if reply is None else reply["content"],
        "seconds": round(seconds, 3),
        "statuses": statuses,
        "iopub": [{"msg_type": m["msg_type"], "content": m["content"]} for m in iopub
                  if m["msg_type"] != "status"],
    }


# ---- scenarios ----------------------------------------------------------------------------------------------

def kernel_info(d, s):
    # wait_for_ready sends kernel_info_request until one is answered; then we send one of our own and watch iopub
    started = time.monotonic()
    d.wait_for_ready()
    first = round(time.monotonic() - d.launched_at, 3)
    result = d.exchange(d.kc.kernel_info())
    result["ready_after_launch_seconds"] = first
    result["ready_wait_seconds"] = round(time.monotonic() - started, 3)
    return result


def execute(d, s):
    return {
        "define": d.execute(s["define"]),
        "use": d.execute(s["use"]),
        "several": d.execute(s["several"]),
        "stdout": d.execute(s["stdout"]),
        "stderr": d.execute(s["stderr"]),
    }


def display(d, s):
    return {"display": d.execute(s["display"]), "update": d.execute(s["update"])}


def errors(d, s):
    return {
        "compile_error": d.execute(s["compile_error"]),
        "learner_exception": d.execute(s["learner_exception"]),
        "thrown_message": d.execute(s["thrown_message"]),
        "after_error": d.execute(s["after_error"]),
    }


def unicode(d, s):
    return {name: d.execute(s[name]) for name in ("unicode_print", "unicode_value", "unicode_error",
                                                   "unicode_thrown")}


def rich(d, s):
    return {name: d.execute(s[name]) for name in ("rich_record", "rich_svg")}


def complete(d, s):
    d.execute(s["greeting"])
    out = []
    for case in s["complete"]:
        result = d.exchange(d.kc.complete(case["code"], len(case["code"])))
        result.update(name=case["name"], code=case["code"], want=case["want"])
        out.append(result)
    return out


def inspect(d, s):
    out = []
    for case in s["inspect"]:
        result = d.exchange(d.kc.inspect(case["code"], case["cursor"], detail_level=0))
        result.update(name=case["name"], code=case["code"], cursor=case["cursor"])
        out.append(result)
    return out


def extra_cells(d, cells):
    """Cells the JUnit side passes in, each {name, code}: e.g. the north-star cells of the DSL."""
    return {cell["name"]: dict(d.execute(cell["code"], timeout=120.0), code=cell["code"]) for cell in cells}


def extra_inspect(d, cases):
    """Each {name, code, cursor?}; the cursor defaults to the end of the code."""
    out = {}
    for case in cases:
        cursor = case.get("cursor", len(case["code"]))
        result = d.exchange(d.kc.inspect(case["code"], cursor, detail_level=0))
        result.update(code=case["code"], cursor=cursor)
        out[case["name"]] = result
    return out


def extra_complete(d, cases):
    """Each {name, code}, completed at its end."""
    out = {}
    for case in cases:
        result = d.exchange(d.kc.complete(case["code"], len(case["code"])))
        result.update(code=case["code"])
        out[case["name"]] = result
    return out


def is_complete(d, s):
    out = []
    for case in s["is_complete"]:
        result = d.exchange(d.kc.is_complete(case["code"]))
        result.update(name=case["name"], code=case["code"])
        out.append(result)
    return out


def interrupt_one(d, code):
    msg_id = d.kc.execute(code)
    d.drain_iopub(1.0)  # let it run: it must still be running after a second
    early = [m for m in d.iopub if m["parent"] == msg_id and m["msg_type"] == "status"]
    still_running = d.reply_for(msg_id, timeout=0.01) is None
    interrupt = d.kc.session.msg("interrupt_request", content={})
    sent = time.monotonic()
    d.kc.control_channel.send(interrupt)
    reply = d.reply_for(msg_id, timeout=20.0)
    stopped_after = time.monotonic() - sent
    interrupt_reply = d.reply_for(interrupt["header"]["msg_id"], channel="control", timeout=5.0)
    iopub = d.iopub_for(msg_id, timeout=5.0)
    result = summarize(reply, iopub, stopped_after)
    result["running_before_interrupt"] = still_running and len(early) > 0
    result["interrupt_reply"] = None if interrupt_reply is None else interrupt_reply["content"]
    result["interrupt_reply_type"] = None if interrupt_reply is None else interrupt_reply["header"]["msg_type"]
    return result


def interrupt(d, s):
    first = interrupt_one(d, s["loop"])
    state_after_first = d.execute(s["after_error"])
    second = interrupt_one(d, s["sleep"])
    state_after_second = d.execute(s["after_error"])
    return {"loop": first, "state_after_loop": state_after_first,
            "sleep": second, "state_after_sleep": state_after_second}


def notebook_habits(d, s):
    """What Run All, empty cells, floods of output and quiet executions look like to a kernel."""
    flood = d.execute(s["flood"], timeout=120.0)
    flood_text = "".join(m["content"].get("text", "") for m in flood["iopub"]
                         if m["msg_type"] == "stream" and m["content"].get("name") == "stdout")
    flood_summary = {k: v for k, v in flood.items() if k != "iopub"}
    flood_summary.update(stream_messages=sum(1 for m in flood["iopub"] if m["msg_type"] == "stream"),
                         lines=flood_text.count("\n"), ends_with=flood_text[-40:],
                         has_last=s["flood_last"] + "\n" in flood_text)

    ordered = d.execute(s["ordered"])
    order = [m["msg_type"] + ":" + (m["content"].get("text", "").strip()
                                    if m["msg_type"] == "stream" else "")
             for m in ordered["iopub"] if m["msg_type"] in ("stream", "display_data")]

    before_quiet = d.execute(s["one_plus_one"])
    quiet_id = d.kc.execute(s["quiet"], silent=True)
    quiet = d.exchange(quiet_id)
    after_quiet = d.execute(s["one_plus_one"])

    # Run All: every cell is sent at once; after an error the queued cells must be aborted, not run.
    # The messages are all made before the first leaves, as a notebook's Run All makes them in one go.
    messages = [d.kc.session.msg("execute_request", content={
        "code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
        "stop_on_error": True}) for code in s["run_all"]]
    for message in messages:
        d.kc.shell_channel.send(message)
    ids = [message["header"]["msg_id"] for message in messages]
    run_all = [d.exchange(i, timeout=60.0) for i in ids]
    after_run_all = d.execute(s["one_plus_one"])

    comm_info = d.exchange(d.kc.comm_info())
    history = d.exchange(d.kc.history(hist_access_type="tail", n=10))
    return {
        "flood": flood_summary, "ordered": ordered, "order": order,
        "empty": d.execute(s["empty"]), "comment_only": d.execute(s["comment_only"]),
        "before_quiet": before_quiet, "quiet": quiet, "after_quiet": after_quiet,
        "run_all": run_all, "after_run_all": after_run_all,
        "comm_info": comm_info, "history": history,
    }


def restart(d, s):
    """Kernel > Restart: jupyter_client asks the kernel to shut down for a restart, then launches a new one."""
    before = d.execute(s["define"])
    old_pid = d.km.provisioner.process.pid if d.km.provisioner and d.km.provisioner.process else None
    started = time.monotonic()
    d.km.restart_kernel(now=False)
    d.wait_for_ready()
    ready = round(time.monotonic() - started, 3)
    d.drain_iopub(0.3)
    new_pid = d.km.provisioner.process.pid if d.km.provisioner and d.km.provisioner.process else None
    return {"before": before, "restarted_seconds": ready, "new_process": old_pid != new_pid,
            "next_cell": d.execute(s["one_plus_one"]), "state_after": d.execute(s["restart_probe"])}


def late_output(d, s):
    cell = d.execute(s["late_output"])
    d.drain_iopub(2.0)
    next_cell = d.execute(s["one_plus_one"])
    d.drain_iopub(0.5)
    streams = [m for m in d.iopub if m["msg_type"] == "stream"
               and s["late_marker"] in m["content"].get("text", "")]
    return {"cell": cell, "next_cell": next_cell,
            "late_streams": [{"parent_type": m["parent_type"], "content": m["content"]} for m in streams]}


def send_raw(d, frames):
    d.kc.shell_channel.socket.send_multipart(frames)


def hostile(d, s):
    """Messages a kernel must shrug off: a bad signature, no signature, too few frames, an unknown type."""
    results = {}
    content = {"code": s["hacked"], "silent": False, "store_history": True, "user_expressions": {},
               "allow_stdin": False, "stop_on_error": True}

    def probe(name, send):
        msg_id = send()
        reply = d.reply_for(msg_id, timeout=2.0) if msg_id else None
        d.drain_iopub(0.3)
        info = d.exchange(d.kc.kernel_info(), timeout=15.0)
        results[name] = {
            "answered_the_bad_message": reply is not None,
            "bad_reply": None if reply is None else {"msg_type": reply["header"]["msg_type"],
                                                      "content": reply["content"]},
            "kernel_info_after": info["replied"],
            "alive_after": d.alive(),
        }

    def bad_signature():
        wrong = Session(key=b"not-the-kernel-key", username=d.kc.session.username, session=d.kc.session.session)
        msg = wrong.msg("execute_request", content=content)
        wrong.send(d.kc.shell_channel.socket, msg)
        return msg["header"]["msg_id"]

    def no_signature():
        unsigned = Session(key=b"", username=d.kc.session.username, session=d.kc.session.session)
        msg = unsigned.msg("execute_request", content=content)
        unsigned.send(d.kc.shell_channel.socket, msg)
        return msg["header"]["msg_id"]

    def too_few_frames():
        send_raw(d, [b"<IDS|MSG>", b"0000", b"{}"])
        return None

    def not_json():
        header = b"{this is not json"
        parts = [header, b"{}", b"{}", b"{}"]
        send_raw(d, [b"<IDS|MSG>", d.kc.session.sign(parts)] + parts)
        return None

    def unknown_type():
        msg = d.kc.session.msg("vnetlab_no_such_request", content={})
        d.kc.shell_channel.send(msg)
        return msg["header"]["msg_id"]

    for name, send in [("bad_signature", bad_signature), ("no_signature", no_signature),
                       ("too_few_frames", too_few_frames), ("not_json", not_json),
                       ("unknown_type", unknown_type)]:
        try:
            probe(name, send)
        except Exception:  # noqa: BLE001 - recorded for the JUnit side
            results[name] = {"crashed": traceback.format_exc()}
    results["hacked_probe"] = d.execute(s["hacked_probe"])
    results["unknown_type_reply"] = results.get("unknown_type", {}).get("bad_reply")
    return results


def system_exit(d, s):
    before = d.execute(s["define"])
    cell = d.execute(s["exit"], timeout=60.0)
    time.sleep(0.5)
    alive = d.alive()
    after = d.execute(s["after_error"], timeout=60.0) if alive else None
    next_cell = d.execute(s["one_plus_one"], timeout=60.0) if alive else None
    return {"before": before, "cell": cell, "alive_after": alive, "state_after": after, "next_cell": next_cell}


def shutdown(d, s):
    msg_id = d.kc.shutdown()
    result = d.exchange(msg_id, channel="control", timeout=15.0)
    sent = time.monotonic()
    while d.alive() and time.monotonic() - sent < 10.0:
        time.sleep(0.05)
    result["exited"] = not d.alive()
    result["exit_seconds"] = round(time.monotonic() - sent, 3)
    return result


SCENARIOS = [
    ("kernel_info", kernel_info), ("execute", execute), ("display", display), ("errors", errors),
    ("unicode", unicode), ("rich", rich),
    ("complete", complete), ("inspect", inspect), ("is_complete", is_complete), ("interrupt", interrupt),
    ("notebook_habits", notebook_habits),
    ("late_output", late_output), ("hostile", hostile), ("system_exit", system_exit), ("restart", restart),
    ("shutdown", shutdown),
]


# ---- robustness: what learners throw at a kernel (Java only; run with --only robustness,...) ------------------

def rss_kb(d):
    try:
        pid = d.km.provisioner.process.pid
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except Exception:  # noqa: BLE001
        return None
    return None


def interrupt_after(d, code, wait=0.5, timeout=20.0, marker="blocking now"):
    """Runs code, which prints `marker` just before it blocks; interrupts it `wait` seconds after the marker arrived.
    Returns the exchange with the time the stop took."""
    # one block: the marker is printed by the very snippet that then blocks (no compile step after it)
    msg_id = d.kc.execute('{ System.out.println("' + marker + '");\n' + code + ";\n}", allow_stdin=False)
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline and not any(
            m["parent"] == msg_id and m["msg_type"] == "stream" and marker in m["content"].get("text", "")
            for m in d.iopub):
        d.pull_iopub(0.1)
    d.drain_iopub(wait)
    running = d.reply_for(msg_id, timeout=0.01) is None
    interrupt = d.kc.session.msg("interrupt_request", content={})
    sent = time.monotonic()
    d.kc.control_channel.send(interrupt)
    reply = d.reply_for(msg_id, timeout=timeout)
    stopped = time.monotonic() - sent
    d.reply_for(interrupt["header"]["msg_id"], channel="control", timeout=5.0)
    result = summarize(reply, d.iopub_for(msg_id, timeout=5.0), stopped)
    result["running_before_interrupt"] = running
    return result


def limits(d, s):
    """Endless recursion and a heap filled to its limit: one line each, the kernel and earlier objects stay."""
    out = {"define": d.execute("int kept = 41;")}
    d.execute("int down(int n) { return down(n + 1) + 1; }")
    out["stack"] = d.execute("down(0)", timeout=60.0)
    out["after_stack"] = d.execute("kept + 1")
    out["rss_before_oom_kb"] = rss_kb(d)
    out["oom"] = d.execute("{ var hog = new java.util.ArrayList<long[]>(); while (true) hog.add(new long[1 << 20]); }",
                           timeout=120.0)
    out["after_oom"] = d.execute("kept + 1")
    time.sleep(0.5)
    out["rss_after_oom_kb"] = rss_kb(d)
    out["alive"] = d.alive()
    return out


def blocking(d, s):
    """Cells blocked where Thread.interrupt does not reach: a socket accept, a socket read, a loop inside the JDK."""
    out = {"define": d.execute("int kept = 41;")}
    d.execute("var server = new java.net.ServerSocket(0);")
    out["accept"] = interrupt_after(d, "server.accept()")
    out["after_accept"] = d.execute("server.isClosed()")
    d.execute("var listener = new java.net.ServerSocket(0);\n"
              "var client = new java.net.Socket(\"127.0.0.1\", listener.getLocalPort());\n"
              "var peer = listener.accept();")
    out["read"] = interrupt_after(
        d, "new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream())).readLine()")
    out["jdk_loop"] = interrupt_after(d, "java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum()")
    out["after_jdk_loop"] = d.execute("kept + 1")
    out["sleep"] = interrupt_after(d, "Thread.sleep(600_000)")
    return out


def exits(d, s):
    """System.exit in its disguises: a method reference, a method handle, reflection, Runtime.halt by reference."""
    out = {"define": d.execute("int kept = 41;")}
    cells = {
        "method_ref": "java.util.function.IntConsumer quit = System::exit;\nquit.accept(3);",
        "method_handle": ("java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\",\n"
                          "    java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(4);"),
        "reflection": "System.class.getMethod(\"exit\", int.class).invoke(null, 5);",
        "halt_ref": "java.util.function.IntConsumer halt = Runtime.getRuntime()::halt;\nhalt.accept(6);",
    }
    for name, code in cells.items():
        out[name] = d.execute(code)
        out[name]["alive_after"] = d.alive()
    out["after"] = d.execute("kept + 1")
    return out


def threads(d, s):
    """Interrupts that must not reach the wrong threads: an idle interrupt, and a cell interrupting every thread."""
    out = {}
    d.execute("var counter = new java.util.concurrent.atomic.AtomicLong();\n"
              "var worker = new Thread(() -> { while (true) { counter.incrementAndGet(); } });\n"
              "worker.setDaemon(true);\nworker.start();")
    interrupt = d.kc.session.msg("interrupt_request", content={})
    d.kc.control_channel.send(interrupt)
    out["idle_interrupt_reply"] = (d.reply_for(interrupt["header"]["msg_id"], channel="control", timeout=5.0)
                                   or {}).get("content")
    time.sleep(0.5)
    out["worker_after_idle_interrupt"] = d.execute("worker.isAlive()")
    out["interrupt_all"] = d.execute("Thread.getAllStackTraces().keySet().forEach(Thread::interrupt);\n"
                                     "for (Thread t : Thread.getAllStackTraces().keySet()) t.interrupt();\n"
                                     "Thread.currentThread().getThreadGroup().getParent().interrupt();")
    before = len(d.iopub)
    time.sleep(1.5)
    d.drain_iopub(0.2)
    out["iopub_messages_in_the_next_seconds"] = len(d.iopub) - before
    out["heartbeat_after"] = bool(d.kc.hb_channel.is_beating())
    out["after_interrupt_all"] = d.execute("1 + 1")
    d.execute("worker.interrupt();")
    return out


def order(d, s):
    """After an error, a cell sent later runs even when the client's clock is an hour behind (header.date)."""
    out = {"failing": d.execute('int broken = "text";')}
    msg = d.kc.session.msg("execute_request", content={
        "code": "6 * 7", "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
        "stop_on_error": True})
    msg["header"]["date"] = "2001-01-01T00:00:00.000000Z"
    d.kc.shell_channel.send(msg)
    out["behind_clock"] = d.exchange(msg["header"]["msg_id"])
    return out


def malformed(d, s):
    """Requests a buggy client sends: code that is no string, cursor_pos missing, negative or past the end."""
    out = {}

    def send(msg_type, content):
        msg = d.kc.session.msg(msg_type, content=content)
        d.kc.shell_channel.send(msg)
        return d.exchange(msg["header"]["msg_id"], timeout=15.0)

    out["code_object"] = send("execute_request", {"code": {"not": "text"}, "silent": False, "store_history": True,
                                                  "user_expressions": {}, "allow_stdin": False})
    out["complete_no_cursor"] = send("complete_request", {"code": "Strin"})
    out["complete_negative"] = send("complete_request", {"code": "Strin", "cursor_pos": -5})
    out["complete_huge"] = send("complete_request", {"code": "Strin", "cursor_pos": 10 ** 9})
    out["inspect_no_cursor"] = send("inspect_request", {"code": "Math.max", "detail_level": 0})
    out["is_complete_number"] = send("is_complete_request", {"code": 42})
    out["after"] = d.execute("1 + 1")
    return out


def stdin(d, s):
    """A cell reading System.in: an input box with allow_stdin, one clear line without it."""
    out = {}
    code = "var name = new java.util.Scanner(System.in).nextLine();\nname.length()"
    msg_id = d.kc.execute(code, allow_stdin=True)
    request = None
    try:
        request = d.kc.get_stdin_msg(timeout=20.0)
        d.kc.input("vnetlab")
    except queue.Empty:
        pass
    out["input_request"] = None if request is None else request["content"]
    out["with_stdin"] = d.exchange(msg_id)
    started = time.monotonic()
    out["without_stdin"] = d.execute("new java.util.Scanner(System.in).nextLine()")
    out["without_stdin_seconds"] = round(time.monotonic() - started, 3)
    return out


def floods(d, s):
    """100k lines, a 20 MB value and a thread printing forever: bounded, and the kernel keeps answering."""
    out = {}
    lines = d.execute('for (int i = 0; i < 100_000; i++) System.out.println("line " + i);', timeout=120.0)
    text = "".join(m["content"].get("text", "") for m in lines["iopub"] if m["msg_type"] == "stream")
    out["lines"] = {"status": lines["reply"] and lines["reply"].get("status"), "count": text.count("\n"),
                    "seconds": lines["seconds"]}
    big = d.execute('"x".repeat(20_000_000)', timeout=120.0)
    shown = [m["content"]["data"].get("text/plain", "") for m in big["iopub"] if m["msg_type"] == "execute_result"]
    out["big_value"] = {"status": big["reply"] and big["reply"].get("status"),
                        "chars": len(shown[0]) if shown else None, "tail": shown[0][-120:] if shown else None}
    noisy = d.execute("var quiet = new java.util.concurrent.atomic.AtomicBoolean();\n"
                      "var noisy = new Thread(() -> { while (!quiet.get()) System.out.println(\"noise\"); });\n"
                      "noisy.setDaemon(true);\nnoisy.start();")
    out["noisy_started"] = noisy["reply"] and noisy["reply"].get("status")
    d.drain_iopub(1.0)
    probe = d.execute("1 + 1", timeout=30.0)
    out["probe_while_noisy"] = {"status": probe["reply"] and probe["reply"].get("status"),
                                "seconds": probe["seconds"],
                                "stream_chars": sum(len(m["content"].get("text", "")) for m in probe["iopub"]
                                                    if m["msg_type"] == "stream")}
    d.execute("quiet.set(true);")
    out["rss_kb"] = rss_kb(d)
    return out


def busy_info(d, s):
    """kernel_info on shell and control while a cell runs: answered at once, not after the cell."""
    msg_id = d.kc.execute("Thread.sleep(2500);")
    time.sleep(0.3)
    sent = time.monotonic()
    info_id = d.kc.kernel_info()
    shell_info = d.reply_for(info_id, timeout=10.0)
    shell_seconds = time.monotonic() - sent
    control = d.kc.session.msg("kernel_info_request", content={})
    sent = time.monotonic()
    d.kc.control_channel.send(control)
    control_info = d.reply_for(control["header"]["msg_id"], channel="control", timeout=10.0)
    control_seconds = time.monotonic() - sent
    cell = d.exchange(msg_id)
    return {"shell_seconds": round(shell_seconds, 3), "shell_replied": shell_info is not None,
            "control_seconds": round(control_seconds, 3), "control_replied": control_info is not None,
            "cell": cell}


ORPHAN = r"""
import sys, time
from jupyter_client.manager import KernelManager
km = KernelManager(kernel_name=sys.argv[1])
km.start_kernel()
kc = km.client(); kc.start_channels(); kc.wait_for_ready(timeout=60)
print(km.provisioner.process.pid, flush=True)
time.sleep(600)
"""


def orphan(d, s):
    """The process that started a kernel is SIGKILLed (a crashed Notebook server): the kernel must exit."""
    import signal
    import subprocess
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN, d.km.kernel_name], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    line = parent.stdout.readline().strip()
    if not line.isdigit():
        parent.kill()
        return {"crashed": "the parent did not report its kernel's pid: " + line}
    pid = int(line)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    killed = time.monotonic()
    while time.monotonic() - killed < 10.0:
        if not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z":
            break
        time.sleep(0.05)
    gone = not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z"
    if not gone:
        os.kill(pid, signal.SIGKILL)
    return {"exited": gone, "seconds": round(time.monotonic() - killed, 3)}


ROBUSTNESS = [("limits", limits), ("blocking", blocking), ("exits", exits), ("threads", threads),
              ("order", order), ("malformed", malformed), ("stdin", stdin), ("floods", floods),
              ("busy_info", busy_info), ("orphan", orphan)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="vnetlab", help="kernelspec name")
    parser.add_argument("--language", default="java", choices=sorted(SNIPPETS))
    parser.add_argument("--only", default="", help="comma-separated scenarios (kernel_info and shutdown always run)")
    parser.add_argument("--extra", default=None,
                        help="JSON file: {cells: [{name, code}], inspect: [{name, code, cursor}], "
                             "complete: [{name, code}]}, run just before shutdown")
    parser.add_argument("--out", required=True, help="where to write the JSON result")
    parser.add_argument("--kernel-stderr", default=None, help="where the kernel's stderr goes")
    args = parser.parse_args()

    wanted = {name for name in args.only.split(",") if name}
    s = SNIPPETS[args.language]
    extra = json.load(open(args.extra)) if args.extra else {}
    report = {"kernel": args.kernel, "language": args.language, "python": sys.version.split()[0]}
    stderr_path = args.kernel_stderr or args.out + ".kernel-stderr.txt"
    driver = None
    try:
        driver = Driver(args.kernel, stderr_path)
        robustness = [(n, f) for n, f in ROBUSTNESS if n in wanted or "robustness" in wanted]
        for name, scenario in SCENARIOS[:1] + robustness + SCENARIOS[1:]:
            if wanted and name not in wanted and name not in ("kernel_info", "shutdown") \
                    and (name, scenario) not in robustness:
                continue
            if name == "shutdown" and extra:
                try:
                    report["extra"] = run_extra(driver, extra)
                except Exception:  # noqa: BLE001 - recorded for the JUnit side
                    report["extra"] = {"crashed": traceback.format_exc()}
            if name != "kernel_info" and not driver.alive():
                report[name] = {"crashed": "the kernel process had already exited"}
                continue
            try:
                report[name] = scenario(driver, s)
            except Exception:  # noqa: BLE001 - recorded for the JUnit side
                report[name] = {"crashed": traceback.format_exc()}
        driver.drain_iopub(0.3)
        report["statuses_by_request"] = statuses_by_request(driver.requests, driver.iopub)
        report["shell_strays"] = [{"msg_type": m["header"]["msg_type"], "parent": parent}
                                  for parent, m in driver.early_replies.items()]
    except Exception:  # noqa: BLE001
        report["crashed"] = traceback.format_exc()
    finally:
        if driver is not None:
            try:
                driver.kc.stop_channels()
                if driver.km.has_kernel:
                    driver.km.shutdown_kernel(now=True)
            except Exception:  # noqa: BLE001
                pass
            driver.stderr_file.close()
        report["kernel_stderr"] = tail(stderr_path, 4000)
        with open(args.out, "w") as f:
            json.dump(report, f, indent=1, default=str)


def run_extra(driver, extra):
    return {
        "cells": extra_cells(driver, extra.get("cells", [])),
        "inspect": extra_inspect(driver, extra.get("inspect", [])),
        "complete": extra_complete(driver, extra.get("complete", [])),
    }


def statuses_by_request(requests, iopub):
    """For every request whose reply the driver waited for: the reply's type and the states published for it."""
    return [{"reply": reply_type,
             "states": [m["content"].get("execution_state") for m in iopub
                        if m["parent"] == msg_id and m["msg_type"] == "status"]}
            for msg_id, reply_type in requests]


def tail(path, limit):
    try:
        with open(path, errors="replace") as f:
            text = f.read()
        return text[-limit:]
    except OSError:
        return ""


if __name__ == "__main__":
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    main()
