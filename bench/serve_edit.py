#!/usr/bin/env python3
"""One timed edit for `bench/run serve` (stdlib only).

Edits FILE in place so that it shows MARKER (replacing an earlier marker), then polls
each PATH under BASE over HTTP every 5 ms, in order, until it contains MARKER. Prints
one latency per PATH in milliseconds, measured from the moment the write returned, or
exits 1 after TIMEOUT seconds. KIND says how MARKER goes in:

    member  at the end of the English summary of a member file (profile, directory,
            lists) or of a federation file (its page, the federations index)
    title   at the end of a markdown page's `title` (the page, its lists, feeds)
    body    as the last paragraph of a markdown page's body (the page itself)

One process does the write and the polling, so the numbers do not include process
start-up times (a shell loop of `curl` and `date` adds tens of milliseconds). Large
pages (the 1 MB directory at 1,000 members) are polled after the small ones, so that
fetching them while the server rebuilds does not slow the rebuild being measured.

usage: serve_edit.py KIND FILE BASE MARKER TIMEOUT PATH...
"""

import re
import sys
import time
import urllib.request

OLD = r"(?: bench-edit-[0-9-]+)?"


def edited(kind, text, marker):
    """FILE's text with MARKER put in as KIND says."""
    if kind == "member":
        head, sep, tail = text.partition("\n[summary]\n")
        tail = re.sub(rf'^(en = ".*?){OLD}"$', lambda m: f'{m.group(1)} {marker}"', tail, count=1, flags=re.M)
        return head + sep + tail
    if kind == "title":
        return re.sub(rf'^(title = ".*?){OLD}"$', lambda m: f'{m.group(1)} {marker}"', text, count=1, flags=re.M)
    if kind == "body":
        body = re.sub(r"\n\nbench-edit-[0-9-]+\n$", "\n", text)
        return body.rstrip("\n") + f"\n\n{marker}\n"
    sys.exit(f"unknown edit kind {kind}")


def shows(url, marker):
    request = urllib.request.Request(url, headers={"Cache-Control": "no-cache"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return marker.encode() in response.read()
    except OSError:
        return False


def main():
    kind, path, base, marker, timeout, *pages = sys.argv[1:]
    with open(path, encoding="utf-8") as f:
        text = edited(kind, f.read(), marker)
    start = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    written = time.monotonic()
    latencies = []
    for page in pages:
        url = base.rstrip("/") + page
        while not shows(url, marker):
            if time.monotonic() - start > float(timeout):
                sys.exit(1)
            time.sleep(0.005)
        latencies.append(round((time.monotonic() - written) * 1000))
    print(*latencies)


if __name__ == "__main__":
    main()
