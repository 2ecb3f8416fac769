#!/usr/bin/env python3
"""Checks the translation contexts: lupdate, run over the sources, must find one context per
library (the Tr structs) and one per QML file, nothing else. Lists the texts that a committed
.ts file does not translate yet."""
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2])
include_paths = [str(root)] + [p for p in sys.argv[3].split(';') if p] if len(sys.argv) > 3 else [str(root)]
libraries = {'Twinloom::Engine', 'Twinloom::Adapters', 'Twinloom::Interop', 'Twinloom::Studio',
             'Twinloom::Runner', 'Twinloom::Fleet'}
qml = {p.stem for p in (root / 'qml').glob('*.qml')}

def messages(path):
    out = {}
    for context in ET.parse(path).getroot().findall('context'):
        name = context.find('name').text
        for m in context.findall('message'):
            t = m.find('translation')
            if t is not None and t.get('type') in ('vanished', 'obsolete'):
                continue
            comment = m.find('comment')
            loc = m.find('location')
            out[(name, m.find('source').text, comment.text if comment is not None else None)] = (
                t, loc.get('filename') + ':' + loc.get('line') if loc is not None else '?')
    return out

with tempfile.TemporaryDirectory() as tmp:
    ts = pathlib.Path(tmp) / 'check.ts'
    sources = sorted(str(p) for d in ('engine', 'adapters', 'app', 'qml')
                     for p in (root / d).glob('**/*') if p.suffix in ('.cpp', '.qml'))
    includes = [arg for p in include_paths for arg in ('-I', p)]
    run = subprocess.run([lupdate, '-silent'] + includes + sources + ['-ts', str(ts)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f'lupdate failed: {run.stderr}')
    found = messages(ts)

problems = 0
for (context, source, _), (_, where) in sorted(found.items(), key=lambda kv: kv[1][1]):
    if context not in libraries and context not in qml:
        print(f'{where}: "{source}" is in the context "{context}", not in its library\'s Tr')
        problems += 1
for ts in sorted((root / 'translations').glob('*.ts')):
    committed = messages(ts)
    missing = [k for k in found if k not in committed or committed[k][0].get('type') == 'unfinished']
    for context, source, _ in missing[:20]:
        print(f'note: {ts.name} does not translate "{source}" ({context}) yet')
    print(f'{ts.name}: {len(found) - len(missing)} of {len(found)} texts translated')
print(f'{len(found)} texts, {problems} in a wrong context')
sys.exit(1 if problems else 0)
