#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a translations/*.ts file is not complete and current (issue 15).

check_translations.py LUPDATE SOURCE_DIR

1. Current: lupdate is run over app/ into a temporary copy of each .ts (the options of
   app/gui/CMakeLists.txt); the copy must equal the file byte for byte. A source string missing
   from the file, or an entry whose string is gone from the code, makes them differ.
2. Finished: no entry is unfinished, vanished or obsolete.
3. Plural forms: every numerus entry has the language's number of forms (de 2, ko 1, ru 3), none
   empty.
4. Placeholders: a translation has the same %1…%99 and %L1… as its source (each plural form; %n
   may be left out only where the language has a single form).
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {'de': 2, 'ko': 1, 'ru': 3}
PLACEHOLDER = re.compile(r'%L?\d{1,2}')


def language_of(root):
    return (root.get('language') or '').split('_')[0]


def check_entries(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = language_of(root)
    forms = PLURAL_FORMS.get(lang)
    if forms is None:
        return [f'{path}: language "{root.get("language")}" has no plural rule here']
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            where = f'{os.path.basename(path)}: [{name}] "{source[:60]}"'
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where}: {kind}')
                continue
            want = sorted(PLACEHOLDER.findall(source))
            if message.get('numerus') == 'yes':
                texts = [f.text or '' for f in translation.findall('numerusform')]
                if len(texts) != forms:
                    problems.append(f'{where}: {len(texts)} plural forms, {lang} has {forms}')
            else:
                texts = [translation.text or '']
            for text in texts:
                if not text.strip() and source.strip():
                    problems.append(f'{where}: empty translation')
                elif sorted(PLACEHOLDER.findall(text)) != want:
                    problems.append(f'{where}: placeholders {want} became '
                                    f'{sorted(PLACEHOLDER.findall(text))}')
                elif '%n' in source and forms > 1 and '%n' not in text:
                    problems.append(f'{where}: a plural form without %n')
    return problems


def main():
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    ts_dir = os.path.join(source_dir, 'translations')
    files = sorted(f for f in os.listdir(ts_dir) if f.endswith('.ts'))
    if sorted(files) != ['provena_de.ts', 'provena_ko.ts', 'provena_ru.ts']:
        print('translations/ should hold provena_de.ts, provena_ko.ts, provena_ru.ts; has', files)
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for name in files:
            shutil.copy(os.path.join(ts_dir, name), os.path.join(tmp, name))
            copies.append(os.path.join(tmp, name))
        run = subprocess.run([lupdate, '-locations', 'none', '-no-obsolete', '-extensions', 'cpp,h',
                              '-I', os.path.join(source_dir, 'app'),
                              os.path.join(source_dir, 'app'), '-ts', *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        for name, copy in zip(files, copies):
            with open(os.path.join(ts_dir, name), encoding='utf-8') as f:
                committed = f.read().splitlines()
            with open(copy, encoding='utf-8') as f:
                current = f.read().splitlines()
            if committed != current:
                diff = list(difflib.unified_diff(committed, current, f'translations/{name}',
                                                 'lupdate of app/', n=1, lineterm=''))
                problems.append(f'{name} is not what lupdate makes of app/ now (run `ninja '
                                f'update_translations` and translate the new entries):\n'
                                + '\n'.join(diff[:40]))
    for name in files:
        problems += check_entries(os.path.join(ts_dir, name))
    for p in problems[:60]:
        print(p)
    if len(problems) > 60:
        print(f'… and {len(problems) - 60} more')
    print(f'{len(files)} translation files, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
