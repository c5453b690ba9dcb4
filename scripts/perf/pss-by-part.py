#!/usr/bin/env python3
"""Where a running kiosk's memory is: its PSS by mapping, and the pages of its
own binary that are in memory by what they hold (docs/PERFORMANCE.md).

    pss-by-part.py PID [RESOURCES_DIR]

Prints
  * PSS by mapping kind: the binary (split into its code, its read-only data
    and its relocated data), the heap, anonymous memory (thread stacks,
    malloc arenas, large buffers), the display's shared memory, shared
    libraries;
  * the binary's code pages in memory, by the crate their functions come
    from (from the symbol table: `nm`), biggest first;
  * the binary's read-only data pages in memory that hold the bundled files
    (fonts, content, icons, translations: found in the binary by their
    bytes, RESOURCES_DIR defaults to ./resources and ./i18n).

A page counts when it is present in the process (/proc/PID/pagemap, needs
root), whether or not the program touched it: the kernel maps file pages
around the one asked for (fault-around, large folios), and those count in
PSS too. Generic code counts for the crate that defines the function
(`core`, `alloc`, `hashbrown` hold what many crates instantiate).
"""
import collections, os, re, struct, subprocess, sys

PAGE = os.sysconf("SC_PAGE_SIZE")


def mappings(pid):
    out = []
    with open(f"/proc/{pid}/smaps") as f:
        cur = None
        for line in f:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+) ([0-9a-f]+) \S+ \d+\s*(.*)", line)
            if m:
                cur = {"start": int(m[1], 16), "end": int(m[2], 16), "perms": m[3],
                       "offset": int(m[4], 16), "path": m[5].strip(), "pss": 0}
                out.append(cur)
            elif line.startswith("Pss:") and cur is not None:
                cur["pss"] = int(line.split()[1])
    return out


def present_pages(pid, start, end):
    n = (end - start) // PAGE
    with open(f"/proc/{pid}/pagemap", "rb") as f:
        f.seek(start // PAGE * 8)
        data = f.read(n * 8)
    return [(struct.unpack_from("<Q", data, i * 8)[0] >> 63) & 1 for i in range(n)]


def crate_of(name):
    """The crate a demangled function name comes from ("<T as tokio::X>::f"
    counts for tokio); C functions (SQLite, ring's assembly) have no path."""
    if "::" not in name:
        return "(C code: SQLite, ring, ...)"
    m = re.match(r"<([A-Za-z_][A-Za-z0-9_]*) as ([A-Za-z_][A-Za-z0-9_]*)::", name)
    if m and "::" not in m[1]:
        return m[2]
    name = name.lstrip("<&*( ")
    name = re.sub(r"^(impl|dyn|mut|const)\s+", "", name)
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)::", name)
    return m.group(1) if m else "(other)"


def main():
    pid = sys.argv[1]
    roots = sys.argv[2:] or ["resources", "i18n"]
    exe = os.readlink(f"/proc/{pid}/exe")
    maps = mappings(pid)

    kinds = collections.Counter()
    for m in maps:
        p = m["path"]
        if p == exe:
            kind = {"r-xp": "binary: code", "r--p": "binary: read-only data",
                    "rw-p": "binary: data"}.get(m["perms"], "binary: other")
            if m["perms"] == "r--p" and m["offset"] > 0:
                kind = "binary: relocated read-only data (relro)"
        elif p == "[heap]":
            kind = "heap"
        elif p == "":
            kind = "anonymous (stacks, arenas, buffers)"
        elif p.startswith("/dev/shm") or "SYSV" in p:
            kind = "shared memory (the display's buffer)"
        elif ".so" in p:
            kind = "shared libraries"
        else:
            kind = "other: " + p
        kinds[kind] += m["pss"]
    print(f"PSS of {pid} ({exe}): {sum(kinds.values()) / 1024:.1f} MiB")
    for kind, kb in kinds.most_common():
        print(f"  {kb / 1024:7.1f} MiB  {kind}")

    # Pages of the binary in memory, by file offset.
    present = set()
    for m in maps:
        if m["path"] != exe:
            continue
        for i, p in enumerate(present_pages(pid, m["start"], m["end"])):
            if p:
                present.add(m["offset"] // PAGE + i)

    # Sections: address -> file offset.
    sections = []
    for line in subprocess.run(["readelf", "-SW", exe], capture_output=True, text=True).stdout.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            sections.append((m[1], int(m[2], 16), int(m[3], 16), int(m[4], 16)))
    text = next(s for s in sections if s[0] == ".text")

    # Code by crate.
    syms = []
    nm = subprocess.run(["nm", "-S", "-C", "--defined-only", exe], capture_output=True, text=True).stdout
    for line in nm.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[2] in "tTwW":
            syms.append((int(parts[0], 16), int(parts[1], 16), crate_of(parts[3])))
    by_crate = collections.Counter()
    for addr, size, crate in syms:
        if not (text[1] <= addr < text[1] + text[3]):
            continue
        off = addr - text[1] + text[2]
        first, last = off // PAGE, (off + max(size, 1) - 1) // PAGE
        for page in range(first, last + 1):
            if page in present:
                lo = max(off, page * PAGE)
                hi = min(off + size, (page + 1) * PAGE)
                by_crate[crate] += max(hi - lo, 0)
    total = sum(by_crate.values())
    print(f"\ncode in memory, by crate: {total / 2**20:.1f} MiB of {text[3] / 2**20:.1f} MiB")
    shown = 0
    for crate, b in by_crate.most_common(25):
        print(f"  {b / 2**20:7.2f} MiB  {crate}")
        shown += b
    print(f"  {(total - shown) / 2**20:7.2f} MiB  the other {len(by_crate) - 25} crates")

    # Bundled files in the read-only data.
    with open(exe, "rb") as f:
        blob = f.read()
    groups = collections.Counter()
    sizes = collections.Counter()
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for name in files:
                path = os.path.join(dirpath, name)
                data = open(path, "rb").read()
                if len(data) < 256:
                    continue
                off = blob.find(data)
                if off < 0:
                    continue
                group = os.path.relpath(path).split(os.sep)
                group = "/".join(group[:2]) if group[0] == "resources" else group[0]
                sizes[group] += len(data)
                for page in range(off // PAGE, (off + len(data) - 1) // PAGE + 1):
                    if page in present:
                        lo = max(off, page * PAGE)
                        hi = min(off + len(data), (page + 1) * PAGE)
                        groups[group] += hi - lo
    print("\nbundled files in memory (of their size in the binary)")
    for group in sorted(sizes, key=lambda g: -groups[g]):
        print(f"  {groups[group] / 2**20:7.2f} MiB of {sizes[group] / 2**20:5.2f} MiB  {group}")


if __name__ == "__main__":
    main()
