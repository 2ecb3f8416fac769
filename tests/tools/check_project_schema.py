#!/usr/bin/env python3
"""The project schema's adapter parts come from the registered adapter types: the committed
schema must be what `twinloom-run --schema` prints."""
import json
import subprocess
import sys

runner, committed_path = sys.argv[1], sys.argv[2]
printed = json.loads(subprocess.run([runner, '--schema'], check=True, capture_output=True).stdout)
committed = json.load(open(committed_path, encoding='utf-8'))
if printed == committed:
    print('the project schema matches the registered adapter types')
    sys.exit(0)
for key in sorted(set(printed['$defs']) | set(committed['$defs'])):
    if printed['$defs'].get(key) != committed['$defs'].get(key):
        print(f'$defs/{key} differs from what the adapter types register')
if {k: v for k, v in printed.items() if k != '$defs'} != \
        {k: v for k, v in committed.items() if k != '$defs'}:
    print('the top level differs')
print(f'update it: {runner} --schema > {committed_path}')
sys.exit(1)
