#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a gzipped man page for a Provena program from the program's own --help and --version
(help2man), so the page cannot drift from the program. For provena-cli, every subcommand's
--help is added as a section of its own. Run by the build (packaging/CMakeLists.txt)."""
import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import textwrap


def roff_preformatted(text):
    """Text for a .nf block: backslashes escaped, lines that roff would take as requests guarded."""
    lines = []
    for source in text.rstrip("\n").split("\n"):
        # man does not wrap inside .nf. Qt wraps its option lists at 80 columns; longer lines
        # (usage lines, descriptions) are wrapped here at 80 too, continuing indented.
        indent = " " * (len(source) - len(source.lstrip(" ")))
        wrapped = textwrap.wrap(source, width=80, subsequent_indent=indent + "  ",
                                break_on_hyphens=False, break_long_words=False) or [""]
        for line in wrapped:
            line = line.replace("\\", "\\e")
            if line.startswith((".", "'")):
                line = "\\&" + line
            lines.append(line)
    return "\n".join(lines)


def subcommands(program, env):
    """The command names listed under "Commands:" in `provena-cli --help`."""
    usage = subprocess.run([program, "--help"], env=env, check=True, capture_output=True,
                           text=True).stdout
    names, listing = [], False
    for line in usage.splitlines():
        if line.strip() == "Commands:":
            listing = True
        elif listing:
            match = re.match(r"^  (\S+)\s", line)
            if not match:
                break
            names.append(match.group(1))
    if not names:
        sys.exit(f"make-manpage: no commands found in `{program} --help`")
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--program", required=True, help="path of the built program")
    parser.add_argument("--name", required=True, help="the NAME line's description")
    parser.add_argument("--description", default="", help="text before the --help output (roff)")
    parser.add_argument("--see-also", default="", help="SEE ALSO text (roff)")
    parser.add_argument("--subcommands", action="store_true",
                        help="add each subcommand's --help (provena-cli)")
    parser.add_argument("--output", required=True, help="PAGE.1.gz to write")
    args = parser.parse_args()

    program_dir, program = os.path.split(os.path.abspath(args.program))
    with tempfile.TemporaryDirectory() as scratch:
        # Run by name from PATH, so usage lines say "provena-cli", not the build path; in English
        # (translations follow the locale); with HOME "~" so paths in the help read
        # "~/.config/…" rather than the build machine's home; the GUI on the offscreen platform.
        runtime = os.path.join(scratch, "runtime")
        os.mkdir(runtime, 0o700)
        env = dict(os.environ, PATH=program_dir + os.pathsep + os.environ.get("PATH", ""),
                   LC_ALL="C.UTF-8", LANGUAGE="", HOME="~", XDG_CONFIG_HOME="",
                   XDG_RUNTIME_DIR=runtime, QT_QPA_PLATFORM="offscreen")
        include = [f"[NAME]\n{program} \\- {args.name}\n"]
        if args.description:
            include.append(f"[DESCRIPTION]\n{args.description}\n")
        if args.subcommands:
            include.append("[COMMANDS IN DETAIL]\n")
            for name in subcommands(program, env):
                helped = subprocess.run([program, name, "--help"], env=env, capture_output=True,
                                        text=True)
                if helped.returncode != 0:
                    sys.exit(f"make-manpage: `{program} {name} --help` exited "
                             f"{helped.returncode}: {helped.stderr.strip()}")
                include.append(f'.SS "{name}"\n.nf\n{roff_preformatted(helped.stdout)}\n.fi\n')
        if args.see_also:
            include.append(f"[SEE ALSO]\n{args.see_also}\n")
        include_file = os.path.join(scratch, "include.h2m")
        with open(include_file, "w", encoding="utf-8") as f:
            f.write("\n".join(include))
        page = subprocess.run(["help2man", "--no-info", "--section=1", "--locale=C.UTF-8", "--include", include_file,
                               program], env=env, check=True, capture_output=True).stdout
    # Debian: gzip -9, no name or time stamp in the header (reproducible).
    with open(args.output, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as gz:
            gz.write(page)


if __name__ == "__main__":
    main()
