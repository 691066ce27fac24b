#!/usr/bin/env python3
"""One timed edit for `bench/run serve` (stdlib only).

Appends MARKER to the English summary of the member file (replacing an earlier
marker), writes the file in place, and polls the member's profile over HTTP every 5 ms
until it contains MARKER, then the directory the same way. Prints the two latencies in
milliseconds, measured from the moment the write returned, or exits 1 after TIMEOUT
seconds. (The directory is a 1 MB page at 1,000 members: fetching it every few
milliseconds while the server rebuilds would slow the rebuild being measured.)

One process does the write and the polling, so the numbers do not include process
start-up times (a shell loop of `curl` and `date` adds tens of milliseconds).

usage: serve_edit.py MEMBER_FILE BASE_URL SLUG MARKER [TIMEOUT]
"""

import re
import sys
import time
import urllib.request


def edited(text, marker):
    """The member file with MARKER at the end of its English summary."""
    head, sep, tail = text.partition("\n[summary]\n")
    tail = re.sub(
        r'^(en = ".*?)(?: bench-edit-[0-9-]+)?"$',
        lambda m: f'{m.group(1)} {marker}"',
        tail,
        count=1,
        flags=re.M,
    )
    return head + sep + tail


def shows(url, marker):
    request = urllib.request.Request(url, headers={"Cache-Control": "no-cache"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return marker.encode() in response.read()
    except OSError:
        return False


def main():
    member, base, slug, marker = sys.argv[1:5]
    timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 60.0
    with open(member, encoding="utf-8") as f:
        text = edited(f.read(), marker)
    pages = {
        "profile": f"{base}/members/{slug}/",
        "directory": f"{base}/members/",
    }
    seen = {}
    start = time.monotonic()
    with open(member, "w", encoding="utf-8") as f:
        f.write(text)
    written = time.monotonic()
    for name, url in pages.items():
        while not shows(url, marker):
            if time.monotonic() - start > timeout:
                sys.exit(1)
            time.sleep(0.005)
        seen[name] = time.monotonic()
    print(
        round((seen["profile"] - written) * 1000),
        round((seen["directory"] - written) * 1000),
    )


if __name__ == "__main__":
    main()
