#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the W3C test suite does not make (standards.md §1.8 "Gaps") on Provena sidecars.

Usage: selfcheck.py SIDECAR...   (the article is found through annotatedArticle.localPath)
Checks: created/modified are UTC with Z, whole seconds or milliseconds (as Provena writes them); FragmentSelector values are
xywh=pixel:x,y,w,h with whole numbers; SvgSelector values are well-formed XML with a viewBox;
TextPositionSelector start <= end <= code point length, and exact == text[start:end] for
anchors that are not orphaned; every id and source is an absolute IRI.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")
XYWH = re.compile(r"^xywh=pixel:\d+,\d+,\d+,\d+$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    article = doc["annotatedArticle"]
    with open(os.path.join(os.path.dirname(path), article["localPath"]), "rb") as f:
        raw = f.read()
    encoding = article.get("encoding", "UTF-8").lower().replace("utf-16le", "utf-16-le")
    text = raw.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]

    def walk(node, where):
        if isinstance(node, dict):
            for key in ("created", "modified"):
                if key in node and not TIME.match(node[key]):
                    errors.append(f"{where}.{key}: {node[key]!r} is not UTC with Z, whole seconds or milliseconds")
            for key in ("id", "source"):
                if key in node and isinstance(node[key], str) and not IRI.match(node[key]):
                    errors.append(f"{where}.{key}: {node[key]!r} is not an absolute IRI")
            t = node.get("type")
            if t == "FragmentSelector" and not XYWH.match(node.get("value", "")):
                errors.append(f"{where}.value: {node.get('value')!r} is not xywh=pixel:x,y,w,h")
            if t == "SvgSelector":
                try:
                    svg = ET.fromstring(node["value"])
                    if "viewBox" not in svg.attrib:
                        errors.append(f"{where}.value: svg has no viewBox")
                except ET.ParseError as e:
                    errors.append(f"{where}.value: SVG not well-formed: {e}")
            for k, v in node.items():
                if k not in ("@context", "labels", "geometry"):  # JSON literals
                    walk(v, f"{where}.{k}" if where else k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")

    walk(doc, "")
    for i, a in enumerate(doc.get("first", {}).get("items", [])):
        for part in ("target", "body"):
            sel = a.get(part, {})
            sel = sel.get("selector") if isinstance(sel, dict) else None
            if not isinstance(sel, list):
                continue
            pos = next((s for s in sel if s.get("type") == "TextPositionSelector"), None)
            quote = next((s for s in sel if s.get("type") == "TextQuoteSelector"), None)
            if not pos or not quote:
                errors.append(f"first.items[{i}].{part}.selector: needs position and quote")
                continue
            if not 0 <= pos["start"] <= pos["end"] <= len(text):
                errors.append(f"first.items[{i}].{part}.selector[0]: range outside the text")
            elif a.get("anchorStatus") != "orphaned" and text[pos["start"]:pos["end"]] != quote["exact"]:
                errors.append(f"first.items[{i}].{part}.selector: exact != text[start:end]")
    # Provena writes no `total` (a SHOULD; it would make concurrent additions conflict in git),
    # but one that is there must be right.
    total = len(doc.get("first", {}).get("items", []))
    if "total" in doc and doc.get("total") != total:
        errors.append(f"total: {doc.get('total')} but {total} items")
    return errors


failed = 0
for p in sys.argv[1:]:
    errs = check(p)
    print(f"{p}: {'OK' if not errs else 'FAILED'}")
    for e in errs:
        print(f"  {e}")
    failed += bool(errs)
sys.exit(1 if failed else 0)
