"""Build the TechLedger bundle with one command:

    python installer/build.py [--smoke] [--startup-runs N] [--no-archive]

1. uses the project's virtual environment (.venv; on Linux scripts/bootstrap.sh
   makes it when missing) and installs PyInstaller there, never globally,
   from the `build` extra in pyproject.toml when it is missing;
2. draws the platform icons from resources/icons/techledger.svg when stale;
3. runs PyInstaller on installer/techledger.spec: dist/techledger/ (Linux,
   Windows) or dist/TechLedger.app (macOS);
4. checks every shared library in the bundle finds what it links against,
   symbols and symbol versions included, and lists what comes from the
   user's system (Linux); prints the bundle's size, its largest files and the build time;
5. packs it: dist/techledger-<version>-linux-x86_64.tar.gz with the .desktop
   file, the icon and install.sh (Linux); dist/techledger-<version>-setup.exe
   through Inno Setup when `iscc` is on PATH (Windows); a zip of the .app
   (macOS);
6. with --smoke, runs installer/smoke_test.py on the result.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "techledger"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / ("Scripts/python.exe" if IS_WIN else "bin/python")


def version() -> str:
    """desktop.__version__, read without importing the package."""
    tree = ast.parse((ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise SystemExit("build: desktop/__init__.py has no __version__")


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def in_project_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv() -> None:
    """Re-run this script with .venv's Python (making .venv first if needed)."""
    if in_project_venv():
        return
    if not VENV_PYTHON.exists():
        bootstrap = ROOT / "scripts" / "bootstrap.sh"
        if IS_WIN or IS_MAC or not bootstrap.exists():
            raise SystemExit(
                "build: no .venv; make one first:\n"
                "  python -m venv .venv && .venv/bin/python -m pip install -e .[build]"
            )
        subprocess.run([str(bootstrap)], check=True)
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        say("installing the build extra (PyInstaller) into .venv")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[build]"],
            check=True,
        )


def run_pyinstaller() -> None:
    subprocess.run(
        [sys.executable, str(INSTALLER / "make_icons.py"), "--if-stale"], check=True, cwd=ROOT
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(INSTALLER / "techledger.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


# Libraries the bundle must carry itself; anything else ldd cannot find
# (libwayland-cursor on a machine without Wayland, say) belongs to the
# user's desktop and is only reported.
BUNDLED_PREFIXES = ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython")


def _is_python_extension(path: Path) -> bool:
    # Extension modules take their Python symbols from the process, not from
    # a library they link against: `ldd -r` calls those undefined.
    return ".cpython-" in path.name or path.name.endswith(".abi3.so") or "lib-dynload" in path.parts


def unresolved_libraries(bundle: Path) -> tuple[list[str], set[str], dict[str, str]]:
    """Linux: `ldd -r` on every shared object in the bundle, with the bundle's
    library folder first on the search path as at run time. Returns the
    problems (a library the bundle should have carried, a symbol or symbol
    version a library does not find: bundle_filter.share_duplicate_libraries
    must never cause one), the missing libraries expected from the system,
    and the libraries found outside the bundle (name -> path on this
    machine), which the user's desktop provides."""
    problems: list[str] = []
    from_system: set[str] = set()
    from_host: dict[str, str] = {}
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal if internal.is_dir() else bundle))
    root = str(bundle.resolve())
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if not (".so" in path.name or os.access(path, os.X_OK)):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        done = subprocess.run(["ldd", "-r", str(path)], capture_output=True, text=True, env=env)
        where = path.relative_to(bundle)
        lines = [line.strip() for line in (done.stdout + done.stderr).splitlines()]
        # Symbols of a library this machine lacks (libwayland-cursor) cannot
        # be checked here; Python's own come from the running interpreter.
        check_symbols = not _is_python_extension(path) and not any(
            "not found" in line and "version `" not in line for line in lines
        )
        for line in lines:
            if "undefined symbol:" in line:
                symbol = line.split("undefined symbol:")[1].split()[0]
                if check_symbols and not symbol.startswith(("Py", "_Py")):
                    problems.append(f"{where}: {line.split('(')[0]}")
            elif "version `" in line and "not found" in line:
                problems.append(f"{where}: {line}")
            elif "not found" in line:
                name = line.split("=>")[0].strip()
                if name.startswith(BUNDLED_PREFIXES):
                    problems.append(f"{where}: {name}")
                else:
                    from_system.add(name)
            elif "=>" in line:
                name, _, rest = line.partition("=>")
                target = rest.strip().split(" (")[0]
                if target.startswith("/") and not str(Path(target).resolve()).startswith(root):
                    from_host[name.strip()] = target
    return problems, from_system, from_host


def files_by_size(folder: Path) -> list[tuple[int, Path]]:
    return sorted(
        ((p.lstat().st_size, p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
        reverse=True,
    )


def mb(size: float) -> str:
    return f"{size / 1_000_000:.1f} MB"


def report_size(bundle: Path) -> int:
    files = files_by_size(bundle)
    total = sum(size for size, _ in files)
    say(f"bundle {bundle.relative_to(ROOT)}: {mb(total)} in {len(files)} files; largest:")
    for size, path in files[:10]:
        print(f"  {mb(size):>9}  {path.relative_to(bundle)}")
    return total


def linux_tarball(bundle: Path, ver: str) -> Path:
    """dist/techledger-<ver>-linux-<arch>.tar.gz: the bundle, the .desktop
    file, the icon and install.sh under techledger-<ver>/."""
    arch = platform.machine() or "x86_64"
    top = f"techledger-{ver}"
    target = DIST / f"techledger-{ver}-linux-{arch}.tar.gz"
    extras = {
        "install.sh": INSTALLER / "linux" / "install.sh",
        "techledger.desktop": INSTALLER / "linux" / "techledger.desktop",
        "techledger.png": INSTALLER / "icons" / "techledger.png",
    }

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/techledger", filter=normalise)
        for name, source in extras.items():
            tar.add(source, arcname=f"{top}/{name}", filter=normalise)
    return target


def windows_installer(ver: str) -> Path | None:
    """Inno Setup's compiler, when installed; the version comes in as /D."""
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if iscc is None:
        say("Inno Setup (iscc) not found: skipped the Windows installer")
        return None
    subprocess.run(
        [iscc, f"/DAppVersion={ver}", str(INSTALLER / "windows" / "techledger.iss")], check=True
    )
    return DIST / f"techledger-{ver}-windows-x64-setup.exe"


def mac_zip(ver: str) -> Path:
    app = DIST / "TechLedger.app"
    target = DIST / f"techledger-{ver}-macos-{platform.machine()}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the smoke test on the result")
    parser.add_argument(
        "--startup-runs",
        type=int,
        default=5,
        help="with --smoke: start-up timings, frozen vs python -m desktop (0: skip)",
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the tarball/installer")
    args = parser.parse_args()

    ensure_venv()
    ensure_pyinstaller()
    ver = version()
    say(f"TechLedger {ver} on {platform.system()} {platform.machine()}, {sys.executable}")
    started = time.perf_counter()
    run_pyinstaller()
    built = time.perf_counter() - started

    if not IS_WIN and not IS_MAC:
        problems, from_system, from_host = unresolved_libraries(BUNDLE)
        if problems:
            say("libraries or symbols missing:\n  " + "\n  ".join(sorted(set(problems))))
            return 1
        say(f"from the user's system (found here): {', '.join(sorted(from_host))}")
        if from_system:
            say(f"left to the user's system, not on this one: {', '.join(sorted(from_system))}")
    report_size(BUNDLE)
    say(f"PyInstaller build took {built:.0f} s")

    if not args.no_archive:
        packed = time.perf_counter()
        if IS_WIN:
            archive = windows_installer(ver)
        elif IS_MAC:
            archive = mac_zip(ver)
        else:
            archive = linux_tarball(BUNDLE, ver)
        if archive is not None:
            say(
                f"{archive.relative_to(ROOT)}: {mb(archive.stat().st_size)} "
                f"(packed in {time.perf_counter() - packed:.0f} s)"
            )

    if args.smoke:
        smoke = [sys.executable, str(INSTALLER / "smoke_test.py"), str(BUNDLE)]
        smoke += ["--startup-runs", str(args.startup_runs)]
        return subprocess.run(smoke, cwd=ROOT).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
