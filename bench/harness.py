#!/usr/bin/env python3
"""The whole-process side-by-side benchmark: fake-linkedin, WireMock and mock-oauth2-server in one run.

Run it through bench/run.sh, which builds the jars first. Figures are medians of round-robin runs
(one of each server, then again), so that load from other processes hits every server alike; the
ratios are what carry from machine to machine. Nothing here asserts a time.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
TARGET = os.path.join(BENCH, "target")
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
FAKE_JAR = os.path.join(ROOT, "fake-linkedin", "target", "fake-linkedin-standalone.jar")
TOKEN_JSON = ('{"access_token":"AQX-stub-token","expires_in":5183999,'
              '"scope":"openid,profile,email","token_type":"Bearer"}')
FAKE_FORM = "grant_type=client_credentials&client_id=fake-client-id&client_secret=fake-client-secret"
OTHER_FORM = "grant_type=client_credentials&client_id=c&client_secret=s&scope=openid"


def classpath():
    with open(os.path.join(TARGET, "classpath.txt")) as f:
        return os.path.join(TARGET, "classes") + os.pathsep + f.read().strip()


def wiremock_jar():
    lib = os.path.join(TARGET, "lib")
    return os.path.join(lib, next(n for n in os.listdir(lib) if n.startswith("wiremock-standalone-")))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One whole-process server: its command for a port, and its token request."""

    def __init__(self, name, command, path, form, env=None, kind="peer"):
        self.name, self.command, self.path, self.form, self.env = name, command, path, form, env or {}
        self.kind = kind  # "fake", "peer" (WireMock, mock-oauth2-server) or "floor" (a bare server, no OAuth)

    def request(self, port):
        body = self.form.encode()
        return (f"POST {self.path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
                f"Connection: close\r\n\r\n").encode() + body

    def spawn(self, port, work):
        env = dict(os.environ)
        env.update({k: v.replace("{port}", str(port)) for k, v in self.env.items()})
        cmd = [c.replace("{port}", str(port)).replace("{work}", work) for c in self.command]
        return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                cwd=work, preexec_fn=os.setpgrp)


def floor_classpath(also=None):
    """bench's classes as a jar (AppCDS refuses a non-empty directory on the class path) and Jetty's jars only
    (with slf4j-nop), not the peers' jars: the floors load nothing else. `also`: a regex of more artifact names."""
    classes = os.path.join(TARGET, "classes")
    floor_jar = os.path.join(TARGET, "floors.jar")
    with zipfile.ZipFile(floor_jar, "w") as jar:
        for folder, _, files in os.walk(classes):
            for name in files:
                path = os.path.join(folder, name)
                jar.write(path, os.path.relpath(path, classes))
    with open(os.path.join(TARGET, "classpath.txt")) as f:
        names = r"jetty-[a-z]+|slf4j-(api|nop)" + ("|" + also if also else "")
        jars = [j for j in f.read().strip().split(os.pathsep) if re.search(r"/(" + names + r")-[\d.]+\.jar$", j)]
    return os.pathsep.join([floor_jar] + jars)


def servers(work, variants, floor_variants):
    fake_config = os.path.join(work, "fake-linkedin.json")
    with open(fake_config, "w") as f:
        json.dump({"apps": [{"clientId": "fake-client-id", "clientSecret": "fake-client-secret",
                             "redirectUris": ["http://localhost:3000/callback"], "clientCredentials": True}]}, f)
    mappings = os.path.join(work, "wiremock", "mappings")
    os.makedirs(mappings, exist_ok=True)
    with open(os.path.join(mappings, "token.json"), "w") as f:
        json.dump({"request": {"method": "POST", "url": "/oauth/v2/accessToken"},
                   "response": {"status": 200, "body": TOKEN_JSON,
                                "headers": {"Content-Type": "application/json"}}}, f)
    result = []
    for label, flags in variants:
        result.append(Server(label, [JAVA, *flags, "-jar", FAKE_JAR, "--port", "{port}", "--config", fake_config],
                             "/oauth/v2/accessToken", FAKE_FORM, kind="fake"))
    result.append(Server("wiremock", [JAVA, "-jar", wiremock_jar(), "--port", "{port}", "--bind-address", "127.0.0.1",
                                      "--root-dir", os.path.join(work, "wiremock"), "--disable-banner"],
                         "/oauth/v2/accessToken", OTHER_FORM))
    result.append(Server("mock-oauth2-server",
                         [JAVA, "-cp", classpath(), "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"],
                         "/default/token", OTHER_FORM, {"SERVER_HOSTNAME": "127.0.0.1", "SERVER_PORT": "{port}"}))
    for label, flags in floor_variants:
        result.append(Server(label, [JAVA, *flags, "-cp", floor_classpath(), "dev.linkedinoauth.bench.JettyFloor", "{port}"],
                             "/oauth/v2/accessToken", OTHER_FORM, kind="floor"))
    result.append(Server("floor: JDK HttpServer alone", [JAVA, "-cp", os.path.join(TARGET, "classes"),
                                                         "dev.linkedinoauth.bench.JdkHttpFloor", "{port}"],
                         "/oauth/v2/accessToken", OTHER_FORM, kind="floor"))
    return result


def archive_flags(work, name="fake-linkedin", training=None):
    """The options the container image uses: an AppCDS archive from the jar's training run, C1 only, SerialGC."""
    jsa = os.path.join(work, name + ".jsa")
    training = training or ["-cp", FAKE_JAR, "dev.linkedinoauth.fake.ArchiveTraining"]
    subprocess.run([JAVA, "-XX:ArchiveClassesAtExit=" + jsa, "-XX:TieredStopAtLevel=1", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", *training],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return ["-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m", "-Xmn16m"]


def launcher_flags(work, name, classpath, main):
    """The CLI launcher's options: a static AppCDS archive from the class list of one training run, C1 only."""
    classes, jsa = os.path.join(work, name + ".classes"), os.path.join(work, name + ".jsa")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    subprocess.run([JAVA, "-XX:TieredStopAtLevel=1", "-XX:DumpLoadedClassList=" + classes, "-cp", classpath, main], **quiet)
    subprocess.run([JAVA, "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + jsa,
                    "-Xlog:cds=off", "-cp", classpath], **quiet)
    return ["-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off"]


def status_field(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0  # kB -> MiB
    return float("nan")


def ask(port, request, timeout=5.0):
    """Sends one request on a new connection; returns the status code, or None if nobody listens yet."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.sendall(request)
            data = b""
            while b"\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    return -1
                data += chunk
            return int(data.split(b" ", 2)[1])
    except (ConnectionRefusedError, ConnectionResetError, socket.timeout):
        return None


# Servers get a process group of their own (stop() signals the whole group), not a session of their own: with
# the kernel's scheduler autogroups (sched_autogroup_enabled), a new session is a new CPU group, which gets half
# of the 2 cores however many threads it runs, and wrk the other half. The fake under wrk measured ~18k req/s so,
# ~30k in the same session as wrk, as when both are started from one shell.
def stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def cold_start(server, work, deadline=60.0):
    """Spawn → first 200 from the token endpoint, in ms, and peak RSS (VmHWM) at that moment."""
    port = free_port()
    request = server.request(port)
    start = time.monotonic()
    proc = server.spawn(port, work)
    try:
        while time.monotonic() - start < deadline:
            status = ask(port, request)
            if status == 200:
                elapsed = (time.monotonic() - start) * 1000
                return elapsed, status_field(proc.pid, "VmHWM")
            if status is not None and status != 200:
                raise SystemExit(f"{server.name}: token endpoint answered {status}")
            if proc.poll() is not None:
                raise SystemExit(f"{server.name}: exited with {proc.returncode} before answering")
            time.sleep(0.002)
        raise SystemExit(f"{server.name}: no answer within {deadline} s")
    finally:
        stop(proc)


def start_and_wait(server, work):
    port = free_port()
    proc = server.spawn(port, work)
    request = server.request(port)
    for _ in range(30000):
        if ask(port, request) == 200:
            return proc, port
        if proc.poll() is not None:
            raise SystemExit(f"{server.name}: exited with {proc.returncode}")
        time.sleep(0.002)
    raise SystemExit(f"{server.name}: did not answer")


def wrk_script(work, server):
    path = os.path.join(work, f"wrk-{server.name}.lua")
    with open(path, "w") as f:
        # No response() callback: wrk counts non-2xx answers itself (check_wrk), so Lua need not see each one.
        f.write(f'wrk.method = "POST"\nwrk.body = "{server.form}"\n'
                'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n')
    return path


def check_wrk(out, what):
    """Fails the run on any answer that is not 2xx or 3xx (wrk's own count; every server here answers 200)."""
    if "Non-2xx or 3xx responses" in out:
        raise SystemExit(f"wrk saw failed requests on {what}:\n{out}")


def soak(port, server, script, total):
    """Sends at least `total` token requests (wrk runs of a few seconds until the count is reached)."""
    sent = 0
    while sent < total:
        left = total - sent
        seconds = 1 if left <= 20_000 else 5
        out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "-s", script, f"http://127.0.0.1:{port}{server.path}"],
                             capture_output=True, text=True, check=True).stdout
        check_wrk(out, server.path)
        sent += int(re.search(r"(\d+) requests in", out).group(1))
    return sent


def run_wrk(port, path, script, threads, conns, seconds, latency=False):
    cmd = ["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds}s", "--timeout", "5s", "-s", script]
    if latency:
        cmd.append("--latency")
    out = subprocess.run(cmd + [f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True).stdout
    check_wrk(out, path)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = None
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    if m:
        p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    return rps, p99


def start_nginx(work):
    port = free_port()
    prefix = os.path.join(work, "nginx")
    os.makedirs(os.path.join(prefix, "logs"), exist_ok=True)
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes auto; daemon off; pid {prefix}/nginx.pid; error_log {prefix}/logs/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy;
  fastcgi_temp_path {prefix}/fcgi; uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;
  server {{ listen 127.0.0.1:{port}; location / {{ default_type application/json; return 200 '{TOKEN_JSON}'; }} }} }}
""")
    proc = subprocess.Popen(["nginx", "-p", prefix, "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=os.setpgrp)
    probe = Server("nginx", [], "/oauth/v2/accessToken", OTHER_FORM)
    for _ in range(5000):
        if ask(port, probe.request(port)) == 200:
            return proc, port, probe
        time.sleep(0.002)
    raise SystemExit("nginx did not start")


def timed(cmd, runs, cwd=ROOT, env=None):
    times = []
    for _ in range(runs):
        start = time.monotonic()
        subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.monotonic() - start) * 1000)
    return times


IMAGE = os.environ.get("BENCH_IMAGE", "linkedin-oauth/fake-linkedin:0.1.0-SNAPSHOT")


def docker_ready():
    """True when a Docker daemon answers and the fake's image is built (./mvnw verify, or docs/container.md)."""
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "image", "inspect", IMAGE], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def health_check_command():
    """The image's own HEALTHCHECK command (exec form), as Docker runs it."""
    test = subprocess.run(["docker", "image", "inspect", "--format", "{{json .Config.Healthcheck.Test}}", IMAGE],
                          capture_output=True, text=True, check=True).stdout
    return json.loads(test)[1:]  # after "CMD"


def container_start(work, config, health_cmd):
    """`docker run` (host network, the config mounted) → first token 200, in ms; then the image's own health check
    and a bare `java -version` through `docker exec` in the same container, in ms each."""
    port = free_port()
    request = Server("container", [], "/oauth/v2/accessToken", FAKE_FORM).request(port)
    start = time.monotonic()
    cid = subprocess.run(["docker", "run", "-d", "--rm", "--network", "host", "-e", f"FAKE_LINKEDIN_PORT={port}",
                          "-e", "FAKE_LINKEDIN_HOST=127.0.0.1", "-e", "FAKE_LINKEDIN_CONFIG=/bench/fake-linkedin.json",
                          "-v", f"{config}:/bench/fake-linkedin.json:ro", IMAGE],
                         capture_output=True, text=True, check=True).stdout.strip()
    try:
        while ask(port, request) != 200:
            if (time.monotonic() - start) > 60:
                raise SystemExit("container: no answer within 60 s")
            time.sleep(0.002)
        first = (time.monotonic() - start) * 1000
        env = ["-e", f"FAKE_LINKEDIN_PORT={port}", "-e", "FAKE_LINKEDIN_HOST=127.0.0.1"]
        health = timed(["docker", "exec"] + env + [cid] + health_cmd, 1)[0]
        bare = timed(["docker", "exec", cid, "java", "-Xshare:auto", "-version"], 1)[0]
        return first, health, bare
    finally:
        subprocess.run(["docker", "rm", "-f", cid], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def progress(section):
    print(f"bench: {section} ...", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def ratio(a, b):
    return f"{a / b:.2f}×" if b and b == b and a == a else "–"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11, help="cold starts (and fresh JVMs) per server")
    ap.add_argument("--seconds", type=int, default=10, help="duration of each wrk measurement")
    ap.add_argument("--soak", type=int, default=1_000_000, help="token requests for the RSS soak (0: skip)")
    ap.add_argument("--only", default="cold,container,cycle,flow,wrk,cli,soak", help="comma-separated sections")
    ap.add_argument("--fake-flags", action="append", default=[],
                    help="extra fake variant: LABEL=JVM FLAGS (space separated); may repeat")
    args = ap.parse_args()
    only = set(args.only.split(","))
    work = tempfile.mkdtemp(prefix="linkedin-oauth-bench-")
    results = {"machine": {"cpus": os.cpu_count(), "load": os.getloadavg()[0]}}
    rows = []
    try:
        variants = [("fake", []), ("fake, image options: AppCDS + C1 + SerialGC small heap", archive_flags(work))] + [(v.split("=", 1)[0], v.split("=", 1)[1].split()) for v in args.fake_flags]
        floor_training = ["-cp", floor_classpath(), "dev.linkedinoauth.bench.JettyFloor", "--train"]  # writes floors.jar
        floor_variants = [("floor: Jetty 12 alone", []),
                          ("floor: Jetty 12 alone, image options", archive_flags(work, "jetty-floor", floor_training))]
        all_servers = servers(work, variants, floor_variants)
        wm = next(s for s in all_servers if s.name == "wiremock")

        if "cold" in only:
            progress("cold")
            floor = median(timed([JAVA, "-version"], args.runs))
            cold = {s.name: [] for s in all_servers}
            for _ in range(args.runs):
                for s in all_servers:
                    cold[s.name].append(cold_start(s, work))
            results["cold"] = {n: {"ms": median([t for t, _ in v]), "hwm_mib": median([r for _, r in v])}
                               for n, v in cold.items()}
            results["cold"]["java -version"] = {"ms": floor}
            w = results["cold"]["wiremock"]
            for n, v in results["cold"].items():
                if "hwm_mib" in v:
                    rows.append((f"cold start → first token 200 ({n})", f"{v['ms']:.0f} ms", ratio(v["ms"], w["ms"]) + " WireMock"))
                    rows.append((f"peak RSS at first answer ({n})", f"{v['hwm_mib']:.0f} MiB", ratio(v["hwm_mib"], w["hwm_mib"]) + " WireMock"))
            rows.append(("java -version (floor)", f"{floor:.0f} ms", ""))

        if "container" in only:
            progress("container")
            if not docker_ready():
                rows.append(("container image (skipped: no Docker daemon or no image " + IMAGE + ")", "–", ""))
            else:
                host = next(s for s in all_servers if "image options" in s.name and s.kind == "fake")
                runs = {"container": [], "health": [], "exec java -version": [], "docker run java -version": [],
                        "host": [], "java -version": []}
                health_cmd = health_check_command()
                for _ in range(args.runs):
                    first, health, bare = container_start(work, os.path.join(work, "fake-linkedin.json"), health_cmd)
                    runs["container"].append(first)
                    runs["health"].append(health)
                    runs["exec java -version"].append(bare)
                    runs["docker run java -version"] += timed(["docker", "run", "--rm", "--network", "host",
                                                               "--entrypoint", "java", IMAGE, "-version"], 1)
                    runs["host"].append(cold_start(host, work)[0])
                    runs["java -version"] += timed([JAVA, "-version"], 1)
                m = {k: median(v) for k, v in runs.items()}
                results["container"] = m
                inside, outside = m["container"] - m["docker run java -version"], m["host"] - m["java -version"]
                rows.append(("container: docker run → first token 200", f"{m['container']:.0f} ms", ""))
                rows.append(("container floor: docker run → java -version exits", f"{m['docker run java -version']:.0f} ms", ""))
                rows.append(("container, above its floor", f"{inside:.0f} ms",
                             ratio(inside, outside) + " the jar with the image's options above java -version"))
                rows.append(("the jar with the image's options, above java -version (same rounds)", f"{outside:.0f} ms", ""))
                rows.append(("container health check (docker exec)", f"{m['health']:.0f} ms",
                             ratio(m["health"], m["exec java -version"]) + " docker exec java -version"))
                rows.append(("docker exec java -version (its floor)", f"{m['exec java -version']:.0f} ms", ""))

        if "cycle" in only:
            progress("cycle")
            cp = classpath()
            cyc = {n: [] for n in ("fake", "wiremock", "mock-oauth2-server", "jetty-floor")}  # Jetty alone: the floor
            for _ in range(args.runs):
                for n in cyc:
                    out = subprocess.run([JAVA, "-cp", cp, "dev.linkedinoauth.bench.ColdCycle", n, "30"],
                                         capture_output=True, text=True, check=True).stdout
                    m = re.search(r"first_ms=([\d.]+) later_median_ms=([\d.]+)", out)
                    cyc[n].append((float(m.group(1)), float(m.group(2))))
            results["cycle"] = {n: {"first_ms": median([a for a, _ in v]), "later_ms": median([b for _, b in v])}
                                for n, v in cyc.items()}
            w = results["cycle"]["wiremock"]
            for n, v in results["cycle"].items():
                rows.append((f"in-process start + answer + close, fresh JVM ({n})", f"{v['first_ms']:.0f} ms",
                             ratio(v["first_ms"], w["first_ms"]) + " WireMock"))
                rows.append((f"in-process later cycles, median ({n})", f"{v['later_ms']:.2f} ms",
                             ratio(v["later_ms"], w["later_ms"]) + " WireMock"))

        if "flow" in only:
            progress("flow")
            out_json = os.path.join(work, "flow.json")
            it = max(1, min(5, args.seconds // 2))
            subprocess.run([JAVA, "-cp", classpath(), "org.openjdk.jmh.Main", "FlowBenchmark", "-f", "1",
                            "-wi", str(it), "-w", "2", "-i", str(it), "-r", "2", "-rf", "json", "-rff", out_json],
                           stdout=subprocess.DEVNULL, check=True)
            with open(out_json) as f:
                flow = {r["params"]["server"]: r["primaryMetric"]["scorePercentiles"]["50.0"] for r in json.load(f)}
            results["flow"] = flow
            for n, p50 in flow.items():
                rows.append((f"in-process authorize → token → userinfo p50 ({n})", f"{p50:.2f} ms",
                             ratio(p50, flow["flow-floor"]) + " flow-floor" if "flow-floor" in flow else ""))

        if "wrk" in only:
            progress("wrk")
            # Round-robin like the cold starts (nginx, then each server, then again): the machine's noise
            # hits all alike, and the medians of up to 3 rounds are reported.
            targets = ["nginx"] + [s.name for s in all_servers if "image options" not in s.name]
            rounds = {n: [] for n in targets}
            for _ in range(max(1, min(3, args.runs))):
                for name in targets:
                    if name == "nginx":
                        proc, port, s = start_nginx(work)
                    else:
                        s = next(x for x in all_servers if x.name == name)
                        proc, port = start_and_wait(s, work)
                    try:
                        script = wrk_script(work, s)
                        run_wrk(port, s.path, script, 2, 32, max(20, args.seconds))  # JIT warm-up: C2 needs 10-15 s here
                        rps, _ = run_wrk(port, s.path, script, 2, 32, args.seconds)
                        _, p99 = run_wrk(port, s.path, script, 1, 1, args.seconds, latency=True)
                    finally:
                        stop(proc)
                    rounds[name].append((rps, p99))
            results["wrk"] = {n: {"rps": median([r for r, _ in v]), "p99_ms": median([p for _, p in v])}
                              for n, v in rounds.items()}
            ceiling = results["wrk"]["nginx"]["rps"]
            for n in targets:
                v = results["wrk"][n]
                label = "nginx fixed JSON (ceiling)" if n == "nginx" else f"token endpoint ({n})"
                rows.append((f"{label}, wrk -t2 -c32", f"{v['rps']:,.0f} req/s", "" if n == "nginx" else ratio(v["rps"], ceiling) + " nginx"))
                rows.append((f"{label}, 1 connection p99", f"{v['p99_ms']:.2f} ms", ""))

        if "cli" in only:
            progress("cli")
            launcher = os.path.join(ROOT, "linkedin-oauth")
            subprocess.run([launcher, "--version"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True)  # builds the jar and its archive once, outside the timing
            # The demo's floor: its two Jetty servers and HttpClient doing its exchanges, nothing else (DemoFloor).
            demo_floor_cp = floor_classpath(also=r"httpclient5|httpcore5(-h2)?")
            demo_floor = [JAVA, *launcher_flags(work, "demo-floor", demo_floor_cp, "dev.linkedinoauth.bench.DemoFloor"),
                          "-cp", demo_floor_cp, "dev.linkedinoauth.bench.DemoFloor"]
            cmds = {"java -version": [JAVA, "-version"], "--version": [launcher, "--version"], "demo": [launcher, "demo"],
                    "demo floor": demo_floor}
            t = {n: [] for n in cmds}
            for _ in range(args.runs):
                for n, c in cmds.items():
                    t[n] += timed(c, 1)
            results["cli"] = {n: median(v) for n, v in t.items()}
            floor = results["cli"]["java -version"]
            for n in ("--version", "demo"):
                rows.append((f"CLI ./linkedin-oauth {n}", f"{results['cli'][n]:.0f} ms", ratio(results["cli"][n], floor) + " java -version"))
            rows.append(("demo floor: 2 Jetty servers + HttpClient 5, 4 exchanges, no OAuth (launcher's flags)",
                         f"{results['cli']['demo floor']:.0f} ms", ratio(results["cli"]["demo floor"], floor) + " java -version"))
            rows.append(("java -version (CLI floor)", f"{floor:.0f} ms", ""))

        if "soak" in only and args.soak:
            progress("soak")
            results["soak"] = {}
            # Plain java -jar (G1 grows the heap towards a quarter of the machine's memory before it
            # collects hard) and the image's options (SerialGC keeps the heap near what is live).
            jetty = next(s for s in all_servers if s.name == "floor: Jetty 12 alone")
            keeping = Server("floor: Jetty 12 alone keeping 20,000 × 1 KiB, first in first out, as the fake keeps tokens"
                             " and requests", [jetty.command[0], "-Dfloor.retain=20000"] + jetty.command[1:],
                             jetty.path, jetty.form, kind="floor")
            for fake in [s for s in all_servers if s.kind == "fake" or s.name.startswith("floor: Jetty")] + [keeping]:
                proc, port = start_and_wait(fake, work)
                try:
                    script = wrk_script(work, fake)
                    first = soak(port, fake, script, 10_000)
                    small = status_field(proc.pid, "VmRSS")
                    total = first + soak(port, fake, script, args.soak - first)
                    big = status_field(proc.pid, "VmRSS")
                finally:
                    stop(proc)
                results["soak"][fake.name] = {"requests_small": first, "rss_small_mib": small,
                                              "requests_big": total, "rss_big_mib": big}
                rows.append((f"RSS after {first:,} token requests ({fake.name})", f"{small:.0f} MiB", ""))
                rows.append((f"RSS after {total:,} token requests ({fake.name})", f"{big:.0f} MiB",
                             ratio(big, small) + " the first figure"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    os.makedirs(TARGET, exist_ok=True)
    with open(os.path.join(TARGET, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    print(f"\n{os.cpu_count()} cpus, load average {results['machine']['load']:.1f} at the start; "
          f"java: {subprocess.run([JAVA, '-version'], capture_output=True, text=True).stderr.splitlines()[0]}\n")
    print("| measure | figure | ratio |\n|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    print(f"\n(also in {os.path.relpath(os.path.join(TARGET, 'results.json'), ROOT)})")


if __name__ == "__main__":
    main()
