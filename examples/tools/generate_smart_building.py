#!/usr/bin/env python3
"""Writes examples/smart-building.twinloom.json: a building of 3 floors with 4 rooms each.

Each room has an environment sensor (temperature, humidity, CO2, occupancy) and an HVAC unit with
a setpoint action, all simulated. Rooms, floors and the building aggregate their parts through
relationships building -> floors -> rooms -> devices.
"""
import json
import pathlib
import sys

# --edge-cloud: the same building split over runners that meet on an MQTT broker (127.0.0.1:1883):
# each floor runs with its rooms on its edge node and publishes itself; the building runs in the
# cloud and is made of the floors it reads from the broker.
EDGE_CLOUD = "--edge-cloud" in sys.argv
BROKER = {"host": "127.0.0.1", "port": 1883}

FLOORS = 3
ROOMS = 4

def prop(name, schema="double", unit=None, **extra):
    p = {"@type": "Property", "name": name, "schema": schema}
    if unit:
        p["unit"] = unit
    p.update(extra)
    return p

models = [
    {
        "@id": "dtmi:twinloom:example:EnvironmentSensor;1",
        "displayName": "Environment sensor",
        "contents": [
            prop("temperature", unit="degreeCelsius", minimum=-40, maximum=85, maxAge="PT10S", history=600),
            prop("humidity", unit="percent", minimum=0, maximum=100, maxAge="PT30S", history=600),
            prop("co2", unit="partsPerMillion", minimum=0, maximum=10000, maxAge="PT30S", history=600),
            prop("occupied", "boolean", maxAge="PT30S"),
        ],
    },
    {
        "@id": "dtmi:twinloom:example:HvacUnit;1",
        "displayName": "HVAC unit",
        "contents": [
            prop("setpoint", unit="degreeCelsius", minimum=5, maximum=35),
            prop("supplyTemperature", unit="degreeCelsius", maxAge="PT10S", history=600),
            prop("power", unit="watt", minimum=0, history=600),
            {"@type": "Command", "name": "setSetpoint",
             "request": {"name": "temperature", "schema": "double"},
             "response": {"name": "applied", "schema": "double"}},
        ],
    },
    {
        "@id": "dtmi:twinloom:example:Room;1",
        "displayName": "Room",
        "contents": [
            prop("temperature", unit="degreeCelsius", history=600),
            prop("humidity", unit="percent", history=600),
            prop("co2", unit="partsPerMillion", history=600),
            prop("occupied", "boolean"),
            prop("setpoint", unit="degreeCelsius"),
            prop("hvacPower", unit="watt", history=600),
            {"@type": "Relationship", "name": "hasDevice", "displayName": "has device"},
        ],
    },
    {
        "@id": "dtmi:twinloom:example:Floor;1",
        "displayName": "Floor",
        "contents": [
            prop("temperature", unit="degreeCelsius", history=600),
            prop("humidity", unit="percent", history=600),
            prop("maxCo2", unit="partsPerMillion", history=600),
            prop("occupiedRooms", "long"),
            prop("hvacPower", unit="watt", history=600),
            {"@type": "Relationship", "name": "hasRoom", "displayName": "has room",
             "target": "dtmi:twinloom:example:Room;1"},
        ],
    },
    {
        "@id": "dtmi:twinloom:example:Building;1",
        "displayName": "Building",
        "contents": [
            prop("temperature", unit="degreeCelsius", history=600),
            prop("maxCo2", unit="partsPerMillion", history=600),
            prop("occupiedRooms", "long"),
            prop("hvacPower", unit="watt", history=600),
            {"@type": "Relationship", "name": "hasFloor", "displayName": "has floor",
             "target": "dtmi:twinloom:example:Floor;1", "maxMultiplicity": 50},
        ],
    },
]

def sensor(floor, room, seed):
    base = round(20.5 + 0.4 * room - 0.3 * floor, 2)
    return {
        "id": f"sensor-{floor}-{room}",
        "displayName": f"Sensor {floor}.{room}",
        "model": "dtmi:twinloom:example:EnvironmentSensor;1",
        "node": f"edge-{floor}",
        "physicalAdapters": [{
            "id": "sim", "type": "sim",
            "config": {
                "seed": seed,
                "rate": 1,
                "signals": [
                    {"name": "temperature", "generator": "sine", "offset": base, "amplitude": 1.2,
                     "period": "PT10M", "phase": round(room / ROOMS, 2), "noise": 0.05},
                    {"name": "humidity", "generator": "randomWalk", "start": 45, "step": 0.3, "min": 30, "max": 65},
                    {"name": "co2", "generator": "gaussian", "mean": 550 + 60 * room, "stddev": 25},
                    {"name": "occupied", "schema": "boolean", "generator": "square", "low": 0, "high": 1,
                     "period": "PT4M", "duty": round(0.3 + 0.1 * room, 2)},
                ],
            },
        }],
        "shadowing": {"passThrough": True, "rules": [
            {"from": "temperature", "to": "temperature", "steps": [{"type": "deadband", "delta": 0.02}]},
        ]},
    }

def hvac(floor, room, seed):
    return {
        "id": f"hvac-{floor}-{room}",
        "displayName": f"HVAC {floor}.{room}",
        "model": "dtmi:twinloom:example:HvacUnit;1",
        "node": f"edge-{floor}",
        "physicalAdapters": [{
            "id": "sim", "type": "sim",
            "config": {
                "seed": seed,
                "rate": 1,
                "variables": {"setpoint": 21.0},
                "publishVariables": True,
                "signals": [
                    {"name": "supplyTemperature", "generator": "firstOrder", "initial": 18,
                     "target": "setpoint", "tau": "PT1M", "noise": 0.02},
                    {"name": "power", "generator": "gaussian", "mean": 900, "stddev": 60},
                ],
                "actions": [{"name": "setSetpoint", "sets": "setpoint"}],
            },
        }],
    }

def room(floor, room):
    return {
        "id": f"room-{floor}-{room}",
        "displayName": f"Room {floor}.{room}",
        "model": "dtmi:twinloom:example:Room;1",
        "node": f"edge-{floor}",
        "physicalAdapters": [{
            "id": "devices", "type": "aggregate",
            "config": {"relationship": "hasDevice", "aggregates": [
                {"to": "temperature", "of": "temperature", "function": "mean"},
                {"to": "humidity", "of": "humidity", "function": "mean"},
                {"to": "co2", "of": "co2", "function": "max"},
                {"to": "occupied", "of": "occupied", "function": "max"},
                {"to": "setpoint", "of": "setpoint", "function": "mean"},
                {"to": "hvacPower", "of": "power", "function": "sum"},
            ]},
        }],
        "shadowing": {"passThrough": True, "rules": [
            {"from": "occupied", "to": "occupied", "steps": [{"type": "convert", "to": "boolean"}]},
        ]},
        "relationships": [
            {"name": "hasDevice", "target": f"sensor-{floor}-{room}"},
            {"name": "hasDevice", "target": f"hvac-{floor}-{room}"},
        ],
    }

def floor_twin(floor):
    twin = {
        "id": f"floor-{floor}",
        "displayName": f"Floor {floor}",
        "model": "dtmi:twinloom:example:Floor;1",
        "node": f"edge-{floor}" if EDGE_CLOUD else "fog",
        "physicalAdapters": [{
            "id": "rooms", "type": "aggregate",
            "config": {"relationship": "hasRoom", "aggregates": [
                {"to": "temperature", "of": "temperature", "function": "mean"},
                {"to": "humidity", "of": "humidity", "function": "mean"},
                {"to": "maxCo2", "of": "co2", "function": "max"},
                {"to": "occupiedRooms", "of": "occupied", "function": "sum"},
                {"to": "hvacPower", "of": "hvacPower", "function": "sum"},
            ]},
        }],
        "relationships": [{"name": "hasRoom", "target": f"room-{floor}-{r}"} for r in range(1, ROOMS + 1)],
    }
    if EDGE_CLOUD:
        twin["digitalAdapters"] = [{"id": "mqtt", "type": "mqtt", "config": {"broker": BROKER, "prefix": "twinloom"}}]
    return twin

twins = []
seed = 1000
for f in range(1, FLOORS + 1):
    for r in range(1, ROOMS + 1):
        seed += 1
        twins.append(sensor(f, r, seed))
        seed += 1
        twins.append(hvac(f, r, seed))
        twins.append(room(f, r))
for f in range(1, FLOORS + 1):
    twins.append(floor_twin(f))
twins.append({
    "id": "building",
    "displayName": "Building",
    "model": "dtmi:twinloom:example:Building;1",
    "node": "cloud",
    "physicalAdapters": [{
        "id": "floors", "type": "remoteAggregate" if EDGE_CLOUD else "aggregate",
        "config": {**({"broker": BROKER, "prefix": "twinloom"} if EDGE_CLOUD else {}),
                   "relationship": "hasFloor", "aggregates": [
            {"to": "temperature", "of": "temperature", "function": "mean"},
            {"to": "maxCo2", "of": "maxCo2", "function": "max"},
            {"to": "occupiedRooms", "of": "occupiedRooms", "function": "sum"},
            {"to": "hvacPower", "of": "hvacPower", "function": "sum"},
        ]},
    }],
    "relationships": [{"name": "hasFloor", "target": f"floor-{f}"} for f in range(1, FLOORS + 1)],
})

project = {
    "format": "twinloom-project",
    "version": 1,
    "name": "Smart building",
    "description": "A building of 3 floors with 4 rooms each. Every room has a simulated environment "
                   "sensor and HVAC unit; rooms, floors and the building aggregate their parts.",
    "nodes": [
        {"name": "edge-1", "tier": "edge", "description": "Gateway of floor 1"},
        {"name": "edge-2", "tier": "edge", "description": "Gateway of floor 2"},
        {"name": "edge-3", "tier": "edge", "description": "Gateway of floor 3"},
        {"name": "fog", "tier": "fog", "description": "Building server"},
        {"name": "cloud", "tier": "cloud", "description": "Portfolio of buildings"},
    ],
    "models": models,
    "twins": twins,
    "layout": {},
    "dashboards": [],
}

if EDGE_CLOUD:
    project["name"] = "Smart building, edge and cloud"
    project["description"] = ("The smart building split over runners that meet on an MQTT broker at 127.0.0.1:1883: "
                              "run each floor's node (edge-1, edge-2, edge-3) and the cloud node in their own "
                              "twinloom-run; the building in the cloud is made of the floors it reads from the broker.")
    project["nodes"] = [n for n in project["nodes"] if n["name"] != "fog"]
    out = pathlib.Path(__file__).resolve().parent.parent / "smart-building-edge-cloud.twinloom.json"
else:
    out = pathlib.Path(__file__).resolve().parent.parent / "smart-building.twinloom.json"
out.write_text(json.dumps(project, indent=2, ensure_ascii=False) + "\n")
print(f"wrote {out} with {len(twins)} twins")
