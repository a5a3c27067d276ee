#!/usr/bin/python3
"""A classroom on JupyterHub, on this machine: N students, each with a server of their own, run chapters 2 and 5.

Runs as root (it creates the students as system users and the hub spawns their servers as them):

    sudo /usr/bin/python3 tests/classroom/classroom.py --students 5 --out /tmp/classroom.json

What it does, and undoes (also on failure or Ctrl-C):
  1. installs the course for everyone into a fresh prefix with setup/install-system-wide (the script deploy/Dockerfile
     runs), so that what is tested is what the image does;
  2. creates N system users (vnc<tag>s01 ...) with homes under the run's folder, and copies notebooks/ into each home;
  3. starts JupyterHub 3 on 127.0.0.1 (free ports) with the DummyAuthenticator and the LocalProcessSpawner;
  4. all students at once: start a server (hub REST API), start a vnetlab kernel on it (server REST API), and send
     every code cell of notebooks/02-*.ipynb and notebooks/05-*.ipynb over the kernel's WebSocket, top to bottom;
  5. meanwhile samples every student's kernel RSS, the machine's used memory and the number of dot processes;
  6. writes a JSON report and prints a summary; exits 1 when any student failed.

Only Debian's python3 packages: python3-requests, python3-websocket; JupyterHub 3 from the jupyterhub package.
"""
import argparse
import datetime
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

import requests
import websocket

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHAPTERS = ("02-", "05-")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def meminfo():
    fields = {}
    with open("/proc/meminfo") as f:
        for line in f:
            name, value = line.split(":", 1)
            fields[name] = int(value.split()[0]) * 1024
    return fields


def processes():
    """(pid, uid, argv) of every process; vanished ones are left out."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
            uid = os.stat(f"/proc/{name}").st_uid
        except OSError:
            continue
        yield int(name), uid, [a.decode(errors="replace") for a in argv if a]


def rss(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class Sampler(threading.Thread):
    """Every half second: each student's kernel RSS (peak kept), used memory, dot processes (peak kept)."""

    def __init__(self, uids):
        super().__init__(daemon=True)
        self.uids = uids
        self.kernel_peak = {}
        self.server_peak = {}
        self.used_peak = 0
        self.dot_peak = 0
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            dots = 0
            for pid, uid, argv in processes():
                if uid not in self.uids or not argv:
                    continue
                if os.path.basename(argv[0]) == "dot":
                    dots += 1
                elif any(a.endswith("vnetlab-kernel.jar") for a in argv):
                    value = rss(pid) or 0
                    user = self.uids[uid]
                    self.kernel_peak[user] = max(self.kernel_peak.get(user, 0), value)
                elif any(a.endswith("jupyterhub-singleuser") for a in argv[:2]):
                    value = rss(pid) or 0
                    user = self.uids[uid]
                    self.server_peak[user] = max(self.server_peak.get(user, 0), value)
            m = meminfo()
            self.used_peak = max(self.used_peak, m["MemTotal"] - m["MemAvailable"])
            self.dot_peak = max(self.dot_peak, dots)
            self.stopped.wait(0.5)


def code_cells(path):
    with open(path) as f:
        nb = json.load(f)
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if source.strip():
            cells.append((source, "raises-exception" in cell.get("metadata", {}).get("tags", [])))
    return cells


class Student:
    def __init__(self, name, hub, chapters, timeout):
        self.name = name
        self.hub = hub
        self.chapters = chapters
        self.timeout = timeout
        self.report = {"student": name, "ok": False, "errors": []}

    def fail(self, text):
        self.report["errors"].append(text)

    def run(self, start_gate):
        start_gate.wait()
        t0 = time.monotonic()
        since = lambda: round(time.monotonic() - t0, 2)
        try:
            api = self.hub.api
            r = api.post(f"{self.hub.url}/hub/api/users/{self.name}/server", timeout=60)
            if r.status_code not in (201, 202):
                return self.fail(f"server did not start: HTTP {r.status_code} {r.text[:200]}")
            while True:
                user = api.get(f"{self.hub.url}/hub/api/users/{self.name}", timeout=30).json()
                server = user.get("servers", {}).get("")
                if server and server.get("ready"):
                    break
                if since() > self.timeout:
                    return self.fail(f"server not ready after {self.timeout} s")
                time.sleep(0.25)
            self.report["server_ready_s"] = since()
            token = api.post(f"{self.hub.url}/hub/api/users/{self.name}/tokens",
                             json={"note": "classroom test", "expires_in": 3600}, timeout=30).json()["token"]
            mine = requests.Session()
            mine.headers["Authorization"] = f"token {token}"
            base = f"{self.hub.url}/user/{self.name}"
            r = mine.post(f"{base}/api/kernels", json={"name": "vnetlab"}, timeout=60)
            if r.status_code != 201:
                return self.fail(f"kernel did not start: HTTP {r.status_code} {r.text[:200]}")
            kernel = r.json()["id"]
            ws = websocket.create_connection(
                f"ws://127.0.0.1:{self.hub.port}/user/{self.name}/api/kernels/{kernel}/channels",
                header=[f"Authorization: token {token}"], timeout=self.timeout)
            try:
                session = uuid.uuid4().hex
                self.request(ws, session, "kernel_info_request", {})
                self.report["kernel_ready_s"] = since()
                cells = 0
                for chapter in self.chapters:
                    for number, (source, raises) in enumerate(code_cells(chapter), 1):
                        reply, outputs = self.request(ws, session, "execute_request", {
                            "code": source, "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
                        cells += 1
                        where = f"{os.path.basename(chapter)} cell {number} ({source.strip().splitlines()[0][:60]})"
                        if reply["status"] == "error" and not raises:
                            self.fail(f"{where}: {reply.get('ename')}: {reply.get('evalue', '')[:300]}")
                        if reply["status"] != "error" and raises:
                            self.fail(f"{where}: is tagged raises-exception but ran without an error")
                        if "first_diagram_s" not in self.report and any(
                                "image/svg+xml" in o.get("data", {}) for o in outputs):
                            self.report["first_diagram_s"] = since()
                self.report["cells"] = cells
                self.report["end_s"] = since()
            finally:
                ws.close()
            mine.delete(f"{base}/api/kernels/{kernel}", timeout=60)
            if "first_diagram_s" not in self.report:
                self.fail("no cell showed a diagram (image/svg+xml)")
            self.report["ok"] = not self.report["errors"]
        except Exception as e:  # one student's failure is reported, the class goes on
            self.fail(f"{type(e).__name__}: {e}")

    def request(self, ws, session, msg_type, content):
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": self.name, "session": session, "msg_type": msg_type,
                       "version": "5.3", "date": datetime.datetime.now(datetime.timezone.utc).isoformat()},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}))
        reply, outputs, idle = None, [], False
        deadline = time.monotonic() + self.timeout
        while reply is None or not idle:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply to {msg_type} within {self.timeout} s")
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if msg.get("channel") == "shell" and kind.endswith("_reply"):
                reply = msg["content"]
            elif kind in ("display_data", "execute_result", "update_display_data"):
                outputs.append(msg["content"])
            elif kind == "status" and msg["content"].get("execution_state") == "idle":
                idle = True
        return reply, outputs


class Hub:
    """JupyterHub 3 on 127.0.0.1 with the dummy authenticator and local processes, in its own folder."""

    def __init__(self, folder, users, prefix, homes):
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(32)
        config = os.path.join(folder, "jupyterhub_config.py")
        with open(config, "w") as f:
            f.write(f"""
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.pid_file = {os.path.join(folder, "proxy.pid")!r}
c.JupyterHub.pid_file = {os.path.join(folder, "hub.pid")!r}
c.JupyterHub.db_url = "sqlite:///" + {os.path.join(folder, "hub.sqlite")!r}
c.JupyterHub.cookie_secret_file = {os.path.join(folder, "cookie_secret")!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {set(users)!r}
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.default_url = "/tree"
c.Spawner.notebook_dir = "~/notebooks"
c.Spawner.environment = {{"JUPYTER_PATH": {os.path.join(prefix, "share/jupyter")!r},
                         "JUPYTERHUB_SINGLEUSER_APP": "notebook.notebookapp.NotebookApp"}}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.services = [{{"name": "classroom-test", "api_token": {self.token!r}}}]
c.JupyterHub.load_roles = [{{"name": "classroom-test", "services": ["classroom-test"],
                            "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"]}}]
""")
        self.log = open(os.path.join(folder, "hub.log"), "w")
        # Debian's configurable-http-proxy loads its modules from /usr/share/nodejs, which Debian's node searches
        # but a node from elsewhere (nodesource's, on some machines) does not: name it for the proxy.
        env = dict(os.environ, NODE_PATH=":".join(p for p in ("/usr/share/nodejs", os.environ.get("NODE_PATH")) if p))
        self.process = subprocess.Popen(["/usr/bin/jupyterhub", "-f", config], cwd=folder, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True, env=env)
        self.api = requests.Session()
        self.api.headers["Authorization"] = f"token {self.token}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.api.get(f"{self.url}/hub/api/", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("JupyterHub did not start; its log: " + os.path.join(folder, "hub.log"))
            time.sleep(0.3)
        for user in users:  # the hub adds allowed_users itself (409 then); the API adds any it did not
            r = self.api.post(f"{self.url}/hub/api/users/{user}", timeout=30)
            if r.status_code not in (201, 409):
                raise RuntimeError(f"the hub refused student {user}: HTTP {r.status_code} {r.text[:200]}")

    def stop(self):
        """SIGTERM: the hub stops every student's server itself (cleanup_servers), all at once."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def run(args, folder):
    tag = secrets.token_hex(2)
    users = [f"vnc{tag}s{i:02d}" for i in range(1, args.students + 1)]
    prefix = os.path.join(folder, "prefix")
    homes = os.path.join(folder, "home")
    os.makedirs(homes)
    os.chmod(folder, 0o755)
    report = {"students": args.students, "machine": {}, "results": [], "shared_install_changed": [],
              "files_outside_homes": {}}
    created, hub, sampler = [], None, None
    try:
        started = time.monotonic()
        install = subprocess.run([os.path.join(ROOT, "setup/install-system-wide"), "--yes", "--prefix", prefix],
                                 capture_output=True, text=True)
        if install.returncode != 0:
            raise RuntimeError("setup/install-system-wide failed:\n" + install.stdout + install.stderr)
        report["install_s"] = round(time.monotonic() - started, 1)
        before = snapshot(prefix)
        for user in users:
            subprocess.run(["useradd", "--create-home", "--home-dir", os.path.join(homes, user), "--shell",
                            "/bin/bash", "--user-group", user], check=True, capture_output=True)
            created.append(user)
            shutil.copytree(os.path.join(ROOT, "notebooks"), os.path.join(homes, user, "notebooks"))
            entry = pwd.getpwnam(user)
            subprocess.run(["chown", "-R", f"{entry.pw_uid}:{entry.pw_gid}", os.path.join(homes, user)], check=True)
        uids = {pwd.getpwnam(u).pw_uid: u for u in users}
        m = meminfo()
        report["machine"] = {"cpus": os.cpu_count(), "mem_total_bytes": m["MemTotal"],
                             "mem_used_before_bytes": m["MemTotal"] - m["MemAvailable"]}
        hub = Hub(folder, users, prefix, homes)
        chapters = sorted(os.path.join(ROOT, "notebooks", n) for n in os.listdir(os.path.join(ROOT, "notebooks"))
                          if n.startswith(CHAPTERS) and n.endswith(".ipynb"))
        if len(chapters) != len(CHAPTERS):
            raise RuntimeError(f"expected one notebook per chapter {CHAPTERS}, found {chapters}")
        sampler = Sampler(uids)
        sampler.start()
        gate = threading.Barrier(len(users))
        students = [Student(u, hub, chapters, args.timeout) for u in users]
        threads = [threading.Thread(target=s.run, args=(gate,)) for s in students]
        class_start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        report["class_s"] = round(time.monotonic() - class_start, 1)
        sampler.stopped.set()
        sampler.join()
        for s in students:
            s.report["kernel_rss_peak_bytes"] = sampler.kernel_peak.get(s.name)
            s.report["server_rss_peak_bytes"] = sampler.server_peak.get(s.name)
            report["results"].append(s.report)
        report["machine"]["mem_used_peak_bytes"] = sampler.used_peak
        report["dot_processes_peak"] = sampler.dot_peak
        report["shared_install_changed"] = sorted(set(snapshot(prefix)) ^ set(before))
        for user in users:
            home = os.path.join(homes, user)
            report["files_in_home"] = report.get("files_in_home", {})
            report["files_in_home"][user] = sorted(
                os.path.relpath(os.path.join(d, n), home) for d, _, names in os.walk(home) for n in names
                if not os.path.relpath(os.path.join(d, n), home).startswith("notebooks/"))[:40]
            found = subprocess.run(["find", "/tmp", "/var/tmp", "/dev/shm", "-xdev", "-path", folder, "-prune",
                                    "-o", "-user", user, "-print"],
                                   capture_output=True, text=True).stdout.split()
            if found:
                report["files_outside_homes"][user] = found[:20]
    finally:
        if sampler:
            sampler.stopped.set()
        if hub:
            hub.stop()
        end_processes_of(created)
        for user in created:
            subprocess.run(["userdel", "--remove", user], capture_output=True)
            subprocess.run(["groupdel", user], capture_output=True)
    return report


def snapshot(prefix):
    found = {}
    for dirpath, _, files in os.walk(prefix):
        for name in files:
            path = os.path.join(dirpath, name)
            found[path] = os.stat(path).st_mtime_ns
    return [f"{p}@{t}" for p, t in found.items()]


def end_processes_of(users):
    """What is left of the servers and kernels the hub started as these (test-created) users, by pid."""
    uids = {pwd.getpwnam(user).pw_uid for user in users}
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = [pid for pid, owner, _ in processes() if owner in uids]
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        if not pids:
            return
        for _ in range(20):
            time.sleep(0.25)
            if not any(owner in uids for _, owner, _ in processes()):
                return


def summary(report):
    results = report["results"]
    ok = [r for r in results if r["ok"]]
    mib = lambda b: None if b is None else round(b / 2 ** 20)
    stat = lambda key: {"median": statistics.median([r[key] for r in ok]) if ok else None,
                        "p95": percentile([r[key] for r in ok], 95)}
    rss_values = [r["kernel_rss_peak_bytes"] for r in results if r.get("kernel_rss_peak_bytes")]
    server_values = [r["server_rss_peak_bytes"] for r in results if r.get("server_rss_peak_bytes")]
    m = report["machine"]
    summary = {
        "students": report["students"], "finished_without_error": len(ok),
        "server_ready_s": stat("server_ready_s") if ok else None,
        "first_diagram_s": stat("first_diagram_s") if ok else None,
        "end_s": stat("end_s") if ok else None,
        "kernel_rss_mib": {"median": mib(statistics.median(rss_values)) if rss_values else None,
                           "max": mib(max(rss_values)) if rss_values else None},
        "server_rss_mib": {"median": mib(statistics.median(server_values)) if server_values else None,
                           "max": mib(max(server_values)) if server_values else None},
        "machine_mem_total_mib": mib(m.get("mem_total_bytes")),
        "machine_mem_used_mib": {"before": mib(m.get("mem_used_before_bytes")),
                                 "peak": mib(m.get("mem_used_peak_bytes"))},
        "dot_processes_peak": report.get("dot_processes_peak"),
        "class_s": report.get("class_s"), "install_s": report.get("install_s"),
    }
    report["summary"] = summary
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=5)
    parser.add_argument("--timeout", type=int, default=600, help="seconds a student may wait for one step")
    parser.add_argument("--out", help="write the JSON report here")
    parser.add_argument("--keep", action="store_true", help="keep the run's folder (hub log) for a post-mortem")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("classroom: run as root (it creates system users and the hub spawns servers as them): "
                 "sudo /usr/bin/python3 tests/classroom/classroom.py")
    if args.students < 1:
        sys.exit(f"classroom: --students {args.students}: need at least 1")
    folder = tempfile.mkdtemp(prefix="vnetlab-classroom-", dir="/var/tmp")
    failed = True
    try:
        report = run(args, folder)
        s = summary(report)
        failed = s["finished_without_error"] != report["students"]
        if args.out:
            with open(args.out, "w") as f:
                json.dump(report, f, indent=1)
        print(json.dumps(s, indent=1))
        for r in report["results"]:
            for e in r["errors"]:
                print(f"✗ {r['student']}: {e}")
        if report["shared_install_changed"]:
            print("✗ the shared installation changed during the class:", *report["shared_install_changed"][:10])
            failed = True
    finally:
        if args.keep or failed:
            print(f"classroom: the run's folder (hub log: hub.log) is kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
