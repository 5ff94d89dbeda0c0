#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes the seed zips of tests/fuzz/corpus/fuzz_bundleimport: a small valid bag and the hostile
# shapes SafeExtractor must refuse. Run from the repository root; the output is committed.
import hashlib
import os
import stat
import zipfile

OUT = "tests/fuzz/corpus/fuzz_bundleimport"
os.makedirs(OUT, exist_ok=True)
DATE = (2026, 1, 1, 0, 0, 0)


def info(name, mode=0o100644, compress=zipfile.ZIP_DEFLATED):
    i = zipfile.ZipInfo(name, DATE)
    i.external_attr = mode << 16
    i.create_system = 3
    i.compress_type = compress
    return i


def bag_files():
    payload = {"data/story.md": b"Vera Lind took the photo.\n", "data/photo.jpg": b"\xff\xd8" + b"j" * 200}
    files = dict(payload)
    files["bagit.txt"] = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    octets = sum(len(v) for v in payload.values())
    files["bag-info.txt"] = b"Payload-Oxum: %d.%d\n" % (octets, len(payload))
    files["manifest-sha256.txt"] = b"".join(
        hashlib.sha256(v).hexdigest().encode() + b"  " + k.encode() + b"\n" for k, v in sorted(payload.items()))
    files["tagmanifest-sha256.txt"] = b"".join(
        hashlib.sha256(files[k]).hexdigest().encode() + b"  " + k.encode() + b"\n"
        for k in ("bag-info.txt", "bagit.txt", "manifest-sha256.txt"))
    return files


def write(name, entries):
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        for zinfo, data in entries:
            z.writestr(zinfo, data)


bag = [(info("bag/" + k), v) for k, v in sorted(bag_files().items())]
write("valid-bag.zip", bag)
write("dotdot.zip", bag[:2] + [(info("bag/../../provena-fuzz-escape"), b"x")])
write("absolute.zip", bag[:2] + [(info("/tmp/provena-fuzz-escape"), b"x")])
write("symlink.zip", bag[:2] + [(info("bag/data/link", stat.S_IFLNK | 0o777), b"/tmp/provena-fuzz-escape")])
write("two-folders-and-case.zip", bag[:2] + [(info("other/A.txt"), b"a"), (info("other/a.txt"), b"b")])
write("fifo-and-bomb.zip", [(info("bag/pipe", stat.S_IFIFO | 0o644), b""),
                            (info("bag/bomb.bin"), b"\0" * (3 << 20))])
write("bomb-only.zip", [(info("bag/bomb.bin"), b"\0" * (3 << 20))])
with open(os.path.join(OUT, "valid-bag.zip"), "rb") as f:
    whole = f.read()
with open(os.path.join(OUT, "truncated.zip"), "wb") as f:
    f.write(whole[: len(whole) // 2])
