"""Start-up of the PyInstaller bundle next to running from source, and the bundle's size.

    python -m bench.bench_bundle_start [BUNDLE_DIR] [--runs N]

Build the bundle first (packaging/build.sh). Times fresh processes of `--version` and of
`cases --json` on a demo store, interleaving bundle and source runs so machine load hits both
alike, and prints min / median wall time and mean CPU time (user+sys, less sensitive to a busy
machine). Page cache is warm after the first run: this is a new process, not a cold disk.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start, cpu_seconds() - cpu_before


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "packaging/dist/eComplaint"))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bundle = Path(args.bundle)
    frozen = bundle / "eComplaint"
    source = [sys.executable, "-m", "ecomplaint"]
    if not frozen.exists():
        print(f"no bundle at {frozen}: run packaging/build.sh first", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        subprocess.run([*source, "--data-dir", data, "demo"], check=True, stdout=subprocess.DEVNULL)
        cases = ["--data-dir", data, "cases", "--json"]
        variants = {
            "bundle --version": [str(frozen), "--version"],
            "source --version": [*source, "--version"],
            "bundle cases --json": [str(frozen), *cases],
            "source cases --json": [*source, *cases],
        }
        for cmd in variants.values():  # warm the page cache and .pyc files
            time_once(cmd, env)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, cmd in variants.items():
                results[name].append(time_once(cmd, env))
    print(f"{args.runs} runs each, interleaved; load average {os.getloadavg()[0]:.1f}")
    print(f"{'command':<22} {'min s':>7} {'median s':>9} {'cpu s':>7}")
    for name, samples in results.items():
        walls = [wall for wall, _ in samples]
        cpus = [cpu for _, cpu in samples]
        print(
            f"{name:<22} {min(walls):7.3f} {statistics.median(walls):9.3f} "
            f"{statistics.mean(cpus):7.3f}"
        )
    size = folder_size(bundle)
    du = shutil.which("du")
    du_text = subprocess.run([du, "-sh", str(bundle)], capture_output=True, text=True).stdout
    print(f"bundle size: {size / 1e6:.1f} MB in files ({du_text.split()[0] if du else '?'} du -sh)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
