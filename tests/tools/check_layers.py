#!/usr/bin/env python3
"""Checks the layering of the sources: engine -> adapters -> app, and where protocol libraries may
be used. Every project include names its folder from the project root ("engine/value.h")."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)

# For each folder: includes it must not have (a project folder, or a library's header).
rules = {
    'engine': [r'^adapters/', r'^app/', r'^coap3/', r'^mosquitto', r'^QtNetwork', r'^QtWidgets',
               r'^QtGui', r'^QtQuick', r'^QNetwork', r'^QTcp', r'^QUdp'],
    'adapters': [r'^app/', r'^QtWidgets', r'^QtQuick', r'^QtGui/'],
    'app': [r'^coap3/', r'^mosquitto'],
}

problems = []
headers = {str(p.relative_to(root)) for p in root.glob('**/*.h') if 'build' not in p.parts}
for folder, forbidden in rules.items():
    for path in sorted((root / folder).glob('**/*')):
        if path.suffix not in ('.h', '.cpp'):
            continue
        rel = path.relative_to(root)
        for kind, name in include.findall(path.read_text(encoding='utf-8')):
            for pattern in forbidden:
                if re.search(pattern, name):
                    problems.append(f'{rel}: includes {name}, which {folder}/ must not use')
            if kind == '"' and not name.endswith('.moc') and name not in headers:
                problems.append(f'{rel}: "{name}" is not a header path from the project root')

for p in problems:
    print(p)
print(f'{len(problems)} layering problem(s)')
sys.exit(1 if problems else 0)
