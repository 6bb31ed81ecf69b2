"""A smaller ICU data library for the Linux bundle.

PySide6's wheels carry ICU with the data of every locale, every legacy
character set and the CJK/Thai word dictionaries: libicudata.so.73 is 32 MB,
the largest file of the bundle. Qt uses ICU for collation (QCollator, e.g.
sorting in file dialogs), locale-aware case mapping and time-zone names;
TechLedger speaks five languages (bundle_filter.LANGUAGES). This keeps the
root locale, those languages, everything that is not per-locale, and the
smaller character sets; it drops the other languages' locale data and the
large CJK character-set tables. (The word-break dictionaries stay: the root
break-iterator bundle refers to them and icupkg refuses to cut them.)

How: the data is one "common data" package exported by the library as the
symbol icudtNN_dat. It is cut out of the ELF file, `icupkg -r` (Debian's
icu-devtools) removes the items, and gcc wraps the result in a new
libicudata.so.NN with the same soname and symbol. Without readelf, icupkg or
gcc the original library is kept and the build says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# A locale ID as ICU names its resource bundles: pl, pl_PL, en_001, sr_Latn_RS.
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*$")  # also coll/de_.res
# Per-tree bookkeeping that looks like a locale ID but is not one.
_NOT_LOCALES = {"res_index", "root", "pool"}
LARGE_CHARSET = 100_000  # bytes; the CJK tables are 100 kB to 700 kB each


def items_to_remove(items: dict[str, int], languages: Iterable[str]) -> list[str]:
    """Names (as `icupkg -l` lists them) to drop from the package;
    `items` maps each name to its size in bytes."""
    keep_languages = set(languages)
    remove = []
    for name, size in items.items():
        path = name.split("/")
        stem, _, ext = path[-1].rpartition(".")
        if ext == "res" and stem not in _NOT_LOCALES and (m := _LOCALE.match(stem)):
            if m["lang"] not in keep_languages:
                remove.append(name)
        elif ext == "cnv" and size > LARGE_CHARSET:
            remove.append(name)
    return remove


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the exported icudtNN_dat symbol."""
    symbols = subprocess.run(["readelf", "-Ws", str(lib)], capture_output=True, text=True).stdout
    match = re.search(
        r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)",
        symbols,
    )
    if not match:
        raise RuntimeError("no icudtNN_dat symbol")
    address, size, name = int(match[1], 16), int(match[2], 0), match[3]
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        # [Nr] Name Type Address Off Size ...
        if len(fields) > 5 and fields[0].startswith("[") and fields[1] != "Name":
            try:
                start, offset, length = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            except ValueError:
                continue
            if start <= address < start + length:
                return name, offset + (address - start), size
    raise RuntimeError("icudtNN_dat is in no section")


def _package_sizes(data: bytes) -> dict[str, int]:
    """Item names and sizes from the package's table of contents (ICU's
    "CmnD" common data format, little-endian: a header, then a count and
    (name offset, data offset) pairs relative to the table)."""
    header = int.from_bytes(data[0:2], "little")
    toc = data[header:]
    count = int.from_bytes(toc[0:4], "little")
    entries = []
    for i in range(count):
        name_at = int.from_bytes(toc[4 + 8 * i : 8 + 8 * i], "little")
        data_at = int.from_bytes(toc[8 + 8 * i : 12 + 8 * i], "little")
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        entries.append((name, data_at))
    ends = [at for _, at in entries[1:]] + [len(toc)]
    # Names carry the package's prefix, "icudt73l/coll/pl.res"; icupkg lists
    # and removes them without it.
    return {name: end - at for (name, at), end in zip(entries, ends, strict=True)}


def trim_icu_data(lib: Path, work: Path, languages: Iterable[str]) -> tuple[Path, str]:
    """Build the smaller library in `work`; returns (library to ship, what
    happened). On any missing tool or failure, the original library."""
    missing = [tool for tool in ("readelf", "icupkg", "gcc") if shutil.which(tool) is None]
    if missing:
        return lib, f"kept the full ICU data: {', '.join(missing)} not installed"
    try:
        name, offset, size = _symbol(lib)
        data = lib.read_bytes()[offset : offset + size]
        if data[12:16] != b"CmnD" or data[2:4] != b"\xda\x27":
            raise RuntimeError("not an ICU common data package")
        items = _package_sizes(data)
        prefix = next(iter(items)).split("/", 1)[0]  # icudt73l: icupkg wants it as file name
        (work / "full").mkdir(parents=True, exist_ok=True)
        (work / "small").mkdir(exist_ok=True)
        full, small = work / "full" / f"{prefix}.dat", work / "small" / f"{prefix}.dat"
        full.write_bytes(data)
        removals = items_to_remove({n.split("/", 1)[1]: s for n, s in items.items()}, languages)
        listing = work / "icudt-remove.txt"
        # An item that needs a removed one goes too (icupkg names them).
        for _ in range(5):
            listing.write_text("\n".join(removals) + "\n", encoding="ascii")
            small.unlink(missing_ok=True)
            done = subprocess.run(
                ["icupkg", "-r", str(listing), str(full), str(small)],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                break
            dependents = set(re.findall(r"Item (\S+) depends on missing item", done.stderr))
            if not dependents:
                raise RuntimeError(f"icupkg: {done.stderr[:300]}")
            removals += sorted(dependents - set(removals))
        else:
            raise RuntimeError("icupkg: dependencies did not settle")
        assembly = work / "icudata.S"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {name}\n"
            f"\t.type {name}, @object\n"
            "\t.balign 16\n"
            f"{name}:\n"
            f'\t.incbin "{small}"\n'
            f"\t.size {name}, . - {name}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        out_dir = work / "lib"
        out_dir.mkdir(exist_ok=True)
        target = out_dir / lib.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{lib.name}",
                "-o",
                str(target),
                str(assembly),
            ],
            check=True,
            capture_output=True,
        )
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return lib, f"kept the full ICU data ({exc} {detail.decode(errors='replace')[:300]})"
    return target, (
        f"ICU data {size / 1e6:.1f} MB -> {small.stat().st_size / 1e6:.1f} MB "
        f"({len(removals)} of {len(items)} items left out)"
    )
