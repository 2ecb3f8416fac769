#!/usr/bin/env python3
"""Writes examples/production-line.twinloom.json and its recorded power trace.

A packaging line of three machines (press, filler, labeller) and a conveyor. The press replays a
recorded power trace (CSV); the others are simulated. The line twin aggregates its machines.
"""
import csv
import json
import math
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent

# A press stroke every 6 s: idle ~1.2 kW, a 2 s pressing peak near 9 kW.
with open(root / "data" / "press-power.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["time", "power"])
    for i in range(0, 600):
        t = i * 0.1
        phase = t % 6.0
        peak = 7.8 * math.sin(math.pi * (phase - 2.0) / 2.0) if 2.0 <= phase < 4.0 else 0.0
        ripple = 0.15 * math.sin(2 * math.pi * t * 1.7)
        w.writerow([f"{t:.1f}", f"{1.2 + peak + ripple:.3f}"])

def prop(name, schema="double", unit=None, **extra):
    p = {"@type": "Property", "name": name, "schema": schema}
    if unit:
        p["unit"] = unit
    p.update(extra)
    return p

machine_model = {
    "@id": "dtmi:twinloom:example:Machine;1",
    "displayName": "Machine",
    "contents": [
        prop("power", unit="kilowatt", minimum=0, maxAge="PT5S", history=3000),
        prop("temperature", unit="degreeCelsius", maxAge="PT10S", history=3000),
        prop("vibration", unit="millimetre", history=3000, description="RMS vibration displacement"),
        prop("cycles", "long"),
        prop("running", "boolean"),
        {"@type": "Event", "name": "overheated", "schema": "double"},
        {"@type": "Command", "name": "start"},
        {"@type": "Command", "name": "stop"},
    ],
}
conveyor_model = {
    "@id": "dtmi:twinloom:example:Conveyor;1",
    "displayName": "Conveyor",
    "contents": [
        prop("speed", unit="metrePerSecond", minimum=0, maximum=3, writable=True, history=3000),
        prop("load", unit="kilogram", minimum=0, history=3000),
        {"@type": "Command", "name": "setSpeed", "request": {"name": "speed", "schema": "double"},
         "response": {"name": "speed", "schema": "double"}},
    ],
}
line_model = {
    "@id": "dtmi:twinloom:example:ProductionLine;1",
    "displayName": "Production line",
    "contents": [
        prop("power", unit="kilowatt", history=3000),
        prop("hottestMachine", unit="degreeCelsius", history=3000),
        prop("machinesRunning", "long"),
        {"@type": "Relationship", "name": "hasMachine", "target": "dtmi:twinloom:example:Machine;1"},
        {"@type": "Relationship", "name": "hasConveyor", "target": "dtmi:twinloom:example:Conveyor;1",
         "maxMultiplicity": 1},
    ],
}

def machine(name, seed, power_signal, heat):
    return {
        "id": name,
        "displayName": name.capitalize(),
        "model": "dtmi:twinloom:example:Machine;1",
        "node": "edge-line",
        "physicalAdapters": [{
            "id": "plc", "type": "sim",
            "config": {
                "seed": seed,
                "rate": 10,
                "variables": {"running": True, "heat": heat},
                "publishVariables": True,
                "enabledBy": "running",
                "signals": [
                    power_signal,
                    {"name": "temperature", "generator": "firstOrder", "initial": 25, "target": "heat",
                     "tau": "PT2M", "noise": 0.05, "rate": 1},
                    {"name": "vibration", "generator": "gaussian", "mean": 0.8, "stddev": 0.15},
                    {"name": "cycles", "schema": "integer", "generator": "sawtooth", "low": 0, "high": 1000,
                     "period": "PT10M", "rate": 1},
                ],
                "actions": [
                    {"name": "start", "sets": "running", "value": True},
                    {"name": "stop", "sets": "running", "value": False},
                ],
            },
        }],
        "shadowing": {
            "passThrough": True,
            "rules": [
                {"from": "vibration", "to": "vibration", "steps": [{"type": "movingMean", "count": 10},
                                                                   {"type": "throttle", "interval": 1}]},
                {"from": "power", "to": "power", "steps": [{"type": "range", "min": 0, "max": 50, "mode": "drop"}]},
            ],
        },
    }

twins = [
    machine("press", 7, {"name": "power", "generator": "csv", "file": "data/press-power.csv",
                         "timeColumn": "time", "valueColumn": "power", "loop": True}, 62),
    machine("filler", 8, {"name": "power", "generator": "sine", "offset": 3.2, "amplitude": 0.6,
                          "period": 12, "noise": 0.05}, 48),
    machine("labeller", 9, {"name": "power", "generator": "square", "low": 0.4, "high": 1.6,
                            "period": 4, "duty": 0.5}, 41),
    {
        "id": "conveyor",
        "displayName": "Conveyor",
        "model": "dtmi:twinloom:example:Conveyor;1",
        "node": "edge-line",
        "physicalAdapters": [{
            "id": "drive", "type": "sim",
            "config": {
                "seed": 10,
                "rate": 2,
                "variables": {"speed": 1.2},
                "publishVariables": True,
                "signals": [{"name": "load", "generator": "randomWalk", "start": 40, "step": 2, "min": 0, "max": 120}],
                "actions": [{"name": "setSpeed", "sets": "speed"}],
            },
        }],
        "shadowing": {"desired": [{"property": "speed", "action": "setSpeed"}]},
    },
    {
        "id": "line-1",
        "displayName": "Line 1",
        "model": "dtmi:twinloom:example:ProductionLine;1",
        "node": "plant",
        "physicalAdapters": [{
            "id": "machines", "type": "aggregate",
            "config": {"relationship": "hasMachine", "aggregates": [
                {"to": "power", "of": "power", "function": "sum"},
                {"to": "hottestMachine", "of": "temperature", "function": "max"},
                {"to": "machinesRunning", "of": "running", "function": "sum"},
            ]},
        }],
        "relationships": [
            {"name": "hasMachine", "target": "press"},
            {"name": "hasMachine", "target": "filler"},
            {"name": "hasMachine", "target": "labeller"},
            {"name": "hasConveyor", "target": "conveyor"},
        ],
    },
]

project = {
    "format": "twinloom-project",
    "version": 1,
    "name": "Packaging line",
    "description": "A packaging line: a press replaying a recorded power trace, a filler, a labeller "
                   "and a conveyor; the line twin sums their power and counts running machines.",
    "nodes": [
        {"name": "edge-line", "tier": "edge", "description": "Line controller"},
        {"name": "plant", "tier": "fog", "description": "Plant server"},
    ],
    "models": [machine_model, conveyor_model, line_model],
    "twins": twins,
    "layout": {},
    "dashboards": [],
}
out = root / "production-line.twinloom.json"
out.write_text(json.dumps(project, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {out} with {len(twins)} twins")
