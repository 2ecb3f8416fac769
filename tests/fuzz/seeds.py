#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds come from the project's examples and test fixtures, from the official DTDL conformance cases
in tests/fixtures/dtdl-conformance (CC BY 4.0, see its README) and from the inputs written below.
Bundles are exported by twinloom-run when its path is given:

    tests/fuzz/seeds.py [build/dev/bin/twinloom-run]

Inputs that a fuzz run found and that crashed are added by hand, beside these, as crash-<sha1>.
"""
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)


def cbor(value):
    """A small CBOR encoder for the seeds (RFC 8949 major types 0-5 and 7)."""
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        for size, code in ((1, 24), (2, 25), (4, 26), (8, 27)):
            if n < 1 << (8 * size):
                return bytes([major << 5 | code]) + n.to_bytes(size, "big")
        raise ValueError(n)
    if value is None:
        return b"\xf6"
    if value is True:
        return b"\xf5"
    if value is False:
        return b"\xf4"
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, float):
        import struct
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, str):
        raw = value.encode()
        return head(3, len(raw)) + raw
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(cbor(k) + cbor(v) for k, v in value.items())
    raise TypeError(value)


SMALL_PROJECT = {
    "format": "twinloom-project", "version": 1, "name": "Seeds",
    "nodes": [{"name": "edge-1", "tier": "edge"}, {"name": "cloud", "tier": "cloud"}],
    "models": [{
        "@id": "dtmi:example:Room;1", "displayName": "Room",
        "contents": [
            {"@type": "Property", "name": "temperature", "schema": "double",
             "unit": "degreeCelsius", "minimum": -40, "maximum": 85, "maxAge": "PT10S",
             "history": 60},
            {"@type": "Property", "name": "setpoint", "schema": "double", "writable": True},
            {"@type": "Property", "name": "mode",
             "schema": {"@type": "Enum", "valueSchema": "string",
                        "enumValues": [{"name": "eco", "enumValue": "eco"},
                                       {"name": "comfort", "enumValue": "comfort"}]}},
            {"@type": "Telemetry", "name": "alarm", "schema": "string"},
            {"@type": "Command", "name": "setSetpoint", "request": {"name": "value", "schema": "double"}},
            {"@type": "Relationship", "name": "hasSensor", "target": "dtmi:example:Room;1"},
        ]}],
    "twins": [
        {"id": "room-1", "model": "dtmi:example:Room;1", "node": "edge-1",
         "physicalAdapters": [
             {"id": "plc", "type": "mqtt", "config": {
                 "broker": {"host": "127.0.0.1", "port": 1883, "keepAlive": 30,
                            "reconnect": {"min": 1, "max": 30}},
                 "qos": 1, "maxPayload": 262144,
                 "subscriptions": [
                     {"topic": "site/{floor}/{twin}/env", "codec": "json",
                      "fields": [{"pointer": "/t", "property": "temperature"}]},
                     {"topic": "meters/{twin}", "codec": "senml", "prefix": ""},
                     {"topic": "site/{twin}/alarm", "codec": "text", "event": "alarm"}],
                 "actions": [{"name": "setSetpoint", "topic": "cmd/{twin}/{action}",
                              "payload": "{\"sp\": {value}}", "qos": 1}]}},
             {"id": "meter", "type": "coap", "config": {
                 "host": "127.0.0.1", "port": 5683,
                 "resources": [{"path": "/env", "codec": "json", "property": "temperature",
                                "pointer": "/t", "observe": True},
                               {"path": "/meters", "codec": "senml"}],
                 "pollInterval": "PT5S", "maxPayload": 1048576}}],
         "digitalAdapters": [
             {"id": "mqtt", "type": "mqtt", "config": {
                 "broker": {"host": "127.0.0.1", "port": 1883}, "prefix": "twinloom",
                 "maxPayload": 65536}},
             {"id": "coap", "type": "coap", "config": {"host": "127.0.0.1", "port": 5683}}],
         "shadowing": {"passThrough": True, "rules": [
             {"from": "env", "pointer": "/t", "to": "temperature", "steps": [
                 {"type": "unit", "from": "degreeFahrenheit", "to": "degreeCelsius"},
                 {"type": "deadband", "delta": 0.05},
                 {"type": "script", "code": "value * 2", "timeout": "PT0.1S"}]}]},
         "relationships": [{"name": "hasSensor", "target": "room-2"}]},
        {"id": "room-2", "model": "dtmi:example:Room;1", "node": "cloud",
         "physicalAdapters": [{"id": "sim", "type": "sim", "config": {
             "seed": 42, "rate": 1, "signals": [
                 {"name": "temperature", "generator": "sine", "offset": 21, "amplitude": 2,
                  "period": "PT1M"}]}}]},
    ],
}


def main():
    runner = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else None

    # The project loader: the examples, the fixtures and a small project of every adapter type.
    for path in sorted(ROOT.glob("examples/*.twinloom.json")) + \
            sorted((FIXTURES / "projects").glob("*.json")) + \
            [FIXTURES / "interop" / "building.twinloom.json"]:
        put("fuzz_project", path.read_bytes())
    put("fuzz_project", json.dumps(SMALL_PROJECT, indent=2))
    put("fuzz_project", '{"format": "twinloom-project", "version": 1}')

    # Payloads, one kind per codec.
    for text in ['{"t": 21.5, "ok": true}', '{"env": {"t": 70.1, "h": [1, 2, 3]}}', "[1, 2.5, -3e10]",
                 '"idle"', "21.5", "null", '{"a/b": {"~": "x"}}', '{"when": "2026-01-01T00:00:00Z"}']:
        put("fuzz_codec_json", text)
    for text in ["21.5", "true", "false", "idle", "-0", "1e308", "", "  42  ", "0x1F"]:
        put("fuzz_codec_text", text)
    senml = [{"bn": "urn:dev:1:", "bt": 1700000000, "n": "temp", "u": "Cel", "v": 21.5},
             {"n": "door", "vb": True, "t": 1}, {"n": "mode", "vs": "eco"},
             {"n": "blob", "vd": "aGVsbG8"}, {"n": "energy", "s": 12.5, "t": -5}]
    put("fuzz_codec_senml", json.dumps(senml))
    put("fuzz_codec_senml", json.dumps(senml[:1]))
    put("fuzz_codec_senml", cbor([{-2: "urn:dev:1:", -3: 1700000000, 0: "temp", 2: 21.5},
                                  {0: "door", 4: True}, {0: "mode", 3: "eco"}]))
    for value in [21.5, 42, -7, True, None, "idle", [1, 2, 3], {"t": 21.5, "h": {"x": [True]}},
                  b"\x00\x01", 2**40]:
        put("fuzz_codec_cbor", cbor(value))

    # CoRE Link Format.
    for text in ['</sensors/temp>;rt="temperature-c";if="sensor";obs,</sensors/light>;ct=0',
                 '</.well-known/core>,<coap://[::1]/x>;anchor="/y";rel="describedby"',
                 '</twins/room-1/properties/temperature>;rt="twinloom.property";ct="0 50";sz=1024',
                 '<>', '</a>;title*=utf-8\'\'%E2%82%AC']:
        put("fuzz_linkformat", text)

    # DTDL: the project's DTDL fixtures and the first document of some conformance cases.
    for path in sorted((FIXTURES / "dtdl").rglob("*.json")):
        put("fuzz_dtdl", path.read_bytes())
    cases = sorted((FIXTURES / "dtdl-conformance").rglob("*.json"))
    for path in cases[::12]:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
        if doc and doc[0].get("input"):
            put("fuzz_dtdl", json.dumps(doc[0]["input"][0], indent=1))
    # The language extensions' co-types and properties.
    for case in json.loads((FIXTURES / "dtdl-extensions" / "cases.json").read_text())[::3]:
        put("fuzz_dtdl", json.dumps(case["documents"], indent=1))

    # WoT and Azure Digital Twins imports.
    for path in sorted((FIXTURES / "interop" / "wot").glob("*.json")):
        put("fuzz_wot", path.read_bytes())
    for path in sorted((FIXTURES / "interop" / "adt").glob("*")):
        put("fuzz_adt", path.read_bytes())

    # Topic templates and filters: pattern, newline, topic.
    for text in ["site/{floor}/{twin}/env\nsite/3/room-1/env", "meters/{twin}\nmeters/twin-1",
                 "cmd/{twin}/{action}\ncmd/twin-1/setSetpoint", "a/+/c/#\na/b/c/d/e",
                 "twins/+/properties/#\ntwins/room-1/properties/thermostat/temperature",
                 "twins/room-1/lifecycle\ntwins/room-1/lifecycle", "{a}{b}/x\nab/x", "#\n", "+/+\n/"]:
        put("fuzz_topics", text)

    # Durations, date-times and units: first line, newline, second unit.
    for text in ["PT1M30S\ndegreeCelsius", "P1Y2M3DT4H5M6.789S\nkelvin", "\"PT10S\"\nsecond",
                 "-P1D\nmillisecond", "P99999999999999D\n", "degreeFahrenheit\ndegreeCelsius",
                 "2026-12-06T01:02:03.456Z\n", "kilowattHour\njoule", "PT0S\npercent"]:
        put("fuzz_units", text)

    # HTTP/1.1 requests, alone, pipelined, with bodies in both framings, and WebSocket upgrades
    # followed by masked client frames (text, fragmented, ping, close).
    def masked(opcode, payload, fin=True):
        key = b"\x11\x22\x33\x44"
        body = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
        length = len(payload)
        if length < 126:
            head = bytes([(0x80 if fin else 0) | opcode, 0x80 | length])
        else:
            head = bytes([(0x80 if fin else 0) | opcode, 0x80 | 126]) + length.to_bytes(2, "big")
        return head + key + body
    upgrade = (b"GET /api/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
               b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               b"Sec-WebSocket-Version: 13\r\n\r\n")
    for data in [
            b"GET /api/twins HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /api/twins/room-1/properties/temperature/history?from=now-PT1H&step=PT1M "
            b"HTTP/1.1\r\nHost: x\r\n\r\n",
            b"HEAD /a%20b/%E2%82%AC?x=1&y=%41 HTTP/1.0\r\n\r\n",
            b"PUT /p HTTP/1.1\r\nContent-Length: 4\r\nContent-Type: application/json\r\n\r\n23.5",
            b"POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n",
            b"POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
            b"GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\nConnection: close\r\n\r\n",
            upgrade + masked(1, b'{"subscribe": "twins/+/properties/#"}'),
            upgrade + masked(1, b"frag", fin=False) + masked(0, b"ment") + masked(9, b"ping")
            + masked(8, b"\x03\xe8bye"),
            upgrade + masked(1, b"x" * 300)]:
        put("fuzz_http", data)

    # Bundles exported by the runner from the examples.
    if runner:
        with tempfile.TemporaryDirectory() as scratch:
            for path in sorted(ROOT.glob("examples/*.twinloom.json"))[:2]:
                out = pathlib.Path(scratch) / (path.stem + ".zip")
                subprocess.run([str(runner), str(path), "--export-bundle", str(out)], check=True,
                               stdout=subprocess.DEVNULL)
                put("fuzz_bundle", out.read_bytes())
    put("fuzz_bundle", b"PK\x05\x06" + b"\x00" * 18)  # an empty zip


if __name__ == "__main__":
    main()
