"""The whole benchmark (docs/benchmark.md) in one run, on 127.0.0.1, with auth on (deploy/bench/run).

Every figure is measured on a running local stack started by deploy/bench/run from empty data, and
printed beside its ceiling or goal measured in the same run:

  1. start: each service started alone (a second instance beside the stack, with the stack's JVM,
     options and AOT cache or AppCDS archive, read from its command line): time from the JVM's
     start to the first answered authenticated request, and RSS then
  2. throughput: POST and GET of a contact (wrk) against pgbench writing the create's three rows in
     one transaction (a) into plain tables on a separate PostgreSQL, the ceiling issue 20 names, and
     (b) into copies of the register's tables with all their indexes on the register's own server;
     and nginx (2 workers) serving the same JSON; all at the same concurrency
  3. rights: access copy with 1,000 orders, erasure confirmed by both services, commit-to-rights lag
     at 500 changes/s (deploy/bench/rights.py)
  4. scale: list page and the name, email and organisation searches at 10k contacts (4a, measured
     first, before the other parts add contacts) and at 1M; a marketing list export at 100k and at
     1M (time, rows, peak heap and RSS)
  5. JVM options: a register instance started with each option set, its start, RSS and throughput
  6. RSS of each service of the stack after all of the above

Environment: CONNECTIONS (32), THREADS (2), DURATION (15 s), WARMUP (10 s), SCALE_MAX (1000000),
JVM_OPTIONS (';'-separated option sets to compare, {stack} = the stack's JVM and options, the others
on the java of JAVA_HOME or PATH; empty to skip part 5), SKIP (comma-separated part
names: start, throughput, rights, scale, jvm).
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG_PORT = os.environ.get("REKISTERI_PG_PORT", "15432")
# the local PostgreSQL asks every role for its password; the superuser's is "postgres" (a demo value)
os.environ.setdefault("PGPASSWORD", "postgres")
KAFKA = "127.0.0.1:%s" % os.environ.get("REKISTERI_KAFKA_PORT", "19092")
ISSUER = "http://127.0.0.1:%s/realms/rekisteri" % os.environ.get("REKISTERI_KEYCLOAK_PORT", "8180")
REGISTER = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_REGISTER_PORT", "8081")
RIGHTS = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_RIGHTS_PORT", "8082")
REGISTER_MGMT = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_REGISTER_MANAGEMENT_PORT", "9081")
RIGHTS_MGMT = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_RIGHTS_MANAGEMENT_PORT", "9082")
CONNECTIONS = int(os.environ.get("CONNECTIONS", "32"))
THREADS = int(os.environ.get("THREADS", "2"))
DURATION = int(os.environ.get("DURATION", "15").rstrip("s"))
WARMUP = int(os.environ.get("WARMUP", "10").rstrip("s"))
SCALE_MAX = int(os.environ.get("SCALE_MAX", "1000000"))
# the services' options on JDK 17 (ServiceJvm.DEFAULT_JAVA_OPTIONS) and the AppCDS archive the
# build leaves beside the jar ({cds} in an option set); only when the stack's own command line
# cannot be read ({stack}: the java, options and AOT cache or archive of the stack's instance)
DEFAULT_JVM = (os.environ.get("REKISTERI_SERVICE_JAVA_OPTS")
               or "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1") + " {cds}"
JVM_OPTIONS = [o.strip() for o in os.environ.get(
    "JVM_OPTIONS",
    "{stack}"
    + ";-Xms32m -Xmx256m -XX:+UseSerialGC {cds}"
    + ";-Xms32m -Xmx256m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 {cds}"
    + ";-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
    + ";-Xmx256m -XX:+UseSerialGC").split(";") if o.strip()]
SKIP = {s.strip() for s in os.environ.get("SKIP", "").split(",") if s.strip()}

WORK = tempfile.mkdtemp(prefix="rekisteri-bench-")
RESULTS = []  # (part, what, figure, ceiling or goal, ratio or verdict)
STARTED = []  # processes this benchmark started, stopped at the end


def label(options):
    if options == "{stack}":
        java, stack_options = stack_command("register")
        return "the stack's: %s %s" % (java_version(java), label(stack_options))
    options = re.sub(r"-XX:AOTCache=\S+", "+AOT cache", options)
    options = re.sub(r"-XX:SharedArchiveFile=\S+", "+AppCDS", options)
    return options.replace("{cds}", "+AppCDS").replace("-XX:TieredStopAtLevel=1", "C1-only").strip()


def stack_command(name):
    """The java and options (with its AOT cache or AppCDS archive) of the stack's instance of the
    service, read from its command line: the JVM the local stack chose (ServiceJvm). Falls back to
    the java of JAVA_HOME or PATH with DEFAULT_JVM when no stack's instance is found."""
    url = REGISTER if name == "register" else RIGHTS
    pid = pid_on(int(url.rsplit(":", 1)[1]))
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            args = [a.decode() for a in f.read().split(b"\0") if a]
        if "-jar" in args:
            return args[0], " ".join(args[1:args.index("-jar")])
    except (OSError, TypeError):
        pass
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    return java, DEFAULT_JVM


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    m = re.search(r'version "([^"]+)"', out[0]) if out else None
    return "JDK " + (m.group(1) if m else "?")


def result(part, what, figure, against="", ratio=""):
    RESULTS.append((part, what, figure, against, ratio))
    print("  %-44s %-28s %-30s %s" % (what, figure, against, ratio), flush=True)


def heading(text):
    print("\n== %s" % text, flush=True)


# ---------------------------------------------------------------- helpers

def token(user):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "rekisteri-api",
                                   "username": user, "password": user}).encode()
    with urllib.request.urlopen(ISSUER + "/protocol/openid-connect/token", data) as r:
        return json.load(r)["access_token"]


def http(method, url, tok=None, body=None, timeout=600):
    req = urllib.request.Request(url, method=method)
    if tok:
        req.add_header("Authorization", "Bearer " + tok)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, data, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, ConnectionError, socket.timeout):
        return 0, b""


def sql(statement, database="register", port=PG_PORT):
    out = subprocess.run(["psql", "-qAt", "-F", "\x1f", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                          str(port), "-U", "postgres", "-d", database, "-c", statement],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("psql failed: %s" % out.stderr.strip())
    return out.stdout.strip()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def rss_mib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def pid_on(port):
    out = subprocess.run(["ss", "-ltnpH", "sport = :%d" % port], capture_output=True, text=True).stdout
    m = re.search(r"pid=(\d+)", out)
    return int(m.group(1)) if m else None


def heap_mib(management):
    status, body = http("GET", management + "/q/metrics")
    if status != 200:
        return 0.0
    total = 0.0
    for line in body.decode().splitlines():
        if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total / 1048576


def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url, script, connections=CONNECTIONS, seconds=DURATION, threads=THREADS, env=None):
    out = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency",
                          "-s", script, url], capture_output=True, text=True,
                         env=dict(os.environ, **(env or {}))).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    return {"rps": rps, "p50": lat.get("50", 0.0), "p99": lat.get("99", 0.0), "errors": errors}


def lua(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w") as f:
        f.write(text)
    return path


POST_LUA = """
local token = os.getenv("TOKEN")
local counter = 0
math.randomseed(os.time() + %d)
request = function()
  counter = counter + 1
  local body = string.format('{"firstName":"Bench","lastName":"Person","email":"bench-%%d-%%d@example.fi",'
    .. '"phone":"+358401234567","source":{"channel":"WEB_FORM","collectedAt":"2026-01-01T00:00:00Z"}}',
    math.random(1, 1000000000), counter)
  return wrk.format("POST", "/api/v1/contacts",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
"""
GET_LUA = 'wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")\n'


def contact_body(email, first="Luku", last="Testi"):
    return {"firstName": first, "lastName": last, "email": email,
            "source": {"channel": "EMAIL", "collectedAt": "2026-01-01T00:00:00Z"}}


# ---------------------------------------------------------------- a service started alone

def service_env(name, port, management):
    env = dict(os.environ)
    env.update({
        "QUARKUS_PROFILE": "local",  # accepts the demo secrets, which the prod profile refuses
        "QUARKUS_HTTP_HOST": "127.0.0.1", "QUARKUS_HTTP_PORT": str(port),
        "QUARKUS_MANAGEMENT_HOST": "127.0.0.1", "QUARKUS_MANAGEMENT_PORT": str(management),
        "QUARKUS_DATASOURCE_JDBC_URL": "jdbc:postgresql://127.0.0.1:%s/%s" % (PG_PORT, name),
        "QUARKUS_DATASOURCE_USERNAME": name, "QUARKUS_DATASOURCE_PASSWORD": name,
        "QUARKUS_DATASOURCE_AUDITOWNER_USERNAME": name + "_audit",
        "QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD": name + "_audit",
        "REKISTERI_ERASURE_LEDGER_KEYS": "1:local-demo-ledger-key-change-me",
        "REKISTERI_AUDIT_HEAD_KEYS": "1:local-demo-audit-head-key-change-me",
        "KAFKA_BOOTSTRAP_SERVERS": KAFKA, "QUARKUS_OIDC_AUTH_SERVER_URL": ISSUER,
        # the service's own Kafka principal (demo password = its name; the local stack's users)
        "REKISTERI_KAFKA_PASSWORD": name,
    })
    if name == "rights":
        env["QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET"] = "rights-service-secret"
        env["QUARKUS_OIDC_WEB_CREDENTIALS_SECRET"] = "rekisteri-web-demo-secret-for-local-use-only"
        env["QUARKUS_OIDC_WEB_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"] = \
            "rekisteri-session-cookie-demo-secret-for-local-use-only"
        env["REKISTERI_IDENTITY_CODE_KEY"] = "local-demo-identity-code-key-change-me"
    else:
        env["REKISTERI_SUPPRESSION_KEYS"] = "1:local-demo-suppression-key-change-me"
    return env


class Instance:
    """One more instance of a service beside the stack's, started with the given JVM options."""

    def __init__(self, name, options, java=None):
        """options: a string ({cds}: the build's AppCDS archive), or "{stack}": the JVM, options
        and AOT cache or archive of the stack's own instance (stack_command)."""
        if options == "{stack}":
            java, options = stack_command(name)
        self.name = name
        self.port = free_port()
        self.management = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.log = open(os.path.join(WORK, "%s-%d.log" % (name, self.port)), "w")
        jar = os.path.join(ROOT, name + "-service/target/quarkus-app/quarkus-run.jar")
        if java is None:
            java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
        # from the application's directory, where the AppCDS archive's class path (quarkus-run.jar)
        # holds; elsewhere the JVM ignores the archive
        app = os.path.dirname(jar)
        cds = "-XX:SharedArchiveFile=app-cds.jsa" if os.path.exists(os.path.join(app, "app-cds.jsa")) else ""
        self.started = time.perf_counter()
        self.process = subprocess.Popen([java] + options.replace("{cds}", cds).split() + ["-jar", "quarkus-run.jar"],
                                        cwd=app,
                                        env=service_env(name, self.port, self.management),
                                        stdout=self.log, stderr=subprocess.STDOUT)
        STARTED.append(self.process)

    def first_request(self, tok, path, timeout=120):
        """Seconds from the JVM's start to the first 200 of an authenticated request."""
        while time.perf_counter() - self.started < timeout:
            if self.process.poll() is not None:
                raise SystemExit("%s instance exited at start; log %s" % (self.name, self.log.name))
            status, _ = http("GET", self.url + path, tok, timeout=5)
            if status == 200:
                seconds = time.perf_counter() - self.started
                self.log.flush()
                with open(self.log.name) as f:
                    text = f.read()
                    if "Unable to use shared archive" in text or "Unable to use AOT cache" in text:
                        print("  WARNING: the JVM did not use its AppCDS archive or AOT cache (see %s)"
                              % self.log.name)
                return seconds
            time.sleep(0.02)
        raise SystemExit("%s instance did not answer within %d s" % (self.name, timeout))

    def rss(self):
        return rss_mib(self.process.pid)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


# ---------------------------------------------------------------- 1. start

def part_start(tokens):
    # the same JVM, options and AOT cache or archive as the stack's instance (ServiceJvm)
    heading("1. each service started alone (a second instance beside the stack, %s)" % label("{stack}"))
    for name, path, tok in (("register", "/api/v1/contacts?limit=1", tokens["dpo"]),
                            ("rights", "/api/v1/requests?limit=1", tokens["dpo"])):
        instance = Instance(name, "{stack}")
        try:
            seconds = instance.first_request(tok, path)
            time.sleep(1)
            result("start", "%s: first request answered" % name, "%.1f s" % seconds, "goal <= 1.5 s",
                   "ok" if seconds <= 1.5 else "over")
            rss = instance.rss()
            result("start", "%s: RSS after the first request" % name, "%.0f MiB" % rss, "goal <= 256 MiB",
                   "ok" if rss <= 256 else "over")
        finally:
            instance.stop()


# ---------------------------------------------------------------- 2. throughput

def pgbench_binary():
    found = shutil.which("pgbench")
    if found:
        return found
    versions = sorted(os.listdir("/usr/lib/postgresql"))
    return "/usr/lib/postgresql/%s/bin/pgbench" % versions[-1]


def pgbench(script, port=PG_PORT, database="register"):
    env = dict(os.environ, PGHOST="127.0.0.1", PGPORT=str(port), PGUSER="postgres")
    out = subprocess.run([pgbench_binary(), "-n", "-M", "prepared", "-c", str(CONNECTIONS), "-j", str(THREADS),
                          "-T", str(DURATION), "-f", script, "-d", database],
                         capture_output=True, text=True, env=env).stdout
    return {"tps": float(re.search(r"tps = ([\d.]+)", out).group(1)),
            "avg": float(re.search(r"latency average = ([\d.]+) ms", out).group(1))}


PGBENCH_SETUP = """
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.contact (LIKE public.contact INCLUDING ALL EXCLUDING INDEXES);
CREATE TABLE bench.outbox_event (LIKE public.outbox_event INCLUDING ALL EXCLUDING INDEXES);
CREATE TABLE bench.audit_pending (LIKE public.audit_pending INCLUDING ALL EXCLUDING INDEXES);
-- every index of the three tables, the proof's trigram indexes (V21) too: LIKE cannot copy those
-- (their expression reads the whole row), so each is made again from its definition
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT t.relname AS tab, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname IN ('contact', 'outbox_event', 'audit_pending')
  LOOP
    EXECUTE replace(r.def, ' ON public.' || r.tab || ' ', ' ON bench.' || r.tab || ' ');
  END LOOP;
END $$;
CREATE SEQUENCE bench.outbox_seq; CREATE SEQUENCE bench.audit_seq;
ALTER TABLE bench.outbox_event ALTER COLUMN id SET DEFAULT nextval('bench.outbox_seq');
ALTER TABLE bench.audit_pending ALTER COLUMN seq SET DEFAULT nextval('bench.audit_seq');
"""
# the issue's ceiling: a separate PostgreSQL with plain tables (the register's three tables' columns,
# types, NOT NULLs and defaults, each with its primary key and no other index, trigger or constraint)
PLAIN_COLUMNS = """SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
  coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
  EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey))
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE n.nspname = 'public' AND c.relname IN ('contact', 'outbox_event', 'audit_pending')
  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
ORDER BY c.relname, a.attnum"""


def plain_tables():
    """CREATE statements of plain copies of the register's three tables in a schema bench."""
    tables = {}
    for line in sql(PLAIN_COLUMNS).splitlines():
        table, column, kind, not_null, default, primary = line.split("\x1f")
        columns, keys, sequences = tables.setdefault(table, ([], [], []))
        if default.startswith("nextval("):
            sequences.append("CREATE SEQUENCE bench.%s_%s_seq;" % (table, column))
            default = "nextval('bench.%s_%s_seq')" % (table, column)
        columns.append("%s %s%s%s" % (column, kind, " NOT NULL" if not_null == "t" else "",
                                      " DEFAULT " + default if default else ""))
        if primary == "t":
            keys.append(column)
    statements = ["CREATE SCHEMA bench;"]
    for table, (columns, keys, sequences) in sorted(tables.items()):
        statements += sequences
        statements.append("CREATE TABLE bench.%s (%s%s);" % (
            table, ", ".join(columns), ", PRIMARY KEY (%s)" % ", ".join(keys) if keys else ""))
    return "\n".join(statements)


def separate_postgres():
    """A throw-away PostgreSQL server of its own (Debian's, the newest under /usr/lib/postgresql, run
    as the user postgres when this runs as root), durable like the stack's: fsync and
    synchronous_commit on, 512 MiB of shared buffers; on a free loopback port. Returns (port, stop)."""
    versions = sorted(os.listdir("/usr/lib/postgresql"), key=lambda v: [int(x) for x in v.split(".")])
    bindir = "/usr/lib/postgresql/%s/bin" % versions[-1]
    home = tempfile.mkdtemp(prefix="rekisteri-bench-pg-")
    as_owner = []
    if os.getuid() == 0:
        shutil.chown(home, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(home, "data")
    port = free_port()
    for command in ([bindir + "/initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                     "-A", "trust"],
                    [bindir + "/pg_ctl", "-D", data, "-l", os.path.join(home, "log"), "-w", "start", "-o",
                     "-p %d -c listen_addresses=127.0.0.1 -k %s -c fsync=on -c synchronous_commit=on"
                     " -c shared_buffers=512MB -c max_connections=200" % (port, home)]):
        out = subprocess.run(as_owner + command, capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit("the separate PostgreSQL did not start: %s" % (out.stderr or out.stdout).strip())

    def stop():
        subprocess.run(as_owner + [bindir + "/pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)
    return port, stop, sql("SHOW server_version", "postgres", port)


# what POST /api/v1/contacts writes in its transaction: the contact, its outbox event (about 700
# bytes of JSON) and its audit entry (staged; the chain link is written by the group commit)
PGBENCH_INSERT = """BEGIN;
INSERT INTO bench.contact (id, first_name, last_name, email, phone, source_channel,
  source_collected_at, created_at, updated_at)
  VALUES (gen_random_uuid(), 'Bench', 'Person', 'b' || random() || '@example.fi', '+358401234567',
          'WEB_FORM', now(), now(), now());
INSERT INTO bench.outbox_event (event_id, aggregate_type, aggregate_id, subject_id, event_type,
  occurred_at, payload)
  VALUES (gen_random_uuid(), 'contact', gen_random_uuid(), gen_random_uuid(), 'ContactCreated', now(),
          repeat('x', 700));
INSERT INTO bench.audit_pending (recorded_at, actor, role, subject_id, action, resource, purpose)
  VALUES (now(), 'sales', 'sales', gen_random_uuid(), 'CREATE', 'contact', 'customer-relationship');
COMMIT;
"""


def nginx_serving(body):
    www = os.path.join(WORK, "www")
    conf_dir = os.path.join(WORK, "nginx")
    os.makedirs(www, exist_ok=True)
    os.makedirs(conf_dir, exist_ok=True)
    os.chmod(WORK, 0o755)
    os.chmod(www, 0o755)
    with open(os.path.join(www, "contact.json"), "wb") as f:
        f.write(body)
    os.chmod(os.path.join(www, "contact.json"), 0o644)
    port = free_port()
    conf = os.path.join(conf_dir, "nginx.conf")
    with open(conf, "w") as f:
        f.write("""worker_processes 2;
pid %(d)s/nginx.pid;
error_log %(d)s/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path %(d)s; proxy_temp_path %(d)s; fastcgi_temp_path %(d)s;
  uwsgi_temp_path %(d)s; scgi_temp_path %(d)s;
  server { listen 127.0.0.1:%(p)d; root %(w)s; default_type application/json; }
}
""" % {"d": conf_dir, "p": port, "w": www})
    process = subprocess.Popen(["nginx", "-c", conf, "-g", "daemon off;"])
    STARTED.append(process)
    time.sleep(1)
    return process, "http://127.0.0.1:%d/contact.json" % port


def throughput(base, tokens):
    """POST and GET of a contact against base after a warm-up; returns both wrk results."""
    post = lua("post.lua", POST_LUA % os.getpid())
    get = lua("get.lua", GET_LUA)
    status, body = http("POST", base + "/api/v1/contacts", tokens["sales"],
                        contact_body("luku.%d@example.fi" % time.time_ns()))
    cid = json.loads(body)["id"]
    wrk(base, post, seconds=WARMUP, env={"TOKEN": tokens["sales"]})
    wrk(base + "/api/v1/contacts/" + cid, get, seconds=WARMUP, env={"TOKEN": tokens["dpo"]})
    p = wrk(base, post, env={"TOKEN": tokens["sales"]})
    g = wrk(base + "/api/v1/contacts/" + cid, get, env={"TOKEN": tokens["dpo"]})
    return p, g, cid


def part_throughput(tokens):
    heading("2. throughput: wrk %d threads, %d connections, %d s each after a %d s warm-up; ceilings in the"
            " same run" % (THREADS, CONNECTIONS, DURATION, WARMUP))
    p, g, cid = throughput(REGISTER, tokens)
    script = os.path.join(WORK, "insert.sql")
    with open(script, "w") as f:
        f.write(PGBENCH_INSERT)
    # the issue's ceiling (issue 20): pgbench into a separate PostgreSQL with plain tables
    port, stop, version = separate_postgres()
    try:
        sql(plain_tables(), "postgres", port)
        plain = pgbench(script, port, "postgres")
    finally:
        stop()
    print("  pgbench (a): a separate PostgreSQL %s, plain tables (columns and primary keys of the register's"
          " three tables, no other index)" % version)
    # the database the register runs on, with every index the register's tables have (the proof's too)
    sql(PGBENCH_SETUP)
    indexes = "SELECT count(*) FROM pg_indexes WHERE schemaname = '%s' AND tablename IN ('contact', 'outbox_event', 'audit_pending')"
    print("  pgbench (b): the register's own PostgreSQL %s, tables with the register's %s indexes (the register's"
          " own: %s)" % (sql("SHOW server_version"), sql(indexes % "bench"), sql(indexes % "public")))
    indexed = pgbench(script)
    sql("DROP SCHEMA bench CASCADE")
    _, body = http("GET", REGISTER + "/api/v1/contacts/" + cid, tokens["dpo"])
    nginx, url = nginx_serving(body)
    static = wrk(url, lua("plain.lua", "request = nil\n"))
    nginx.terminate()
    nginx.wait()
    sync = sql("SHOW synchronous_commit")
    print("  PostgreSQL synchronous_commit=%s (the service and pgbench alike); nginx with 2 workers" % sync)
    result("throughput", "POST /api/v1/contacts", "%.0f req/s, p99 %.0f ms" % (p["rps"], p["p99"]),
           "pgbench (a) 3 rows in 1 tx %.0f tps" % plain["tps"], "%.2f (goal >= 0.35)" % (p["rps"] / plain["tps"]))
    result("throughput", "  the same against (b)", "",
           "pgbench (b) %.0f tps" % indexed["tps"], "%.2f" % (p["rps"] / indexed["tps"]))
    result("throughput", "GET /api/v1/contacts/{id}", "%.0f req/s, p99 %.0f ms" % (g["rps"], g["p99"]),
           "nginx same JSON %.0f req/s" % static["rps"],
           "%.3f (goal >= 0.06, p99 <= 50 ms)" % (g["rps"] / static["rps"]))
    if p["errors"] or g["errors"]:
        print("  WARNING: non-2xx answers: POST %d, GET %d" % (p["errors"], g["errors"]))


# ---------------------------------------------------------------- 3. rights

def part_rights():
    heading("3. rights service across both services")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import rights  # noqa: E402  (fetches its tokens when imported)

    a = rights.access_package()
    result("rights", "access copy, 1,000 orders (median of 5)", "%.0f ms (max %.0f)" % (a["median_ms"], a["max_ms"]),
           "goal <= 1000 ms", "ok" if a["max_ms"] <= 1000 else "over")
    e = rights.erasure()
    result("rights", "erasure confirmed by both (n=%d)" % e["n"], "p95 %.0f ms (p50 %.0f)" % (e["p95_ms"], e["p50_ms"]),
           "goal p95 <= 5000 ms", "ok" if e["p95_ms"] <= 5000 else "over")
    rights.event_lag(300, seconds=15)  # warm-up of both services' JIT; not a figure
    time.sleep(20)
    lag = rights.event_lag(500)
    result("rights", "commit-to-rights lag at %.0f/s of 500/s" % lag["achieved"],
           "p99 %.0f ms (p50 %.0f)" % (lag["p99_ms"], lag["p50_ms"]), "goal p99 <= 100 ms",
           "ok" if lag["p99_ms"] <= 100 and lag["achieved"] >= 475 else "over")


# ---------------------------------------------------------------- 4. scale

def contacts():
    return int(sql("SELECT count(*) FROM contact"))


def seed(total):
    """Inserts contacts straight into the register until it holds total: 1 in 20 named Meikäläinen,
    9 in 10 with a postal address, 4 in 5 with a postal direct-marketing consent, 1 in 100 at
    the organisation Mittaus Oy (a full page of 50 at 10k already)."""
    have = contacts()
    if have >= total:
        return 0.0
    first = int(sql("SELECT count(*) FROM contact WHERE email LIKE 'mittaus.%'")) + 1
    last = first + (total - have) - 1
    t0 = time.perf_counter()
    org = sql("SELECT id FROM organisation WHERE name = 'Mittaus Oy'") or sql(
        "INSERT INTO organisation (id, name, version, created_at, updated_at)"
        " VALUES (gen_random_uuid(), 'Mittaus Oy', 0, now(), now()) RETURNING id").splitlines()[0]
    sql("""
INSERT INTO contact (id, first_name, last_name, email, organisation_id, postal_street, postal_postal_code,
    postal_city, source_channel, source_collected_at, created_at, updated_at)
SELECT gen_random_uuid(),
       (ARRAY['Aino','Eero','Helmi','Juha','Liisa','Mikko','Sanna','Timo'])[1 + g %% 8],
       CASE WHEN g %% 20 = 0 THEN 'Meikäläinen' ELSE 'Mittaus-' || lpad(g::text, 7, '0') END,
       'mittaus.' || g || '@example.fi',
       CASE WHEN g %% 100 = 7 THEN '%s'::uuid END,
       CASE WHEN g %% 10 < 9 THEN 'Mittauskatu ' || g END,
       CASE WHEN g %% 10 < 9 THEN '00100' END,
       CASE WHEN g %% 10 < 9 THEN 'Helsinki' END,
       'EMAIL', now(), now(), now()
  FROM generate_series(%d, %d) g;
INSERT INTO preference_change (id, contact_id, kind, channel, granted, source_channel,
    source_collected_at, recorded_at, recorded_by)
SELECT gen_random_uuid(), c.id, 'DIRECT_MARKETING_CONSENT', 'POST', true, 'EMAIL', now(), now(), 'bench'
  FROM contact c WHERE c.email LIKE 'mittaus.%%' AND random() < 0.8
   AND NOT EXISTS (SELECT 1 FROM preference_change p WHERE p.contact_id = c.id)
""" % (org, first, last))
    sql("VACUUM ANALYZE contact")
    sql("VACUUM ANALYZE preference_change")
    return time.perf_counter() - t0


def searches(tokens, size):
    org = sql("SELECT id FROM organisation WHERE name = 'Mittaus Oy'")
    email = "mittaus.%d@example.fi" % (size // 2)
    script = lua("search.lua", GET_LUA)
    out = {}
    for what, query in (("list page (50)", "limit=50"), ("name search ?name=Meik", "name=Meik&limit=50"),
                        ("email search", "email=" + urllib.parse.quote(email)),
                        ("organisation search", "organisationId=" + org + "&limit=50")):
        url = REGISTER + "/api/v1/contacts?" + query
        tok = token("sales")
        status, body = http("GET", url, tok)
        items = len(json.loads(body).get("items", [])) if status == 200 else -1
        wrk(url, script, connections=4, seconds=max(3, WARMUP), threads=1, env={"TOKEN": tok})
        r = wrk(url, script, connections=4, seconds=8, threads=1, env={"TOKEN": tok})
        r["items"] = items
        out[what] = r
        print("  %-26s at %9d: p50 %6.1f ms, p99 %6.1f ms, %5.0f req/s (4 connections), %d items, HTTP %d"
              % (what, size, r["p50"], r["p99"], r["rps"], items, status), flush=True)
    return out


def export(tokens, size):
    samples = []
    pid = pid_on(int(REGISTER.rsplit(":", 1)[1]))
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            samples.append((heap_mib(REGISTER_MGMT), rss_mib(pid)))
            time.sleep(0.2)

    before = (heap_mib(REGISTER_MGMT), rss_mib(pid))
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    status, body = http("POST", REGISTER + "/api/v1/exports", token("sales"),
                        {"purpose": "MAILING_LABELS", "recipient": "Mittauspaino Oy"}, timeout=1800)
    seconds = time.perf_counter() - t0
    stop.set()
    sampler.join()
    rows = body.count(b"\n") - 1
    peak_heap = max([before[0]] + [s[0] for s in samples])
    peak_rss = max([before[1]] + [s[1] for s in samples])
    result("scale", "list export MAILING_LABELS at %d" % size,
           "HTTP %d, %.1f s, %d rows" % (status, seconds, rows),
           "peak heap %.0f MiB, RSS %.0f MiB" % (peak_heap, peak_rss), "ok" if status == 200 else "failed")


SMALL = {}


def part_scale_small(tokens):
    heading("4a. scale: the register at 10k contacts (inserted with SQL), before anything else writes")
    seconds = seed(10000)
    print("  seeded to %d contacts in %.1f s" % (contacts(), seconds))
    print("  a first pass warms the JIT (its figures are not used):")
    searches(tokens, 10000)
    print("  measured:")
    SMALL.update(searches(tokens, 10000))


def part_scale(tokens):
    heading("4b. scale: the register at 100k and at %d contacts (inserted with SQL)" % SCALE_MAX)
    middle = min(100000, SCALE_MAX)
    seconds = seed(middle)
    print("  seeded to %d contacts in %.1f s" % (contacts(), seconds))
    export(tokens, middle)
    seconds = seed(SCALE_MAX)
    print("  seeded to %d contacts in %.1f s" % (contacts(), seconds))
    large = searches(tokens, SCALE_MAX)
    for what in SMALL:
        a, b = SMALL[what]["p50"], large[what]["p50"]
        goal = "goal <= 1.5x" + (", <= 50 ms" if what.startswith("name") else "")
        ok = b <= 1.5 * max(a, 1.0) and (b <= 50 or not what.startswith("name"))
        result("scale", what, "p50 %.1f ms at 10k, %.1f ms at %dk" % (a, b, SCALE_MAX // 1000), goal,
               "%.2fx %s" % (b / a if a else 0, "ok" if ok else "over"))
    export(tokens, SCALE_MAX)


# ---------------------------------------------------------------- 5. JVM options

def part_jvm(tokens):
    if not JVM_OPTIONS:
        return
    heading("5. JVM options: a register instance per option set, alone (the stack's own is idle)")
    for options in JVM_OPTIONS:
        tokens = {u: token(u) for u in ("sales", "dpo")}
        instance = Instance("register", options)
        try:
            start = instance.first_request(tokens["dpo"], "/api/v1/contacts?limit=1")
            idle = instance.rss()
            p, g, _ = throughput(instance.url, tokens)
            loaded = instance.rss()
            result("jvm", label(options), "start %.1f s, RSS %.0f/%.0f MiB" % (start, idle, loaded),
                   "POST %.0f/s p99 %.0f ms" % (p["rps"], p["p99"]), "GET %.0f/s p99 %.0f ms" % (g["rps"], g["p99"]))
        finally:
            instance.stop()


def main():
    tokens = {u: token(u) for u in ("sales", "dpo")}
    print("benchmark on %s, %d cores; work files in %s" % (socket.gethostname(), os.cpu_count(), WORK))
    try:
        if "start" not in SKIP:
            part_start(tokens)
        if "scale" not in SKIP:
            part_scale_small(tokens)
        if "throughput" not in SKIP:
            part_throughput(tokens)
        if "rights" not in SKIP:
            part_rights()
        if "scale" not in SKIP:
            tokens = {u: token(u) for u in ("sales", "dpo")}
            part_scale(tokens)
        if "jvm" not in SKIP:
            tokens = {u: token(u) for u in ("sales", "dpo")}
            part_jvm(tokens)
        heading("6. RSS of the stack's services after all of the above (%s)" % label("{stack}"))
        for name, url in (("register", REGISTER), ("rights", RIGHTS)):
            pid = pid_on(int(url.rsplit(":", 1)[1]))
            rss = rss_mib(pid)
            result("rss", "%s (the stack's instance)" % name, "%.0f MiB" % rss, "goal <= 300 MiB",
                   "ok" if rss <= 300 else "over")
    finally:
        for process in STARTED:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
        heading("summary")
        for part, what, figure, against, ratio in RESULTS:
            print("%-10s %-44s %-34s %-34s %s" % (part, what, figure, against, ratio))
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
