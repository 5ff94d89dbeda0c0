#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Interop checks of Provena sidecars against independent validators (not part of ctest: a
# user's clone has no ../shared). Generates sidecars with provena-cli on the sample article and
# on fixtures (every shape, links, notes, Hangul/emoji), then runs
#   - the W3C annotation-model test suite (JSON Schema draft-04, validate-annotations.mjs),
#   - JSON-LD expansion to RDF in safe mode with the local anno.jsonld (expand-jsonld.mjs),
#   - tests/interop/selfcheck.py (what the suite does not check: Z timestamps, xywh integers,
#     well-formed SVG, code point ranges that hold their quote),
#   - provena-cli validate on each article.
# Then a sidecar with a full provenance record (written by sidecar_sample_writer from the test
# fixtures, beside provena-cli in the build) goes through the suite, the expansion and the
# self-checks too, and its expansion must hold the PROV-O predicates of the record; no expanded
# predicate or type of any sidecar may be an IRI of an undeclared prefix ("prov:…", "provena:…").
# Fails on any error.
#
# Usage: tests/interop/run-interop.sh [SHARED_DIR] [PROVENA_CLI]
#   SHARED_DIR   default: <repo root>/../shared (must contain interop/tools,
#                interop/w3c-annotation-tests and interop/anno.jsonld)
#   PROVENA_CLI  default: <repo root>/build/app/cli/provena-cli
# Needs node and npm; npm installs the validators' pinned dependencies into a temporary folder.
set -euo pipefail

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
shared="${1:-$root/../shared}"
cli="${2:-$root/build/app/cli/provena-cli}"
case "$cli" in /*) ;; *) cli="$root/$cli" ;; esac
shared="$(cd "$shared" && pwd)"
[ -x "$cli" ] || { echo "run-interop: no provena-cli at $cli (build first)" >&2; exit 2; }
sample_writer="$(dirname "$cli")/../../tests/formats/sidecar_sample_writer"
[ -x "$sample_writer" ] || { echo "run-interop: no sidecar_sample_writer at $sample_writer (build first)" >&2; exit 2; }
for need in interop/tools interop/w3c-annotation-tests interop/anno.jsonld; do
    [ -e "$shared/$need" ] || { echo "run-interop: missing $shared/$need" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The validator resolves ../w3c-annotation-tests and ../anno.jsonld relative to itself.
mkdir -p "$work/interop"
cp -r "$shared/interop/tools" "$shared/interop/w3c-annotation-tests" "$shared/interop/anno.jsonld" \
    "$work/interop/"
(cd "$work/interop/tools" && npm install --no-audit --no-fund --silent >/dev/null)

export USER="${USER:-analyst}"
sidecars=()
articles=()
run() { "$cli" "$@"; }

# 1. The bundled sample article: every shape, links, region notes, a note on a text span.
mkdir -p "$work/sample"
cp -r "$root/resources/samples/harbour-crane.md" "$root/resources/samples/harbour-crane_files" \
    "$work/sample/"
cp "$root/resources/samples/"*.jpg "$work/sample/" 2>/dev/null || true
a="$work/sample/harbour-crane.md"
r1=$(run region add "$a" --image 1 --rect 412,88,136,170 --label person --note "Centre, dark coat" \
    --link "Tal Orsen" --link "Orsen@2")
run region add "$a" --image 1 --rect 10.5,20.25,30.125,40 --label vehicle >/dev/null
run region add "$a" --image 1 --ellipse 100,100,60,30.5 --label person --link "Vera Lind" >/dev/null
r4=$(run region add "$a" --image 1 --polygon 1,1,50,1,50,40.5,2,38 --label flag-insignia)
run region add "$a" --image 1 --polyline 5,5,60,70,120,5 --label other >/dev/null
run region add "$a" --image 2 --point 320.5,240.25 --label vehicle --note "Ship on the left" >/dev/null
run link "$a" "$r4" --text "BERTH 7" --note "Sign text matches the caption" >/dev/null
run link "$a" "$r1" --text "Premier Tal Orsen@1" >/dev/null
sidecars+=("$a.provena.jsonld"); articles+=("$a")

# 2. Hangul and emoji (code points differ from UTF-16 units).
mkdir -p "$work/hangul"
cp "$root/tests/data/sidecar/hangul-emoji.md" "$root/tests/data/sidecar/photo.png" "$work/hangul/"
a="$work/hangul/hangul-emoji.md"
r=$(run region add "$a" --image 1 --rect 1.5,2,20,10.25 --label person --link "김정은 위원장" \
    --link "😀@2")
run link "$a" "$r" --text "terminal 🚢" --note "배 🚢 in the text" >/dev/null
run region add "$a" --image 1 --polygon 1,1,30,2,20,40 --label text-sign --link "크레인" >/dev/null
sidecars+=("$a.provena.jsonld"); articles+=("$a")

# 3. A sidecar whose only region was removed (an empty collection).
mkdir -p "$work/empty"
cp "$root/tests/data/sidecar/hangul-emoji.md" "$root/tests/data/sidecar/photo.png" "$work/empty/"
a="$work/empty/hangul-emoji.md"
r=$(run region add "$a" --image 1 --point 3,4 --label other)
run region remove "$a" "$r" >/dev/null
sidecars+=("$a.provena.jsonld"); articles+=("$a")

# 4. An article as copied from a news site (.txt read as Markdown from its content), with a region
#    labelled by its name, an entity and a link to the releaser phrase of the caption.
mkdir -p "$work/copied"
cp "$root/resources/samples/ferry-talks.txt" "$root/resources/samples/1004-ferry-talks.jpg" "$work/copied/"
a="$work/copied/ferry-talks.txt"
r=$(run region add "$a" --image 1 --rect 280,220,200,300 --label "Person" --entity "Ilse Varga" \
    --link "Ilse Varga")
run link "$a" "$r" --text "released by the Ardel Foreign Ministry" >/dev/null
run region add "$a" --image 1 --rect 820,170,120,135 --label "Flag or insignia" >/dev/null
sidecars+=("$a.provena.jsonld"); articles+=("$a")

# 5. A full provenance record (claims of every kind, custody, pillars, verdict).
mkdir -p "$work/provenance"
"$sample_writer" "$work/provenance"
provenance_sidecar="$work/provenance/story.md.provena.jsonld"
sidecars+=("$provenance_sidecar")

status=0
echo "-- W3C annotation-model test suite"
node "$work/interop/tools/validate-annotations.mjs" "${sidecars[@]}" || status=1
echo "-- JSON-LD expansion (safe mode, offline context)"
node "$work/interop/tools/expand-jsonld.mjs" "${sidecars[@]}" || status=1
echo "-- PROV-O terms in the expansion, no bogus prefixed IRIs"
node "$work/interop/tools/expand-jsonld.mjs" --nquads "${sidecars[@]}" >"$work/all.nq" || status=1
node "$work/interop/tools/expand-jsonld.mjs" --nquads "$provenance_sidecar" >"$work/provenance.nq" \
    || status=1
python3 - "$work/all.nq" "$work/provenance.nq" <<'PY' || status=1
import re, sys
quad = re.compile(r'^(<[^>]*>|_:\S+) <([^>]*)> (.*) \.$')
bad = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = quad.match(line.strip())
    if not m:
        continue
    if not re.match(r"^(https?|urn|ni):", m.group(2)):
        bad.append("predicate " + m.group(2))
    for iri in re.findall(r"<([^>]*)>", m.group(1) + " " + m.group(3)):
        if re.match(r"^(prov|provena|xsd|oa|dcterms):", iri):
            bad.append("IRI " + iri)
predicates = set()
for line in open(sys.argv[2], encoding="utf-8"):
    m = quad.match(line.strip())
    if m:
        predicates.add(m.group(2))
prov = "http://www.w3.org/ns/prov#"
need = [prov + t for t in ("wasAttributedTo", "wasGeneratedBy", "generatedAtTime", "wasDerivedFrom",
                           "actedOnBehalfOf", "wasAssociatedWith", "endedAtTime",
                           "qualifiedAttribution", "agent", "hadRole")]
need += ["https://w3id.org/provena/ns#" + t for t in ("provenance", "claims", "verdict", "pillars")]
missing = [p for p in need if p not in predicates]
for b in sorted(set(bad)):
    print("bogus " + b)
for p in missing:
    print("missing predicate " + p)
print(f"{len(predicates)} predicates in the provenance sample, {len(need) - len(missing)}/{len(need)} required found")
sys.exit(1 if bad or missing else 0)
PY
echo "-- Provena self-checks"
python3 "$root/tests/interop/selfcheck.py" "${sidecars[@]}" || status=1
echo "-- provena-cli validate"
for a in "${articles[@]}"; do
    run validate "$a" >/dev/null || { echo "validate failed on $a" >&2; status=1; }
done
[ "$status" = 0 ] && echo "run-interop: all checks passed" || echo "run-interop: FAILED" >&2
exit "$status"
