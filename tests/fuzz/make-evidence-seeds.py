#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Seeds for fuzz_metadatareader's provenance-evidence paths: the generated provenance image and
# hostile metadata built byte by byte (the same shapes tests/metadata/tst_metadataevidence.cpp
# builds): a truncated EXIF segment, an XMP segment cut short after good EXIF, IFDs that point
# at themselves, a giant value count, a C2PA APP11 JUMBF box, a PNG caBX chunk, XMP GPS and a
# long xmpMM:History in a sidecar. Image seeds start with 0x00, sidecar seeds with 0x01
# (the fuzz target's mode byte). Outputs are committed; re-run only to change a seed.
import pathlib
import struct

here = pathlib.Path(__file__).resolve().parent
out = here / "corpus" / "fuzz_metadatareader"
images = here.parent / "data" / "images"


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def ifd_entry(tag, kind, count, value):
    return struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\0")[:4]


def exif(ifd):
    return b"Exif\0\0" + b"MM\0*" + struct.pack(">I", 8) + ifd


# A small baseline JPEG body (48x32, from its first quantisation table on) to put segments before.
small = (images / "conflicts.jpg").read_bytes()
plain_png = (images / "plain.png").read_bytes()
body = small[small.index(b"\xff\xdb"):]


def jpeg(*segments):
    return b"\xff\xd8" + b"".join(segments) + body


xmp_ns = (b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
          b"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='' "
          b"xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:exif='http://ns.adobe.com/exif/1.0/' "
          b"xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/' "
          b"xmlns:stEvt='http://ns.adobe.com/xap/1.0/sType/ResourceEvent#'>")
xmp_end = b"</rdf:Description></rdf:RDF></x:xmpmeta>"

make = ifd_entry(0x010F, 2, 4, b"Abc")
seeds = {
    "image-evidence-provenance.jpg": (images / "provenance.jpg").read_bytes(),
    "image-evidence-truncated-exif.jpg": bytes.fromhex("ffd8ffe14000457869660000") + b"x" * 8,
    "image-evidence-truncated-xmp.jpg": b"\xff\xd8"
    + segment(0xE1, exif(struct.pack(">H", 1) + make + struct.pack(">I", 0)))
    + b"\xff\xe1\x40\x00http://ns.adobe.com/xap/1.0/\0" + xmp_ns[:40],
    "image-evidence-looping-ifd.jpg": jpeg(segment(0xE1, exif(
        struct.pack(">H", 2) + make + ifd_entry(0x8769, 4, 1, struct.pack(">I", 8))
        + struct.pack(">I", 8)))),
    "image-evidence-giant-count.jpg": jpeg(segment(0xE1, exif(
        struct.pack(">H", 2) + ifd_entry(0x010F, 2, 0x7FFFFFFF, struct.pack(">I", 0x100))
        + ifd_entry(0x0110, 2, 4, b"Xyz") + struct.pack(">I", 0)))),
    "image-evidence-c2pa.jpg": jpeg(segment(0xEB, b"JP" + struct.pack(">HI", 1, 1)
        + struct.pack(">I", 8 + 30) + b"jumb" + struct.pack(">I", 30) + b"jumd" + b"c2pa"
        + bytes.fromhex("00110010800000aa00389b71") + b"\x03c2pa\0")),
    "image-evidence-c2pa.png": plain_png[:33] + struct.pack(">I", 4) + b"caBXjumb"
    + struct.pack(">I", 0) + plain_png[33:],
}
sidecars = {
    "sidecar-evidence-gps.xmp": xmp_ns + b"<exif:GPSLatitude>33,51.0S</exif:GPSLatitude>"
    b"<exif:GPSLongitude>151,12.6W</exif:GPSLongitude>" + xmp_end,
    "sidecar-evidence-history.xmp": xmp_ns + b"<xmpMM:History><rdf:Seq>"
    + b"<rdf:li rdf:parseType='Resource'><stEvt:action>saved</stEvt:action>"
      b"<stEvt:softwareAgent>GIMP 2.10</stEvt:softwareAgent></rdf:li>" * 20
    + b"</rdf:Seq></xmpMM:History>" + xmp_end,
}
for name, data in seeds.items():
    (out / name).write_bytes(b"\x00" + data)
for name, data in sidecars.items():
    (out / name).write_bytes(b"\x01" + data)
for name in list(seeds) + list(sidecars):
    print(f"{(out / name).stat().st_size:8d} {name}")
