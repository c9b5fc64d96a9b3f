"""CPU per letter lifecycle: runs N lifecycles one after the other (the same steps as
MailboxLifecycleSimulation) and reads the CPU time the mailbox-service, gateway and MariaDB
processes used meanwhile (/proc/<pid>/stat). On a machine shared with other work, throughput
and latency say more about the neighbours than about us; CPU time per lifecycle does not, and
2 cores / (CPU per lifecycle) bounds the lifecycles per second those cores can carry.

Usage: python3 cpu_per_lifecycle.py N GATEWAY_URL KEYCLOAK_URL MAILBOX_PID GATEWAY_PID [MARIADB_PID [KAFKA_PID]]
MariaDB's (and Kafka's) figure includes whatever else used it meanwhile (it is shared): an upper bound.
With BENCH_DB set (e.g. mailbox_bench) it also prints the CPU of the MariaDB threads serving that
schema's connections (one thread per connection; information_schema.PROCESSLIST.TID), which the
neighbours do not touch: a lower bound (InnoDB's background threads are not in it). WARMUP=n runs n
lifecycles first (default 1; a freshly started JVM needs a few hundred for its JIT: run sequentially,
its C2 compiler still took a third of the service's CPU after 600). CONCURRENCY=k runs k lifecycles
at a time (default 1): closer to the simulation, where consumers and the outbox see several events
per poll or send; sequential runs pay each per-poll and per-send cost once per event.
"""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def schema_threads(db):
    """The OS thread ids of the MariaDB connections using schema db (needs the mariadb client, ZT_DB_* set)."""
    out = subprocess.run(["mariadb", "--no-defaults", "-N", "-h127.0.0.1", "-u" + os.environ.get("ZT_DB_USER", "zhengtong"),
                          "-e", f"SELECT TID FROM information_schema.PROCESSLIST WHERE DB = '{db}'"],
                         env=dict(os.environ, MYSQL_PWD=os.environ.get("ZT_DB_PASSWORD", "")),
                         capture_output=True, text=True, check=True).stdout
    return [int(t) for t in out.split()]


def thread_cpu_seconds(pid, tids):
    total = 0.0
    for tid in tids:
        try:
            total += cpu_seconds(f"{pid}/task/{tid}")
        except FileNotFoundError:
            pass  # the connection closed meanwhile
    return total


def call(method, url, body=None, token=None, headers=None, expect=200):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != expect:
            raise SystemExit(f"{method} {url}: {response.status}")
        return json.loads(response.read())


def token(keycloak, user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "zhengtong-cli", "scope": "openid",
                                   "username": user, "password": "Zhengtong@2026"}).encode()
    with urllib.request.urlopen(f"{keycloak}/realms/zhengtong/protocol/openid-connect/token", form) as r:
        return json.loads(r.read())["access_token"]


NUMBERS = "零一二三四五六七八九十"


def answer(question):
    a, op, b = NUMBERS.index(question[0]), question[1], NUMBERS.index(question[2])
    return str(a + b if op == "加" else a - b)


# Each letter its own writer, as in the simulation: one phone number on every letter made each new
# letter's duplicate search read all the earlier ones (thousands after a few runs).
RUN = int(time.time()) % 10_000 * 10_000


def lifecycle(base, tokens, n):
    captcha = call("GET", f"{base}/api/mailbox/public/captcha")
    writer = (RUN + n) % 100_000_000
    receipt = call("POST", f"{base}/api/mailbox/public/letters", {
        "captchaId": captcha["id"], "captchaAnswer": answer(captcha["question"]),
        "mailbox": "petition", "type": "COMPLAINT", "subject": f"小区排水不畅（CPU{RUN + n}）",
        "content": "凤州镇老旧小区改造后排水不畅，雨天积水严重。", "contactName": "李四",
        "contactPhone": f"139{writer:08d}", "contactEmail": f"lisi{writer}@example.com",
        "consentToPublish": False, "anonymous": False}, expect=201)
    code, password = receipt["trackingCode"], receipt["queryPassword"]
    # The first page of new letters, as the simulation reads it; the tracking code when it is not there.
    listed = call("GET", f"{base}/api/mailbox/letters?status=SUBMITTED", token=tokens["wang.fang"])["content"]
    letter = next((line for line in listed if line["trackingCode"] == code), None)
    if letter is None:
        letter = call("GET", f"{base}/api/mailbox/letters?status=SUBMITTED&q={code}", token=tokens["wang.fang"])["content"][0]
    lid, version = letter["id"], letter["version"]

    def step(user, action, body, status):
        nonlocal version
        detail = call("POST", f"{base}/api/mailbox/letters/{lid}/{action}", dict(body, version=version), token=tokens[user])
        if detail["status"] != status:
            raise SystemExit(f"{action}: {detail['status']}")
        version = detail["version"]

    step("wang.fang", "accept", {}, "ACCEPTED")
    step("wang.fang", "forward", {"leader": "liu.yang", "leaderName": "刘洋"}, "FORWARDED_TO_LEADER")
    step("liu.yang", "instruct", {"instruction": "请住建局办理", "leadUnit": "housing"}, "ASSIGNED")
    step("zhao.lei", "sign-for", {}, "IN_PROGRESS")
    step("zhao.lei", "reply", {"text": "您好，已安排疏通。"}, "REPLY_IN_REVIEW")
    step("wang.fang", "reply-approve", {"remark": "同意"}, "ANSWERED")
    page = call("GET", f"{base}/api/mailbox/public/letters/{code}", headers={"X-Query-Password": password})
    assert page["status"] == "ANSWERED", page["status"]
    rated = call("POST", f"{base}/api/mailbox/public/letters/{code}/rating", {"rating": "SATISFIED"},
                 headers={"X-Query-Password": password})
    assert rated["status"] == "CLOSED", rated["status"]


def run_all(base, tokens, numbers):
    """Runs the lifecycles; answers how many failed (a 503 of the gateway ends that letter's life, as in the simulation)."""
    concurrency = int(os.environ.get("CONCURRENCY", "1"))

    def one(i):
        try:
            lifecycle(base, tokens, i)
            return 0
        except urllib.error.HTTPError as e:
            if e.code != 503:
                raise
            return 1

    if concurrency <= 1:
        return sum(one(i) for i in numbers)
    with ThreadPoolExecutor(concurrency) as pool:
        return sum(pool.map(one, numbers))


def main(n, base, keycloak, *pids):
    tokens = {u: token(keycloak, u) for u in ("wang.fang", "liu.yang", "zhao.lei")}
    run_all(base, tokens, [-1 - i for i in range(int(os.environ.get("WARMUP", "1")))])
    names = ["mailbox-service", "gateway", "mariadb (shared)", "kafka (shared)"][: len(pids)]
    db = os.environ.get("BENCH_DB")
    tids = schema_threads(db) if db and len(pids) > 2 else []
    before = [cpu_seconds(p) for p in pids]
    threads_before = thread_cpu_seconds(pids[2], tids) if tids else 0.0
    started = time.monotonic()
    failed = run_all(base, tokens, range(1, n + 1))
    wall = time.monotonic() - started
    after = [cpu_seconds(p) for p in pids]
    threads_after = thread_cpu_seconds(pids[2], tids) if tids else 0.0
    print(f"{n} lifecycles, {os.environ.get('CONCURRENCY', '1')} at a time, in {wall:.1f} s ({wall / n * 1000:.0f} ms each, wall)"
          + (f"; {failed} ended by a 503" if failed else ""))
    total = 0.0
    for name, b, a in zip(names, before, after):
        per = (a - b) / n * 1000
        total += per
        print(f"  {name:<18} {per:7.1f} ms CPU per lifecycle")
    print(f"  {'sum':<18} {total:7.1f} ms CPU per lifecycle -> at most {2000 / total:.1f} lifecycles/s on 2 cores")
    if tids:
        print(f"  mariadb, the {len(tids)} {db} connections' threads: {(threads_after - threads_before) / n * 1000:.1f} ms CPU per lifecycle")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2].rstrip("/"), sys.argv[3].rstrip("/"), *[int(p) for p in sys.argv[4:]])
