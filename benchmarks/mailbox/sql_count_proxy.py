"""Counts the statements a service sends to MariaDB: a TCP proxy in front of it that reads the
client's commands (MySQL protocol, no TLS) and tallies them by normalised text. Only the service
pointed at the proxy is counted, so the number stays clean on a database others use meanwhile.

  python3 benchmarks/mailbox/sql_count_proxy.py 13306 [DUMP_FILE] &     # listens on 13306, forwards to 3306
  ZT_DB_URL=jdbc:mariadb://127.0.0.1:13306/mailbox_bench benchmarks/mailbox/start-services.sh
  kill -USR1 <proxy pid>      # zero the counts (after the warm-up)
  kill -USR2 <proxy pid>      # write the counts to DUMP_FILE (JSON; default sql-counts.json)

Divide by the lifecycles run in between (cpu_per_lifecycle.py) for statements per lifecycle. The
proxy adds latency: measure CPU with and without it if in doubt.
"""
import asyncio, collections, re, signal, sys, json

DUMP = sys.argv[2] if len(sys.argv) > 2 else "sql-counts.json"

counts = collections.Counter()
cmds = collections.Counter()
NAMES = {3: "QUERY", 0x16: "PREPARE", 0x17: "EXECUTE", 0x19: "CLOSE_STMT", 0x0e: "PING", 0x1f: "RESET", 0xfa: "BULK", 0x1a: "RESET_STMT", 1: "QUIT", 2: "INIT_DB", 0x11: "CHANGE_USER"}

def norm(sql):
    s = re.sub(r"'(?:[^'\\]|\\.)*'", "?", sql)
    s = re.sub(r"\b\d+(\.\d+)?\b", "?", s)
    s = re.sub(r"\(\s*\?(\s*,\s*\?)+\s*\)", "(?,...)", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[:160]

async def pipe_client(reader, writer):
    buf = b""
    authed = False
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        buf += data
        while len(buf) >= 4:
            ln = int.from_bytes(buf[:3], "little"); seq = buf[3]
            if len(buf) < 4 + ln:
                break
            payload = buf[4:4 + ln]; buf = buf[4 + ln:]
            if seq != 0 or not payload:
                continue
            c = payload[0]
            cmds[NAMES.get(c, hex(c))] += 1
            if c == 3:
                counts[norm(payload[1:].decode("utf8", "replace"))] += 1
            elif c == 0x16:
                counts["PREPARE " + norm(payload[1:].decode("utf8", "replace"))] += 1
        await writer.drain()
    writer.close()

async def pipe(reader, writer):
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()

async def handle(cr, cw):
    sr, sw = await asyncio.open_connection("127.0.0.1", 3306)
    await asyncio.gather(pipe_client(cr, sw), pipe(sr, cw), return_exceptions=True)

def reset(*_):
    counts.clear(); cmds.clear()

def dump(*_):
    with open(DUMP, "w") as f:
        json.dump({"cmds": cmds, "stmts": counts.most_common()}, f, ensure_ascii=False, indent=0)

async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, reset)
    loop.add_signal_handler(signal.SIGUSR2, dump)
    server = await asyncio.start_server(handle, "127.0.0.1", int(sys.argv[1]))
    async with server:
        await server.serve_forever()

asyncio.run(main())
