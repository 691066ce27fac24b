#!/usr/bin/env python3
"""The I/O floor of a build: how long it takes just to write a site's output tree.

    iofloor.py SRC_TREE SCRATCH_DIR RUNS

Reads every file of SRC_TREE (a finished build output) into memory, untimed; then RUNS
times writes the same tree (same folders, names and bytes) into a fresh folder under
SCRATCH_DIR, timing only the mkdir + write calls, and deletes it again, untimed. Prints
one wall time in seconds per run, one per line. No parsing, no rendering: a generator
cannot be faster than this on the same disk.
"""

import os
import shutil
import sys
import time
from pathlib import Path


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, scratch, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    dirs, files = [], []
    for folder, subdirs, names in os.walk(src):
        rel = os.path.relpath(folder, src)
        dirs.append(rel)
        for name in names:
            files.append((os.path.join(rel, name), (Path(folder) / name).read_bytes()))
    for run in range(runs):
        out = scratch / f"iofloor-{run}"
        if out.exists():
            shutil.rmtree(out)
        os.sync()  # as bench/run does before every build
        start = time.perf_counter()
        for rel in dirs:
            os.makedirs(out / rel, exist_ok=True)
        for rel, data in files:
            with open(out / rel, "wb") as f:
                f.write(data)
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.4f}", flush=True)
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
