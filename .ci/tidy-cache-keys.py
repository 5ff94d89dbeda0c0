#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tidy-cache-keys.py BUILD_DIR CONFIG_SALT FILE...: prints "FILE KEY" per file.

The key is what clang-tidy's verdict on a file depends on: the salt (clang-tidy's version and the
.clang-tidy file), the file's compile command and its preprocessed text (every header it reads,
macros expanded). Paths of the checkout are replaced by a placeholder so a fresh clone of the
same commit gets the same keys (like ccache's base_dir). check-tidy.sh skips files whose key it
has recorded as clean before.
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys


def main():
    build, salt, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    root = os.getcwd()
    with open(os.path.join(build, 'compile_commands.json'), encoding='utf-8') as f:
        database = {entry['file']: entry for entry in json.load(f)}

    def key(path):
        entry = database.get(os.path.join(root, path))
        if entry is None:
            return path, ''
        args = shlex.split(entry['command'])
        # The same command, preprocessing only: no object file, no line markers (they hold paths).
        out = []
        skip = False
        for a in args:
            if skip:
                skip = False
                continue
            if a in ('-o', '-MF', '-MT'):
                skip = True
                continue
            if a in ('-c', '-MD'):
                continue
            out.append(a)
        run = subprocess.run(out + ['-E', '-P'], cwd=entry['directory'], capture_output=True)
        if run.returncode != 0:
            return path, ''
        h = hashlib.sha256()
        h.update(salt.encode())
        h.update(entry['command'].replace(root, '@ROOT@').encode())
        h.update(run.stdout.replace(root.encode(), b'@ROOT@'))
        return path, h.hexdigest()

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, digest in pool.map(key, files):
            print(path, digest or '-')


if __name__ == '__main__':
    main()
