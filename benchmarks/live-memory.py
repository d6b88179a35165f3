#!/usr/bin/env python3
"""The memory of `strongtrust live` with a board's devices connected.

Runs `strongtrust live WORKBOOK --period P --listen 127.0.0.1:0 --links FILE`,
reads its resident memory (VmRSS in /proc/PID/status) once it listens and
before any device connects, then connects one device per trustee of the links
file as a browser does (a keep-alive connection that loads /join and
/api/v1/state, and an open /api/v1/events stream), and reads it again with
them all connected. With --rate, each device then rates every indicator at
ten a second (within the per-token limit) and the memory is read a third
time. Stops the session with "stop" on its standard input. Figures and how
they were taken: docs/performance.md.

    python3 benchmarks/live-memory.py build/bench/bin/strongtrust WORKBOOK --period P [--rate]

Python's standard library only. Linux (/proc).
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


class Device:
    def __init__(self, url):
        u = urllib.parse.urlsplit(url)
        self.host, self.port, self.token = u.hostname, u.port, u.fragment
        self.auth = {"Authorization": "Bearer " + self.token}
        self.api = http.client.HTTPConnection(self.host, self.port, timeout=30)
        self.events = None
        self.state = None

    def join(self):
        self.api.request("GET", "/join")
        page = self.api.getresponse()
        assert page.status == 200, page.status
        page.read()
        self.api.request("GET", "/api/v1/state", headers=self.auth)
        state = self.api.getresponse()
        assert state.status == 200, state.status
        self.state = json.loads(state.read())
        # The event stream, held open: read up to its first message.
        self.events = socket.create_connection((self.host, self.port), timeout=30)
        self.events.sendall(
            f"GET /api/v1/events HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Authorization: Bearer {self.token}\r\n\r\n".encode())
        seen = b""
        while b"event: state" not in seen:
            chunk = self.events.recv(4096)
            assert chunk, "the event stream closed"
            seen += chunk
        assert seen.startswith(b"HTTP/1.1 200"), seen[:40]

    def rate(self, indicator, level):
        body = json.dumps({"level": level, "note": "From the memory run"})
        self.api.request("PUT", "/api/v1/ratings/" + indicator, body=body,
                         headers=dict(self.auth, **{"Content-Type": "application/json"}))
        answer = self.api.getresponse()
        answer.read()
        assert answer.status == 200, answer.status


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("strongtrust")
    p.add_argument("workbook")
    p.add_argument("--period", required=True)
    p.add_argument("--rate", action="store_true",
                   help="then have every device rate every indicator, at ten a second")
    p.add_argument("--settle", type=float, default=1.0,
                   help="seconds to wait before each reading (default 1)")
    args = p.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        links = os.path.join(tmp, "links.json")
        live = subprocess.Popen(
            [args.strongtrust, "live", args.workbook, "--period", args.period,
             "--listen", "127.0.0.1:0", "--links", links],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            for line in live.stdout:
                if line.startswith("Listening on "):
                    break
            else:
                sys.exit("strongtrust live did not start")
            with open(links) as f:
                trustees = json.load(f)["trustees"]
            time.sleep(args.settle)
            before = status_kib(live.pid, "VmRSS")

            devices = [Device(t["url"]) for t in trustees]
            for d in devices:
                d.join()
            time.sleep(args.settle)
            connected = status_kib(live.pid, "VmRSS")
            rows = [("before any device connects", before),
                    (f"{len(devices)} devices connected (page, state, event stream)", connected)]

            if args.rate:
                indicators = [i["id"] for dom in devices[0].state["domains"]
                              for i in dom["indicators"]]
                levels = [lv["value"] for lv in devices[0].state["scale"]["levels"]]
                for k, indicator in enumerate(indicators):
                    start = time.monotonic()
                    for n, d in enumerate(devices):
                        d.rate(indicator, levels[(n + k) % len(levels)])
                    # One rating a device every 100 ms at most: ten a second.
                    time.sleep(max(0.0, 0.1 - (time.monotonic() - start)))
                time.sleep(args.settle)
                rows.append((f"after {len(devices) * len(indicators)} ratings, still connected",
                             status_kib(live.pid, "VmRSS")))
            peak = status_kib(live.pid, "VmHWM")

            for label, kib in rows:
                print(f"{label:55} VmRSS {kib / 1024:7.1f} MiB  (+{(kib - before) / 1024:.1f})")
            print(f"{'peak (VmHWM)':55}       {peak / 1024:7.1f} MiB")
            live.stdin.write("stop\n")
            live.stdin.flush()
            # live-rating.md: each stream ends with "event: ended".
            told = 0
            for d in devices:
                d.events.settimeout(5)
                ended = b""
                try:
                    while chunk := d.events.recv(4096):
                        ended += chunk
                except OSError:
                    pass
                told += b"event: ended" in ended
            print(f"event streams told the session ended: {told} of {len(devices)}")
            live.wait(timeout=10)
            print(f"stopped: exit status {live.returncode}")
        finally:
            if live.poll() is None:
                live.terminate()
                live.wait()


if __name__ == "__main__":
    main()
