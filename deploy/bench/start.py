"""Start and memory of each service alone on the installed JDKs (see docs/benchmark.md; deploy/bench/start).

Beside a running local stack, starts a second instance of each service with each JVM variant and
prints the time from the JVM's start to the first answered authenticated request and the RSS then:
one start discarded (warm-up of the page cache), then RUNS (3) measured starts, the median of each.

Variants: JDK 17 with the stack's options when no JDK 25 is installed (C1 only + AppCDS) and with C2; JDK 25 (Temurin, at
JDK25 or /usr/lib/jvm/temurin-25*) with C1 only, with compact object headers, and with those and an
ahead-of-time cache (JEP 483/514/515) made by a training run of the same options just before
(-XX:AOTCacheOutput, the instance serving 200 requests, then stopped); C1 only with compact headers
and the cache is what the local stack runs the services with when JDK 25 is installed (ServiceJvm). The build stays on JDK 17:
the AOT cache is made at run time from the fast-jar (quarkus-run.jar) the build leaves.

Environment: RUNS (3), SERVICES (register,rights), JDK17 (the java on PATH or JAVA_HOME), JDK25;
OPTIONS (';'-separated JVM option sets): instead of the variants above, the stack's own JVM, options
and AOT cache or archive, then the same with each set added (e.g. OPTIONS='-Xmn8m;-XX:MaxHeapFreeRatio=20').
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the stack's addresses, tokens and a service instance started alone)

RUNS = int(os.environ.get("RUNS", "3"))
SERVICES = [s.strip() for s in os.environ.get("SERVICES", "register,rights").split(",") if s.strip()]
PATHS = {"register": "/api/v1/contacts?limit=1", "rights": "/api/v1/requests?limit=1"}
BASE = "-Xms32m -Xmx256m -XX:+UseSerialGC"
C1 = BASE + " -XX:TieredStopAtLevel=1"


def java_home(wanted):
    if wanted == 17:
        home = os.environ.get("JDK17") or os.environ.get("JAVA_HOME")
        if home:
            return home
        java = subprocess.run(["readlink", "-f", subprocess.run(["sh", "-c", "command -v java"],
                              capture_output=True, text=True).stdout.strip()],
                              capture_output=True, text=True).stdout.strip()
        return os.path.dirname(os.path.dirname(java))
    home = os.environ.get("JDK25") or next(iter(sorted(glob.glob("/usr/lib/jvm/temurin-25*"))), None)
    return home


def version(home):
    out = subprocess.run([os.path.join(home, "bin", "java"), "-version"], capture_output=True, text=True)
    return out.stderr.splitlines()[0] if out.stderr else "?"


def start_once(name, home, options, tok, requests=0):
    os.environ["JAVA_HOME"] = home
    instance = bench.Instance(name, options)
    try:
        seconds = instance.first_request(tok, PATHS[name])
        time.sleep(1)
        rss = instance.rss()
        for _ in range(requests):
            bench.http("GET", instance.url + PATHS[name], tok)
        with open(instance.log.name) as f:
            log = f.read()
        for warning in ("Unable to use shared archive", "Unable to use AOT cache", "[error][aot", "[warning][cds"):
            if warning in log:
                print("    WARNING: %s (see %s)" % (warning, instance.log.name))
        return seconds, rss
    finally:
        if requests and instance.process.poll() is None:
            # a training run writes its AOT cache at exit, which takes a while on 2 cores
            instance.process.send_signal(bench.signal.SIGTERM)
            try:
                instance.process.wait(300)
            except subprocess.TimeoutExpired:
                pass
        instance.stop()


def measure(name, label, home, options, tok):
    start_once(name, home, options, tok)  # discarded
    figures = [start_once(name, home, options, tok) for _ in range(RUNS)]
    seconds = statistics.median(f[0] for f in figures)
    rss = statistics.median(f[1] for f in figures)
    print("  %-8s %-58s start %5.2f s  RSS %4.0f MiB   (%s)" % (
        name, label, seconds, rss, ", ".join("%.2f s/%.0f MiB" % f for f in figures)), flush=True)
    return seconds, rss


def stack_variants(tok, extra):
    """The stack's JVM and options (ServiceJvm, read from its instance), alone and with each set added."""
    for name in SERVICES:
        java, options = bench.stack_command(name)
        home = os.path.dirname(os.path.dirname(java))
        measure(name, "the stack's options", home, options, tok)
        for more in extra:
            measure(name, "the stack's options + " + more, home, options + " " + more, tok)


def main():
    tok = bench.token("dpo")
    extra = [o.strip() for o in os.environ.get("OPTIONS", "").split(";") if o.strip()]
    if extra:
        stack_variants(tok, extra)
        return
    jdk17, jdk25 = java_home(17), java_home(25)
    print("JDK 17: %s (%s)" % (jdk17, version(jdk17)))
    if not jdk25 or not os.path.exists(os.path.join(jdk25, "bin", "java")):
        print("JDK 25 not found (set JDK25 or install Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64): "
              "only JDK 17 is measured")
        jdk25 = None
    else:
        print("JDK 25: %s (%s)" % (jdk25, version(jdk25)))
    aot_dir = tempfile.mkdtemp(prefix="rekisteri-aot-")
    for name in SERVICES:
        measure(name, "JDK 17, C1 only, AppCDS (the stack without JDK 25)", jdk17, C1 + " {cds}", tok)
        measure(name, "JDK 17, C2, AppCDS", jdk17, BASE + " {cds}", tok)
        if not jdk25:
            continue
        measure(name, "JDK 25, C1 only", jdk25, C1, tok)
        measure(name, "JDK 25, C2", jdk25, BASE, tok)
        coh = C1 + " -XX:+UseCompactObjectHeaders"
        measure(name, "JDK 25, C1 only, compact headers", jdk25, coh, tok)
        for label, options in (("C1 only", coh), ("C2", BASE + " -XX:+UseCompactObjectHeaders")):
            cache = os.path.join(aot_dir, "%s-%s.aot" % (name, label.replace(" ", "")))
            started = time.perf_counter()
            start_once(name, jdk25, options + " -XX:AOTCacheOutput=" + cache, tok, requests=200)
            if not os.path.exists(cache):
                print("  %-8s no AOT cache was written (training run log in %s)" % (name, bench.WORK))
                continue
            print("  %-8s AOT cache (%s): training %.0f s, %.0f MiB" % (
                name, label, time.perf_counter() - started, os.path.getsize(cache) / 1048576.0), flush=True)
            measure(name, "JDK 25, %s, compact headers, AOT cache%s" % (
                label, " (the stack's)" if label == "C1 only" else ""), jdk25,
                    options + " -XX:AOTCache=" + cache, tok)


if __name__ == "__main__":
    try:
        main()
    finally:
        for process in bench.STARTED:
            if process.poll() is None:
                process.kill()
