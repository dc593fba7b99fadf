"""Benchmark of the rights service across both services, on a running local stack (127.0.0.1).

  A. automated access package for a subject with 1,000 orders (goal <= 1 s)
  B. automated erasure confirmed by both services (goal p95 <= 5 s)
  C. register commit -> rights service applied the event, at a target 500 changes/s
     (goal p99 <= 100 ms), read from the rights service's register_event_apply_lag timer
"""
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import date

KC = "http://127.0.0.1:%s/realms/rekisteri" % os.environ.get("REKISTERI_KEYCLOAK_PORT", "8180")
REGISTER = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_REGISTER_PORT", "8081")
RIGHTS = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_RIGHTS_PORT", "8082")
RIGHTS_MANAGEMENT = "http://127.0.0.1:%s" % os.environ.get("REKISTERI_RIGHTS_MANAGEMENT_PORT", "9082")
PG_PORT = os.environ.get("REKISTERI_PG_PORT", "15432")
# the local PostgreSQL asks every role for its password; the superuser's is "postgres" (a demo value)
os.environ.setdefault("PGPASSWORD", "postgres")
TODAY = date.today().isoformat()


def token(user):
    data = urllib.parse.urlencode(
        {"grant_type": "password", "client_id": "rekisteri-api", "username": user, "password": user}
    ).encode()
    with urllib.request.urlopen(KC + "/protocol/openid-connect/token", data) as r:
        return json.load(r)["access_token"]


TOKENS = {u: token(u) for u in ("sales", "dpo")}


def call(method, url, user, body=None, raw=False):
    req = urllib.request.Request(url, method=method)
    req.add_header("Authorization", "Bearer " + TOKENS[user])
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, data, timeout=30) as r:
            payload = r.read()
            return r.status, (payload if raw else (json.loads(payload) if payload else None))
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def contact(email):
    status, body = call("POST", REGISTER + "/api/v1/contacts", "sales", {
        "firstName": "Bench", "lastName": "Subject", "email": email,
        "source": {"channel": "EMAIL", "collectedAt": "2026-01-01T00:00:00Z"}})
    assert status == 201, (status, body)
    return body["id"]


def request(kind, email):
    status, body = call("POST", RIGHTS + "/api/v1/requests", "dpo", {
        "type": kind, "channel": "EMAIL", "receivedOn": TODAY, "language": "fi",
        "subject": {"email": email}, "details": "benchmark"})
    assert status == 201, (status, body)
    rid = body["id"]
    status, body = call("POST", RIGHTS + "/api/v1/requests/%s/identity" % rid, "dpo",
                        {"method": "REGISTER_MATCH", "note": "benchmark"})
    assert status == 200, (status, body)
    return rid


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * len(values) + 0.5)) - 1)]


def access_package():
    email = "bench.access.%s@example.fi" % uuid.uuid4().hex[:8]
    cid = contact(email)
    sql = ("INSERT INTO customer_order (id, number, order_date, contact_id, summary, total, currency,"
           " source_channel, source_collected_at, version, created_at, updated_at)"
           " SELECT gen_random_uuid(), 'B-' || substr(md5(random()::text), 1, 12), current_date, '%s',"
           " 'Benchmark order ' || g, 100.00, 'EUR', 'EMAIL', now(), 0, now(), now()"
           " FROM generate_series(1, 1000) g" % cid)
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "postgres", "-d", "register",
                    "-c", sql], check=True, stdout=subprocess.DEVNULL)
    times = []
    for _ in range(6):
        rid = request("ACCESS", email)
        t0 = time.perf_counter()
        status, body = call("POST", RIGHTS + "/api/v1/requests/%s/execute" % rid, "dpo")
        assert status in (200, 202), (status, body)
        status, package = call("GET", RIGHTS + "/api/v1/requests/%s/package" % rid, "dpo", raw=True)
        assert status == 200, (status, package)
        times.append((time.perf_counter() - t0) * 1000)
        orders = package.decode().count("Benchmark order")
    times = times[1:]  # the first one warms the JIT
    print("A. access package, 1,000 orders (%d in the package): median %.0f ms, max %.0f ms (goal <= 1000 ms)"
          % (orders, statistics.median(times), max(times)))
    return {"orders": orders, "median_ms": statistics.median(times), "max_ms": max(times)}


def erasure(n=20):
    times = []
    for _ in range(n):
        email = "bench.erase.%s@example.fi" % uuid.uuid4().hex[:8]
        contact(email)
        rid = request("ERASURE", email)
        t0 = time.perf_counter()
        status, body = call("POST", RIGHTS + "/api/v1/requests/%s/execute" % rid, "dpo")
        assert status in (200, 202), (status, body)
        while True:
            status, body = call("GET", RIGHTS + "/api/v1/requests/%s" % rid, "dpo")
            if body["status"] in ("COMPLETED", "PARTIALLY_COMPLETED") and body.get("confirmedAt"):
                break
            if time.perf_counter() - t0 > 60:
                raise SystemExit("erasure %s not confirmed within 60 s" % rid)
            time.sleep(0.05)
        times.append((time.perf_counter() - t0) * 1000)
    print("B. erasure confirmed by both services, n=%d: p50 %.0f ms, p95 %.0f ms, max %.0f ms (goal p95 <= 5000 ms)"
          % (n, pct(times, 50), pct(times, 95), max(times)))
    return {"n": n, "p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "max_ms": max(times)}


def metrics():
    with urllib.request.urlopen(RIGHTS_MANAGEMENT + "/q/metrics") as r:
        text = r.read().decode()
    out = {}
    for line in text.splitlines():
        if line.startswith("register_event_apply_lag_seconds"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def event_lag(rate, seconds=20):
    before = metrics()
    body = json.dumps({"firstName": "Lag", "lastName": "Bench", "email": "lag.bench@example.fi",
                       "source": {"channel": "EMAIL", "collectedAt": "2026-01-01T00:00:00Z"}})
    workers = 10
    cmd = ["hey", "-z", "%ds" % seconds, "-c", str(workers), "-q", str(rate // workers), "-m", "POST",
           "-T", "application/json", "-H", "Authorization: Bearer " + TOKENS["sales"], "-d", body,
           REGISTER + "/api/v1/contacts"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    achieved = float([l for l in out.splitlines() if "Requests/sec" in l][0].split()[-1])
    time.sleep(2)
    after = metrics()
    count = after.get("register_event_apply_lag_seconds_count", 0) - before.get("register_event_apply_lag_seconds_count", 0)
    total = after.get("register_event_apply_lag_seconds_sum", 0) - before.get("register_event_apply_lag_seconds_sum", 0)
    q = {k.split('quantile="')[1].split('"')[0]: v for k, v in after.items() if "quantile" in k}
    print("C. event lag at %.0f changes/s achieved, %d/s offered (%d events applied): mean %.1f ms, p50 %.1f ms, p95 %.1f ms,"
          " p99 %.1f ms (goal p99 <= 100 ms)"
          % (achieved, rate, count, 1000 * total / max(count, 1), 1000 * q.get("0.5", 0), 1000 * q.get("0.95", 0),
             1000 * q.get("0.99", 0)))
    return {"achieved": achieved, "offered": rate, "events": count, "p50_ms": 1000 * q.get("0.5", 0),
            "p99_ms": 1000 * q.get("0.99", 0)}


if __name__ == "__main__":
    access_package()
    erasure()
    event_lag(300, seconds=15)  # warm-up of both services' JIT; not a figure
    time.sleep(20)
    for rate in (300, 500):
        event_lag(rate)
        time.sleep(20)  # let the timer's 20 s window forget the previous step
