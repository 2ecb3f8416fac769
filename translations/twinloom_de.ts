<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActionTile</name>
        <message>
            <location filename="../qml/ActionTile.qml" line="26" />
            <source>Invoke</source>
            <translation>Ausführen</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../qml/Dashboard.qml" line="87" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../qml/Dashboard.qml" line="106" />
            <source>The twins are not running: start them with Run ▸ Start All Twins (F5).</source>
            <translation>Die Zwillinge laufen nicht: Starten Sie sie mit Ausführen ▸ Alle Zwillinge starten (F5).</translation>
        </message>
        <message>
            <location filename="../qml/Dashboard.qml" line="165" />
            <source>Choose a twin to see its dashboard.</source>
            <translation>Wählen Sie einen Zwilling, um sein Dashboard zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>DesiredTile</name>
        <message>
            <location filename="../qml/DesiredTile.qml" line="13" />
            <source>reported %1 · desired %2</source>
            <translation>gemeldet %1 · gewünscht %2</translation>
        </message>
        <message>
            <location filename="../qml/DesiredTile.qml" line="14" />
            <location filename="../qml/DesiredTile.qml" line="15" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../qml/DesiredTile.qml" line="64" />
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../qml/DesiredTile.qml" line="68" />
            <source>Set</source>
            <translation>Setzen</translation>
        </message>
    </context>
    <context>
        <name>EntanglementTile</name>
        <message>
            <location filename="../qml/EntanglementTile.qml" line="21" />
            <location filename="../qml/EntanglementTile.qml" line="70" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>EventLogTile</name>
        <message>
            <location filename="../qml/EventLogTile.qml" line="27" />
            <source>No events yet</source>
            <translation>Noch keine Ereignisse</translation>
        </message>
    </context>
    <context>
        <name>GaugeTile</name>
        <message>
            <location filename="../qml/GaugeTile.qml" line="23" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>LampTile</name>
        <message>
            <location filename="../qml/LampTile.qml" line="23" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>PlotTile</name>
        <message>
            <location filename="../qml/PlotTile.qml" line="32" />
            <location filename="../qml/PlotTile.qml" line="65" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="32" />
            <location filename="../qml/PlotTile.qml" line="65" />
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="36" />
            <location filename="../qml/PlotTile.qml" line="69" />
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="40" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="44" />
            <source>PNG</source>
            <translation>PNG</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="48" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="60" />
            <source>Pause, follow, export</source>
            <translation>Anhalten, folgen, exportieren</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="73" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="77" />
            <source>Export PNG…</source>
            <translation>PNG exportieren…</translation>
        </message>
        <message>
            <location filename="../qml/PlotTile.qml" line="81" />
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
    </context>
    <context>
        <name>StateTile</name>
        <message>
            <location filename="../qml/StateTile.qml" line="18" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>TableTile</name>
        <message>
            <location filename="../qml/TableTile.qml" line="63" />
            <source>Nothing to list</source>
            <translation>Nichts aufzulisten</translation>
        </message>
    </context>
    <context>
        <name>TextTile</name>
        <message>
            <location filename="../qml/TextTile.qml" line="12" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>TileFrame</name>
        <message>
            <location filename="../qml/TileFrame.qml" line="65" />
            <source>stale · %1</source>
            <translation>veraltet · %1</translation>
        </message>
        <message>
            <location filename="../qml/TileFrame.qml" line="206" />
            <source>Remove tile</source>
            <translation>Kachel entfernen</translation>
        </message>
    </context>
    <context>
        <name>Twinloom::Adapters</name>
        <message>
            <location filename="../adapters/codec/cbor.cpp" line="67" />
            <location filename="../adapters/codec/senml.cpp" line="62" />
            <source>the payload is not valid CBOR: %1</source>
            <translation>die Payload ist kein gültiges CBOR: %1</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="66" />
            <source>a SenML pack must be an array of records</source>
            <translation>ein SenML-Pack muss ein Array von Datensätzen sein</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="72" />
            <source>a SenML record is not a map</source>
            <translation>ein SenML-Datensatz ist keine Map</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="218" />
            <source>no codec reads the content format %1</source>
            <translation>kein Codec liest das Content-Format %1</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="270" />
            <source>DTLS</source>
            <translation>DTLS</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="273" />
            <source>"dtls" is an object: {"identity", "key"}</source>
            <translation>"dtls" ist ein Objekt: {"identity", "key"}</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="283" />
            <source>the pre-shared key is empty</source>
            <translation>der Pre-Shared Key ist leer</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="288" />
            <source>the identity is empty</source>
            <translation>die Identität ist leer</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapcommon.cpp" line="292" />
            <source>this libcoap has no DTLS support</source>
            <translation>diese libcoap unterstützt kein DTLS</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapdigitaladapter.cpp" line="126" />
            <source>CoAP</source>
            <translation>CoAP</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapdigitaladapter.cpp" line="127" />
            <source>Serves the twin as CoAP resources: its description, properties (Observe, PUT desired values), actions (POST) and events (Observe).</source>
            <translation>Stellt den Zwilling als CoAP-Ressourcen bereit: seine Beschreibung, Eigenschaften (Observe, PUT für Sollwerte), Aktionen (POST) und Ereignisse (Observe).</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapdigitaladapter.cpp" line="150" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="830" />
            <source>the CoAP adapter's configuration is an object</source>
            <translation>die Konfiguration des CoAP-Adapters ist ein Objekt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapdigitaladapter.cpp" line="155" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="833" />
            <source>the CoAP adapter</source>
            <translation>der CoAP-Adapter</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapdigitaladapter.cpp" line="160" />
            <source>"host" is the address to listen on</source>
            <translation>"host" ist die Adresse, auf der gelauscht wird</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="49" />
            <source>link format, at byte %1: %2</source>
            <translation>Link-Format, bei Byte %1: %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="55" />
            <source>a link starts with '&lt;'</source>
            <translation>ein Link beginnt mit '&lt;'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="58" />
            <source>'&lt;' without '&gt;'</source>
            <translation>'&lt;' ohne '&gt;'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="62" />
            <source>a link has an empty target</source>
            <translation>ein Link hat ein leeres Ziel</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="74" />
            <source>an attribute has no name</source>
            <translation>ein Attribut hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="98" />
            <source>a quoted value is not closed</source>
            <translation>ein Wert in Anführungszeichen ist nicht geschlossen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="120" />
            <source>"ct" must list numbers from 0 to 65535</source>
            <translation>"ct" muss Zahlen von 0 bis 65535 auflisten</translation>
        </message>
        <message>
            <location filename="../adapters/coap/linkformat.cpp" line="133" />
            <source>links are separated by ','</source>
            <translation>Links werden durch ',' getrennt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapclient.cpp" line="138" />
            <location filename="../adapters/coap/coapserver.cpp" line="187" />
            <source>cannot create a CoAP context</source>
            <translation>es kann kein CoAP-Kontext erstellt werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapclient.cpp" line="202" />
            <source>cannot resolve the host '%1'</source>
            <translation>kann den Host '%1' nicht auflösen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="90" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="546" />
            <source>the DTLS handshake did not complete (wrong identity or key?)</source>
            <translation>der DTLS-Handshake wurde nicht abgeschlossen (falsche Identität oder falscher Schlüssel?)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="450" />
            <source>no answer from the device after %1 retransmissions</source>
            <translation>keine Antwort vom Gerät nach %1 Wiederholungen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="454" />
            <source>the message could not be delivered</source>
            <translation>die Nachricht konnte nicht zugestellt werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="457" />
            <source>the device reset the message</source>
            <translation>das Gerät hat die Nachricht zurückgesetzt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="460" />
            <source>the DTLS handshake failed</source>
            <translation>der DTLS-Handshake ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="463" />
            <source>the device is unreachable (ICMP)</source>
            <translation>das Gerät ist nicht erreichbar (ICMP)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="545" />
            <source>the DTLS session closed</source>
            <translation>die DTLS-Sitzung wurde geschlossen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="85" />
            <source>no answer to a ping within %1 s</source>
            <translation>keine Antwort auf einen Ping innerhalb von %1 s</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="92" />
            <source>no answer from the device</source>
            <translation>keine Antwort vom Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="117" />
            <source>the adapter stopped</source>
            <translation>der Adapter wurde gestoppt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapclient.cpp" line="219" />
            <source>cannot open a CoAP session to %1:%2</source>
            <translation>es kann keine CoAP-Sitzung zu %1:%2 geöffnet werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="138" />
            <source>the CoAP session was closed</source>
            <translation>die CoAP-Sitzung wurde geschlossen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="229" />
            <source>CoAP device %1:%2: %3</source>
            <translation>CoAP-Gerät %1:%2: %3</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="353" />
            <source>discovery at /.well-known/core found no resource to synchronise (see "include" and "ignore"); asking again</source>
            <translation>die Erkennung unter /.well-known/core fand keine zu synchronisierende Ressource (siehe „include“ und „ignore“); erneute Anfrage folgt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="380" />
            <source>action '%1': the device answered %2</source>
            <translation>Aktion '%1': das Gerät antwortete %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="395" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="522" />
            <source>GET %1: %2</source>
            <translation>GET %1: %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="466" />
            <source>the device sent a body over the limit of %1 bytes ("maxPayload")</source>
            <translation>das Gerät hat einen Inhalt über der Grenze von %1 Bytes gesendet („maxPayload“)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="473" />
            <source>a response</source>
            <translation>eine Antwort</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="485" />
            <source>GET %1</source>
            <translation>GET %1</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="486" />
            <source>; the resource is not read again</source>
            <translation>; die Ressource wird nicht mehr gelesen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="489" />
            <source>%1: %2; the session starts again</source>
            <translation>%1: %2; die Sitzung beginnt neu</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="519" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="713" />
            <location filename="../adapters/coap/coapserver.cpp" line="741" />
            <source>action '%1': %2</source>
            <translation>Aktion '%1': %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="554" />
            <source>discovery at /.well-known/core: the device answered %1</source>
            <translation>Erkennung über /.well-known/core: das Gerät antwortete %1</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="561" />
            <source>discovery at /.well-known/core: %1</source>
            <translation>Erkennung über /.well-known/core: %1</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="609" />
            <source>%1: a payload of %2 bytes is over the limit of %3; refused</source>
            <translation>%1: eine Payload von %2 Bytes überschreitet das Limit von %3; abgelehnt</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="622" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="636" />
            <location filename="../adapters/coap/coapserver.cpp" line="610" />
            <location filename="../adapters/coap/coaptwinbrowser.cpp" line="130" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="666" />
            <source>no CoAP resource is configured for action '%1'</source>
            <translation>für Aktion '%1' ist keine CoAP-Ressource konfiguriert</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="672" />
            <source>the CoAP device is unreachable</source>
            <translation>das CoAP-Gerät ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="685" />
            <source>action '%1': the request could not be sent</source>
            <translation>Aktion '%1': die Anfrage konnte nicht gesendet werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="698" />
            <source>action '%1': no response from the device within %2 ms</source>
            <translation>Aktion '%1': keine Antwort vom Gerät innerhalb von %2 ms</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="732" />
            <source>"%1" is a list of strings</source>
            <translation>"%1" ist eine Liste von Zeichenketten</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="737" />
            <source>a path pattern is a string</source>
            <translation>ein Pfadmuster ist eine Zeichenkette</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="813" />
            <source>CoAP device</source>
            <translation>CoAP-Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="814" />
            <source>Discovers a CoAP device's resources, observes or polls them; actions are PUT or POST requests.</source>
            <translation>Ermittelt die Ressourcen eines CoAP-Geräts und beobachtet oder pollt sie; Aktionen sind PUT- oder POST-Anfragen.</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="838" />
            <source>"host" names the device</source>
            <translation>"host" benennt das Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="855" />
            <source>"discovery" is true, false or {"include", "ignore"}</source>
            <translation>"discovery" ist true, false oder {"include", "ignore"}</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="860" />
            <source>"resources" is a list</source>
            <translation>"resources" ist eine Liste</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="863" />
            <source>a resource</source>
            <translation>eine Ressource</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="870" />
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="911" />
            <source>a resource path starts with '/'</source>
            <translation>ein Ressourcenpfad beginnt mit '/'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="879" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="266" />
            <source>name the physical "property" or "event" it feeds</source>
            <translation>geben Sie die physische "property" oder das "event" an, das sie speist</translation>
        </message>
        <message>
            <location filename="../adapters/codec/valuefield.cpp" line="19" />
            <source>not a JSON pointer: it must be empty or start with '/'</source>
            <translation>kein JSON-Pointer: er muss leer sein oder mit '/' beginnen</translation>
        </message>
        <message>
            <location filename="../adapters/codec/valuefield.cpp" line="38" />
            <source>the payload has nothing at '%1'</source>
            <translation>die Payload enthält nichts unter '%1'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="900" />
            <source>"actions" is a list</source>
            <translation>"actions" ist eine Liste</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="903" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="292" />
            <source>an action</source>
            <translation>eine Aktion</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="918" />
            <source>"method" is PUT or POST</source>
            <translation>"method" ist PUT oder POST</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="938" />
            <source>"ackTimeout" is a whole number of seconds from 1 to 60 (libcoap does not go below 1 s)</source>
            <translation>"ackTimeout" ist eine ganze Zahl von Sekunden von 1 bis 60 (libcoap geht nicht unter 1 s)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="942" />
            <source>"maxRetransmit" is from 0 to 10</source>
            <translation>"maxRetransmit" liegt zwischen 0 und 10</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="948" />
            <source>"defaultMaxAge" is a number of seconds, 0 or more</source>
            <translation>"defaultMaxAge" ist eine Anzahl von Sekunden, 0 oder mehr</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="954" />
            <source>"maxPayload" is a number of bytes from 1 to 64 MiB</source>
            <translation>"maxPayload" ist eine Anzahl von Bytes von 1 bis 64 MiB</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="958" />
            <source>declare "resources" or "actions", or turn "discovery" on</source>
            <translation>deklarieren Sie "resources" oder "actions", oder schalten Sie "discovery" ein</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="141" />
            <source>the CoAP server on %1:%2 already runs with other DTLS settings</source>
            <translation>der CoAP-Server auf %1:%2 läuft bereits mit anderen DTLS-Einstellungen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="182" />
            <source>cannot resolve the CoAP server's host '%1'</source>
            <translation>der Host '%1' des CoAP-Servers kann nicht aufgelöst werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="204" />
            <source>cannot set up DTLS with a pre-shared key</source>
            <translation>DTLS mit Pre-Shared Key kann nicht eingerichtet werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="217" />
            <source>cannot listen for CoAP on %1:%2: the port is in use by another program</source>
            <translation>CoAP kann auf %1:%2 nicht empfangen: der Port wird von einem anderen Programm verwendet</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="225" />
            <source>cannot listen for CoAP on %1:%2 (is the port in use?)</source>
            <translation>auf %1:%2 kann nicht auf CoAP gelauscht werden (ist der Port belegt?)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="232" />
            <source>this libcoap cannot be driven from an event loop (no epoll)</source>
            <translation>diese libcoap kann nicht über eine Ereignisschleife betrieben werden (kein epoll)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="466" />
            <source>a body of %1 bytes or more is over the limit of %2 bytes</source>
            <translation>ein Inhalt von %1 Bytes oder mehr liegt über der Grenze von %2 Bytes</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="493" />
            <source>%1 block-wise bodies are arriving already; try again later</source>
            <translation>%1 blockweise Inhalte treffen bereits ein; später erneut versuchen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="503" />
            <source>block %1 arrived without the blocks before it; send the body again from block 0</source>
            <translation>Block %1 kam ohne die Blöcke davor an; den Inhalt ab Block 0 erneut senden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="544" />
            <source>the server cannot take this request now</source>
            <translation>der Server kann diese Anfrage gerade nicht annehmen</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="595" />
            <source>the answer was lost</source>
            <translation>die Antwort ging verloren</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="619" />
            <source>no twin '%1' here</source>
            <translation>hier gibt es keinen Zwilling '%1'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="631" />
            <source>Accept %1 is not served: ask for application/json (50) or application/cbor (60)</source>
            <translation>Accept %1 wird nicht bedient: fordern Sie application/json (50) oder application/cbor (60) an</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="651" />
            <source>Content-Format %1 is not read: send application/json (50), application/cbor (60) or text/plain (0)</source>
            <translation>Content-Format %1 wird nicht gelesen: senden Sie application/json (50), application/cbor (60) oder text/plain (0)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="694" />
            <source>twin '%1' has no property '%2'</source>
            <translation>Zwilling '%1' hat keine Eigenschaft '%2'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="699" />
            <source>property '%1' is read-only: it cannot be written</source>
            <translation>Eigenschaft '%1' ist schreibgeschützt: sie kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="708" />
            <source>PUT carries the desired value of '%1' as its payload</source>
            <translation>PUT überträgt den Sollwert von '%1' als Payload</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="714" />
            <source>property '%1': %2</source>
            <translation>Eigenschaft '%1': %2</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="718" />
            <source>desired value of '%1'</source>
            <translation>Sollwert von '%1'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="726" />
            <source>twin '%1' has no action '%2'</source>
            <translation>Zwilling '%1' hat keine Aktion '%2'</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="734" />
            <source>action '%1' needs an argument '%2' of type %3</source>
            <translation>Aktion '%1' benötigt ein Argument '%2' vom Typ %3</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapserver.cpp" line="748" />
            <source>twin '%1' is not running (%2)</source>
            <translation>Zwilling '%1' läuft nicht (%2)</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapphysicaladapter.cpp" line="478" />
            <location filename="../adapters/coap/coapserver.cpp" line="753" />
            <source>action '%1'</source>
            <translation>Aktion '%1'</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="184" />
            <source>the request is %1 bytes, over the limit of %2 ("maxPayload")</source>
            <translation>die Anfrage ist %1 Bytes groß, über der Grenze von %2 ("maxPayload")</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="225" />
            <source>MQTT</source>
            <translation>MQTT</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="226" />
            <source>Publishes the twin's state, events and lifecycle; takes actions and desired values.</source>
            <translation>Veröffentlicht Zustand, Ereignisse und Lebenszyklus des Zwillings; nimmt Aktionen und Sollwerte entgegen.</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="240" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="214" />
            <source>the MQTT adapter</source>
            <translation>der MQTT-Adapter</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="244" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="218" />
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="24" />
            <source>the broker</source>
            <translation>der Broker</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="253" />
            <source>"prefix" is a topic without '+' or '#'</source>
            <translation>"prefix" ist ein Topic ohne '+' oder '#'</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="256" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="223" />
            <source>"qos" is 0, 1 or 2</source>
            <translation>"qos" ist 0, 1 oder 2</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttsession.cpp" line="144" />
            <source>MQTT: %1</source>
            <translation>MQTT: %1</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="78" />
            <source>'%1': a payload of %2 bytes is over the limit of %3; refused</source>
            <translation>'%1': eine Payload von %2 Bytes überschreitet das Limit von %3; abgelehnt</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="91" />
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="103" />
            <source>'%1': %2</source>
            <translation>'%1': %2</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="126" />
            <source>no MQTT topic is configured for action '%1'</source>
            <translation>für Aktion '%1' ist kein MQTT-Topic konfiguriert</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="137" />
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="187" />
            <source>not connected to the broker</source>
            <translation>nicht mit dem Broker verbunden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="144" />
            <source>the MQTT client refused to publish on '%1'</source>
            <translation>der MQTT-Client hat das Veröffentlichen auf '%1' abgelehnt</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="202" />
            <source>MQTT device</source>
            <translation>MQTT-Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="203" />
            <source>Subscribes to a device's topics; actions publish to topics.</source>
            <translation>Abonniert die Topics eines Geräts; Aktionen veröffentlichen auf Topics.</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="230" />
            <source>list the topics to subscribe to</source>
            <translation>geben Sie die zu abonnierenden Topics an</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="235" />
            <source>a subscription</source>
            <translation>ein Abonnement</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="252" />
            <source>a field</source>
            <translation>ein Feld</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="281" />
            <source>say which "property" or "event" the messages feed, or list "fields"</source>
            <translation>geben Sie an, welche "property" oder welches "event" die Nachrichten speisen, oder listen Sie "fields" auf</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="301" />
            <source>an action publishes to one topic: no '+' or '#'</source>
            <translation>eine Aktion veröffentlicht auf genau ein Topic: kein '+' oder '#'</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="120" />
            <source>gone: its engine lost its connection</source>
            <translation>weg: seine Engine hat die Verbindung verloren</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="121" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="127" />
            <source>the remote twin '%1' is %2</source>
            <translation>der entfernte Zwilling '%1' ist %2</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="140" />
            <source>the remote twin refused</source>
            <translation>der entfernte Zwilling hat abgelehnt</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="167" />
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="237" />
            <source>'%1' is not a {"value", "time"} message</source>
            <translation>'%1' ist keine {"value", "time"}-Nachricht</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="268" />
            <source>Twin in another engine</source>
            <translation>Zwilling in einer anderen Engine</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="269" />
            <source>Uses a twin published by another engine's MQTT digital adapter as this twin's device.</source>
            <translation>Verwendet einen Zwilling, den der digitale MQTT-Adapter einer anderen Engine veröffentlicht, als Gerät dieses Zwillings.</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="279" />
            <source>the twin link</source>
            <translation>die Zwillingsverknüpfung</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="294" />
            <source>Aggregate of twins in other engines</source>
            <translation>Aggregat von Zwillingen in anderen Engines</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="310" />
            <source>the aggregate</source>
            <translation>das Aggregat</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="172" />
            <source>"host" names the broker: a host name or an address</source>
            <translation>"host" benennt den Broker: ein Hostname oder eine Adresse</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="187" />
            <source>"protocol" is "3.1.1" or "5"</source>
            <translation>"protocol" ist "3.1.1" oder "5"</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="192" />
            <source>"keepAlive" is from 5 to 65535 seconds</source>
            <translation>"keepAlive" liegt zwischen 5 und 65535 Sekunden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="202" />
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="211" />
            <source>a client certificate needs both "cert" and "key"</source>
            <translation>ein Client-Zertifikat benötigt sowohl "cert" als auch "key"</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="218" />
            <source>cannot read the file '%1'</source>
            <translation>die Datei „%1“ kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="223" />
            <source>the last will</source>
            <translation>der Letzte Wille</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="231" />
            <source>reconnection</source>
            <translation>die Wiederverbindung</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="236" />
            <source>the reconnection "min" (%1 s) is above its "max" (%2 s)</source>
            <translation>das "min" der Wiederverbindung (%1 s) liegt über ihrem "max" (%2 s)</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="375" />
            <source>cannot create an MQTT client</source>
            <translation>es kann kein MQTT-Client erstellt werden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="405" />
            <source>TLS: cannot read the file '%1'</source>
            <translation>TLS: die Datei „%1“ kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="418" />
            <source>TLS settings refused: %1</source>
            <translation>TLS-Einstellungen abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="440" />
            <source>cannot start the MQTT network thread: %1</source>
            <translation>der MQTT-Netzwerkthread kann nicht gestartet werden: %1</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="541" />
            <source>no answer within the keep-alive time (%1 s)</source>
            <translation>keine Antwort innerhalb der Keep-alive-Zeit (%1 s)</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="544" />
            <source>connection to the broker %1:%2 lost: %3</source>
            <translation>Verbindung zum Broker %1:%2 verloren: %3</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="545" />
            <source>cannot connect to the broker %1:%2: %3</source>
            <translation>keine Verbindung zum Broker %1:%2: %3</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="677" />
            <source>the broker refused the connection: %1</source>
            <translation>der Broker hat die Verbindung abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttclient.cpp" line="706" />
            <source>disconnected</source>
            <translation>getrennt</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="110" />
            <source>a SenML pack must be a JSON array of records</source>
            <translation>ein SenML-Pack muss ein JSON-Array von Datensätzen sein</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="121" />
            <source>SenML record %1 is not an object</source>
            <translation>SenML-Datensatz %1 ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="134" />
            <source>SenML record %1 has no name ("bn" or "n")</source>
            <translation>SenML-Datensatz %1 hat keinen Namen ("bn" oder "n")</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="144" />
            <source>SenML record %1: the time %2 is out of range</source>
            <translation>SenML-Datensatz %1: die Zeit %2 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <location filename="../adapters/codec/senml.cpp" line="151" />
            <source>SenML record %1: the value (with "bv") is beyond the range of a double</source>
            <translation>SenML-Datensatz %1: der Wert (mit "bv") liegt außerhalb des Bereichs eines double</translation>
        </message>
        <message>
            <location filename="../adapters/codec/payloadcodec.cpp" line="60" />
            <source>"codec" is one of %1</source>
            <translation>"codec" ist eines von %1</translation>
        </message>
        <message>
            <location filename="../adapters/codec/payloadcodec.cpp" line="93" />
            <source>the payload is not valid JSON: %1</source>
            <translation>die Nutzlast ist kein gültiges JSON: %1</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="78" />
            <source>a signal is an object with "name" and "generator"</source>
            <translation>ein Signal ist ein Objekt mit "name" und "generator"</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="85" />
            <source>the %1 generator</source>
            <translation>der Generator %1</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="88" />
            <source>a signal needs a "name": the property or event it feeds</source>
            <translation>ein Signal benötigt einen "name": die Eigenschaft oder das Ereignis, das es speist</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="98" />
            <source>"kind" must be property or event</source>
            <translation>"kind" muss property oder event sein</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="108" />
            <source>a signal's "schema" is boolean, integer, long, float, double or string</source>
            <translation>das "schema" eines Signals ist boolean, integer, long, float, double oder string</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="125" />
            <source>'%1' is not a generator; use one of %2</source>
            <translation>'%1' ist kein Generator; verwenden Sie einen von %2</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="132" />
            <source>the rate must be from 0.1 to 10000 samples per second, not %1</source>
            <translation>die Rate muss zwischen 0.1 und 10000 Abtastwerten pro Sekunde liegen, nicht %1</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="142" />
            <source>the constant generator needs a "value": a number, boolean or string</source>
            <translation>der Generator constant benötigt einen "value": eine Zahl, einen booleschen Wert oder eine Zeichenkette</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="163" />
            <source>"duty" is the share of the period spent high, from 0 to 1</source>
            <translation>"duty" ist der Anteil der Periode im High-Zustand, von 0 bis 1</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="177" />
            <source>a random walk needs min &lt;= start &lt;= max</source>
            <translation>ein Random Walk benötigt min &lt;= start &lt;= max</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="184" />
            <source>"stddev" cannot be negative</source>
            <translation>"stddev" kann nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="190" />
            <source>the steps generator needs "values": a non-empty array</source>
            <translation>der Generator steps benötigt "values": ein nicht leeres Array</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="207" />
            <location filename="../adapters/sim/simadapter.cpp" line="375" />
            <source>'%1' is not one of the device's "variables"</source>
            <translation>'%1' ist keine der "variables" des Geräts</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="214" />
            <source>the firstOrder generator needs a "target": a number or a variable name</source>
            <translation>der Generator firstOrder benötigt ein "target": eine Zahl oder einen Variablennamen</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="225" />
            <source>the csv generator needs a "file"</source>
            <translation>der Generator csv benötigt "file"</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="242" />
            <source>cannot read '%1': %2</source>
            <translation>'%1' kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="252" />
            <source>'%1' has no column '%2'; its columns: %3</source>
            <translation>'%1' hat keine Spalte '%2'; seine Spalten: %3</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="267" />
            <source>'%1' row %2 has %3 cells, fewer than the header</source>
            <translation>'%1' Zeile %2 hat %3 Zellen, weniger als die Kopfzeile</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="278" />
            <source>'%1' row %2, column '%3': '%4' is not seconds or an ISO 8601 time</source>
            <translation>'%1' Zeile %2, Spalte '%3': '%4' ist weder Sekunden noch eine ISO-8601-Zeit</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="290" />
            <source>'%1' row %2: time goes backwards</source>
            <translation>'%1' Zeile %2: die Zeit läuft rückwärts</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="297" />
            <source>'%1' has no rows</source>
            <translation>'%1' hat keine Zeilen</translation>
        </message>
        <message>
            <location filename="../adapters/sim/signalgenerator.cpp" line="339" />
            <source>'%1' is not a field of the %2 generator and is ignored</source>
            <translation>'%1' ist kein Feld des Generators %2 und wird ignoriert</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="98" />
            <source>simulated disconnection</source>
            <translation>simulierte Verbindungstrennung</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="167" />
            <source>the simulated device has no action '%1'; it has: %2</source>
            <translation>das simulierte Gerät hat keine Aktion '%1'; es hat: %2</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="168" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="173" />
            <source>the simulated device is disconnected</source>
            <translation>das simulierte Gerät ist getrennt</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="191" />
            <source>'%1' needs a number, got '%2'</source>
            <translation>'%1' benötigt eine Zahl, erhalten: '%2'</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="205" />
            <source>Simulated device</source>
            <translation>Simuliertes Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="206" />
            <source>Produces properties and events from signal generators; actions change its variables.</source>
            <translation>Erzeugt Eigenschaften und Ereignisse aus Signalgeneratoren; Aktionen ändern seine Variablen.</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="299" />
            <source>unknown field '%1' is ignored</source>
            <translation>unbekanntes Feld '%1' wird ignoriert</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="306" />
            <source>"seed" must be a whole number</source>
            <translation>"seed" muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="312" />
            <source>"rate" must be from 0.1 to 10000 samples per second</source>
            <translation>"rate" muss zwischen 0.1 und 10000 Abtastwerten pro Sekunde liegen</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="320" />
            <source>"variables" maps names to initial values</source>
            <translation>"variables" ordnet Namen Anfangswerte zu</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="325" />
            <source>a variable holds a number, a boolean or a string</source>
            <translation>eine Variable enthält eine Zahl, einen booleschen Wert oder eine Zeichenkette</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="335" />
            <source>"signals" must list the device's signals</source>
            <translation>"signals" muss die Signale des Geräts auflisten</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="347" />
            <source>the name '%1' is used twice in this device</source>
            <translation>der Name '%1' wird in diesem Gerät doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="357" />
            <source>"actions" must be an array</source>
            <translation>"actions" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="370" />
            <source>an action needs a "name" and the variable it "sets"</source>
            <translation>eine Aktion benötigt einen "name" und die Variable, die sie setzt ("sets")</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="384" />
            <source>the simulated device</source>
            <translation>das simulierte Gerät</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="391" />
            <source>"enabledBy" names a boolean variable</source>
            <translation>"enabledBy" benennt eine boolesche Variable</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="400" />
            <source>"%1" must be a duration of at least a millisecond</source>
            <translation>"%1" muss eine Dauer von mindestens einer Millisekunde sein</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="408" />
            <source>"schedule" is an object with disconnectAfter and disconnectFor</source>
            <translation>"schedule" ist ein Objekt mit disconnectAfter und disconnectFor</translation>
        </message>
        <message>
            <location filename="../adapters/sim/simadapter.cpp" line="414" />
            <source>the schedule</source>
            <translation>der Zeitplan</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/topictemplate.cpp" line="27" />
            <source>a topic cannot be empty</source>
            <translation>ein Topic darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/topictemplate.cpp" line="38" />
            <source>%1 names two levels of the topic; a name may be used once</source>
            <translation>%1 benennt zwei Ebenen des Topics; ein Name darf nur einmal vorkommen</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/topictemplate.cpp" line="48" />
            <source>'#' may only be the last level of a topic</source>
            <translation>'#' darf nur die letzte Ebene eines Topics sein</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/topictemplate.cpp" line="52" />
            <source>'+' and '#' must stand alone in their level</source>
            <translation>'+' und '#' müssen allein in ihrer Ebene stehen</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/topictemplate.cpp" line="55" />
            <source>a named level is a whole level in braces, such as {room}</source>
            <translation>eine benannte Ebene ist eine ganze Ebene in geschweiften Klammern, etwa {room}</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapwot.cpp" line="32" />
            <source>the adapter listens on every address; the Thing Description names localhost</source>
            <translation>der Adapter lauscht auf allen Adressen; die Thing Description nennt localhost</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coapwot.cpp" line="115" />
            <source>the endpoint wants DTLS with a pre-shared key: set COAP_PSK_KEY where the twin runs</source>
            <translation>der Endpunkt verlangt DTLS mit Pre-Shared Key: setzen Sie COAP_PSK_KEY dort, wo der Zwilling läuft</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttwot.cpp" line="64" />
            <source>a Thing Description has no words for a client certificate; consumers must be given it apart</source>
            <translation>eine Thing Description kann kein Client-Zertifikat ausdrücken; es muss den Nutzern separat übergeben werden</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttwot.cpp" line="132" />
            <source>the broker wants a user name and a password: set MQTT_USERNAME and MQTT_PASSWORD where the twin runs</source>
            <translation>der Broker verlangt Benutzername und Passwort: setzen Sie MQTT_USERNAME und MQTT_PASSWORD dort, wo der Zwilling läuft</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttwot.cpp" line="138" />
            <source>the broker uses TLS: put its CA certificate in certs/ca.crt next to the project</source>
            <translation>der Broker verwendet TLS: legen Sie sein CA-Zertifikat in certs/ca.crt neben dem Projekt ab</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coaptwinbrowser.cpp" line="90" />
            <source>GET %1: the server sent a body over %2 bytes; the session starts again</source>
            <translation>GET %1: der Server hat einen Inhalt über %2 Bytes gesendet; die Sitzung beginnt neu</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coaptwinbrowser.cpp" line="103" />
            <source>no answer from the CoAP server</source>
            <translation>keine Antwort vom CoAP-Server</translation>
        </message>
        <message>
            <location filename="../adapters/coap/coaptwinbrowser.cpp" line="111" />
            <source>GET %1 answered %2</source>
            <translation>GET %1 antwortete %2</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="20" />
            <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="47" />
            <source>cannot reach the broker; still trying</source>
            <translation>Broker nicht erreichbar; neuer Versuch läuft</translation>
        </message>
        <message>
            <location filename="../adapters/remote/remotesource.cpp" line="17" />
            <source>CoAP server %1:%2</source>
            <translation>CoAP-Server %1:%2</translation>
        </message>
        <message>
            <location filename="../adapters/remote/remotesource.cpp" line="18" />
            <source>broker %1:%2</source>
            <translation>Broker %1:%2</translation>
        </message>
        <message>
            <location filename="../adapters/remote/remotesource.cpp" line="24" />
            <source>Give the host name or address.</source>
            <translation>Geben Sie den Hostnamen oder die Adresse an.</translation>
        </message>
        <message>
            <location filename="../adapters/remote/remotesource.cpp" line="26" />
            <source>The port is a number from 1 to 65535.</source>
            <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
        </message>
        <message>
            <location filename="../adapters/remote/remotesource.cpp" line="30" />
            <source>The prefix is a topic without '+', '#' or a trailing '/'.</source>
            <translation>Das Präfix ist ein Topic ohne '+', '#' oder abschließendes '/'.</translation>
        </message>
        <message>
            <location filename="../adapters/remote/twinbrowser.cpp" line="30" />
            <source>not a twin description: %1</source>
            <translation>keine Zwillingsbeschreibung: %1</translation>
        </message>
        <message>
            <location filename="../adapters/mqtt/mqttcontract.cpp" line="260" />
            <source>the request is not valid JSON: %1</source>
            <translation>die Anfrage ist kein gültiges JSON: %1</translation>
        </message>
    </context>
    <context>
        <name>Twinloom::Engine</name>
        <message>
            <location filename="../engine/adapter.cpp" line="70" />
            <source>adapter '%1' (%2) does not take actions</source>
            <translation>Adapter '%1' (%2) nimmt keine Aktionen entgegen</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="136" />
            <location filename="../engine/adapter.cpp" line="149" />
            <location filename="../engine/twincore.cpp" line="443" />
            <source>adapter '%1': %2</source>
            <translation>Adapter '%1': %2</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="160" />
            <location filename="../engine/adapter.cpp" line="167" />
            <source>adapter '%1' is not attached to a twin</source>
            <translation>Adapter '%1' ist keinem Zwilling zugeordnet</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="197" />
            <source>Program interface</source>
            <translation>Programmschnittstelle</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="198" />
            <source>Values pushed by the program that embeds the engine.</source>
            <translation>Werte, die das Programm liefert, in das die Engine eingebettet ist.</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="210" />
            <source>"bindOnStart" must be true or false</source>
            <translation>"bindOnStart" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="343" />
            <source>'%1' is not a physical adapter type; known types: %2</source>
            <translation>'%1' ist kein physischer Adaptertyp; bekannte Typen: %2</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="357" />
            <source>'%1' is not a digital adapter type; known types: %2</source>
            <translation>'%1' ist kein digitaler Adaptertyp; bekannte Typen: %2</translation>
        </message>
        <message>
            <location filename="../engine/adapter.cpp" line="359" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="52" />
            <source>the adapter is not attached to an engine</source>
            <translation>der Adapter ist keiner Engine zugeordnet</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="232" />
            <source>Aggregate of related twins</source>
            <translation>Aggregat verbundener Zwillinge</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="233" />
            <source>Computes properties from a property of every twin this one is related to.</source>
            <translation>Berechnet Eigenschaften aus einer Eigenschaft jedes Zwillings, mit dem dieser in Beziehung steht.</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="261" />
            <source>name the relationship whose targets are aggregated</source>
            <translation>geben Sie die Beziehung an, deren Ziele aggregiert werden</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="267" />
            <source>list at least one aggregate: {"to", "of", "function"}</source>
            <translation>geben Sie mindestens ein Aggregat an: {"to", "of", "function"}</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="279" />
            <source>an aggregate needs "to" (this twin's property) and "of" (the related twins' property)</source>
            <translation>ein Aggregat benötigt "to" (die Eigenschaft dieses Zwillings) und "of" (die Eigenschaft der verbundenen Zwillinge)</translation>
        </message>
        <message>
            <location filename="../engine/composition.cpp" line="286" />
            <source>'%1' is not an aggregate function: use mean, min, max, sum or count</source>
            <translation>'%1' ist keine Aggregatfunktion: verwenden Sie mean, min, max, sum oder count</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="96" />
            <source>'%1' is not a path inside the project's folder; a bundle holds only such files</source>
            <translation>'%1' ist kein Pfad innerhalb des Projektordners; ein Bundle enthält nur solche Dateien</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="105" />
            <source>'%1' is a link or lies outside the project's folder; a bundle holds only the project's own files</source>
            <translation>'%1' ist ein Link oder liegt außerhalb des Projektordners; ein Bündel enthält nur die eigenen Dateien des Projekts</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="112" />
            <source>cannot read '%1', which the project refers to: %2</source>
            <translation>'%1', auf das das Projekt verweist, kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="139" />
            <location filename="../engine/bundle/bundle.cpp" line="322" />
            <source>cannot write in '%1': %2</source>
            <translation>in '%1' kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="150" />
            <source>cannot create the bundle '%1' (libzip error %2)</source>
            <translation>das Bundle '%1' kann nicht erstellt werden (libzip-Fehler %2)</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="161" />
            <source>cannot add '%1' to the bundle: %2</source>
            <translation>'%1' kann dem Bundle nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="167" />
            <source>cannot write the bundle '%1': %2</source>
            <translation>das Bundle '%1' kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="173" />
            <source>cannot move the bundle into place at '%1'</source>
            <translation>das Bundle kann nicht nach '%1' verschoben werden</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="189" />
            <source>'%1' is not a readable bundle: %2</source>
            <translation>'%1' ist kein lesbares Bundle: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="196" />
            <source>'%1' has too many entries (%2)</source>
            <translation>'%1' hat zu viele Einträge (%2)</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="204" />
            <source>'%1': cannot read entry %2: %3</source>
            <translation>'%1': Eintrag %2 kann nicht gelesen werden: %3</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="216" />
            <source>'%1': the entry '%2' would be written outside the target folder; refused</source>
            <translation>'%1': der Eintrag '%2' würde außerhalb des Zielordners geschrieben; abgelehnt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="222" />
            <source>'%1' unpacks to more than 256 MiB; refused</source>
            <translation>'%1' entpackt sich auf mehr als 256 MiB; abgelehnt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="227" />
            <source>'%1': the entry '%2' inflates %3 times; refused as a zip bomb</source>
            <translation>'%1': der Eintrag '%2' bläht sich %3-fach auf; als Zip-Bombe abgelehnt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="347" />
            <source>cannot move the extracted bundle into '%1': %2</source>
            <translation>das entpackte Bündel kann nicht nach '%1' verschoben werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="235" />
            <source>'%1': cannot open the entry '%2': %3</source>
            <translation>'%1': der Eintrag '%2' kann nicht geöffnet werden: %3</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="91" />
            <source>a secret written in the project goes into the bundle as it is: refer to it as "${env:NAME}" and set it where the runner runs</source>
            <translation>ein im Projekt ausgeschriebenes Geheimnis kommt unverändert ins Bündel: als "${env:NAME}" angeben und dort setzen, wo der Runner läuft</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="245" />
            <source>'%1': the entry '%2' is damaged</source>
            <translation>'%1': der Eintrag '%2' ist beschädigt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="253" />
            <source>'%1' has no manifest.json: it is not a Twinloom bundle</source>
            <translation>'%1' hat keine manifest.json: es ist kein Twinloom-Bundle</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="259" />
            <source>'%1': manifest.json: %2</source>
            <translation>'%1': manifest.json: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="266" />
            <source>'%1': manifest.json is not a Twinloom bundle manifest</source>
            <translation>'%1': manifest.json ist kein Twinloom-Bundle-Manifest</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="270" />
            <source>'%1' is a bundle of version %2, written by a newer Twinloom</source>
            <translation>'%1' ist ein Bundle der Version %2, geschrieben von einem neueren Twinloom</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="283" />
            <source>'%1': '%2' is listed in the manifest but missing</source>
            <translation>'%1': '%2' ist im Manifest aufgeführt, fehlt aber</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="287" />
            <source>'%1': '%2' does not match its checksum; the bundle is damaged</source>
            <translation>'%1': '%2' stimmt nicht mit seiner Prüfsumme überein; das Bundle ist beschädigt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="293" />
            <source>'%1': '%2' is not listed in the manifest; the bundle is refused</source>
            <translation>'%1': '%2' steht nicht im Manifest; das Bündel wird abgelehnt</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="310" />
            <source>'%1' already exists and is not an empty folder: extract into a new folder</source>
            <translation>'%1' existiert bereits und ist kein leerer Ordner: in einen neuen Ordner entpacken</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="317" />
            <source>cannot create the folder '%1'</source>
            <translation>der Ordner '%1' kann nicht angelegt werden</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="329" />
            <source>cannot create the folder for '%1'</source>
            <translation>der Ordner für '%1' kann nicht erstellt werden</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="337" />
            <location filename="../engine/project.cpp" line="433" />
            <location filename="../engine/project.cpp" line="439" />
            <source>cannot write '%1': %2</source>
            <translation>'%1' kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/bundle/bundle.cpp" line="299" />
            <source>'%1' holds no project file '%2'</source>
            <translation>'%1' enthält keine Projektdatei '%2'</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="38" />
            <source>%1 needs "%2"</source>
            <translation>%1 benötigt "%2"</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="56" />
            <location filename="../engine/twinmodel.cpp" line="99" />
            <source>"%1" must be a number</source>
            <translation>"%1" muss eine Zahl sein</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="69" />
            <source>"%1" must be a whole number from %2 to %3</source>
            <translation>"%1" muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="84" />
            <location filename="../engine/project.cpp" line="206" />
            <location filename="../engine/twindescriptor.cpp" line="28" />
            <source>"%1" must be a string</source>
            <translation>"%1" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="98" />
            <source>"%1" must be a positive duration: seconds, or ISO 8601 such as "PT0.5S"</source>
            <translation>"%1" muss eine positive Dauer sein: Sekunden oder ISO 8601 wie "PT0.5S"</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="111" />
            <source>"%1" must be true or false</source>
            <translation>"%1" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../engine/configreader.cpp" line="180" />
            <source>'%1' is not inside the project's folder: a project reads only its own files (a relative path, no '..', no link leading out)</source>
            <translation>'%1' liegt nicht im Projektordner: ein Projekt liest nur seine eigenen Dateien (ein relativer Pfad, kein '..', kein Link nach außen)</translation>
        </message>
        <message>
            <location filename="../engine/diagnostics.cpp" line="23" />
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../engine/diagnostics.cpp" line="23" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../engine/engine.cpp" line="249" />
            <location filename="../engine/mappingshadowing.cpp" line="191" />
            <location filename="../engine/project.cpp" line="353" />
            <source>model '%1' has no property '%2'</source>
            <translation>Modell '%1' hat keine Eigenschaft '%2'</translation>
        </message>
        <message>
            <location filename="../engine/engine.cpp" line="260" />
            <location filename="../engine/twindescriptor.cpp" line="143" />
            <source>'%1' is not a valid twin id: use letters, digits, '-', '_', '.' and ':'</source>
            <translation>'%1' ist keine gültige Zwillings-ID: verwenden Sie Buchstaben, Ziffern, '-', '_', '.' und ':'</translation>
        </message>
        <message>
            <location filename="../engine/engine.cpp" line="267" />
            <source>a twin with the id '%1' already exists</source>
            <translation>ein Zwilling mit der ID '%1' existiert bereits</translation>
        </message>
        <message>
            <location filename="../engine/engine.cpp" line="276" />
            <location filename="../engine/project.cpp" line="362" />
            <source>model '%1' has no relationship '%2'</source>
            <translation>Modell '%1' hat keine Beziehung '%2'</translation>
        </message>
        <message>
            <location filename="../engine/engine.cpp" line="412" />
            <location filename="../engine/engine.cpp" line="422" />
            <source>there is no twin '%1'</source>
            <translation>es gibt keinen Zwilling '%1'</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="345" />
            <source>stopping</source>
            <translation>wird gestoppt</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="347" />
            <source>the twin stopped</source>
            <translation>der Zwilling wurde gestoppt</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="392" />
            <source>the twin was removed</source>
            <translation>der Zwilling wurde entfernt</translation>
        </message>
        <message numerus="yes">
            <location filename="../engine/twincore.cpp" line="477" />
            <source>%n similar problem(s) not shown</source>
            <translation>
                <numerusform>%n ähnliches Problem nicht angezeigt</numerusform>
                <numerusform>%n ähnliche Probleme nicht angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="504" />
            <source>twin '%1' has no physical adapter for action '%2'</source>
            <translation>Zwilling '%1' hat keinen physischen Adapter für Aktion '%2'</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="512" />
            <source>adapter '%1' is not bound to its device</source>
            <translation>Adapter '%1' ist nicht an sein Gerät gebunden</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="566" />
            <source>twin '%1' (model '%2') has no action '%3'</source>
            <translation>Zwilling '%1' (Modell '%2') hat keine Aktion '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="571" />
            <source>twin '%1' is not running (%2)</source>
            <translation>Zwilling '%1' läuft nicht (%2)</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="580" />
            <source>action '%1': %2</source>
            <translation>Aktion '%1': %2</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="586" />
            <source>action '%1' needs an argument '%2' of type %3</source>
            <translation>Aktion '%1' benötigt ein Argument '%2' vom Typ %3</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="596" />
            <source>no answer from the device within %1 ms</source>
            <translation>keine Antwort vom Gerät innerhalb von %1 ms</translation>
        </message>
        <message>
            <location filename="../engine/twincore.cpp" line="658" />
            <source>'%1' is older than its maximum age</source>
            <translation>'%1' ist älter als sein maximales Alter</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="60" />
            <source>the shadowing configuration must be an object</source>
            <translation>die Shadowing-Konfiguration muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="69" />
            <location filename="../engine/project.cpp" line="201" />
            <location filename="../engine/twindescriptor.cpp" line="74" />
            <location filename="../engine/twindescriptor.cpp" line="218" />
            <source>unknown field '%1' is ignored</source>
            <translation>unbekanntes Feld '%1' wird ignoriert</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="76" />
            <source>"passThrough" must be true or false</source>
            <translation>"passThrough" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="80" />
            <source>"rules" must be an array</source>
            <translation>"rules" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="85" />
            <source>a rule must be an object with "from" and "to"</source>
            <translation>eine Regel muss ein Objekt mit "from" und "to" sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="92" />
            <source>a rule needs "from": the physical property or event it reads</source>
            <translation>eine Regel benötigt "from": die physische Eigenschaft oder das Ereignis, das sie liest</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="105" />
            <location filename="../engine/pipeline.cpp" line="246" />
            <source>'%1' is not a JSON pointer: it must be empty or start with '/', and '~' must be followed by 0 or 1</source>
            <translation>'%1' ist kein JSON-Pointer: er muss leer sein oder mit '/' beginnen, und auf '~' muss 0 oder 1 folgen</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="125" />
            <source>model '%1' has no event '%2'</source>
            <translation>Modell '%1' hat kein Ereignis '%2'</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="130" />
            <source>model '%1' has no property or event '%2'</source>
            <translation>Modell '%1' hat keine Eigenschaft und kein Ereignis '%2'</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="138" />
            <source>the steps produce %1 but property '%2' is %3</source>
            <translation>die Schritte liefern %1, aber Eigenschaft '%2' ist %3</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="145" />
            <source>"kind" must be property or event</source>
            <translation>"kind" muss property oder event sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="155" />
            <source>"actions" must be an array</source>
            <translation>"actions" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="162" />
            <source>an action rule needs "action": the twin action it maps</source>
            <translation>eine Aktionsregel benötigt "action": die Aktion des Zwillings, die sie abbildet</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="167" />
            <source>model '%1' has no action '%2'</source>
            <translation>Modell '%1' hat keine Aktion '%2'</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="182" />
            <source>"desired" must be an array</source>
            <translation>"desired" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="194" />
            <source>property '%1' is not writable, so it has no desired value</source>
            <translation>Eigenschaft '%1' ist nicht beschreibbar und hat daher keinen Sollwert</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="199" />
            <source>name the physical action that applies a desired '%1'</source>
            <translation>geben Sie die physische Aktion an, die einen Sollwert für '%1' anwendet</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="215" />
            <source>'%1' has no field at '/%2'</source>
            <translation>'%1' hat kein Feld unter '/%2'</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="231" />
            <location filename="../engine/mappingshadowing.cpp" line="255" />
            <source>'%1' → '%2': %3</source>
            <translation>'%1' → '%2': %3</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="244" />
            <source>'%1' was renamed to '%2', which model '%3' does not have</source>
            <translation>'%1' wurde in '%2' umbenannt, das Modell '%3' nicht hat</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="325" />
            <source>the action's steps dropped its argument</source>
            <translation>die Schritte der Aktion haben ihr Argument verworfen</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="339" />
            <source>the twin has no physical adapter '%1'</source>
            <translation>der Zwilling hat keinen physischen Adapter '%1'</translation>
        </message>
        <message>
            <location filename="../engine/mappingshadowing.cpp" line="356" />
            <source>no rule maps action '%1' to the device</source>
            <translation>keine Regel bildet Aktion '%1' auf das Gerät ab</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="25" />
            <source>the %1 step needs a number, got %2 '%3'</source>
            <translation>der Schritt %1 benötigt eine Zahl, erhalten: %2 '%3'</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="32" />
            <source>this step</source>
            <translation>dieser Schritt</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="52" />
            <source>"steps" must be an array of steps</source>
            <translation>"steps" muss ein Array von Schritten sein</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="59" />
            <source>a step is an object with a "type"; known types: %1</source>
            <translation>ein Schritt ist ein Objekt mit einem "type"; bekannte Typen: %1</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="100" />
            <source>'%1' is not a step type; known types: %2</source>
            <translation>'%1' ist kein Schritttyp; bekannte Typen: %2</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="120" />
            <source>this step needs "to": the schema to convert to</source>
            <translation>dieser Schritt benötigt "to": das Schema, in das konvertiert wird</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="132" />
            <source>a scale step needs "factor", "offset" or both</source>
            <translation>ein scale-Schritt benötigt "factor", "offset" oder beides</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="149" />
            <location filename="../engine/pipeline.cpp" line="151" />
            <source>'%1' is not a known unit</source>
            <translation>'%1' ist keine bekannte Einheit</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="153" />
            <source>cannot convert %1 (%2) to %3 (%4)</source>
            <translation>%1 (%2) kann nicht in %3 (%4) umgerechnet werden</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="166" />
            <source>a range step needs "min", "max" or both</source>
            <translation>ein range-Schritt benötigt "min", "max" oder beides</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="171" />
            <source>min %1 is above max %2</source>
            <translation>min %1 liegt über max %2</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="181" />
            <source>"mode" must be drop, clamp or fail</source>
            <translation>"mode" muss drop, clamp oder fail sein</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="192" />
            <source>a deadband step needs either "delta" or "percent"</source>
            <translation>ein deadband-Schritt benötigt entweder "delta" oder "percent"</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="197" />
            <source>a deadband cannot be negative</source>
            <translation>ein Totband kann nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="215" />
            <source>a moving aggregate needs either "count" (samples) or "window" (time)</source>
            <translation>ein gleitendes Aggregat benötigt entweder "count" (Stichproben) oder "window" (Zeit)</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="221" />
            <source>"count" must be a whole number from 1 to 1000000</source>
            <translation>"count" muss eine ganze Zahl von 1 bis 1000000 sein</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="310" />
            <source>%1 is outside the range [%2, %3]</source>
            <translation>%1 liegt außerhalb des Bereichs [%2, %3]</translation>
        </message>
        <message>
            <location filename="../engine/pipeline.cpp" line="409" />
            <source>the value has nothing at '%1'</source>
            <translation>der Wert enthält nichts unter '%1'</translation>
        </message>
        <message>
            <location filename="../engine/jsoninput.cpp" line="23" />
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <location filename="../engine/jsoninput.cpp" line="46" />
            <source>JSON nested deeper than %1 levels at %2</source>
            <translation>JSON tiefer als %1 Ebenen verschachtelt bei %2</translation>
        </message>
        <message>
            <location filename="../engine/jsoninput.cpp" line="112" />
            <source>the key "%1" appears twice in the object at %2 (%3); a reader would keep only the last</source>
            <translation>der Schlüssel „%1“ kommt im Objekt bei %2 zweimal vor (%3); ein Leser behielte nur den letzten</translation>
        </message>
        <message>
            <location filename="../engine/jsoninput.cpp" line="181" />
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="80" />
            <source>cannot open '%1': %2</source>
            <translation>'%1' kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/jsoninput.cpp" line="178" />
            <source>not valid JSON at %1: %2</source>
            <translation>kein gültiges JSON bei %1: %2</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="133" />
            <source>"version" must be a whole number; this Twinloom writes version %1</source>
            <translation>"version" muss eine ganze Zahl sein; dieses Twinloom schreibt Version %1</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="140" />
            <source>the project is of version %1, written by a newer Twinloom; this one reads up to version %2</source>
            <translation>das Projekt hat Version %1 und wurde von einem neueren Twinloom geschrieben; dieses liest bis Version %2</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="147" />
            <source>version %1 does not exist</source>
            <translation>Version %1 existiert nicht</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="170" />
            <source>migrated from version 0 to version 1; saving writes version 1</source>
            <translation>von Version 0 auf Version 1 migriert; beim Speichern wird Version 1 geschrieben</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="182" />
            <source>a project must be a JSON object with "format": "%1"</source>
            <translation>ein Projekt muss ein JSON-Objekt mit "format": "%1" sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="189" />
            <source>not a Twinloom project: "format" must be "%1"</source>
            <translation>kein Twinloom-Projekt: "format" muss "%1" sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="214" />
            <source>"nodes" must be an array of deployment nodes</source>
            <translation>"nodes" muss ein Array von Bereitstellungsknoten sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="221" />
            <source>a node needs a "name", such as "edge-1"</source>
            <translation>ein Knoten benötigt einen "name", etwa "edge-1"</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="233" />
            <source>the node '%1' is defined twice</source>
            <translation>der Knoten '%1' ist doppelt definiert</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="247" />
            <source>"models" must be an array of twin models</source>
            <translation>"models" muss ein Array von Zwillingsmodellen sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="256" />
            <source>"file" must be a path relative to the project</source>
            <translation>"file" muss ein Pfad relativ zum Projekt sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="271" />
            <source>cannot read model file '%1': %2</source>
            <translation>Modelldatei '%1' kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="280" />
            <source>model file '%1': %2</source>
            <translation>Modelldatei '%1': %2</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="292" />
            <source>the model '%1' is defined twice</source>
            <translation>das Modell '%1' ist doppelt definiert</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="313" />
            <source>"twins" must be an array of twins</source>
            <translation>"twins" muss ein Array von Zwillingen sein</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="322" />
            <source>the twin id '%1' is used twice</source>
            <translation>die Zwillings-ID '%1' wird doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="340" />
            <source>no deployment node is named '%1'</source>
            <translation>kein Bereitstellungsknoten heißt '%1'</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="343" />
            <location filename="../engine/twinmodel.cpp" line="498" />
            <source>no twin model has the id '%1'</source>
            <translation>kein Zwillingsmodell hat die ID '%1'</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="368" />
            <source>no twin has the id '%1'</source>
            <translation>kein Zwilling hat die ID '%1'</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="374" />
            <source>relationship '%1' of '%2' must target a %3, but twin '%4' is a %5</source>
            <translation>Beziehung '%1' von '%2' muss auf ein %3 zeigen, aber Zwilling '%4' ist ein %5</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="377" />
            <source>relationship '%1' allows at most %2 targets</source>
            <translation>Beziehung '%1' erlaubt höchstens %2 Ziele</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="395" />
            <source> (needed when the twin runs)</source>
            <translation> (erforderlich, wenn der Zwilling läuft)</translation>
        </message>
        <message>
            <location filename="../engine/project.cpp" line="414" />
            <source>"%1" must be an object or an array</source>
            <translation>"%1" muss ein Objekt oder ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="190" />
            <source>complex schemas nest deeper than %1 levels here (DTDL allows %1)</source>
            <translation>komplexe Schemas sind hier tiefer als %1 Ebenen verschachtelt (DTDL erlaubt %1)</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="209" />
            <source>'%1' is not a schema: expected one of boolean, integer, long, float, double, string, date, time, dateTime, duration, or an Enum, Array, Map or Object</source>
            <translation>'%1' ist kein Schema: erwartet wird boolean, integer, long, float, double, string, date, time, dateTime, duration oder ein Enum, Array, Map oder Object</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="216" />
            <source>a schema must be a name or an object with "@type"</source>
            <translation>ein Schema muss ein Name oder ein Objekt mit "@type" sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="222" />
            <source>a complex schema needs "@type": Enum, Array, Map or Object</source>
            <translation>ein komplexes Schema benötigt "@type": Enum, Array, Map oder Object</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="236" />
            <source>%1 schema needs "%2"</source>
            <translation>%1-Schema benötigt "%2"</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="256" />
            <source>an Enum's valueSchema must be integer or string</source>
            <translation>das valueSchema eines Enum muss integer oder string sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="261" />
            <source>enumValues must be an array</source>
            <translation>enumValues muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="270" />
            <source>an enum value needs a "name" and an "enumValue"</source>
            <translation>ein Enum-Wert benötigt einen "name" und einen "enumValue"</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="283" />
            <source>enumValue of '%1' does not match the valueSchema %2</source>
            <translation>enumValue von '%1' passt nicht zum valueSchema %2</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="293" />
            <source>enum value name '%1' is used twice</source>
            <translation>der Enum-Wertname '%1' wird doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="318" />
            <source>mapKey needs a "name"</source>
            <translation>mapKey benötigt einen "name"</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="324" />
            <source>a map key's schema must be string</source>
            <translation>das Schema eines Map-Schlüssels muss string sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="330" />
            <source>mapValue needs a "name" and a "schema"</source>
            <translation>mapValue benötigt einen "name" und ein "schema"</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="345" />
            <source>fields must be an array</source>
            <translation>fields muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="354" />
            <source>a field needs a "name" and a "schema"</source>
            <translation>ein Feld benötigt einen "name" und ein "schema"</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="362" />
            <source>field '%1' is defined twice</source>
            <translation>Feld '%1' ist doppelt definiert</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="377" />
            <source>'%1' is not a schema type: expected Enum, Array, Map or Object</source>
            <translation>'%1' ist kein Schematyp: erwartet wird Enum, Array, Map oder Object</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="432" />
            <source>%1: expected %2, got %3</source>
            <translation>%1: erwartet %2, erhalten %3</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="443" />
            <source>%1: %2 does not fit a 32-bit integer</source>
            <translation>%1: %2 passt nicht in eine 32-Bit-Ganzzahl</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="465" />
            <source>%1: %2 is not one of the enum's values</source>
            <translation>%1: %2 ist keiner der Werte des Enum</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="495" />
            <source>%1: the object has no field '%2'</source>
            <translation>%1: das Objekt hat kein Feld '%2'</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="515" />
            <source>cannot convert %1 '%2' to %3</source>
            <translation>%1 '%2' kann nicht in %3 umgewandelt werden</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="630" />
            <source>'%1' is not one of the enum's values or names</source>
            <translation>'%1' ist keiner der Werte oder Namen des Enum</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="657" />
            <source>the object has no field '%1'</source>
            <translation>das Objekt hat kein Feld '%1'</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="680" />
            <source>expected %1, got the fraction %2</source>
            <translation>erwartet %1, erhalten wurde der Bruch %2</translation>
        </message>
        <message>
            <location filename="../engine/schema.cpp" line="688" />
            <source>expected %1, got string '%2'</source>
            <translation>erwartet %1, erhalten wurde die Zeichenkette '%2'</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="225" />
            <source>the code runs when it is defined and did not end within %1 ms</source>
            <translation>der Code läuft schon bei der Definition und endete nicht innerhalb von %1 ms</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="247" />
            <location filename="../engine/script/scriptstep.cpp" line="261" />
            <source>script: %1</source>
            <translation>Skript: %1</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="256" />
            <source>script: stopped after %1 ms, its time budget ("timeout")</source>
            <translation>Skript: nach %1 ms angehalten, seinem Zeitbudget ("timeout")</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="288" />
            <source>a script step needs "code": a JavaScript expression</source>
            <translation>ein script-Schritt benötigt "code": einen JavaScript-Ausdruck</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="295" />
            <source>the script does not compile: %1</source>
            <translation>das Skript lässt sich nicht kompilieren: %1</translation>
        </message>
        <message>
            <location filename="../engine/script/scriptstep.cpp" line="303" />
            <source>"timeout" is a duration from 1 ms to 60 s, as "PT0.1S" or a number of seconds</source>
            <translation>"timeout" ist eine Dauer von 1 ms bis 60 s, etwa "PT0.1S" oder eine Zahl von Sekunden</translation>
        </message>
        <message>
            <location filename="../engine/topicfilter.cpp" line="19" />
            <source>a topic filter cannot be empty</source>
            <translation>ein Topic-Filter darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../engine/topicfilter.cpp" line="26" />
            <source>'#' may only be the last segment of a topic filter</source>
            <translation>'#' darf nur das letzte Segment eines Topic-Filters sein</translation>
        </message>
        <message>
            <location filename="../engine/topicfilter.cpp" line="29" />
            <source>'+' and '#' must stand alone in their segment</source>
            <translation>'+' und '#' müssen allein in ihrem Segment stehen</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="23" />
            <source>"%1" is missing</source>
            <translation>"%1" fehlt</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="43" />
            <source>"%1" must be an array of adapters</source>
            <translation>"%1" muss ein Array von Adaptern sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="50" />
            <source>an adapter is an object with "type" and "config"</source>
            <translation>ein Adapter ist ein Objekt mit "type" und "config"</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="62" />
            <source>the adapter id '%1' is used twice in this twin</source>
            <translation>die Adapter-ID '%1' wird in diesem Zwilling doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="68" />
            <source>"config" must be an object</source>
            <translation>"config" muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="106" />
            <source>the environment variable '%1' is not set</source>
            <translation>die Umgebungsvariable '%1' ist nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="136" />
            <source>a twin must be a JSON object</source>
            <translation>ein Zwilling muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="155" />
            <source>"properties" must map property names to settings</source>
            <translation>"properties" muss Eigenschaftsnamen Einstellungen zuordnen</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="164" />
            <source>property settings must be an object with "maxAge" or "history"</source>
            <translation>Eigenschaftseinstellungen müssen ein Objekt mit "maxAge" oder "history" sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="177" />
            <location filename="../engine/twinmodel.cpp" line="112" />
            <source>"history" must be a count of samples from 0 to 100000000</source>
            <translation>"history" muss eine Anzahl von Stichproben von 0 bis 100000000 sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="186" />
            <source>"relationships" must be an array</source>
            <translation>"relationships" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/twindescriptor.cpp" line="193" />
            <source>a relationship is an object with "name" and "target"</source>
            <translation>eine Beziehung ist ein Objekt mit "name" und "target"</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="78" />
            <source>'%1' needs a "schema"</source>
            <translation>'%1' benötigt ein "schema"</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="82" />
            <source>unit '%1' is not known; values will not be converted</source>
            <translation>Einheit '%1' ist unbekannt; Werte werden nicht umgerechnet</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="88" />
            <source>"writable" must be true or false</source>
            <translation>"writable" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="103" />
            <source>minimum %1 is above maximum %2</source>
            <translation>Minimum %1 liegt über Maximum %2</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="164" />
            <source>"maxAge" must be an ISO 8601 duration such as "PT30S" or a number of seconds, above zero (leave it out for no limit)</source>
            <translation>"maxAge" muss eine ISO-8601-Dauer wie "PT30S" oder eine Zahl von Sekunden über null sein (ohne Angabe gibt es keine Grenze)</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="189" />
            <source>a twin model must be a JSON object</source>
            <translation>ein Zwillingsmodell muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="196" />
            <source>a twin model needs an "@id", such as "dtmi:example:Room;1"</source>
            <translation>ein Zwillingsmodell benötigt eine "@id", etwa "dtmi:example:Room;1"</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="199" />
            <source>'%1' is not a DTMI; DTDL exports need ids like "dtmi:example:Room;1"</source>
            <translation>'%1' ist keine DTMI; DTDL-Exporte benötigen IDs wie "dtmi:example:Room;1"</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="212" />
            <source>"extends" lists model ids</source>
            <translation>"extends" listet Modell-IDs auf</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="216" />
            <source>"extends" must be a model id or a list of them</source>
            <translation>"extends" muss eine Modell-ID oder eine Liste davon sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="221" />
            <source>"contents" must be an array</source>
            <translation>"contents" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="228" />
            <source>each entry of "contents" must be an object</source>
            <translation>jeder Eintrag von "contents" muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="235" />
            <source>'%1' is not a valid name: use letters, digits and '_', starting with a letter</source>
            <translation>'%1' ist kein gültiger Name: verwenden Sie Buchstaben, Ziffern und '_', beginnend mit einem Buchstaben</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="243" />
            <source>the name '%1' is already used by a %2</source>
            <translation>der Name '%1' wird bereits von einem %2 verwendet</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="254" />
            <source>telemetry cannot be writable</source>
            <translation>Telemetrie kann nicht beschreibbar sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="278" />
            <source>"%1" needs a "name" and a "schema"</source>
            <translation>"%1" benötigt einen "name" und ein "schema"</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="305" />
            <source>"%1" must be a whole number of at least 0</source>
            <translation>"%1" muss eine ganze Zahl von mindestens 0 sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="310" />
            <source>minMultiplicity is above maxMultiplicity</source>
            <translation>minMultiplicity liegt über maxMultiplicity</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="320" />
            <source>'%1' is not a valid name</source>
            <translation>'%1' ist kein gültiger Name</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="332" />
            <source>a component's "schema" must be the id of a model</source>
            <translation>das "schema" einer Komponente muss die ID eines Modells sein</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="336" />
            <source>'%1' is not a content type: expected Property, Telemetry, Event, Command, Relationship or Component</source>
            <translation>'%1' ist kein Inhaltstyp: erwartet wird Property, Telemetry, Event, Command, Relationship oder Component</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="506" />
            <source>model '%1' inherits through more than %2 levels of "extends" (DTDL allows %2): %3</source>
            <translation>Modell „%1“ erbt über mehr als %2 Ebenen von „extends“ (DTDL erlaubt %2): %3</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="568" />
            <source>model '%1' extends or contains itself: %2</source>
            <translation>Modell '%1' erweitert oder enthält sich selbst: %2</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="574" />
            <source>model '%1' needs model '%2', which is not defined</source>
            <translation>Modell '%1' benötigt Modell '%2', das nicht definiert ist</translation>
        </message>
        <message>
            <location filename="../engine/twinmodel.cpp" line="593" />
            <source>'%1' is defined both by '%2' and by '%3'</source>
            <translation>'%1' wird sowohl von '%2' als auch von '%3' definiert</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="169" />
            <source>twin '%1' has no property number %2</source>
            <translation>Zwilling '%1' hat keine Eigenschaft Nummer %2</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="182" />
            <source>property '%1' of twin '%2': %3</source>
            <translation>Eigenschaft '%1' von Zwilling '%2': %3</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="189" />
            <source>property '%1' of twin '%2': %3 is outside [%4, %5]</source>
            <translation>Eigenschaft '%1' von Zwilling '%2': %3 liegt außerhalb von [%4, %5]</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="222" />
            <location filename="../engine/twinstate.cpp" line="233" />
            <source>twin '%1' (model '%2') has no property '%3'</source>
            <translation>Zwilling '%1' (Modell '%2') hat keine Eigenschaft '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="242" />
            <source>property '%1' of twin '%2' is not writable</source>
            <translation>Eigenschaft '%1' von Zwilling '%2' ist nicht beschreibbar</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="259" />
            <source>twin '%1' (model '%2') has no event '%3'</source>
            <translation>Zwilling '%1' (Modell '%2') hat kein Ereignis '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="268" />
            <source>event '%1' of twin '%2': %3</source>
            <translation>Ereignis '%1' von Zwilling '%2': %3</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="290" />
            <source>twin '%1' (model '%2') has no relationship '%3'</source>
            <translation>Zwilling '%1' (Modell '%2') hat keine Beziehung '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="295" />
            <source>relationship '%1' of twin '%2' needs a target twin</source>
            <translation>Beziehung '%1' von Zwilling '%2' benötigt einen Zielzwilling</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="329" />
            <source>the transaction was already committed or rolled back</source>
            <translation>die Transaktion wurde bereits festgeschrieben oder zurückgesetzt</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="352" />
            <source>twin '%1' has no instance '%2' of relationship '%3'</source>
            <translation>Zwilling '%1' hat keine Instanz '%2' der Beziehung '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="360" />
            <source>twin '%1' already has the instance '%2' of relationship '%3'</source>
            <translation>Zwilling '%1' hat bereits die Instanz '%2' der Beziehung '%3'</translation>
        </message>
        <message>
            <location filename="../engine/twinstate.cpp" line="369" />
            <source>relationship '%1' of twin '%2' allows at most %3 targets</source>
            <translation>Beziehung '%1' von Zwilling '%2' erlaubt höchstens %3 Ziele</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="113" />
            <source>'%1' is not a JSON object</source>
            <translation>'%1' ist kein JSON-Objekt</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="116" />
            <source>'%1' names no model</source>
            <translation>'%1' nennt kein Modell</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="119" />
            <source>'%1' describes twin '%2'</source>
            <translation>'%1' beschreibt den Zwilling '%2'</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="123" />
            <source>'%1' names no valid twin id</source>
            <translation>'%1' nennt keine gültige Zwillings-ID</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="131" />
            <location filename="../engine/twindescription.cpp" line="135" />
            <source>'%1': "%2" is not an object</source>
            <translation>'%1': "%2" ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../engine/twindescription.cpp" line="173" />
            <source>'%1': %2</source>
            <translation>'%1': %2</translation>
        </message>
    </context>
    <context>
        <name>Twinloom::Interop</name>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="68" />
            <source>no schema; imported as string</source>
            <translation>kein Schema; als string importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="73" />
            <source>geospatial schema %1 is imported as a GeoJSON string</source>
            <translation>das Geodaten-Schema %1 wird als GeoJSON-Zeichenkette importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="81" />
            <source>schema %1 is undefined; imported as string</source>
            <translation>Schema %1 ist nicht definiert; als string importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="140" />
            <source>%1 is not a schema; imported as string</source>
            <translation>%1 ist kein Schema; als string importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="349" />
            <source>unit %1 is not a DTDL unit and is left out</source>
            <translation>Einheit %1 ist keine DTDL-Einheit und wird weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="351" />
            <source>unit %1 needs a numeric schema and is left out</source>
            <translation>Einheit %1 benötigt ein numerisches Schema und wird weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="384" />
            <source>event %1 is written as Telemetry</source>
            <translation>Ereignis %1 wird als Telemetry geschrieben</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlconvert.cpp" line="414" />
            <source>DTDL requires minMultiplicity 0; %1 is left out</source>
            <translation>DTDL verlangt minMultiplicity 0; %1 wird weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="88" />
            <source>valid: %1 interfaces in %2 documents</source>
            <translation>gültig: %1 Interfaces in %2 Dokumenten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="92" />
            <source>invalid: %1 errors</source>
            <translation>ungültig: %1 Fehler</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="94" />
            <source>incomplete: undefined %1</source>
            <translation>unvollständig: undefiniert %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="294" />
            <source>the document is not valid JSON</source>
            <translation>das Dokument ist kein gültiges JSON</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="305" />
            <location filename="../engine/interop/dtdlparser.cpp" line="312" />
            <source>a document must be an object or an array of objects</source>
            <translation>ein Dokument muss ein Objekt oder ein Array von Objekten sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="325" />
            <source>"@context" must hold only strings</source>
            <translation>"@context" darf nur Zeichenketten enthalten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="331" />
            <source>"@context" must be a string or an array of strings</source>
            <translation>"@context" muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="344" />
            <source>context %1 is not a DTMI with a version</source>
            <translation>Kontext %1 ist keine DTMI mit Version</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="352" />
            <source>DTDL version %1 is not supported</source>
            <translation>DTDL-Version %1 wird nicht unterstützt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="358" />
            <source>the DTDL context must come before any extension context</source>
            <translation>der DTDL-Kontext muss vor jedem Erweiterungskontext stehen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="377" />
            <location filename="../engine/interop/dtdlparser.cpp" line="418" />
            <source>a top-level element needs "@context" with "dtmi:dtdl:context;3" or "dtmi:dtdl:context;2"</source>
            <translation>ein Element der obersten Ebene benötigt "@context" mit "dtmi:dtdl:context;3" oder "dtmi:dtdl:context;2"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="389" />
            <source>extension context %1 is not defined</source>
            <translation>Erweiterungskontext %1 ist nicht definiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="406" />
            <source>elements are nested more than %1 levels deep</source>
            <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="426" />
            <source>a DTDL v%1 element cannot appear here in a DTDL v%2 element</source>
            <translation>ein DTDL-v%1-Element darf hier nicht in einem DTDL-v%2-Element stehen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="458" />
            <source>the element in "%1" needs "@type"</source>
            <translation>das Element in "%1" benötigt "@type"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="478" />
            <location filename="../engine/interop/wot.cpp" line="572" />
            <source>"@type" must be a string or an array of strings</source>
            <translation>"@type" muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="485" />
            <source>"@type" names two element classes, %1 and %2</source>
            <translation>"@type" nennt zwei Elementklassen, %1 und %2</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="503" />
            <source>%1 in "@type" is not a valid DTMI</source>
            <translation>%1 in "@type" ist keine gültige DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="509" />
            <location filename="../engine/interop/dtdlparser.cpp" line="530" />
            <source>%1 in "@type" is not a type that can be used here</source>
            <translation>%1 in "@type" ist kein Typ, der hier verwendet werden kann</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="521" />
            <source>%1 in "@type" is neither a DTMI nor a term</source>
            <translation>%1 in "@type" ist weder eine DTMI noch ein Term</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="540" />
            <source>%1 in "@type" is not a defined term</source>
            <translation>%1 in "@type" ist kein definierter Term</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="545" />
            <source>"@type" names no DTDL element class</source>
            <translation>"@type" nennt keine DTDL-Elementklasse</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="554" />
            <source>a top-level element must be an Interface, not %1</source>
            <translation>ein Element der obersten Ebene muss ein Interface sein, nicht %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="558" />
            <source>%1 is not allowed in "%2"</source>
            <translation>%1 ist in "%2" nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="571" />
            <source>a semantic type cannot co-type %1</source>
            <translation>ein semantischer Typ kann nicht zusammen mit %1 als Typ stehen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="576" />
            <source>an element can have only one semantic type, not %1</source>
            <translation>ein Element kann nur einen semantischen Typ haben, nicht %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="603" />
            <source>"@id" must be a DTMI string</source>
            <translation>"@id" muss eine DTMI-Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="607" />
            <source>"@id" %1 is not a valid DTMI</source>
            <translation>"@id" %1 ist keine gültige DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="611" />
            <source>"@id" %1 uses a reserved prefix</source>
            <translation>"@id" %1 verwendet ein reserviertes Präfix</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="614" />
            <source>the "@id" of an Interface must not be longer than 128 characters</source>
            <translation>die "@id" eines Interface darf nicht länger als 128 Zeichen sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="622" />
            <source>%1 needs "@id"</source>
            <translation>%1 benötigt "@id"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="646" />
            <source>keyword %1 is not allowed in a DTDL element</source>
            <translation>Schlüsselwort %1 ist in einem DTDL-Element nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="655" />
            <source>member "unit" is given twice, as a term and as a DTMI</source>
            <translation>Member "unit" ist doppelt angegeben, als Term und als DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="667" />
            <source>member "%1" is given twice, as a term and as a DTMI</source>
            <translation>Member "%1" ist doppelt angegeben, als Term und als DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="680" />
            <source>member name %1 is not a valid DTMI</source>
            <translation>Member-Name %1 ist keine gültige DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="684" />
            <location filename="../engine/interop/dtdlparser.cpp" line="700" />
            <source>member %1 does not belong to %2</source>
            <translation>Member %1 gehört nicht zu %2</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="692" />
            <source>member name %1 is neither a DTMI nor a term</source>
            <translation>Member-Name %1 ist weder eine DTMI noch ein Term</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="704" />
            <source>member %1 is not defined for %2</source>
            <translation>Member %1 ist für %2 nicht definiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="715" />
            <source>%1 needs "%2"</source>
            <translation>%1 benötigt "%2"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="725" />
            <source>an element with semantic type %1 needs "unit"</source>
            <translation>ein Element mit dem semantischen Typ %1 benötigt "unit"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="735" />
            <source>"unit" must name a standard unit</source>
            <translation>"unit" muss eine Standardeinheit nennen</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="738" />
            <source>unit %1 does not measure %2</source>
            <translation>Einheit %1 misst nicht %2</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="745" />
            <source>"unit" needs a semantic type in "@type"</source>
            <translation>"unit" benötigt einen semantischen Typ in "@type"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="754" />
            <source>"%1" must not be longer than %2 characters</source>
            <translation>"%1" darf nicht länger als %2 Zeichen sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="774" />
            <source>a value object in "%1" may only have keywords such as "@value"</source>
            <translation>ein Wertobjekt in "%1" darf nur Schlüsselwörter wie "@value" haben</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="788" />
            <source>"@type" of the value in "%1" must be "xsd:%2"</source>
            <translation>"@type" des Werts in "%1" muss "xsd:%2" sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="793" />
            <source>a value object in "%1" may only have "@value" and "@type"</source>
            <translation>ein Wertobjekt in "%1" darf nur "@value" und "@type" haben</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="799" />
            <source>the value object in "%1" needs "@value"</source>
            <translation>das Wertobjekt in "%1" benötigt "@value"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="811" />
            <source>"%1" must be a string</source>
            <translation>"%1" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="834" />
            <source>%1 in "%2" is not a language code</source>
            <translation>%1 in "%2" ist kein Sprachcode</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="839" />
            <source>each language of "%1" must map to a string</source>
            <translation>jede Sprache von "%1" muss einer Zeichenkette zugeordnet sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="849" />
            <source>"%1" must be a string, a language map or an array</source>
            <translation>"%1" muss eine Zeichenkette, eine Sprach-Map oder ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="866" />
            <source>each value of "%1" must be a string or an object with "@value"</source>
            <translation>jeder Wert von "%1" muss eine Zeichenkette oder ein Objekt mit "@value" sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="884" />
            <source>"@language" in "%1" is not a language code</source>
            <translation>"@language" in "%1" ist kein Sprachcode</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="897" />
            <source>each object in "%1" must be {"@value": string, "@language": code}</source>
            <translation>jedes Objekt in "%1" muss {"@value": string, "@language": code} sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="905" />
            <source>language %1 appears twice in "%2"</source>
            <translation>Sprache %1 kommt in "%2" doppelt vor</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="916" />
            <source>"%1" has more than one text in the default language</source>
            <translation>"%1" hat mehr als einen Text in der Standardsprache</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="941" />
            <location filename="../engine/interop/dtdlparser.cpp" line="1059" />
            <source>"%1" must have exactly one value</source>
            <translation>"%1" muss genau einen Wert haben</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="956" />
            <source>name %1 must start with a letter and contain only letters, digits and underscores, not ending with an underscore</source>
            <translation>Name %1 muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstriche enthalten, aber nicht auf einen Unterstrich enden</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="973" />
            <source>"%1" must be true or false</source>
            <translation>"%1" muss true oder false sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1005" />
            <source>"%1" must be an integer or a string</source>
            <translation>"%1" muss eine Ganzzahl oder eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1006" />
            <source>"%1" must be an integer</source>
            <translation>"%1" muss eine Ganzzahl sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1014" />
            <source>"maxMultiplicity" must be at least 1</source>
            <translation>"maxMultiplicity" muss mindestens 1 sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1016" />
            <source>"maxMultiplicity" must not exceed 500</source>
            <translation>"maxMultiplicity" darf 500 nicht überschreiten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1021" />
            <source>"minMultiplicity" must be 0</source>
            <translation>"minMultiplicity" muss 0 sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1029" />
            <source>"%1" must be a DTMI string</source>
            <translation>"%1" muss eine DTMI-Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1034" />
            <source>"%1" %2 is not a valid DTMI</source>
            <translation>"%1" %2 ist keine gültige DTMI</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1062" />
            <source>"%1" needs at least %2 values</source>
            <translation>"%1" benötigt mindestens %2 Werte</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1065" />
            <source>"%1" may have at most %2 values, not %3</source>
            <translation>"%1" darf höchstens %2 Werte haben, nicht %3</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1113" />
            <source>%1 is not a valid value for "%2"</source>
            <translation>%1 ist kein gültiger Wert für "%2"</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1117" />
            <source>"%1" must hold elements or DTMIs</source>
            <translation>"%1" muss Elemente oder DTMIs enthalten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1118" />
            <source>"%1" must hold a standard value</source>
            <translation>"%1" muss einen Standardwert enthalten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1133" />
            <source>"@id" %1 is already used by another element</source>
            <translation>"@id" %1 wird bereits von einem anderen Element verwendet</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1156" />
            <source>%1 is defined inside another Interface and cannot be referenced from here</source>
            <translation>%1 ist in einem anderen Interface definiert und kann von hier aus nicht referenziert werden</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1163" />
            <source>%1 is %2, which is not allowed in "%3"</source>
            <translation>%1 ist %2, was in "%3" nicht erlaubt ist</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1171" />
            <source>%1 is a DTDL v%2 element and cannot be used in a DTDL v%3 element</source>
            <translation>%1 ist ein DTDL-v%2-Element und kann nicht in einem DTDL-v%3-Element verwendet werden</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1208" />
            <source>%1 refers to itself through "%2"</source>
            <translation>%1 verweist über "%2" auf sich selbst</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1233" />
            <source>"extends" is nested more than 10 levels deep</source>
            <translation>"extends" ist mehr als 10 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1252" />
            <source>an Interface may extend at most 1024 Interfaces in all</source>
            <translation>ein Interface darf insgesamt höchstens 1024 Interfaces erweitern</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1298" />
            <source>the Interface holds more than %1 values in its contents and schemas</source>
            <translation>das Interface enthält mehr als %1 Werte in seinen Inhalten und Schemas</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1326" />
            <source>complex schemas are nested more than 5 levels deep</source>
            <translation>komplexe Schemas sind mehr als 5 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1368" />
            <source>the Interface of component %1 has a component itself</source>
            <translation>das Interface der Komponente %1 hat selbst eine Komponente</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1414" />
            <source>name %1 is used twice in "%2"</source>
            <translation>Name %1 wird in "%2" doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1423" />
            <source>enum value of %1 is used twice</source>
            <translation>der Enum-Wert von %1 wird doppelt verwendet</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1441" />
            <source>an element with a semantic type needs a numeric schema</source>
            <translation>ein Element mit semantischem Typ benötigt ein numerisches Schema</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1456" />
            <source>the value of enum value %1 must be an integer</source>
            <translation>der Wert des Enum-Werts %1 muss eine Ganzzahl sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1459" />
            <source>the value of enum value %1 must be a string</source>
            <translation>der Wert des Enum-Werts %1 muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1479" />
            <source>a DTDL v2 Property cannot contain an array</source>
            <translation>eine DTDL-v2-Property darf kein Array enthalten</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlparser.cpp" line="1557" />
            <location filename="../engine/interop/interopio.cpp" line="25" />
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="76" />
            <source>display names, deployment nodes, adapters and mappings of twins are not part of an Azure Digital Twins graph and are left out</source>
            <translation>Anzeigenamen, Bereitstellungsknoten, Adapter und Zuordnungen von Zwillingen gehören nicht zu einem Azure-Digital-Twins-Graphen und werden weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="217" />
            <source>a digital twin must be an object with "$dtId" and "$metadata"</source>
            <translation>ein digitaler Zwilling muss ein Objekt mit "$dtId" und "$metadata" sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="225" />
            <source>'%1' is not a twin id Twinloom accepts: use letters, digits, '-', '_', '.' and ':'</source>
            <translation>'%1' ist keine Zwillings-ID, die Twinloom akzeptiert: verwenden Sie Buchstaben, Ziffern, '-', '_', '.' und ':'</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="228" />
            <source>a digital twin needs "$dtId", a string</source>
            <translation>ein digitaler Zwilling benötigt "$dtId" als Zeichenkette</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="238" />
            <source>a digital twin needs "$metadata": {"$model": a DTMI}</source>
            <translation>ein digitaler Zwilling benötigt "$metadata": {"$model": eine DTMI}</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="259" />
            <source>a relationship must be an object</source>
            <translation>eine Beziehung muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="272" />
            <source>a relationship needs "%1", a string</source>
            <translation>eine Beziehung benötigt "%1" als Zeichenkette</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="283" />
            <source>"$relationshipId" must be a string</source>
            <translation>"$relationshipId" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="300" />
            <source>"digitalTwinsFileInfo" needs a "fileVersion"</source>
            <translation>"digitalTwinsFileInfo" benötigt eine "fileVersion"</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="304" />
            <source>file version %1 is read as version %2</source>
            <translation>Dateiversion %1 wird als Version %2 gelesen</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="311" />
            <source>"digitalTwinsModels" must be an array of DTDL models</source>
            <translation>"digitalTwinsModels" muss ein Array von DTDL-Modellen sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="321" />
            <source>an Azure Digital Twins Explorer file needs "digitalTwinsGraph": {"digitalTwins", "relationships"}</source>
            <translation>eine Azure-Digital-Twins-Explorer-Datei benötigt "digitalTwinsGraph": {"digitalTwins", "relationships"}</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="331" />
            <source>"%1" must be an array</source>
            <translation>"%1" muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="373" />
            <source>'%1' is not a section: Header, Models, Twins or Relationships</source>
            <translation>'%1' ist kein Abschnitt: Header, Models, Twins oder Relationships</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="380" />
            <source>the file must start with {"Section": "Header"}</source>
            <translation>die Datei muss mit {"Section": "Header"} beginnen</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="384" />
            <source>the Header section holds one object</source>
            <translation>der Abschnitt Header enthält ein Objekt</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="390" />
            <source>the file version is not %1</source>
            <translation>die Dateiversion ist nicht %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="455" />
            <source>the twin '%1' is there twice</source>
            <translation>der Zwilling '%1' ist doppelt vorhanden</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="461" />
            <source>no model has the id '%1'</source>
            <translation>kein Modell hat die ID '%1'</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="475" />
            <location filename="../engine/interop/adt.cpp" line="481" />
            <source>no twin has the id '%1'</source>
            <translation>kein Zwilling hat die ID '%1'</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="490" />
            <source>model '%1' has no relationship '%2'</source>
            <translation>Modell '%1' hat keine Beziehung '%2'</translation>
        </message>
        <message>
            <location filename="../engine/interop/adt.cpp" line="508" />
            <source>%1 property values of twins are not imported: a project describes twins, not their state</source>
            <translation>%1 Eigenschaftswerte von Zwillingen werden nicht importiert: ein Projekt beschreibt Zwillinge, nicht ihren Zustand</translation>
        </message>
        <message>
            <location filename="../engine/interop/ditto.cpp" line="100" />
            <source>the properties of relationship '%1' of twin '%2' are left out</source>
            <translation>die Eigenschaften der Beziehung '%1' von Zwilling '%2' werden weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/ditto.cpp" line="159" />
            <source>'%1' is not a Ditto namespace: use Java package notation, such as org.example.site</source>
            <translation>'%1' ist kein Ditto-Namespace: verwenden Sie die Java-Paketnotation, etwa org.example.site</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlproject.cpp" line="19" />
            <source>the models refer to DTMIs that are defined nowhere: %1</source>
            <translation>die Modelle verweisen auf DTMIs, die nirgends definiert sind: %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/dtdlproject.cpp" line="70" />
            <location filename="../engine/interop/interopio.cpp" line="40" />
            <source>no such file or folder</source>
            <translation>Datei oder Ordner existiert nicht</translation>
        </message>
        <message>
            <location filename="../engine/interop/interopio.cpp" line="79" />
            <source>cannot create the folder</source>
            <translation>der Ordner kann nicht erstellt werden</translation>
        </message>
        <message>
            <location filename="../engine/interop/interopio.cpp" line="91" />
            <source>cannot write the file: %1</source>
            <translation>die Datei kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="162" />
            <source>no Thing Description forms are known for the digital adapter type '%1'; it is left out</source>
            <translation>für den digitalen Adaptertyp '%1' sind keine Thing-Description-Forms bekannt; er wird weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="173" />
            <source>no digital adapter exposes twin '%1': it is described by a Thing Model, without forms</source>
            <translation>kein digitaler Adapter stellt Zwilling '%1' bereit: er wird durch ein Thing Model ohne Forms beschrieben</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="321" />
            <source>a link of a Thing Description has no properties; those of relationship '%1' are left out</source>
            <translation>ein Link einer Thing Description hat keine Eigenschaften; die der Beziehung '%1' werden weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="561" />
            <source>"@context" must name the Thing Description context %1</source>
            <translation>"@context" muss den Thing-Description-Kontext %1 nennen</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="583" />
            <source>a Thing Description needs "securityDefinitions"</source>
            <translation>eine Thing Description benötigt "securityDefinitions"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="586" />
            <source>"securityDefinitions" must be an object of security schemes</source>
            <translation>"securityDefinitions" muss ein Objekt aus Sicherheitsschemata sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="591" />
            <source>a security scheme is an object with a "scheme"</source>
            <translation>ein Sicherheitsschema ist ein Objekt mit einem "scheme"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="598" />
            <source>a Thing Description needs "security": the names of the schemes that apply</source>
            <translation>eine Thing Description benötigt "security": die Namen der geltenden Schemata</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="604" />
            <source>a security scheme is named by a string</source>
            <translation>ein Sicherheitsschema wird durch eine Zeichenkette benannt</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="609" />
            <source>no security definition is named '%1'</source>
            <translation>keine Sicherheitsdefinition heißt '%1'</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="651" />
            <source>a data schema must be an object</source>
            <translation>ein Datenschema muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="656" />
            <source>the data schema is nested more than %1 levels deep</source>
            <translation>das Datenschema ist mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="663" />
            <source>"type" must be a string</source>
            <translation>"type" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="671" />
            <source>"enum" must be an array of values</source>
            <translation>"enum" muss ein Array von Werten sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="687" />
            <source>the values of an enum must all be strings or all integers</source>
            <translation>die Werte eines Enum müssen alle Zeichenketten oder alle Ganzzahlen sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="712" />
            <source>a data schema without "type" is imported as a string</source>
            <translation>ein Datenschema ohne "type" wird als Zeichenkette importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="736" />
            <source>an array without "items" is imported as an array of strings</source>
            <translation>ein Array ohne "items" wird als Array von Zeichenketten importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="741" />
            <source>"items" must not be empty</source>
            <translation>"items" darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="745" />
            <source>an array of several item schemas is imported with the first</source>
            <translation>ein Array mit mehreren Element-Schemas wird mit dem ersten importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="758" />
            <source>"properties" must be an object of data schemas</source>
            <translation>"properties" muss ein Objekt aus Datenschemas sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="768" />
            <source>an object without "properties" is imported as a map of strings</source>
            <translation>ein Objekt ohne "properties" wird als Map von Zeichenketten importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="788" />
            <source>a null data schema is imported as a string</source>
            <translation>ein null-Datenschema wird als Zeichenkette importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="792" />
            <source>'%1' is not a data schema type: boolean, integer, number, string, object, array or null</source>
            <translation>'%1' ist kein Datenschematyp: boolean, integer, number, string, object, array oder null</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="817" />
            <source>'%1' is not a unit Twinloom knows; it is left out</source>
            <translation>'%1' ist keine Einheit, die Twinloom kennt; sie wird weggelassen</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="826" />
            <source>an interaction of a Thing Description needs "forms"</source>
            <translation>eine Interaktion einer Thing Description benötigt "forms"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="831" />
            <source>"forms" must be an array of at least one form</source>
            <translation>"forms" muss ein Array mit mindestens einem Form sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="839" />
            <source>a form is an object with an "href"</source>
            <translation>ein Form ist ein Objekt mit einer "href"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="850" />
            <source>"op" must be an operation or an array of operations</source>
            <translation>"op" muss eine Operation oder ein Array von Operationen sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="937" />
            <source>no form of '%1' for %2 has a protocol Twinloom can use; the twin does without it</source>
            <translation>kein Form von '%1' für %2 hat ein Protokoll, das Twinloom verwenden kann; der Zwilling kommt ohne es aus</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="958" />
            <source>"properties" must be an object of property affordances</source>
            <translation>"properties" muss ein Objekt aus Property-Affordances sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="968" />
            <source>a property affordance must be an object</source>
            <translation>eine Property-Affordance muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="977" />
            <source>a write-only property is imported as a writable property</source>
            <translation>eine nur schreibbare Eigenschaft wird als beschreibbare Eigenschaft importiert</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1011" />
            <source>"actions" must be an object of action affordances</source>
            <translation>"actions" muss ein Objekt aus Action-Affordances sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1021" />
            <source>an action affordance must be an object</source>
            <translation>eine Action-Affordance muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1058" />
            <source>"events" must be an object of event affordances</source>
            <translation>"events" muss ein Objekt aus Event-Affordances sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1068" />
            <source>an event affordance must be an object</source>
            <translation>eine Event-Affordance muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1093" />
            <source>a Thing Description must be a JSON object</source>
            <translation>eine Thing Description muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1101" />
            <source>"title" must be a string</source>
            <translation>"title" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1103" />
            <source>a Thing Description needs a "title"</source>
            <translation>eine Thing Description benötigt einen "title"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1109" />
            <source>"id" must be a string (a URI)</source>
            <translation>"id" muss eine Zeichenkette (eine URI) sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1117" />
            <source>"base" must be an absolute URI</source>
            <translation>"base" muss eine absolute URI sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1125" />
            <source>"links" must be an array of links</source>
            <translation>"links" muss ein Array von Links sein</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1132" />
            <source>a link is an object with an "href"</source>
            <translation>ein Link ist ein Objekt mit einer "href"</translation>
        </message>
        <message>
            <location filename="../engine/interop/wot.cpp" line="1137" />
            <source>'%1' links of Thing Models are not followed; import the model it names as well</source>
            <translation>'%1'-Links von Thing Models werden nicht verfolgt; importieren Sie das darin genannte Modell ebenfalls</translation>
        </message>
    </context>
    <context>
        <name>Twinloom::Runner</name>
        <message>
            <location filename="../app/run/main.cpp" line="40" />
            <source>Runs the digital twins of a Twinloom project (a *.twinloom.json file or an exported bundle),
or only those of one deployment node, without a GUI.

Output: with --changes jsonl, one JSON object per line on stdout for every state change
and lifecycle transition: {"twin", "seq", "time", "source", "changes": [{"op", "kind",
"name", "value", ...}]}; with --metrics-interval, lines {"metrics": {...}} on stdout.
Logs go to stderr.

SIGINT and SIGTERM stop the twins gracefully: a composed twin before its parts, each
draining its mailbox; then the program exits. A second signal while they stop ends
the program at once (exit code 128 + the signal's number).

Exchange formats:
  --export FORMAT --output PATH writes the project as dtdl (a folder of DTDL v3 files laid
  out as a Device Models Repository), wot (a folder of W3C WoT Thing Descriptions, one
  per twin), ditto (a folder of Eclipse Ditto things, their policy, Ditto Protocol
  commands and a script of HTTP requests), adt (an Azure Digital Twins Explorer file)
  or adt-ndjson (an Azure Digital Twins bulk import file).
  --import FORMAT --output PROJECT.twinloom.json PATH... builds a project from dtdl
  files and folders, wot Thing Descriptions and Thing Models, or adt Explorer and bulk
  import files.
  --validate-dtdl PATH... validates DTDL files and folders: it prints valid, invalid
  with every error, or incomplete with the DTMIs defined nowhere.

Exit codes:
  0  the run ended normally (duration elapsed, or a signal), or --check found no error,
     or the export or import was written
  1  the command line is wrong
  2  the project, bundle or imported files are invalid (every problem is printed with
     its JSON pointer)
  3  a runtime failure: a twin ended in Error, or the system refused a resource (the
     twins need more open files than the process may have: nothing was started)
With --validate-dtdl: 0 the models are valid, 1 invalid or incomplete, 2 the command
line is wrong.

Examples:
  twinloom-run examples/smart-building.twinloom.json --duration 10 --changes jsonl
  twinloom-run building.zip --node edge-1 --metrics-interval 5
  twinloom-run project.twinloom.json --check
  twinloom-run project.twinloom.json --export-bundle site.zip
  twinloom-run site.zip --extract site/
  twinloom-run project.twinloom.json --export wot --output td/
  twinloom-run project.twinloom.json --export adt --output graph.json
  twinloom-run --import adt --output site.twinloom.json graph.json
  twinloom-run --validate-dtdl models/</source>
            <translation>Führt die digitalen Zwillinge eines Twinloom-Projekts (einer *.twinloom.json-Datei oder eines
exportierten Bundles) oder nur die eines Bereitstellungsknotens aus, ohne GUI.

Ausgabe: mit --changes jsonl ein JSON-Objekt pro Zeile auf stdout für jede Zustandsänderung
und jeden Lebenszyklusübergang: {"twin", "seq", "time", "source", "changes": [{"op", "kind",
"name", "value", ...}]}; mit --metrics-interval Zeilen {"metrics": {...}} auf stdout.
Protokollmeldungen gehen nach stderr.

SIGINT und SIGTERM stoppen die Zwillinge geordnet: ein zusammengesetzter Zwilling vor seinen
Teilen, jeder leert dabei seine Mailbox; dann beendet sich das Programm.
Ein zweites Signal während des Stoppens beendet das Programm sofort (Exit-Code 128 +
die Nummer des Signals).

Austauschformate:
  --export FORMAT --output PATH schreibt das Projekt als dtdl (ein Ordner mit DTDL-v3-Dateien,
  angelegt als Device Models Repository), wot (ein Ordner mit W3C WoT Thing Descriptions, eine
  pro Zwilling), ditto (ein Ordner mit Eclipse-Ditto-Things, ihrer Policy, Ditto-Protocol-
  Befehlen und einem Skript mit HTTP-Anfragen), adt (eine Azure-Digital-Twins-Explorer-Datei)
  oder adt-ndjson (eine Azure-Digital-Twins-Massenimportdatei).
  --import FORMAT --output PROJECT.twinloom.json PATH... erstellt ein Projekt aus dtdl-
  Dateien und -Ordnern, wot-Thing-Descriptions und -Thing-Models oder adt-Explorer- und
  Massenimportdateien.
  --validate-dtdl PATH... prüft DTDL-Dateien und -Ordner: es meldet gültig, ungültig
  mit jedem Fehler oder unvollständig mit den nirgends definierten DTMIs.

Exit-Codes:
  0  der Lauf endete normal (Dauer abgelaufen oder ein Signal), oder --check fand keinen Fehler,
     oder der Export bzw. Import wurde geschrieben
  1  die Befehlszeile ist falsch
  2  das Projekt, das Bundle oder die importierten Dateien sind ungültig (jedes Problem wird mit
     seinem JSON-Pointer ausgegeben)
  3  ein Laufzeitfehler: ein Zwilling endete in Error, oder das System verweigerte eine Ressource
     (die Zwillinge brauchen mehr offene Dateien, als der Prozess haben darf: nichts wurde gestartet)
Mit --validate-dtdl: 0 die Modelle sind gültig, 1 ungültig oder unvollständig, 2 die
Befehlszeile ist falsch.

Beispiele:
  twinloom-run examples/smart-building.twinloom.json --duration 10 --changes jsonl
  twinloom-run building.zip --node edge-1 --metrics-interval 5
  twinloom-run project.twinloom.json --check
  twinloom-run project.twinloom.json --export-bundle site.zip
  twinloom-run site.zip --extract site/
  twinloom-run project.twinloom.json --export wot --output td/
  twinloom-run project.twinloom.json --export adt --output graph.json
  twinloom-run --import adt --output site.twinloom.json graph.json
  twinloom-run --validate-dtdl models/</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="108" />
            <source>A *.twinloom.json project or a bundle (.zip).</source>
            <translation>Ein *.twinloom.json-Projekt oder ein Bündel (.zip).</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="112" />
            <source>With --import or --validate-dtdl: the files and folders to read.</source>
            <translation>Mit --import oder --validate-dtdl: die zu lesenden Dateien und Ordner.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="116" />
            <source>Run only the twins of deployment node NAME.</source>
            <translation>Nur die Zwillinge des Bereitstellungsknotens NAME ausführen.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="119" />
            <source>Stop after SECONDS (default: run until a signal).</source>
            <translation>Nach SECONDS Sekunden anhalten (Standard: bis zu einem Signal laufen).</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="122" />
            <source>Stream state changes on stdout in FORMAT (jsonl).</source>
            <translation>Zustandsänderungen im Format FORMAT (jsonl) auf stdout ausgeben.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="125" />
            <source>Print engine metrics every SECONDS.</source>
            <translation>Alle SECONDS Sekunden Engine-Metriken ausgeben.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="128" />
            <source>Validate the project and exit.</source>
            <translation>Das Projekt prüfen und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="130" />
            <source>error, warning, info (default) or debug.</source>
            <translation>error, warning, info (Standard) oder debug.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="134" />
            <source>Write the project, its model and data files as a bundle to FILE and exit.</source>
            <translation>Das Projekt mit seinen Modell- und Datendateien als Bundle in FILE schreiben und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="138" />
            <source>Extract the bundle into FOLDER, print the project's path and exit.</source>
            <translation>Das Bundle in FOLDER entpacken, den Pfad des Projekts ausgeben und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="142" />
            <source>Write the project in FORMAT (dtdl, wot, ditto, adt, adt-ndjson) to --output and exit.</source>
            <translation>Das Projekt im Format FORMAT (dtdl, wot, ditto, adt, adt-ndjson) nach --output schreiben und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="147" />
            <source>Read the files and folders given in FORMAT (dtdl, wot, adt) into the project --output and exit.</source>
            <translation>Die angegebenen Dateien und Ordner im Format FORMAT (dtdl, wot, adt) in das Projekt --output einlesen und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="152" />
            <source>Where --export or --import writes: a folder, or a file for adt, adt-ndjson and imported projects.</source>
            <translation>Wohin --export oder --import schreibt: ein Ordner, oder eine Datei bei adt, adt-ndjson und importierten Projekten.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="157" />
            <source>Validate the DTDL files and folders given and exit.</source>
            <translation>Die angegebenen DTDL-Dateien und -Ordner prüfen und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="160" />
            <source>Print the JSON Schema of the project format, with every adapter type's configuration, and exit.</source>
            <translation>Das JSON-Schema des Projektformats mit der Konfiguration jedes Adaptertyps ausgeben und beenden.</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="183" />
            <source>--validate-dtdl, --import, --export, --check, --export-bundle and --extract exclude one another</source>
            <translation>--validate-dtdl, --import, --export, --check, --export-bundle und --extract schließen sich gegenseitig aus</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="186" />
            <source>--output goes with --export or --import</source>
            <translation>--output gehört zu --export oder --import</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="189" />
            <source>give the files or folders to read</source>
            <translation>geben Sie die zu lesenden Dateien oder Ordner an</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="196" />
            <source>--import takes %1</source>
            <translation>--import akzeptiert %1</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="200" />
            <source>--import needs --output PROJECT.twinloom.json</source>
            <translation>--import benötigt --output PROJECT.twinloom.json</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="204" />
            <source>give exactly one project or bundle</source>
            <translation>geben Sie genau ein Projekt oder Bundle an</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="210" />
            <source>--export takes %1</source>
            <translation>--export akzeptiert %1</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="214" />
            <source>--export needs --output PATH</source>
            <translation>--export benötigt --output PATH</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="219" />
            <source>--node takes the id of a deployment node</source>
            <translation>--node erwartet die ID eines Bereitstellungsknotens</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="227" />
            <source>--duration takes a positive number of seconds</source>
            <translation>--duration erwartet eine positive Anzahl von Sekunden</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="233" />
            <source>--metrics-interval takes seconds, from 0.01 to 86,400</source>
            <translation>--metrics-interval erwartet Sekunden, von 0,01 bis 86.400</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="237" />
            <source>--changes supports only jsonl</source>
            <translation>--changes unterstützt nur jsonl</translation>
        </message>
        <message>
            <location filename="../app/run/main.cpp" line="242" />
            <source>--log-level is error, warning, info or debug</source>
            <translation>--log-level ist error, warning, info oder debug</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="95" />
            <location filename="../app/run/runner.cpp" line="325" />
            <source>'%1' does not exist</source>
            <translation>'%1' existiert nicht</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="101" />
            <source>'%1' is not a bundle</source>
            <translation>'%1' ist kein Bundle</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="115" />
            <source>cannot create a folder to extract the bundle: %1</source>
            <translation>es kann kein Ordner zum Entpacken des Bundles erstellt werden: %1</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="126" />
            <source>extracted bundle '%1' into '%2'</source>
            <translation>Bundle '%1' nach '%2' entpackt</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/run/runner.cpp" line="138" />
            <source>%n error(s) in '%1'; nothing was started</source>
            <translation>
                <numerusform>%n Fehler in '%1'; nichts wurde gestartet</numerusform>
                <numerusform>%n Fehler in '%1'; nichts wurde gestartet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="153" />
            <source>the project has no node '%1'; its nodes: %2</source>
            <translation>das Projekt hat keinen Knoten '%1'; seine Knoten: %2</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="155" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="168" />
            <source>wrote the bundle '%1'</source>
            <translation>Bundle '%1' geschrieben</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="182" />
            <source>%1: valid; %2 models, %3 twins%4</source>
            <translation>%1: gültig; %2 Modelle, %3 Zwillinge%4</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="188" />
            <location filename="../app/run/runner.cpp" line="234" />
            <source> on node '%1'</source>
            <translation> auf Knoten '%1'</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="211" />
            <source>%1 failed%2</source>
            <translation>%1 fehlgeschlagen%2</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="214" />
            <source>%1: %2 → %3%4</source>
            <translation>%1: %2 → %3%4</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/run/runner.cpp" line="230" />
            <source>running %n twin(s) of '%1'%2</source>
            <translation>
                <numerusform>%n Zwilling von '%1' läuft%2</numerusform>
                <numerusform>%n Zwillinge von '%1' laufen%2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="282" />
            <source>raised the limit of open files from %1 to %2 (about %3 needed)</source>
            <translation>Grenze offener Dateien von %1 auf %2 angehoben (etwa %3 benötigt)</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="290" />
            <source>the twins need about %1 open files (the connections and sockets of their adapters), but this process may open %2 (ulimit -n) and at most %3 (ulimit -Hn): raise the limit (ulimit -n, or LimitNOFILE= for a service), or run fewer twins per node; nothing was started</source>
            <translation>die Zwillinge brauchen etwa %1 offene Dateien (die Verbindungen und Sockets ihrer Adapter), dieser Prozess darf aber %2 öffnen (ulimit -n) und höchstens %3 (ulimit -Hn): Grenze anheben (ulimit -n oder LimitNOFILE= für einen Dienst) oder weniger Zwillinge je Knoten ausführen; nichts wurde gestartet</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="296" />
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="339" />
            <source>undefined: %1</source>
            <translation>undefiniert: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/run/runner.cpp" line="374" />
            <source>%n error(s); nothing was written</source>
            <translation>
                <numerusform>%n Fehler; nichts wurde geschrieben</numerusform>
                <numerusform>%n Fehler; nichts wurde geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="380" />
            <source>cannot write '%1': %2</source>
            <translation>'%1' kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="387" />
            <source>the imported project needs editing before it runs here:</source>
            <translation>das importierte Projekt muss bearbeitet werden, bevor es hier läuft:</translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="390" />
            <source>wrote the project '%1': %2 models, %3 twins</source>
            <translation>Projekt '%1' geschrieben: %2 Modelle, %3 Zwillinge</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/run/runner.cpp" line="433" />
            <source>wrote %n file(s) to '%1'</source>
            <translation>
                <numerusform>%n Datei nach '%1' geschrieben</numerusform>
                <numerusform>%n Dateien nach '%1' geschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/run/runner.cpp" line="445" />
            <source>stopping %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling wird gestoppt</numerusform>
                <numerusform>%n Zwillinge werden gestoppt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/run/runner.cpp" line="479" />
            <source>the twins could not process what was queued within %1 s of the stop: %2 event(s) were dropped</source>
            <translation>die Zwillinge konnten das Eingereihte nicht innerhalb von %1 s nach dem Anhalten verarbeiten: %2 Ereignis(se) verworfen</translation>
        </message>
    </context>
    <context>
        <name>Twinloom::Studio</name>
        <message>
            <location filename="../app/studio/main.cpp" line="49" />
            <source>Twinloom: design digital twin graphs, run them and watch them live.</source>
            <translation>Twinloom: Graphen digitaler Zwillinge entwerfen, ausführen und live beobachten.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="53" />
            <source>A *.twinloom.json project to open.</source>
            <translation>Ein zu öffnendes *.twinloom.json-Projekt.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="56" />
            <source>Start the project's twins once it is open.</source>
            <translation>Die Zwillinge des Projekts starten, sobald es geöffnet ist.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="59" />
            <source>Save a picture of the window to FILE after the delay and quit.</source>
            <translation>Nach der Verzögerung ein Bild des Fensters in FILE speichern und beenden.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="62" />
            <source>Milliseconds to wait before --screenshot (2000).</source>
            <translation>Millisekunden, die vor --screenshot gewartet wird (2000).</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="65" />
            <source>Show the canvas at PERCENT, from the top of the graph, instead of fitting it.</source>
            <translation>Die Zeichenfläche mit PERCENT ab dem oberen Rand des Graphen zeigen, statt sie einzupassen.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="70" />
            <source>Open in MODE: design, run, monitor or operator (the Monitor's dashboard alone, full screen).</source>
            <translation>In MODE öffnen: design, run, monitor oder operator (nur das Dashboard des Monitors, Vollbild).</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="74" />
            <source>Show the dashboard of twin ID in the Monitor.</source>
            <translation>Das Dashboard des Zwillings ID im Monitor zeigen.</translation>
        </message>
        <message>
            <location filename="../app/studio/main.cpp" line="105" />
            <source>Unknown mode '%1': design, run, monitor or operator.</source>
            <translation>Unbekannter Modus „%1“: design, run, monitor oder operator.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/design/canvasview.cpp" line="140" />
            <location filename="../app/studio/design/graphscene.cpp" line="270" />
            <source>Move %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling verschieben</numerusform>
                <numerusform>%n Zwillinge verschieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/design/canvasview.cpp" line="167" />
            <source>Drag a model from the palette to add a twin.</source>
            <translation>Ziehen Sie ein Modell aus der Palette, um einen Zwilling hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/commandpalette.cpp" line="16" />
            <source>Commands</source>
            <translation>Befehle</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/commandpalette.cpp" line="19" />
            <source>Type a command…</source>
            <translation>Befehl eingeben…</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="32" />
            <source>"%1" is missing</source>
            <translation>„%1“ fehlt</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="39" />
            <source>"%1" must be a string</source>
            <translation>„%1“ muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="55" />
            <source>"%1" must be an integer from %2 to %3</source>
            <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="117" />
            <source>a tile must be an object</source>
            <translation>eine Kachel muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="127" />
            <source>unknown tile type '%1'</source>
            <translation>unbekannter Kacheltyp „%1“</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="146" />
            <source>a plot needs "series", an array of {"twin", "property"}</source>
            <translation>ein Diagramm braucht „series“, ein Array aus {"twin", "property"}</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="154" />
            <source>a series must be an object</source>
            <translation>eine Reihe muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="164" />
            <source>'%1' is not a JSON pointer: it must be empty or start with '/'</source>
            <translation>'%1' ist kein JSON-Pointer: er muss leer sein oder mit '/' beginnen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="243" />
            <source>a dashboard must be an object</source>
            <translation>ein Dashboard muss ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="253" />
            <source>"id" must not be empty</source>
            <translation>„id“ darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="260" />
            <source>"tiles" must be an array</source>
            <translation>„tiles“ muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="359" />
            <source>"dashboards" must be an array</source>
            <translation>„dashboards“ muss ein Array sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/dashboard.cpp" line="370" />
            <source>dashboard id '%1' is used twice</source>
            <translation>die Dashboard-ID „%1“ wird zweimal verwendet</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="181" />
            <source>twin '%1' does not exist</source>
            <translation>Zwilling „%1“ existiert nicht</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="186" />
            <source>the model of twin '%1' is not known</source>
            <translation>das Modell von Zwilling „%1“ ist nicht bekannt</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="193" />
            <source>the plot has no series</source>
            <translation>das Diagramm hat keine Reihen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="201" />
            <location filename="../app/studio/monitor/tiletype.cpp" line="299" />
            <source>twin '%1' has no property '%2'</source>
            <translation>Zwilling „%1“ hat keine Eigenschaft „%2“</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="207" />
            <source>property '%1' of twin '%2' has no number at '%3'</source>
            <translation>Eigenschaft '%1' des Zwillings '%2' hat keine Zahl bei '%3'</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="212" />
            <source>property '%1' of twin '%2' is not a number</source>
            <translation>Eigenschaft „%1“ von Zwilling „%2“ ist keine Zahl</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="285" />
            <source>twin '%1' has no relationship '%2'</source>
            <translation>Zwilling '%1' hat keine Beziehung '%2'</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="289" />
            <source>twin '%1' has no action '%2'</source>
            <translation>Zwilling „%1“ hat keine Aktion „%2“</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="293" />
            <source>twin '%1' has no event '%2'</source>
            <translation>Zwilling „%1“ hat kein Ereignis „%2“</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="31" />
            <source>property '%1' is not a number: a %2 tile cannot show it</source>
            <translation>Eigenschaft „%1“ ist keine Zahl: eine Kachel vom Typ %2 kann sie nicht zeigen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="60" />
            <source>property '%1' is not a boolean: a lamp cannot show it</source>
            <translation>Eigenschaft „%1“ ist kein Wahrheitswert: eine Lampe kann sie nicht zeigen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="72" />
            <source>property '%1' is not an enum: a state tile cannot show it</source>
            <translation>Eigenschaft „%1“ ist keine Aufzählung: eine Zustandskachel kann sie nicht zeigen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="93" />
            <source>property '%1' is not writable</source>
            <translation>Eigenschaft „%1“ ist nicht beschreibbar</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="259" />
            <location filename="../app/studio/shared/enginehost.cpp" line="21" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="21" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="70" />
            <location filename="../app/studio/shared/enginehost.cpp" line="115" />
            <location filename="../app/studio/shared/enginehost.cpp" line="140" />
            <source>engine</source>
            <translation>Engine</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/enginehost.cpp" line="117" />
            <source>started %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling gestartet</numerusform>
                <numerusform>%n Zwillinge gestartet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/enginehost.cpp" line="118" />
            <source>started %n twin(s) of node %1</source>
            <translation>
                <numerusform>%n Zwilling von Knoten %1 gestartet</numerusform>
                <numerusform>%n Zwillinge von Knoten %1 gestartet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="141" />
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="101" />
            <source>lifecycle</source>
            <translation>Lebenszyklus</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="102" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/enginehost.cpp" line="103" />
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="20" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="22" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="23" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="84" />
            <source>Entanglement %1</source>
            <translation>Verschränkung %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="90" />
            <source>Timeliness %1: %2 of %3 properties within their maximum age</source>
            <translation>Aktualität %1: %2 von %3 Eigenschaften innerhalb ihres Höchstalters</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="94" />
            <source>Timeliness: no property has a maximum age</source>
            <translation>Aktualität: keine Eigenschaft hat ein Höchstalter</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="95" />
            <source>Reliability %1: %2 of %3 events dropped or failed</source>
            <translation>Zuverlässigkeit %1: %2 von %3 Ereignissen verworfen oder fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="99" />
            <source>Availability %1: bound %2 of %3 running</source>
            <translation>Verfügbarkeit %1: gebunden %2 von %3 Laufzeit</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="112" />
            <source>Timeliness</source>
            <translation>Aktualität</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="113" />
            <source>Reliability</source>
            <translation>Zuverlässigkeit</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/entanglementindicator.cpp" line="114" />
            <source>Availability</source>
            <translation>Verfügbarkeit</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/grapheditbuilder.cpp" line="193" />
            <source>no twin '%1'</source>
            <translation>kein Zwilling '%1'</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/grapheditbuilder.cpp" line="199" />
            <source>a twin needs an id</source>
            <translation>ein Zwilling benötigt eine ID</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/grapheditbuilder.cpp" line="205" />
            <source>the id '%1' is taken</source>
            <translation>die ID '%1' ist bereits vergeben</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/grapheditbuilder.cpp" line="302" />
            <source>the clipboard holds no twins</source>
            <translation>die Zwischenablage enthält keine Zwillinge</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="45" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="597" />
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="409" />
            <location filename="../app/studio/shared/graphmodel.cpp" line="436" />
            <source>both ends must be twins</source>
            <translation>beide Enden müssen Zwillinge sein</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="411" />
            <location filename="../app/studio/shared/graphmodel.cpp" line="438" />
            <source>a twin cannot be related to itself</source>
            <translation>ein Zwilling kann nicht mit sich selbst in Beziehung stehen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="415" />
            <source>the model of '%1' is not defined</source>
            <translation>das Modell von '%1' ist nicht definiert</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="417" />
            <source>the model of '%1' has no relationships</source>
            <translation>das Modell von '%1' hat keine Beziehungen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="443" />
            <source>the model of '%1' has no relationship '%2'</source>
            <translation>das Modell von '%1' hat keine Beziehung '%2'</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="445" />
            <source>'%1' needs a %2</source>
            <translation>'%1' benötigt einen Zwilling vom Modell %2</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="451" />
            <source>'%1' already points at '%2'</source>
            <translation>'%1' zeigt bereits auf '%2'</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/graphmodel.cpp" line="455" />
            <source>'%1' allows at most %2</source>
            <translation>'%1' erlaubt höchstens %2</translation>
        </message>
        <message>
            <location filename="../app/studio/design/graphscene.cpp" line="233" />
            <source>Cannot connect %1 to %2: %3</source>
            <translation>%1 kann nicht mit %2 verbunden werden: %3</translation>
        </message>
        <message>
            <location filename="../app/studio/design/graphscene.cpp" line="253" />
            <source>Connect %1 → %2</source>
            <translation>%1 → %2 verbinden</translation>
        </message>
        <message>
            <location filename="../app/studio/design/graphscene.cpp" line="350" />
            <source>Add twin %1</source>
            <translation>Zwilling %1 hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/graphscene.cpp" line="366" />
            <source>Drop an adapter on a twin.</source>
            <translation>Legen Sie einen Adapter auf einem Zwilling ab.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/graphscene.cpp" line="375" />
            <source>Add adapter %1 to %2</source>
            <translation>Adapter %1 zu %2 hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="43" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="44" />
            <location filename="../app/studio/design/modeleditor.cpp" line="117" />
            <location filename="../app/studio/design/modeleditor.cpp" line="159" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="45" />
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="46" />
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="49" />
            <location filename="../app/studio/design/inspectorpanel.cpp" line="72" />
            <source>Adapters</source>
            <translation>Adapter</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="52" />
            <source>Edit Model…</source>
            <translation>Modell bearbeiten…</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="53" />
            <source>Edit Mapping…</source>
            <translation>Zuordnung bearbeiten…</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="77" />
            <source>Twin entry (JSON)</source>
            <translation>Zwillingseintrag (JSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="85" />
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="89" />
            <location filename="../app/studio/design/schemaform.cpp" line="219" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="145" />
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="153" />
            <location filename="../app/studio/design/inspectorpanel.cpp" line="262" />
            <source>Select a twin on the canvas to edit it.</source>
            <translation>Wählen Sie einen Zwilling auf der Zeichenfläche aus, um ihn zu bearbeiten.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="178" />
            <source>physical: %1</source>
            <translation>physisch: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="178" />
            <source>digital: %1</source>
            <translation>digital: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="181" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="240" />
            <source>Physical adapter %1 (%2)</source>
            <translation>Physischer Adapter %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="240" />
            <source>Digital adapter %1 (%2)</source>
            <translation>Digitaler Adapter %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="243" />
            <source>Unknown adapter type '%1'</source>
            <translation>Unbekannter Adaptertyp '%1'</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="263" />
            <source>This twin has no adapters: drop an adapter type from the palette on its card.</source>
            <translation>Dieser Zwilling hat keine Adapter: Ziehen Sie einen Adaptertyp aus der Palette auf seine Karte.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="280" />
            <source>An adapter entry is a JSON object: fix it on the JSON tab.</source>
            <translation>Ein Adaptereintrag ist ein JSON-Objekt: Korrigieren Sie ihn im Reiter JSON.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="295" />
            <source>Configure %1 of %2</source>
            <translation>%1 von %2 konfigurieren</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="305" />
            <location filename="../app/studio/design/modeleditor.cpp" line="240" />
            <source>Model '%1' is not in the project.</source>
            <translation>Modell '%1' ist nicht im Projekt.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="341" />
            <source>a twin entry is a JSON object</source>
            <translation>ein Zwillingseintrag ist ein JSON-Objekt</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="343" />
            <source>"id" must be a non-empty string</source>
            <translation>"id" muss eine nicht leere Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="345" />
            <source>"model" must be a string</source>
            <translation>"model" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="346" />
            <source>Valid</source>
            <translation>Gültig</translation>
        </message>
        <message>
            <location filename="../app/studio/design/inspectorpanel.cpp" line="381" />
            <location filename="../app/studio/design/inspectorpanel.cpp" line="401" />
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="20" />
            <source>DTDL v3 Models</source>
            <translation>DTDL-v3-Modelle</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="21" />
            <source>WoT Thing Descriptions</source>
            <translation>WoT Thing Descriptions</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="22" />
            <source>Eclipse Ditto Things</source>
            <translation>Eclipse-Ditto-Things</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="23" />
            <source>Azure Digital Twins Graph (Explorer JSON)</source>
            <translation>Azure-Digital-Twins-Graph (Explorer-JSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="24" />
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="25" />
            <source>Azure Digital Twins Bulk Import (NDJSON)</source>
            <translation>Azure-Digital-Twins-Massenimport (NDJSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="26" />
            <source>NDJSON files (*.ndjson)</source>
            <translation>NDJSON-Dateien (*.ndjson)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/interopactions.cpp" line="51" />
            <location filename="../app/studio/shared/interopactions.cpp" line="114" />
            <source>unknown format '%1'</source>
            <translation>unbekanntes Format '%1'</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/interopactions.cpp" line="98" />
            <source>Import %n model(s)</source>
            <translation>
                <numerusform>%n Modell importieren</numerusform>
                <numerusform>%n Modelle importieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="21" />
            <source>Filter by twin, source or text</source>
            <translation>Nach Zwilling, Quelle oder Text filtern</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="24" />
            <source>All levels</source>
            <translation>Alle Stufen</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="24" />
            <source>Warnings and errors</source>
            <translation>Warnungen und Fehler</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="24" />
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="30" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="30" />
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../app/studio/design/problemspanel.cpp" line="13" />
            <location filename="../app/studio/monitor/tilemodel.cpp" line="204" />
            <location filename="../app/studio/run/logpanel.cpp" line="30" />
            <source>Twin</source>
            <translation>Zwilling</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="30" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="30" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="51" />
            <source>info</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="52" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../app/studio/run/logpanel.cpp" line="53" />
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="98" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="100" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="147" />
            <source>Events in %1 · dropped %2 · failed %3 · changes %4 · mailbox %5 · commit p50 %6 µs, p99 %7 µs</source>
            <translation>Ereignisse ein %1 · verworfen %2 · fehlgeschlagen %3 · Änderungen %4 · Mailbox %5 · Commit p50 %6 µs, p99 %7 µs</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="215" />
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="218" />
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="221" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="223" />
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="225" />
            <source>&amp;Export Picture…</source>
            <translation>Bild &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="226" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="227" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="230" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="235" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="236" />
            <source>Ctrl+Y</source>
            <translation>Ctrl+Y</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="240" />
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="241" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="243" />
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="245" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="247" />
            <source>Select &amp;All</source>
            <translation>Alles a&amp;uswählen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="249" />
            <source>Auto &amp;Layout</source>
            <translation>Automatisch an&amp;ordnen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="250" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="251" />
            <source>Align in a &amp;Row</source>
            <translation>In einer &amp;Zeile ausrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="253" />
            <source>Align in a &amp;Column</source>
            <translation>In einer &amp;Spalte ausrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="255" />
            <source>Edit &amp;Model…</source>
            <translation>&amp;Modell bearbeiten…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="255" />
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="257" />
            <source>Edit Mappin&amp;g…</source>
            <translation>Zuordnun&amp;g bearbeiten…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="258" />
            <source>Ctrl+Shift+M</source>
            <translation>Ctrl+Shift+M</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="260" />
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="262" />
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="264" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="265" />
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="266" />
            <source>&amp;Fit</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="266" />
            <source>Ctrl+Shift+F</source>
            <translation>Ctrl+Shift+F</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="268" />
            <source>&amp;Snap to Grid</source>
            <translation>Am &amp;Raster ausrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="273" />
            <source>&amp;Dark Palette</source>
            <translation>&amp;Dunkles Farbschema</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="279" />
            <source>&amp;Command Palette…</source>
            <translation>Befehls&amp;palette…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="280" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="282" />
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="282" />
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="285" />
            <source>&amp;Design</source>
            <translation>E&amp;ntwurf</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="286" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="287" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="440" />
            <source>&amp;Run</source>
            <translation>A&amp;usführen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="288" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="290" />
            <source>&amp;Monitor</source>
            <translation>&amp;Überwachen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="291" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="297" />
            <source>&amp;Operator View</source>
            <translation>&amp;Bedieneransicht</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="298" />
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="300" />
            <source>Leave Operator View</source>
            <translation>Bedieneransicht verlassen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="304" />
            <source>&amp;Start All Twins</source>
            <translation>&amp;Alle Zwillinge starten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="304" />
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="307" />
            <source>S&amp;top</source>
            <translation>&amp;Stoppen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="307" />
            <source>Shift+F5</source>
            <translation>Shift+F5</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="310" />
            <source>&amp;About Twinloom</source>
            <translation>&amp;Über Twinloom</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="312" />
            <source>About Twinloom</source>
            <translation>Über Twinloom</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="313" />
            <source>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;A studio and engine for interoperable digital twins: design twin graphs, run them, and watch them live.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;Ein Studio und eine Engine für interoperable digitale Zwillinge: Zwillingsgraphen entwerfen, ausführen und live beobachten.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="322" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="325" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="330" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="331" />
            <source>DTDL Models…</source>
            <translation>DTDL-Modelle…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="333" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="337" />
            <source>Import DTDL Models</source>
            <translation>DTDL-Modelle importieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="334" />
            <source>DTDL files (*.json);;All files (*)</source>
            <translation>DTDL-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="339" />
            <source>DTDL Folder…</source>
            <translation>DTDL-Ordner…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="340" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="343" />
            <source>Import DTDL Folder</source>
            <translation>DTDL-Ordner importieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="347" />
            <source>WoT Thing Descriptions as a New Project…</source>
            <translation>WoT Thing Descriptions als neues Projekt…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="348" />
            <source>Azure Digital Twins Graph as a New Project…</source>
            <translation>Azure-Digital-Twins-Graph als neues Projekt…</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="357" />
            <source>JSON files (*.json *.jsonld *.ndjson);;All files (*)</source>
            <translation>JSON-Dateien (*.json *.jsonld *.ndjson);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="363" />
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="367" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="368" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="374" />
            <source>Export %1</source>
            <translation>%1 exportieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="383" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="398" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="410" />
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="414" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="417" />
            <source>System Language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="418" />
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="419" />
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="420" />
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="429" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="430" />
            <source>Twinloom will use %1 from its next start.</source>
            <translation>Twinloom verwendet ab dem nächsten Start %1.</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="442" />
            <source>Start &amp;Node</source>
            <translation>&amp;Knoten starten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="447" />
            <source>(no deployment nodes)</source>
            <translation>(keine Bereitstellungsknoten)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="453" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="457" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="496" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="498" />
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="500" />
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="503" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="506" />
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="537" />
            <source>Design</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="539" />
            <source>Run</source>
            <translation>Ausführung</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="538" />
            <source>Monitor</source>
            <translation>Überwachen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="598" />
            <source>%1[*] — Twinloom</source>
            <translation>%1[*] — Twinloom</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="599" />
            <source> (running)</source>
            <translation> (läuft)</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="622" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="623" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="624" />
            <source>No problems</source>
            <translation>Keine Probleme</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="512" />
            <location filename="../app/studio/monitor/monitorview.cpp" line="281" />
            <location filename="../app/studio/monitor/tilemodel.cpp" line="500" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="634" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="641" />
            <source>%1 is not a JSON document</source>
            <translation>%1 ist kein JSON-Dokument</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="669" />
            <source>Could not save %1: %2</source>
            <translation>%1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="678" />
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="687" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="687" />
            <source>The project has changes that are not saved.</source>
            <translation>Das Projekt hat Änderungen, die nicht gespeichert sind.</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="712" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="718" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="773" />
            <source>Open Project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="713" />
            <source>Twinloom projects (*.twinloom.json);;JSON files (*.json);;All files (*)</source>
            <translation>Twinloom-Projekte (*.twinloom.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="727" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="743" />
            <source>Save Project</source>
            <translation>Projekt speichern</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="735" />
            <source>Save Project As</source>
            <translation>Projekt speichern unter</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="736" />
            <source>Twinloom projects (*.twinloom.json)</source>
            <translation>Twinloom-Projekte (*.twinloom.json)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="795" />
            <source>Autosaved</source>
            <translation>Automatisch gespeichert</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="805" />
            <source>Recover Project</source>
            <translation>Projekt wiederherstellen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="806" />
            <source>Twinloom found unsaved changes to %1 from a session that did not end normally. Recover them?</source>
            <translation>Twinloom hat ungespeicherte Änderungen an %1 aus einer Sitzung gefunden, die nicht normal beendet wurde. Wiederherstellen?</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="852" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="869" />
            <source>The models were not imported:
%1</source>
            <translation>Die Modelle wurden nicht importiert:
%1</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="873" />
            <source>The models are in the project already.</source>
            <translation>Die Modelle sind bereits im Projekt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="877" />
            <source>Imported %n model(s); they are in the palette.</source>
            <translation>
                <numerusform>%n Modell importiert; es ist in der Palette.</numerusform>
                <numerusform>%n Modelle importiert; sie sind in der Palette.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="888" />
            <source>Nothing was imported:
%1</source>
            <translation>Nichts wurde importiert:
%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="901" />
            <source>Imported with %n note(s): see the Problems panel after saving.</source>
            <translation>
                <numerusform>Mit %n Hinweis importiert: siehe Bereich Probleme nach dem Speichern.</numerusform>
                <numerusform>Mit %n Hinweisen importiert: siehe Bereich Probleme nach dem Speichern.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="912" />
            <source>Wrote %n file(s) to %1</source>
            <translation>
                <numerusform>%n Datei nach %1 geschrieben</numerusform>
                <numerusform>%n Dateien nach %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="914" />
            <source>The project was not exported:
%1</source>
            <translation>Das Projekt wurde nicht exportiert:
%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="917" />
            <source>%n note(s) about what the format cannot express</source>
            <translation>
                <numerusform>%n Hinweis zu dem, was das Format nicht ausdrücken kann</numerusform>
                <numerusform>%n Hinweise zu dem, was das Format nicht ausdrücken kann</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="935" />
            <source>Twin graph</source>
            <translation>Zwillingsgraph</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="947" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="963" />
            <source>Could not write %1</source>
            <translation>%1 konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="975" />
            <location filename="../app/studio/shared/mainwindow.cpp" line="981" />
            <source>Export Picture</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="976" />
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="983" />
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="999" />
            <source>Copied %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling kopiert</numerusform>
                <numerusform>%n Zwillinge kopiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="1024" />
            <source>Nothing to paste</source>
            <translation>Nichts zum Einfügen</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="1028" />
            <source>Paste %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling einfügen</numerusform>
                <numerusform>%n Zwillinge einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="1055" />
            <source>Delete %n wire(s)</source>
            <translation>
                <numerusform>%n Verbindung löschen</numerusform>
                <numerusform>%n Verbindungen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="1056" />
            <source>Delete %n twin(s)</source>
            <translation>
                <numerusform>%n Zwilling löschen</numerusform>
                <numerusform>%n Zwillinge löschen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="1070" />
            <source>Auto layout</source>
            <translation>Automatisch anordnen</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="1093" />
            <source>Align in a row</source>
            <translation>In einer Zeile ausrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="1093" />
            <source>Align in a column</source>
            <translation>In einer Spalte ausrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/shared/mainwindow.cpp" line="1126" />
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/shared/mainwindow.cpp" line="1132" />
            <source>The project cannot run: %n error(s), see the log.</source>
            <translation>
                <numerusform>Das Projekt kann nicht ausgeführt werden: %n Fehler, siehe Protokoll.</numerusform>
                <numerusform>Das Projekt kann nicht ausgeführt werden: %n Fehler, siehe Protokoll.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="59" />
            <source>event %1: %2</source>
            <translation>Ereignis %1: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="111" />
            <source>the twin's model does not resolve</source>
            <translation>das Modell des Zwillings lässt sich nicht auflösen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="128" />
            <location filename="../app/studio/design/mappingeditor.cpp" line="134" />
            <source>rule %1: %2</source>
            <translation>Regel %1: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="168" />
            <source>Pass through physical names that name a property or event</source>
            <translation>Physische Namen durchreichen, die eine Eigenschaft oder ein Ereignis benennen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="173" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="173" />
            <source>Pointer</source>
            <translation>Zeiger</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="173" />
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="174" />
            <location filename="../app/studio/design/modeleditor.cpp" line="117" />
            <location filename="../app/studio/design/modeleditor.cpp" line="158" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="174" />
            <source>Steps (JSON)</source>
            <translation>Schritte (JSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="174" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="181" />
            <source>A JSON array of steps such as [{"type": "scale", "factor": 0.1}]; step types: %1</source>
            <translation>Ein JSON-Array von Schritten wie [{"type": "scale", "factor": 0.1}]; Schrittarten: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="186" />
            <source>property or event; empty: decided by the name</source>
            <translation>property oder event; leer: ergibt sich aus dem Namen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="192" />
            <source>Add Rule</source>
            <translation>Regel hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="193" />
            <source>Remove Rule</source>
            <translation>Regel entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="203" />
            <source>Sample payload (JSON: physical names → values)</source>
            <translation>Beispiel-Nutzdaten (JSON: physische Namen → Werte)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="209" />
            <source>What the twin would commit</source>
            <translation>Was der Zwilling übernehmen würde</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="262" />
            <source>Mapping of %1</source>
            <translation>Zuordnung von %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="264" />
            <source>No twin selected</source>
            <translation>Kein Zwilling ausgewählt</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="265" />
            <source>Shadowing rules of %1 (model %2)</source>
            <translation>Shadowing-Regeln von %1 (Modell %2)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="351" />
            <source>rule %1: "from" must name the physical property or event it reads</source>
            <translation>Regel %1: "from" muss die physische Eigenschaft oder das Ereignis nennen, das sie liest</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="361" />
            <source>rule %1: pointer '%2' must start with '/', and '~' must be followed by 0 or 1</source>
            <translation>Regel %1: Zeiger '%2' muss mit '/' beginnen, und auf '~' muss 0 oder 1 folgen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="377" />
            <source>rule %1: kind must be property or event</source>
            <translation>Regel %1: kind muss property oder event sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="386" />
            <source>rule %1: steps must be a JSON array of steps</source>
            <translation>Regel %1: steps muss ein JSON-Array von Schritten sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="418" />
            <source>Edit mapping of %1</source>
            <translation>Zuordnung von %1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="451" />
            <source>Add a mapping rule to %1</source>
            <translation>Zuordnungsregel zu %1 hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="473" />
            <source>Remove a mapping rule of %1</source>
            <translation>Zuordnungsregel von %1 entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="487" />
            <source>The sample must be a JSON object of physical names and their values, e.g. {"env": {"t": 21.5}}.</source>
            <translation>Das Beispiel muss ein JSON-Objekt aus physischen Namen und ihren Werten sein, z. B. {"env": {"t": 21.5}}.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="511" />
            <source>dropped by a step</source>
            <translation>von einem Schritt verworfen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="513" />
            <source>not in the sample</source>
            <translation>nicht im Beispiel</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="522" />
            <source>error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="524" />
            <source>Paste a sample payload to see what each rule yields.</source>
            <translation>Fügen Sie Beispiel-Nutzdaten ein, um zu sehen, was jede Regel ergibt.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/mappingeditor.cpp" line="525" />
            <source>Nothing would change.</source>
            <translation>Nichts würde sich ändern.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="117" />
            <location filename="../app/studio/design/modeleditor.cpp" line="160" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="118" />
            <location filename="../app/studio/design/modeleditor.cpp" line="162" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="118" />
            <location filename="../app/studio/design/modeleditor.cpp" line="163" />
            <source>Writable</source>
            <translation>Schreibbar</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="118" />
            <location filename="../app/studio/design/modeleditor.cpp" line="164" />
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="119" />
            <location filename="../app/studio/design/modeleditor.cpp" line="165" />
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="119" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="119" />
            <source>Max.</source>
            <translation>Max.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="127" />
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="133" />
            <source>e.g. temperature</source>
            <translation>z. B. temperature</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="148" />
            <source>Applications may write a desired value</source>
            <translation>Anwendungen dürfen einen Sollwert schreiben</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="151" />
            <source>none</source>
            <comment>no minimum</comment>
            <translation>keins</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="152" />
            <source>none</source>
            <comment>no maximum</comment>
            <translation>keins</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="157" />
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="161" />
            <source>Schema details (JSON)</source>
            <translation>Schema-Details (JSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="166" />
            <source>Target model</source>
            <translation>Zielmodell</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="167" />
            <source>Max. multiplicity</source>
            <translation>Max. Multiplizität</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="168" />
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="168" />
            <source>Response</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="175" />
            <source>argument name (none: no argument)</source>
            <translation>Name des Arguments (leer: kein Argument)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="176" />
            <source>result name (none: no result)</source>
            <translation>Name des Ergebnisses (leer: kein Ergebnis)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="186" />
            <location filename="../app/studio/monitor/tileinspector.cpp" line="42" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="187" />
            <source>Apply to Selected</source>
            <translation>Auf Auswahl anwenden</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="188" />
            <source>Remove Selected</source>
            <translation>Auswahl entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="237" />
            <source>Model %1</source>
            <translation>Modell %1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="241" />
            <source>%1 is read from '%2': edit that file, or import it.</source>
            <translation>%1 wird aus '%2' gelesen: Bearbeiten Sie diese Datei oder importieren Sie sie.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="243" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="347" />
            <source>(as in the model's JSON)</source>
            <translation>(wie im JSON des Modells)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="358" />
            <source>A %1 is edited in the twin model's JSON.</source>
            <translation>Ein Eintrag der Art %1 wird im JSON des Modells bearbeitet.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="371" />
            <source>name: '%1' is not a valid name: it starts with a letter, then letters, digits or '_', and does not end with '_'</source>
            <translation>name: '%1' ist kein gültiger Name: Er beginnt mit einem Buchstaben, gefolgt von Buchstaben, Ziffern oder '_', und endet nicht auf '_'</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="383" />
            <source>name: the model already has an entry named '%1'</source>
            <translation>name: Das Modell hat bereits einen Eintrag namens '%1'</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="392" />
            <source>unit: '%1' is not a unit Twinloom knows</source>
            <translation>unit: '%1' ist keine Einheit, die Twinloom kennt</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="410" />
            <source>schema: the %1 schema needs its details as a JSON object, e.g. %2</source>
            <translation>schema: Das Schema %1 braucht seine Details als JSON-Objekt, z. B. %2</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="442" />
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' ist keine Zahl</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="446" />
            <source>%1: only a numeric schema has one</source>
            <translation>%1: Nur ein numerisches Schema hat einen solchen Wert</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="455" />
            <source>minimum: %1 is above the maximum %2</source>
            <translation>minimum: %1 liegt über dem Maximum %2</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="483" />
            <source>%1: '%2' is not a valid name</source>
            <translation>%1: '%2' ist kein gültiger Name</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="513" />
            <source>the model is not valid</source>
            <translation>das Modell ist nicht gültig</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="539" />
            <source>Add %1 to %2</source>
            <translation>%1 zu %2 hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="551" />
            <source>Select an entry first.</source>
            <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="562" />
            <source>Edit %1 of %2</source>
            <translation>%1 von %2 bearbeiten</translation>
        </message>
        <message>
            <location filename="../app/studio/design/modeleditor.cpp" line="576" />
            <source>Remove %1 from %2</source>
            <translation>%1 aus %2 entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="146" />
            <source>There is no twin '%1' in this project.</source>
            <translation>In diesem Projekt gibt es keinen Zwilling „%1“.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="160" />
            <source>Twin '%1' has no known model: there is nothing to show.</source>
            <translation>Zwilling „%1“ hat kein bekanntes Modell: es gibt nichts anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="187" />
            <source>There is no dashboard '%1' in this project.</source>
            <translation>In diesem Projekt gibt es kein Dashboard „%1“.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="304" />
            <location filename="../app/studio/monitor/tileinspector.cpp" line="180" />
            <source>Tile %1: %2</source>
            <translation>Kachel %1: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="541" />
            <source>The dashboard of a remote twin is generated: it cannot be edited.</source>
            <translation>Das Dashboard eines entfernten Zwillings wird erzeugt: Es kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="556" />
            <source>Choose a twin or a dashboard first.</source>
            <translation>Wählen Sie zuerst einen Zwilling oder ein Dashboard.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="563" />
            <source>Cannot add the tile: %1</source>
            <translation>Die Kachel kann nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="572" />
            <source>Add %1 Tile</source>
            <translation>Kachel „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="578" />
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="590" />
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="615" />
            <source>There is no tile %1.</source>
            <translation>Es gibt keine Kachel %1.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="584" />
            <source>Remove Tile</source>
            <translation>Kachel entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="595" />
            <source>A tile must stay inside the %1 columns of the dashboard.</source>
            <translation>Eine Kachel muss innerhalb der %1 Spalten des Dashboards bleiben.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="609" />
            <source>Move Tile</source>
            <translation>Kachel verschieben</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="609" />
            <source>Resize Tile</source>
            <translation>Kachelgröße ändern</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="628" />
            <source>Cannot change the tile: %1</source>
            <translation>Die Kachel kann nicht geändert werden: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="646" />
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="664" />
            <source>Tile %1 is not a plot.</source>
            <translation>Kachel %1 ist kein Diagramm.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="633" />
            <source>The history of a plot holds from 2 to %1 samples.</source>
            <translation>Der Verlauf eines Diagramms fasst 2 bis %1 Messwerte.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="111" />
            <source>Remote twins are not available here.</source>
            <translation>Entfernte Zwillinge sind hier nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="120" />
            <source>Remote twin '%1' has no usable model: there is nothing to show.</source>
            <translation>Der entfernte Zwilling '%1' hat kein verwendbares Modell: Es gibt nichts anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="126" />
            <source>%1 (remote, %2)</source>
            <translation>%1 (entfernt, %2)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorcontroller.cpp" line="651" />
            <source>Change Plot History</source>
            <translation>Diagrammverlauf ändern</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="48" />
            <source>&amp;Dashboard:</source>
            <translation>&amp;Dashboard:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="52" />
            <source>&amp;Edit</source>
            <comment>edit the dashboard</comment>
            <translation>B&amp;earbeiten</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="54" />
            <source>Add and remove tiles, drag them to move or resize them, and configure them</source>
            <translation>Kacheln hinzufügen und entfernen, durch Ziehen verschieben oder in der Größe ändern und einrichten</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="56" />
            <source>&amp;Add Tile</source>
            <translation>Kachel &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="61" />
            <source>&amp;Reset to Default</source>
            <translation>Auf &amp;Standard zurücksetzen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="62" />
            <source>Remove the saved dashboard; the twin gets its generated one</source>
            <translation>Das gespeicherte Dashboard entfernen; der Zwilling erhält sein erzeugtes</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="71" />
            <source>Remote &amp;Twins…</source>
            <translation>Entfernte &amp;Zwillinge…</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="74" />
            <source>Brokers on which twins of other engines are announced, to show them here</source>
            <translation>Broker, auf denen Zwillinge anderer Engines angekündigt werden, um sie hier anzuzeigen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="115" />
            <source>Reset Dashboard</source>
            <translation>Dashboard zurücksetzen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="158" />
            <source>Twin %1</source>
            <translation>Zwilling %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="159" />
            <source>Twin %1 (%2)</source>
            <translation>Zwilling %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="165" />
            <source>Dashboard %1</source>
            <translation>Dashboard %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="191" />
            <source>Remote — %1</source>
            <translation>Entfernt — %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="198" />
            <source>Remote twin %1</source>
            <translation>Entfernter Zwilling %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="199" />
            <source>Remote twin %1 (%2)</source>
            <translation>Entfernter Zwilling %1 (%2)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="200" />
            <source>%1 — offline</source>
            <translation>%1 — offline</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/monitor/tiletype.cpp" line="138" />
            <source>Plot of %n Properties</source>
            <translation>
                <numerusform>Diagramm von %n Eigenschaft</numerusform>
                <numerusform>Diagramm von %n Eigenschaften</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="111" />
            <source>Event Log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="124" />
            <source>Table of %1</source>
            <translation>Tabelle von %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="125" />
            <source>Table of Properties</source>
            <translation>Tabelle der Eigenschaften</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="126" />
            <source>Table of Properties of %1</source>
            <translation>Tabelle der Eigenschaften von %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="140" />
            <location filename="../app/studio/monitor/tiletype.cpp" line="147" />
            <source>Entanglement</source>
            <translation>Verschränkung</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="144" />
            <location filename="../app/studio/monitor/tiletype.cpp" line="147" />
            <source>Entanglement of %1</source>
            <translation>Verschränkung von %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="275" />
            <source>Nothing to add</source>
            <translation>Nichts hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="288" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="289" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="290" />
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/monitorview.cpp" line="291" />
            <location filename="../app/studio/monitor/monitorview.cpp" line="299" />
            <source>Export Plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../app/studio/design/palettepanel.cpp" line="35" />
            <source>Twin models</source>
            <translation>Zwillingsmodelle</translation>
        </message>
        <message>
            <location filename="../app/studio/design/palettepanel.cpp" line="60" />
            <source>Physical adapters</source>
            <translation>Physische Adapter</translation>
        </message>
        <message>
            <location filename="../app/studio/design/palettepanel.cpp" line="61" />
            <source>Digital adapters</source>
            <translation>Digitale Adapter</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/plotrenderer.cpp" line="553" />
            <location filename="../app/studio/monitor/plotrenderer.cpp" line="577" />
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/plotrenderer.cpp" line="597" />
            <source>Unknown picture format '%1': use .png or .pdf</source>
            <translation>Unbekanntes Bildformat „%1“: .png oder .pdf verwenden</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/plotrenderer.cpp" line="601" />
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../app/studio/design/problemspanel.cpp" line="13" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../app/studio/design/problemspanel.cpp" line="13" />
            <source>Where</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="25" />
            <location filename="../app/studio/monitor/tilemodel.cpp" line="268" />
            <source>%1  %2: %3</source>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="45" />
            <source>Remote Twins</source>
            <translation>Entfernte Zwillinge</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="46" />
            <source>MQTT broker</source>
            <translation>MQTT-Broker</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="47" />
            <source>CoAP server</source>
            <translation>CoAP-Server</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="51" />
            <source>kept until the studio closes</source>
            <translation>bleibt erhalten, bis das Studio geschlossen wird</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="52" />
            <source>CA certificate file, for TLS</source>
            <translation>CA-Zertifikatsdatei, für TLS</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="58" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="59" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="61" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="62" />
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="63" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="64" />
            <source>Topic p&amp;refix:</source>
            <translation>Topic-P&amp;räfix:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="65" />
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="66" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="67" />
            <source>&amp;CA file:</source>
            <translation>&amp;CA-Datei:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="69" />
            <source>Add a source</source>
            <translation>Quelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="73" />
            <source>Sources browsed for twin descriptions:</source>
            <translation>Nach Zwillingsbeschreibungen durchsuchte Quellen:</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="146" />
            <source>connected, %n twin(s)</source>
            <translation>
                <numerusform>verbunden, %n Zwilling</numerusform>
                <numerusform>verbunden, %n Zwillinge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="147" />
            <source>not connected</source>
            <translation>nicht verbunden</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="149" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="150" />
            <source>%1, prefix %2 — %3</source>
            <translation>%1, Präfix %2 — %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="156" />
            <source>%n problem(s) so far</source>
            <translation>
                <numerusform>bisher %n Problem</numerusform>
                <numerusform>bisher %n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotetwins.cpp" line="241" />
            <source>%1 does not announce a twin '%2'.</source>
            <translation>%1 kündigt keinen Zwilling '%2' an.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/remotetwins.cpp" line="288" />
            <source>The mirror of the remote twin cannot run:
%1</source>
            <translation>Das Abbild des entfernten Zwillings kann nicht laufen:
%1</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="217" />
            <source>PT5S or seconds</source>
            <translation>PT5S oder Sekunden</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="259" />
            <source>(default)</source>
            <translation>(Standard)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="286" />
            <source>Configuration (JSON)</source>
            <translation>Konfiguration (JSON)</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="378" />
            <source>Not set: the adapter's default applies.</source>
            <translation>Nicht gesetzt: Es gilt der Standardwert des Adapters.</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="439" />
            <source>%1: must be an integer between %2 and %3</source>
            <translation>%1: muss eine ganze Zahl zwischen %2 und %3 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="440" />
            <source>%1: must be a number between %2 and %3</source>
            <translation>%1: muss eine Zahl zwischen %2 und %3 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="443" />
            <source>%1: must be an integer of at least %2</source>
            <translation>%1: muss eine ganze Zahl von mindestens %2 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="444" />
            <source>%1: must be a number of at least %2</source>
            <translation>%1: muss eine Zahl von mindestens %2 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="447" />
            <source>%1: must be an integer of at most %2</source>
            <translation>%1: muss eine ganze Zahl von höchstens %2 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="448" />
            <source>%1: must be a number of at most %2</source>
            <translation>%1: muss eine Zahl von höchstens %2 sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="452" />
            <source>%1: must be an ISO 8601 duration such as PT5S, or a number of seconds</source>
            <translation>%1: muss eine ISO-8601-Dauer wie PT5S oder eine Anzahl Sekunden sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="456" />
            <source>%1: must not be empty</source>
            <translation>%1: darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="458" />
            <source>configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="464" />
            <source>%1: not valid JSON</source>
            <translation>%1: kein gültiges JSON</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="466" />
            <source>%1: must be a JSON object</source>
            <translation>%1: muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../app/studio/design/schemaform.cpp" line="468" />
            <source>%1: must be a JSON array</source>
            <translation>%1: muss ein JSON-Array sein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="210" />
            <location filename="../app/studio/monitor/tiletype.cpp" line="38" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="44" />
            <source>Gauge</source>
            <translation>Zeigerinstrument</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="51" />
            <source>Lamp</source>
            <translation>Lampe</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="204" />
            <location filename="../app/studio/monitor/tiletype.cpp" line="64" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="76" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="102" />
            <source>Event log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="96" />
            <source>Action button</source>
            <translation>Aktionsschaltfläche</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="85" />
            <source>Desired value</source>
            <translation>Sollwert</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="130" />
            <source>Plot</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="113" />
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="36" />
            <source>&amp;History:</source>
            <translation>&amp;Verlauf:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="38" />
            <source>Series:</source>
            <translation>Reihen:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="43" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="45" />
            <source>Click a tile to configure it; drag it to move it, drag its corner to resize it.</source>
            <translation>Klicken Sie auf eine Kachel, um sie einzurichten; ziehen Sie sie, um sie zu verschieben, und ziehen Sie ihre Ecke, um ihre Größe zu ändern.</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="58" />
            <source> samples</source>
            <translation> Messwerte</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="64" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="65" />
            <source>&amp;Shows:</source>
            <translation>&amp;Zeigt:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="66" />
            <source>T&amp;ype:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="97" />
            <source>Rename Tile</source>
            <translation>Kachel umbenennen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="111" />
            <source>Change What a Tile Shows</source>
            <translation>Inhalt der Kachel ändern</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="120" />
            <source>Change Tile Type</source>
            <translation>Kacheltyp ändern</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="140" />
            <source>Add Plot Series</source>
            <translation>Diagrammreihe hinzufügen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="149" />
            <source>Remove Plot Series</source>
            <translation>Diagrammreihe entfernen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="173" />
            <source>Tile</source>
            <translation>Kachel</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="195" />
            <source>All properties</source>
            <translation>Alle Eigenschaften</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="197" />
            <source>Relationship %1</source>
            <translation>Beziehung %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="200" />
            <source>Property %1</source>
            <translation>Eigenschaft %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="202" />
            <source>Action %1</source>
            <translation>Aktion %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="204" />
            <source>All events</source>
            <translation>Alle Ereignisse</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="206" />
            <source>Event %1</source>
            <translation>Ereignis %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tileinspector.cpp" line="234" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tiletype.cpp" line="110" />
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="182" />
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="182" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="267" />
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="192" />
            <source>%1 s ago</source>
            <translation>vor %1 s</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="193" />
            <source>%1 min ago</source>
            <translation>vor %1 min</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="193" />
            <source>%1 h ago</source>
            <translation>vor %1 h</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="204" />
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="209" />
            <source>Properties</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="210" />
            <source>Property</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="210" />
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="246" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="367" />
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="376" />
            <source>No answer: the engine stopped</source>
            <translation>Keine Antwort: die Engine wurde gestoppt</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="381" />
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="383" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="385" />
            <source>Result: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="401" />
            <location filename="../app/studio/monitor/tilemodel.cpp" line="427" />
            <source>The twins are not running: start them first (F5)</source>
            <translation>Die Zwillinge laufen nicht: zuerst starten (F5)</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="412" />
            <source>Bad argument: %1</source>
            <translation>Ungültiges Argument: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="416" />
            <source>Invoking %1</source>
            <translation>%1 wird aufgerufen</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="429" />
            <source>Nothing to write</source>
            <translation>Nichts zu schreiben</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="449" />
            <source>Bad value: %1</source>
            <translation>Ungültiger Wert: %1</translation>
        </message>
        <message>
            <location filename="../app/studio/monitor/tilemodel.cpp" line="451" />
            <source>Writing %1</source>
            <translation>%1 wird geschrieben</translation>
        </message>
        <message>
            <location filename="../app/studio/design/twinitem.cpp" line="157" />
            <source>no node</source>
            <translation>kein Knoten</translation>
        </message>
    </context>
    <context>
        <name>ValueTile</name>
        <message>
            <location filename="../qml/ValueTile.qml" line="13" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
</TS>