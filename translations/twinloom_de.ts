<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionTile</name>
    <message>
        <location filename="../qml/ActionTile.qml" line="26"/>
        <source>Invoke</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../qml/Dashboard.qml" line="87"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../qml/Dashboard.qml" line="106"/>
        <source>The twins are not running: start them with Run ▸ Start All Twins (F5).</source>
        <translation>Die Zwillinge laufen nicht: Starten Sie sie mit Ausführen ▸ Alle Zwillinge starten (F5).</translation>
    </message>
    <message>
        <location filename="../qml/Dashboard.qml" line="165"/>
        <source>Choose a twin to see its dashboard.</source>
        <translation>Wählen Sie einen Zwilling, um sein Dashboard zu sehen.</translation>
    </message>
</context>
<context>
    <name>DesiredTile</name>
    <message>
        <location filename="../qml/DesiredTile.qml" line="13"/>
        <source>reported %1 · desired %2</source>
        <translation>gemeldet %1 · gewünscht %2</translation>
    </message>
    <message>
        <location filename="../qml/DesiredTile.qml" line="14"/>
        <location filename="../qml/DesiredTile.qml" line="15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../qml/DesiredTile.qml" line="64"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../qml/DesiredTile.qml" line="68"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
</context>
<context>
    <name>EntanglementTile</name>
    <message>
        <location filename="../qml/EntanglementTile.qml" line="21"/>
        <location filename="../qml/EntanglementTile.qml" line="72"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../qml/EntanglementTile.qml" line="23"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>EventLogTile</name>
    <message>
        <location filename="../qml/EventLogTile.qml" line="27"/>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
</context>
<context>
    <name>GaugeTile</name>
    <message>
        <location filename="../qml/GaugeTile.qml" line="24"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>LampTile</name>
    <message>
        <location filename="../qml/LampTile.qml" line="23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PlotTile</name>
    <message>
        <location filename="../qml/PlotTile.qml" line="59"/>
        <location filename="../qml/PlotTile.qml" line="97"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="59"/>
        <location filename="../qml/PlotTile.qml" line="97"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="vanished">Live</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="55"/>
        <source>Time span shown while following the present</source>
        <translation>Angezeigte Zeitspanne, solange die Gegenwart verfolgt wird</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="63"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="65"/>
        <source>Export the samples in view</source>
        <translation>Die sichtbaren Messwerte exportieren</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="69"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="73"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="88"/>
        <source>Time span, pause, export</source>
        <translation>Zeitspanne, anhalten, exportieren</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="93"/>
        <source>Time Span: %1…</source>
        <translation>Zeitspanne: %1…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="176"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="177"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ Angehalten</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="177"/>
        <source>◀ Past</source>
        <translation>◀ Vergangenheit</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="184"/>
        <source>Go live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="193"/>
        <source>Following the present</source>
        <translation>Verfolgt die Gegenwart</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="194"/>
        <source>Click to follow the present again</source>
        <translation>Klicken, um wieder der Gegenwart zu folgen</translation>
    </message>
    <message>
        <source>Pause, follow, export</source>
        <translation type="vanished">Anhalten, folgen, exportieren</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="101"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="105"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="109"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>StateTile</name>
    <message>
        <location filename="../qml/StateTile.qml" line="18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TableTile</name>
    <message>
        <location filename="../qml/TableTile.qml" line="74"/>
        <source>Nothing to list</source>
        <translation>Nichts aufzulisten</translation>
    </message>
</context>
<context>
    <name>TextTile</name>
    <message>
        <location filename="../qml/TextTile.qml" line="12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../qml/TileFrame.qml" line="65"/>
        <source>stale · %1</source>
        <translation>veraltet · %1</translation>
    </message>
    <message>
        <location filename="../qml/TileFrame.qml" line="206"/>
        <source>Remove tile</source>
        <translation>Kachel entfernen</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>has no version; written as %1, a name a Device Models Repository cannot resolve</source>
        <translation type="vanished">hat keine Version; als %1 geschrieben, ein Name, den ein Device Models Repository nicht auflösen kann</translation>
    </message>
</context>
<context>
    <name>Twinloom::Adapters</name>
    <message>
        <location filename="../adapters/codec/cbor.cpp" line="67"/>
        <location filename="../adapters/codec/senml.cpp" line="62"/>
        <source>the payload is not valid CBOR: %1</source>
        <translation>die Payload ist kein gültiges CBOR: %1</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="66"/>
        <source>a SenML pack must be an array of records</source>
        <translation>ein SenML-Pack muss ein Array von Datensätzen sein</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="72"/>
        <source>a SenML record is not a map</source>
        <translation>ein SenML-Datensatz ist keine Map</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="218"/>
        <source>no codec reads the content format %1</source>
        <translation>kein Codec liest das Content-Format %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="270"/>
        <source>DTLS</source>
        <translation>DTLS</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="273"/>
        <source>&quot;dtls&quot; is an object: {&quot;identity&quot;, &quot;key&quot;}</source>
        <translation>&quot;dtls&quot; ist ein Objekt: {&quot;identity&quot;, &quot;key&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="283"/>
        <source>the pre-shared key is empty</source>
        <translation>der Pre-Shared Key ist leer</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="288"/>
        <source>the identity is empty</source>
        <translation>die Identität ist leer</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="292"/>
        <source>this libcoap has no DTLS support</source>
        <translation>diese libcoap unterstützt kein DTLS</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="126"/>
        <source>CoAP</source>
        <translation>CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="127"/>
        <source>Serves the twin as CoAP resources: its description, properties (Observe, PUT desired values), actions (POST) and events (Observe).</source>
        <translation>Stellt den Zwilling als CoAP-Ressourcen bereit: seine Beschreibung, Eigenschaften (Observe, PUT für Sollwerte), Aktionen (POST) und Ereignisse (Observe).</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="150"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="841"/>
        <source>the CoAP adapter&apos;s configuration is an object</source>
        <translation>die Konfiguration des CoAP-Adapters ist ein Objekt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="155"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="844"/>
        <source>the CoAP adapter</source>
        <translation>der CoAP-Adapter</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="160"/>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="77"/>
        <source>&quot;host&quot; is the address to listen on</source>
        <translation>&quot;host&quot; ist die Adresse, auf der gelauscht wird</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="49"/>
        <source>link format, at byte %1: %2</source>
        <translation>Link-Format, bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="55"/>
        <source>a link starts with &apos;&lt;&apos;</source>
        <translation>ein Link beginnt mit &apos;&lt;&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="58"/>
        <source>&apos;&lt;&apos; without &apos;&gt;&apos;</source>
        <translation>&apos;&lt;&apos; ohne &apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="62"/>
        <source>a link has an empty target</source>
        <translation>ein Link hat ein leeres Ziel</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="74"/>
        <source>an attribute has no name</source>
        <translation>ein Attribut hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="98"/>
        <source>a quoted value is not closed</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="120"/>
        <source>&quot;ct&quot; must list numbers from 0 to 65535</source>
        <translation>&quot;ct&quot; muss Zahlen von 0 bis 65535 auflisten</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="133"/>
        <source>links are separated by &apos;,&apos;</source>
        <translation>Links werden durch &apos;,&apos; getrennt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="138"/>
        <location filename="../adapters/coap/coapserver.cpp" line="199"/>
        <source>cannot create a CoAP context</source>
        <translation>es kann kein CoAP-Kontext erstellt werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="202"/>
        <source>cannot resolve the host &apos;%1&apos;</source>
        <translation>kann den Host &apos;%1&apos; nicht auflösen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="91"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="557"/>
        <source>the DTLS handshake did not complete (wrong identity or key?)</source>
        <translation>der DTLS-Handshake wurde nicht abgeschlossen (falsche Identität oder falscher Schlüssel?)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="461"/>
        <source>no answer from the device after %1 retransmissions</source>
        <translation>keine Antwort vom Gerät nach %1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="465"/>
        <source>the message could not be delivered</source>
        <translation>die Nachricht konnte nicht zugestellt werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="468"/>
        <source>the device reset the message</source>
        <translation>das Gerät hat die Nachricht zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="471"/>
        <source>the DTLS handshake failed</source>
        <translation>der DTLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="474"/>
        <source>the device is unreachable (ICMP)</source>
        <translation>das Gerät ist nicht erreichbar (ICMP)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="556"/>
        <source>the DTLS session closed</source>
        <translation>die DTLS-Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="86"/>
        <source>no answer to a ping within %1 s</source>
        <translation>keine Antwort auf einen Ping innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="93"/>
        <source>no answer from the device</source>
        <translation>keine Antwort vom Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="118"/>
        <source>the adapter stopped</source>
        <translation>der Adapter wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="219"/>
        <source>cannot open a CoAP session to %1:%2</source>
        <translation>es kann keine CoAP-Sitzung zu %1:%2 geöffnet werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="139"/>
        <source>the CoAP session was closed</source>
        <translation>die CoAP-Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="239"/>
        <source>CoAP device %1:%2: %3</source>
        <translation>CoAP-Gerät %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="364"/>
        <source>discovery at /.well-known/core found no resource to synchronise (see &quot;include&quot; and &quot;ignore&quot;); asking again</source>
        <translation>die Erkennung unter /.well-known/core fand keine zu synchronisierende Ressource (siehe „include“ und „ignore“); erneute Anfrage folgt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="391"/>
        <source>action &apos;%1&apos;: the device answered %2</source>
        <translation>Aktion &apos;%1&apos;: das Gerät antwortete %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="406"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="533"/>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="477"/>
        <source>the device sent a body over the limit of %1 bytes (&quot;maxPayload&quot;)</source>
        <translation>das Gerät hat einen Inhalt über der Grenze von %1 Bytes gesendet („maxPayload“)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="484"/>
        <source>a response</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="496"/>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="497"/>
        <source>; the resource is not read again</source>
        <translation>; die Ressource wird nicht mehr gelesen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="500"/>
        <source>%1: %2; the session starts again</source>
        <translation>%1: %2; die Sitzung beginnt neu</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="530"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="724"/>
        <location filename="../adapters/coap/coapserver.cpp" line="754"/>
        <location filename="../adapters/http/httpapi.cpp" line="1268"/>
        <location filename="../adapters/http/httpapi.cpp" line="1284"/>
        <source>action &apos;%1&apos;: %2</source>
        <translation>Aktion &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="565"/>
        <source>discovery at /.well-known/core: the device answered %1</source>
        <translation>Erkennung über /.well-known/core: das Gerät antwortete %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="572"/>
        <source>discovery at /.well-known/core: %1</source>
        <translation>Erkennung über /.well-known/core: %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="620"/>
        <source>%1: a payload of %2 bytes is over the limit of %3; refused</source>
        <translation>%1: eine Payload von %2 Bytes überschreitet das Limit von %3; abgelehnt</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="633"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="647"/>
        <location filename="../adapters/coap/coapserver.cpp" line="623"/>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="130"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="677"/>
        <source>no CoAP resource is configured for action &apos;%1&apos;</source>
        <translation>für Aktion &apos;%1&apos; ist keine CoAP-Ressource konfiguriert</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="683"/>
        <source>the CoAP device is unreachable</source>
        <translation>das CoAP-Gerät ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="696"/>
        <source>action &apos;%1&apos;: the request could not be sent</source>
        <translation>Aktion &apos;%1&apos;: die Anfrage konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="709"/>
        <source>action &apos;%1&apos;: no response from the device within %2 ms</source>
        <translation>Aktion &apos;%1&apos;: keine Antwort vom Gerät innerhalb von %2 ms</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="743"/>
        <source>&quot;%1&quot; is a list of strings</source>
        <translation>&quot;%1&quot; ist eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="748"/>
        <source>a path pattern is a string</source>
        <translation>ein Pfadmuster ist eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="824"/>
        <source>CoAP device</source>
        <translation>CoAP-Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="825"/>
        <source>Discovers a CoAP device&apos;s resources, observes or polls them; actions are PUT or POST requests.</source>
        <translation>Ermittelt die Ressourcen eines CoAP-Geräts und beobachtet oder pollt sie; Aktionen sind PUT- oder POST-Anfragen.</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="849"/>
        <source>&quot;host&quot; names the device</source>
        <translation>&quot;host&quot; benennt das Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="866"/>
        <source>&quot;discovery&quot; is true, false or {&quot;include&quot;, &quot;ignore&quot;}</source>
        <translation>&quot;discovery&quot; ist true, false oder {&quot;include&quot;, &quot;ignore&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="871"/>
        <source>&quot;resources&quot; is a list</source>
        <translation>&quot;resources&quot; ist eine Liste</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="874"/>
        <source>a resource</source>
        <translation>eine Ressource</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="881"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="922"/>
        <source>a resource path starts with &apos;/&apos;</source>
        <translation>ein Ressourcenpfad beginnt mit &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="890"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="264"/>
        <source>name the physical &quot;property&quot; or &quot;event&quot; it feeds</source>
        <translation>geben Sie die physische &quot;property&quot; oder das &quot;event&quot; an, das sie speist</translation>
    </message>
    <message>
        <location filename="../adapters/codec/valuefield.cpp" line="19"/>
        <source>not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>kein JSON-Pointer: er muss leer sein oder mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <location filename="../adapters/codec/valuefield.cpp" line="38"/>
        <source>the payload has nothing at &apos;%1&apos;</source>
        <translation>die Payload enthält nichts unter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="911"/>
        <source>&quot;actions&quot; is a list</source>
        <translation>&quot;actions&quot; ist eine Liste</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="914"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="290"/>
        <source>an action</source>
        <translation>eine Aktion</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="929"/>
        <source>&quot;method&quot; is PUT or POST</source>
        <translation>&quot;method&quot; ist PUT oder POST</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="949"/>
        <source>&quot;ackTimeout&quot; is a whole number of seconds from 1 to 60 (libcoap does not go below 1 s)</source>
        <translation>&quot;ackTimeout&quot; ist eine ganze Zahl von Sekunden von 1 bis 60 (libcoap geht nicht unter 1 s)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="953"/>
        <source>&quot;maxRetransmit&quot; is from 0 to 10</source>
        <translation>&quot;maxRetransmit&quot; liegt zwischen 0 und 10</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="959"/>
        <source>&quot;defaultMaxAge&quot; is a number of seconds, 0 or more</source>
        <translation>&quot;defaultMaxAge&quot; ist eine Anzahl von Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="965"/>
        <source>&quot;maxPayload&quot; is a number of bytes from 1 to 64 MiB</source>
        <translation>&quot;maxPayload&quot; ist eine Anzahl von Bytes von 1 bis 64 MiB</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="969"/>
        <source>declare &quot;resources&quot; or &quot;actions&quot;, or turn &quot;discovery&quot; on</source>
        <translation>deklarieren Sie &quot;resources&quot; oder &quot;actions&quot;, oder schalten Sie &quot;discovery&quot; ein</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="153"/>
        <source>the CoAP server on %1:%2 already runs with other DTLS settings</source>
        <translation>der CoAP-Server auf %1:%2 läuft bereits mit anderen DTLS-Einstellungen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="194"/>
        <source>cannot resolve the CoAP server&apos;s host &apos;%1&apos;</source>
        <translation>der Host &apos;%1&apos; des CoAP-Servers kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="217"/>
        <source>cannot set up DTLS with a pre-shared key</source>
        <translation>DTLS mit Pre-Shared Key kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="230"/>
        <source>cannot listen for CoAP on %1:%2: the port is in use by another program</source>
        <translation>CoAP kann auf %1:%2 nicht empfangen: der Port wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="238"/>
        <source>cannot listen for CoAP on %1:%2 (is the port in use?)</source>
        <translation>auf %1:%2 kann nicht auf CoAP gelauscht werden (ist der Port belegt?)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="245"/>
        <source>this libcoap cannot be driven from an event loop (no epoll)</source>
        <translation>diese libcoap kann nicht über eine Ereignisschleife betrieben werden (kein epoll)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="479"/>
        <source>a body of %1 bytes or more is over the limit of %2 bytes</source>
        <translation>ein Inhalt von %1 Bytes oder mehr liegt über der Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="506"/>
        <source>%1 block-wise bodies are arriving already; try again later</source>
        <translation>%1 blockweise Inhalte treffen bereits ein; später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="516"/>
        <source>block %1 arrived without the blocks before it; send the body again from block 0</source>
        <translation>Block %1 kam ohne die Blöcke davor an; den Inhalt ab Block 0 erneut senden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="557"/>
        <source>the server cannot take this request now</source>
        <translation>der Server kann diese Anfrage gerade nicht annehmen</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="608"/>
        <source>the answer was lost</source>
        <translation>die Antwort ging verloren</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="632"/>
        <source>no twin &apos;%1&apos; here</source>
        <translation>hier gibt es keinen Zwilling &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="644"/>
        <source>Accept %1 is not served: ask for application/json (50) or application/cbor (60)</source>
        <translation>Accept %1 wird nicht bedient: fordern Sie application/json (50) oder application/cbor (60) an</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="664"/>
        <source>Content-Format %1 is not read: send application/json (50), application/cbor (60) or text/plain (0)</source>
        <translation>Content-Format %1 wird nicht gelesen: senden Sie application/json (50), application/cbor (60) oder text/plain (0)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="707"/>
        <location filename="../adapters/http/httpapi.cpp" line="913"/>
        <location filename="../adapters/http/httpapi.cpp" line="956"/>
        <location filename="../adapters/http/httpapi.cpp" line="1081"/>
        <source>twin &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="712"/>
        <location filename="../adapters/http/httpapi.cpp" line="961"/>
        <source>property &apos;%1&apos; is read-only: it cannot be written</source>
        <translation>Eigenschaft &apos;%1&apos; ist schreibgeschützt: sie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="721"/>
        <source>PUT carries the desired value of &apos;%1&apos; as its payload</source>
        <translation>PUT überträgt den Sollwert von &apos;%1&apos; als Payload</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="727"/>
        <location filename="../adapters/http/httpapi.cpp" line="978"/>
        <source>property &apos;%1&apos;: %2</source>
        <translation>Eigenschaft &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="731"/>
        <source>desired value of &apos;%1&apos;</source>
        <translation>Sollwert von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="739"/>
        <location filename="../adapters/http/httpapi.cpp" line="1252"/>
        <source>twin &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat keine Aktion &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="747"/>
        <location filename="../adapters/http/httpapi.cpp" line="1261"/>
        <source>action &apos;%1&apos; needs an argument &apos;%2&apos; of type %3</source>
        <translation>Aktion &apos;%1&apos; benötigt ein Argument &apos;%2&apos; vom Typ %3</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="761"/>
        <location filename="../adapters/http/httpapi.cpp" line="757"/>
        <source>twin &apos;%1&apos; is not running (%2)</source>
        <translation>Zwilling &apos;%1&apos; läuft nicht (%2)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="489"/>
        <location filename="../adapters/coap/coapserver.cpp" line="766"/>
        <source>action &apos;%1&apos;</source>
        <translation>Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="213"/>
        <source>the request is %1 bytes, over the limit of %2 (&quot;maxPayload&quot;)</source>
        <translation>die Anfrage ist %1 Bytes groß, über der Grenze von %2 (&quot;maxPayload&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="256"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="257"/>
        <source>Publishes the twin&apos;s state, events and lifecycle; takes actions and desired values.</source>
        <translation>Veröffentlicht Zustand, Ereignisse und Lebenszyklus des Zwillings; nimmt Aktionen und Sollwerte entgegen.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="271"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="214"/>
        <source>the MQTT adapter</source>
        <translation>der MQTT-Adapter</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="275"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="218"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="24"/>
        <source>the broker</source>
        <translation>der Broker</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="284"/>
        <source>&quot;prefix&quot; is a topic without &apos;+&apos; or &apos;#&apos;</source>
        <translation>&quot;prefix&quot; ist ein Topic ohne &apos;+&apos; oder &apos;#&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="226"/>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="285"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="221"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="296"/>
        <source>&quot;qos&quot; is 0, 1 or 2</source>
        <translation>&quot;qos&quot; ist 0, 1 oder 2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttsession.cpp" line="148"/>
        <source>MQTT: %1</source>
        <translation>MQTT: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="78"/>
        <source>&apos;%1&apos;: a payload of %2 bytes is over the limit of %3; refused</source>
        <translation>&apos;%1&apos;: eine Payload von %2 Bytes überschreitet das Limit von %3; abgelehnt</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="91"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="103"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="126"/>
        <source>no MQTT topic is configured for action &apos;%1&apos;</source>
        <translation>für Aktion &apos;%1&apos; ist kein MQTT-Topic konfiguriert</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="137"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="187"/>
        <source>not connected to the broker</source>
        <translation>nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="144"/>
        <source>the MQTT client refused to publish on &apos;%1&apos;</source>
        <translation>der MQTT-Client hat das Veröffentlichen auf &apos;%1&apos; abgelehnt</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="202"/>
        <source>MQTT device</source>
        <translation>MQTT-Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="203"/>
        <source>Subscribes to a device&apos;s topics; actions publish to topics.</source>
        <translation>Abonniert die Topics eines Geräts; Aktionen veröffentlichen auf Topics.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="228"/>
        <source>list the topics to subscribe to</source>
        <translation>geben Sie die zu abonnierenden Topics an</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="233"/>
        <source>a subscription</source>
        <translation>ein Abonnement</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="250"/>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="279"/>
        <source>say which &quot;property&quot; or &quot;event&quot; the messages feed, or list &quot;fields&quot;</source>
        <translation>geben Sie an, welche &quot;property&quot; oder welches &quot;event&quot; die Nachrichten speisen, oder listen Sie &quot;fields&quot; auf</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="300"/>
        <source>an action publishes to one topic: no &apos;+&apos; or &apos;#&apos;</source>
        <translation>eine Aktion veröffentlicht auf genau ein Topic: kein &apos;+&apos; oder &apos;#&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="120"/>
        <source>gone: its engine lost its connection</source>
        <translation>weg: seine Engine hat die Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="121"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="127"/>
        <source>the remote twin &apos;%1&apos; is %2</source>
        <translation>der entfernte Zwilling &apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="140"/>
        <source>the remote twin refused</source>
        <translation>der entfernte Zwilling hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="167"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="335"/>
        <source>&apos;%1&apos; is not a {&quot;value&quot;, &quot;time&quot;} message</source>
        <translation>&apos;%1&apos; ist keine {&quot;value&quot;, &quot;time&quot;}-Nachricht</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="288"/>
        <source>nothing heard from the part &apos;%1&apos; for %2 s</source>
        <translation>seit %2 s nichts vom Teil „%1“ gehört</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="391"/>
        <source>Twin in another engine</source>
        <translation>Zwilling in einer anderen Engine</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="392"/>
        <source>Uses a twin published by another engine&apos;s MQTT digital adapter as this twin&apos;s device.</source>
        <translation>Verwendet einen Zwilling, den der digitale MQTT-Adapter einer anderen Engine veröffentlicht, als Gerät dieses Zwillings.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="402"/>
        <source>the twin link</source>
        <translation>die Zwillingsverknüpfung</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="417"/>
        <source>Aggregate of twins in other engines</source>
        <translation>Aggregat von Zwillingen in anderen Engines</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="435"/>
        <source>the aggregate</source>
        <translation>das Aggregat</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="172"/>
        <source>&quot;host&quot; names the broker: a host name or an address</source>
        <translation>&quot;host&quot; benennt den Broker: ein Hostname oder eine Adresse</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="187"/>
        <source>&quot;protocol&quot; is &quot;3.1.1&quot; or &quot;5&quot;</source>
        <translation>&quot;protocol&quot; ist &quot;3.1.1&quot; oder &quot;5&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="192"/>
        <source>&quot;keepAlive&quot; is from 5 to 65535 seconds</source>
        <translation>&quot;keepAlive&quot; liegt zwischen 5 und 65535 Sekunden</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="97"/>
        <source>&quot;tokens&quot; is an object with &quot;read&quot; and &quot;write&quot; bearer tokens</source>
        <translation>&quot;tokens&quot; ist ein Objekt mit den Bearer-Tokens &quot;read&quot; und &quot;write&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="102"/>
        <source>the tokens</source>
        <translation>die Tokens</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="108"/>
        <source>a bearer token has 16 characters at least</source>
        <translation>ein Bearer-Token hat mindestens 16 Zeichen</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="114"/>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="202"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="140"/>
        <source>&quot;cors&quot; is a list of allowed origins (&quot;https://host:port&quot;, or &quot;*&quot;)</source>
        <translation>&quot;cors&quot; ist eine Liste erlaubter Origins (&quot;https://host:port&quot; oder &quot;*&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="148"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="149"/>
        <source>Serves the twin over HTTP and WebSocket: its description, state, properties (PUT desired values), actions (POST), events, history, a change stream, OpenAPI and Prometheus metrics.</source>
        <translation>Stellt den Zwilling über HTTP und WebSocket bereit: seine Beschreibung, seinen Zustand, Eigenschaften (PUT für Sollwerte), Aktionen (POST), Ereignisse, Verlauf, einen Änderungsstream, OpenAPI und Prometheus-Metriken.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="169"/>
        <source>the HTTP adapter&apos;s configuration is an object</source>
        <translation>die Konfiguration des HTTP-Adapters ist ein Objekt</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="174"/>
        <source>the HTTP adapter</source>
        <translation>der HTTP-Adapter</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="211"/>
        <source>a client certificate needs both &quot;cert&quot; and &quot;key&quot;</source>
        <translation>ein Client-Zertifikat benötigt sowohl &quot;cert&quot; als auch &quot;key&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="125"/>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="218"/>
        <source>cannot read the file &apos;%1&apos;</source>
        <translation>die Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="223"/>
        <source>the last will</source>
        <translation>der Letzte Wille</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="231"/>
        <source>reconnection</source>
        <translation>die Wiederverbindung</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="236"/>
        <source>the reconnection &quot;min&quot; (%1 s) is above its &quot;max&quot; (%2 s)</source>
        <translation>das &quot;min&quot; der Wiederverbindung (%1 s) liegt über ihrem &quot;max&quot; (%2 s)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="375"/>
        <source>cannot create an MQTT client</source>
        <translation>es kann kein MQTT-Client erstellt werden</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="405"/>
        <source>TLS: cannot read the file &apos;%1&apos;</source>
        <translation>TLS: die Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="418"/>
        <source>TLS settings refused: %1</source>
        <translation>TLS-Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="440"/>
        <source>cannot start the MQTT network thread: %1</source>
        <translation>der MQTT-Netzwerkthread kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="555"/>
        <source>no answer within the keep-alive time (%1 s)</source>
        <translation>keine Antwort innerhalb der Keep-alive-Zeit (%1 s)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="558"/>
        <source>connection to the broker %1:%2 lost: %3</source>
        <translation>Verbindung zum Broker %1:%2 verloren: %3</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="559"/>
        <source>cannot connect to the broker %1:%2: %3</source>
        <translation>keine Verbindung zum Broker %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="691"/>
        <source>the broker refused the connection: %1</source>
        <translation>der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="720"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="110"/>
        <source>a SenML pack must be a JSON array of records</source>
        <translation>ein SenML-Pack muss ein JSON-Array von Datensätzen sein</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="121"/>
        <source>SenML record %1 is not an object</source>
        <translation>SenML-Datensatz %1 ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="134"/>
        <source>SenML record %1 has no name (&quot;bn&quot; or &quot;n&quot;)</source>
        <translation>SenML-Datensatz %1 hat keinen Namen (&quot;bn&quot; oder &quot;n&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="144"/>
        <source>SenML record %1: the time %2 is out of range</source>
        <translation>SenML-Datensatz %1: die Zeit %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="151"/>
        <source>SenML record %1: the value (with &quot;bv&quot;) is beyond the range of a double</source>
        <translation>SenML-Datensatz %1: der Wert (mit &quot;bv&quot;) liegt außerhalb des Bereichs eines double</translation>
    </message>
    <message>
        <location filename="../adapters/codec/payloadcodec.cpp" line="60"/>
        <source>&quot;codec&quot; is one of %1</source>
        <translation>&quot;codec&quot; ist eines von %1</translation>
    </message>
    <message>
        <location filename="../adapters/codec/payloadcodec.cpp" line="93"/>
        <source>the payload is not valid JSON: %1</source>
        <translation>die Nutzlast ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="78"/>
        <source>a signal is an object with &quot;name&quot; and &quot;generator&quot;</source>
        <translation>ein Signal ist ein Objekt mit &quot;name&quot; und &quot;generator&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="85"/>
        <source>the %1 generator</source>
        <translation>der Generator %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="88"/>
        <source>a signal needs a &quot;name&quot;: the property or event it feeds</source>
        <translation>ein Signal benötigt einen &quot;name&quot;: die Eigenschaft oder das Ereignis, das es speist</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="98"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation>&quot;kind&quot; muss property oder event sein</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="108"/>
        <source>a signal&apos;s &quot;schema&quot; is boolean, integer, long, float, double or string</source>
        <translation>das &quot;schema&quot; eines Signals ist boolean, integer, long, float, double oder string</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="125"/>
        <source>&apos;%1&apos; is not a generator; use one of %2</source>
        <translation>&apos;%1&apos; ist kein Generator; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="132"/>
        <source>the rate must be from 0.1 to 10000 samples per second, not %1</source>
        <translation>die Rate muss zwischen 0.1 und 10000 Abtastwerten pro Sekunde liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="142"/>
        <source>the constant generator needs a &quot;value&quot;: a number, boolean or string</source>
        <translation>der Generator constant benötigt einen &quot;value&quot;: eine Zahl, einen booleschen Wert oder eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="163"/>
        <source>&quot;duty&quot; is the share of the period spent high, from 0 to 1</source>
        <translation>&quot;duty&quot; ist der Anteil der Periode im High-Zustand, von 0 bis 1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="177"/>
        <source>a random walk needs min &lt;= start &lt;= max</source>
        <translation>ein Random Walk benötigt min &lt;= start &lt;= max</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="184"/>
        <source>&quot;stddev&quot; cannot be negative</source>
        <translation>&quot;stddev&quot; kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="190"/>
        <source>the steps generator needs &quot;values&quot;: a non-empty array</source>
        <translation>der Generator steps benötigt &quot;values&quot;: ein nicht leeres Array</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="207"/>
        <location filename="../adapters/sim/simadapter.cpp" line="375"/>
        <source>&apos;%1&apos; is not one of the device&apos;s &quot;variables&quot;</source>
        <translation>&apos;%1&apos; ist keine der &quot;variables&quot; des Geräts</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="214"/>
        <source>the firstOrder generator needs a &quot;target&quot;: a number or a variable name</source>
        <translation>der Generator firstOrder benötigt ein &quot;target&quot;: eine Zahl oder einen Variablennamen</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="225"/>
        <source>the csv generator needs a &quot;file&quot;</source>
        <translation>der Generator csv benötigt &quot;file&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="242"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="252"/>
        <source>&apos;%1&apos; has no column &apos;%2&apos;; its columns: %3</source>
        <translation>&apos;%1&apos; hat keine Spalte &apos;%2&apos;; seine Spalten: %3</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="267"/>
        <source>&apos;%1&apos; row %2 has %3 cells, fewer than the header</source>
        <translation>&apos;%1&apos; Zeile %2 hat %3 Zellen, weniger als die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="278"/>
        <source>&apos;%1&apos; row %2, column &apos;%3&apos;: &apos;%4&apos; is not seconds or an ISO 8601 time</source>
        <translation>&apos;%1&apos; Zeile %2, Spalte &apos;%3&apos;: &apos;%4&apos; ist weder Sekunden noch eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="290"/>
        <source>&apos;%1&apos; row %2: time goes backwards</source>
        <translation>&apos;%1&apos; Zeile %2: die Zeit läuft rückwärts</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="297"/>
        <source>&apos;%1&apos; has no rows</source>
        <translation>&apos;%1&apos; hat keine Zeilen</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="339"/>
        <source>&apos;%1&apos; is not a field of the %2 generator and is ignored</source>
        <translation>&apos;%1&apos; ist kein Feld des Generators %2 und wird ignoriert</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="98"/>
        <source>simulated disconnection</source>
        <translation>simulierte Verbindungstrennung</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="167"/>
        <source>the simulated device has no action &apos;%1&apos;; it has: %2</source>
        <translation>das simulierte Gerät hat keine Aktion &apos;%1&apos;; es hat: %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="168"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="173"/>
        <source>the simulated device is disconnected</source>
        <translation>das simulierte Gerät ist getrennt</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="191"/>
        <source>&apos;%1&apos; needs a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; benötigt eine Zahl, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="205"/>
        <source>Simulated device</source>
        <translation>Simuliertes Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="206"/>
        <source>Produces properties and events from signal generators; actions change its variables.</source>
        <translation>Erzeugt Eigenschaften und Ereignisse aus Signalgeneratoren; Aktionen ändern seine Variablen.</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="299"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>unbekanntes Feld &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="306"/>
        <source>&quot;seed&quot; must be a whole number</source>
        <translation>&quot;seed&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="312"/>
        <source>&quot;rate&quot; must be from 0.1 to 10000 samples per second</source>
        <translation>&quot;rate&quot; muss zwischen 0.1 und 10000 Abtastwerten pro Sekunde liegen</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="320"/>
        <source>&quot;variables&quot; maps names to initial values</source>
        <translation>&quot;variables&quot; ordnet Namen Anfangswerte zu</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="325"/>
        <source>a variable holds a number, a boolean or a string</source>
        <translation>eine Variable enthält eine Zahl, einen booleschen Wert oder eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="335"/>
        <source>&quot;signals&quot; must list the device&apos;s signals</source>
        <translation>&quot;signals&quot; muss die Signale des Geräts auflisten</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="347"/>
        <source>the name &apos;%1&apos; is used twice in this device</source>
        <translation>der Name &apos;%1&apos; wird in diesem Gerät doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="357"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation>&quot;actions&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="370"/>
        <source>an action needs a &quot;name&quot; and the variable it &quot;sets&quot;</source>
        <translation>eine Aktion benötigt einen &quot;name&quot; und die Variable, die sie setzt (&quot;sets&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="384"/>
        <source>the simulated device</source>
        <translation>das simulierte Gerät</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="391"/>
        <source>&quot;enabledBy&quot; names a boolean variable</source>
        <translation>&quot;enabledBy&quot; benennt eine boolesche Variable</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="400"/>
        <source>&quot;%1&quot; must be a duration of at least a millisecond</source>
        <translation>&quot;%1&quot; muss eine Dauer von mindestens einer Millisekunde sein</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="408"/>
        <source>&quot;schedule&quot; is an object with disconnectAfter and disconnectFor</source>
        <translation>&quot;schedule&quot; ist ein Objekt mit disconnectAfter und disconnectFor</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="414"/>
        <source>the schedule</source>
        <translation>der Zeitplan</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="27"/>
        <source>a topic cannot be empty</source>
        <translation>ein Topic darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="38"/>
        <source>%1 names two levels of the topic; a name may be used once</source>
        <translation>%1 benennt zwei Ebenen des Topics; ein Name darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="48"/>
        <source>&apos;#&apos; may only be the last level of a topic</source>
        <translation>&apos;#&apos; darf nur die letzte Ebene eines Topics sein</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="52"/>
        <source>&apos;+&apos; and &apos;#&apos; must stand alone in their level</source>
        <translation>&apos;+&apos; und &apos;#&apos; müssen allein in ihrer Ebene stehen</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="55"/>
        <source>a named level is a whole level in braces, such as {room}</source>
        <translation>eine benannte Ebene ist eine ganze Ebene in geschweiften Klammern, etwa {room}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapwot.cpp" line="32"/>
        <location filename="../adapters/http/httpwot.cpp" line="28"/>
        <source>the adapter listens on every address; the Thing Description names localhost</source>
        <translation>der Adapter lauscht auf allen Adressen; die Thing Description nennt localhost</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapwot.cpp" line="115"/>
        <source>the endpoint wants DTLS with a pre-shared key: set COAP_PSK_KEY where the twin runs</source>
        <translation>der Endpunkt verlangt DTLS mit Pre-Shared Key: setzen Sie COAP_PSK_KEY dort, wo der Zwilling läuft</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="61"/>
        <source>without &quot;valueTopics&quot;, the forms name the topics of {&quot;value&quot;, &quot;time&quot;, &quot;seq&quot;} envelopes, which only consumers that follow &quot;tl:valuePointer&quot; can read</source>
        <translation>ohne &quot;valueTopics&quot; nennen die Formulare die Topics der Umschläge {&quot;value&quot;, &quot;time&quot;, &quot;seq&quot;}, die nur Verbraucher lesen können, die &quot;tl:valuePointer&quot; folgen</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="71"/>
        <source>a Thing Description has no words for a client certificate; consumers must be given it apart</source>
        <translation>eine Thing Description kann kein Client-Zertifikat ausdrücken; es muss den Nutzern separat übergeben werden</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="141"/>
        <source>the broker wants a user name and a password: set MQTT_USERNAME and MQTT_PASSWORD where the twin runs</source>
        <translation>der Broker verlangt Benutzername und Passwort: setzen Sie MQTT_USERNAME und MQTT_PASSWORD dort, wo der Zwilling läuft</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="147"/>
        <source>the broker uses TLS: put its CA certificate in certs/ca.crt next to the project</source>
        <translation>der Broker verwendet TLS: legen Sie sein CA-Zertifikat in certs/ca.crt neben dem Projekt ab</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="90"/>
        <source>GET %1: the server sent a body over %2 bytes; the session starts again</source>
        <translation>GET %1: der Server hat einen Inhalt über %2 Bytes gesendet; die Sitzung beginnt neu</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="103"/>
        <source>no answer from the CoAP server</source>
        <translation>keine Antwort vom CoAP-Server</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="111"/>
        <source>GET %1 answered %2</source>
        <translation>GET %1 antwortete %2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="20"/>
        <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="47"/>
        <source>cannot reach the broker; still trying</source>
        <translation>Broker nicht erreichbar; neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="28"/>
        <source>CoAP server %1:%2</source>
        <translation>CoAP-Server %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="30"/>
        <source>HTTP runner %1:%2</source>
        <translation>HTTP-Runner %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="34"/>
        <source>broker %1:%2</source>
        <translation>Broker %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="40"/>
        <source>Give the host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse an.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="42"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="46"/>
        <source>The prefix is a topic without &apos;+&apos;, &apos;#&apos; or a trailing &apos;/&apos;.</source>
        <translation>Das Präfix ist ein Topic ohne &apos;+&apos;, &apos;#&apos; oder abschließendes &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/twinbrowser.cpp" line="33"/>
        <source>not a twin description: %1</source>
        <translation>keine Zwillingsbeschreibung: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttcontract.cpp" line="273"/>
        <source>the request is not valid JSON: %1</source>
        <translation>die Anfrage ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="159"/>
        <source>the HTTP interface on %1:%2 already runs with other settings (tokens, TLS, CORS, limits or time-outs)</source>
        <translation>die HTTP-Schnittstelle auf %1:%2 läuft bereits mit anderen Einstellungen (Tokens, TLS, CORS, Grenzen oder Timeouts)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="414"/>
        <source>The twins served here</source>
        <translation>Die hier bereitgestellten Zwillinge</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="415"/>
        <source>only twins of this model id</source>
        <translation>nur Zwillinge mit dieser Modell-ID</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="416"/>
        <source>only twins of this deployment node</source>
        <translation>nur Zwillinge dieses Bereitstellungsknotens</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="418"/>
        <source>only twins in this life cycle state</source>
        <translation>nur Zwillinge in diesem Lebenszykluszustand</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="426"/>
        <source>The twin&apos;s description: model, members and their URLs</source>
        <translation>Die Beschreibung des Zwillings: Modell, Member und ihre URLs</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="436"/>
        <source>Every property with its value, desired value, unit, time and age</source>
        <translation>Jede Eigenschaft mit Wert, Sollwert, Einheit, Zeitpunkt und Alter</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="446"/>
        <source>The property&apos;s reported value (null until one is known); its time in Last-Modified</source>
        <translation>Der gemeldete Wert der Eigenschaft (null, solange keiner bekannt ist); sein Zeitpunkt in Last-Modified</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="449"/>
        <location filename="../adapters/http/httpapi.cpp" line="516"/>
        <source>long poll: answer at the next change, or after SECONDS (1 to 60) with the current value</source>
        <translation>Long Poll: bei der nächsten Änderung antworten oder nach SECONDS (1 bis 60) mit dem aktuellen Wert</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="459"/>
        <source>Sets the desired value of a writable property</source>
        <translation>Setzt den Sollwert einer beschreibbaren Eigenschaft</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="461"/>
        <source>the value, as JSON, valid for the property&apos;s schema</source>
        <translation>der Wert als JSON, gültig für das Schema der Eigenschaft</translation>
    </message>
    <message>
        <source>The property&apos;s recent values</source>
        <translation type="vanished">Die letzten Werte der Eigenschaft</translation>
    </message>
    <message>
        <source>the oldest time (ISO 8601 or epoch seconds)</source>
        <translation type="vanished">der früheste Zeitpunkt (ISO 8601 oder Epoch-Sekunden)</translation>
    </message>
    <message>
        <source>the newest time (ISO 8601 or epoch seconds)</source>
        <translation type="vanished">der späteste Zeitpunkt (ISO 8601 oder Epoch-Sekunden)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="480"/>
        <source>the most samples, newest kept (default 1000)</source>
        <translation>die höchste Anzahl von Messwerten, die neuesten werden behalten (Standard 1000)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="489"/>
        <source>The event&apos;s past occurrences, from the history store</source>
        <translation>Die bisherigen Vorkommen des Ereignisses, aus dem Verlaufsspeicher</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="495"/>
        <source>the most occurrences, newest kept (default 1000)</source>
        <translation>die höchste Anzahl von Vorkommen, die neuesten werden behalten (Standard 1000)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="504"/>
        <source>Invokes an action; answers with its output</source>
        <translation>Führt eine Aktion aus; antwortet mit ihrer Ausgabe</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="506"/>
        <source>the action&apos;s input, as JSON (empty when it takes none)</source>
        <translation>die Eingabe der Aktion als JSON (leer, wenn sie keine erwartet)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="514"/>
        <source>The event&apos;s last occurrence (null when none yet)</source>
        <translation>Das letzte Auftreten des Ereignisses (null, solange es noch keines gab)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="526"/>
        <source>The twin&apos;s relationships and their target twins</source>
        <translation>Die Beziehungen des Zwillings und ihre Zielzwillinge</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="535"/>
        <source>WebSocket: send {&quot;subscribe&quot;: FILTER} with an MQTT-style filter such as twins/+/properties/temperature; changes arrive as JSON</source>
        <translation>WebSocket: senden Sie {&quot;subscribe&quot;: FILTER} mit einem Filter im MQTT-Stil wie twins/+/properties/temperature; Änderungen kommen als JSON an</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="539"/>
        <source>a filter to subscribe at once (repeatable)</source>
        <translation>ein Filter, der sofort abonniert wird (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="541"/>
        <source>the bearer token, for clients that cannot send headers</source>
        <translation>das Bearer-Token, für Clients, die keine Header senden können</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="550"/>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="559"/>
        <source>Liveness: 200 while the server answers</source>
        <translation>Liveness: 200, solange der Server antwortet</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="568"/>
        <source>Readiness: 200 once started with every twin running, else 503 and why</source>
        <translation>Readiness: 200, sobald gestartet und alle Zwillinge laufen, sonst 503 mit Begründung</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="578"/>
        <source>Prometheus metrics (text exposition format 0.0.4)</source>
        <translation>Prometheus-Metriken (Text-Exposition-Format 0.0.4)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="637"/>
        <source>no route %1</source>
        <translation>keine Route für %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="641"/>
        <source>%1 is not served here; this resource takes %2</source>
        <translation>%1 wird hier nicht bedient; diese Ressource akzeptiert %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="679"/>
        <source>this server wants a bearer token</source>
        <translation>dieser Server verlangt ein Bearer-Token</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="680"/>
        <source>the bearer token is not valid here</source>
        <translation>das Bearer-Token ist hier nicht gültig</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="690"/>
        <source>this token may read, not write</source>
        <translation>dieses Token darf lesen, nicht schreiben</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="746"/>
        <location filename="../adapters/http/httpapi.cpp" line="1351"/>
        <source>the twins are starting</source>
        <translation>die Zwillinge werden gestartet</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="769"/>
        <source>no twin &apos;%1&apos; is served here</source>
        <translation>hier wird kein Zwilling &apos;%1&apos; bereitgestellt</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="774"/>
        <source>twin &apos;%1&apos; is being registered</source>
        <translation>Zwilling &apos;%1&apos; wird gerade registriert</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="789"/>
        <source>the body is read as application/json, not %1</source>
        <translation>der Inhalt wird als application/json gelesen, nicht als %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="798"/>
        <source>the body is not JSON: %1</source>
        <translation>der Inhalt ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="836"/>
        <source>&apos;%1&apos; is no life cycle state</source>
        <translation>&apos;%1&apos; ist kein Lebenszykluszustand</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="971"/>
        <source>the body holds no value for &apos;%1&apos;</source>
        <translation>der Inhalt enthält keinen Wert für &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="986"/>
        <source>property &apos;%1&apos;: %2 is outside %3 … %4</source>
        <translation>Eigenschaft &apos;%1&apos;: %2 liegt außerhalb von %3 … %4</translation>
    </message>
    <message>
        <source>&apos;from&apos; is no time: %1</source>
        <translation type="vanished">&apos;from&apos; ist kein Zeitpunkt: %1</translation>
    </message>
    <message>
        <source>&apos;to&apos; is no time: %1</source>
        <translation type="vanished">&apos;to&apos; ist kein Zeitpunkt: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1137"/>
        <source>&apos;limit&apos; is a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; ist eine ganze Zahl von 1 bis 100000</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="914"/>
        <location filename="../adapters/http/httpapi.cpp" line="1080"/>
        <source>twin &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat kein Ereignis „%2“</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="469"/>
        <source>The property&apos;s past values: from the history store when the engine records one, else the samples the twin holds in memory</source>
        <translation>Die bisherigen Werte der Eigenschaft: aus dem Verlaufsspeicher, wenn die Engine in einen aufzeichnet, sonst die Messwerte, die der Zwilling im Arbeitsspeicher hält</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="472"/>
        <location filename="../adapters/http/httpapi.cpp" line="491"/>
        <source>the oldest time (ISO 8601, epoch seconds or now-PT1H)</source>
        <translation>der früheste Zeitpunkt (ISO 8601, Epoch-Sekunden oder now-PT1H)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="474"/>
        <location filename="../adapters/http/httpapi.cpp" line="493"/>
        <source>the time before which it stops (default: now)</source>
        <translation>der Zeitpunkt, vor dem das Ergebnis endet (Standard: jetzt)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="476"/>
        <source>min, max, mean and count per step (PT1M) instead of samples; buckets start at whole steps since 1970</source>
        <translation>min, max, mean und count je Schritt (PT1M) statt Messwerten; die Intervalle beginnen bei ganzen Vielfachen des Schritts seit 1970</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="479"/>
        <source>the value at this time</source>
        <translation>der Wert zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1097"/>
        <source>&apos;%1&apos; is no time: %2</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1106"/>
        <source>&apos;at&apos; asks for a property&apos;s value</source>
        <translation>&apos;at&apos; fragt den Wert einer Eigenschaft ab</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1107"/>
        <source>&apos;at&apos; is no time: %1</source>
        <translation>&apos;at&apos; ist kein Zeitpunkt: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1115"/>
        <source>&apos;step&apos; buckets the numbers of a property</source>
        <translation>&apos;step&apos; fasst die Zahlenwerte einer Eigenschaft in Intervalle zusammen</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1116"/>
        <source>&apos;step&apos; is a duration of 1 ms or more (PT1M): %1</source>
        <translation>&apos;step&apos; ist eine Dauer von 1 ms oder mehr (PT1M): %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1122"/>
        <source>&apos;step&apos; needs &apos;from&apos;</source>
        <translation>&apos;step&apos; benötigt &apos;from&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1129"/>
        <source>at most 100,000 buckets: make &apos;step&apos; longer</source>
        <translation>höchstens 100.000 Intervalle: &apos;step&apos; verlängern</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1155"/>
        <source>events are kept only in a history store; this engine has none</source>
        <translation>Ereignisse werden nur in einem Verlaufsspeicher aufbewahrt; diese Engine hat keinen</translation>
    </message>
    <message numerus="yes">
        <location filename="../adapters/http/httpapi.cpp" line="1353"/>
        <source>%n twin(s) not running</source>
        <translation>
            <numerusform>%n Zwilling läuft nicht</numerusform>
            <numerusform>%n Zwillinge laufen nicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1373"/>
        <source>&apos;wait&apos; is a whole number of seconds from 1 to %1</source>
        <translation>&apos;wait&apos; ist eine ganze Zahl von Sekunden von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1379"/>
        <source>%1 long polls are waiting already</source>
        <translation>%1 Long-Poll-Anfragen warten bereits</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1459"/>
        <source>The HTTP interface of a Twinloom engine&apos;s twins. Errors are RFC 9457 problem details.</source>
        <translation>Die HTTP-Schnittstelle der Zwillinge einer Twinloom-Engine. Fehler sind Problem Details nach RFC 9457.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1540"/>
        <source>/api/stream is a WebSocket: send an Upgrade request</source>
        <translation>/api/stream ist ein WebSocket: senden Sie eine Upgrade-Anfrage</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1553"/>
        <location filename="../adapters/http/httpapi.cpp" line="1626"/>
        <source>filter &apos;%1&apos;: %2</source>
        <translation>Filter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1599"/>
        <source>a message is a JSON object such as {&quot;subscribe&quot;: &quot;twins/+/properties/temperature&quot;}</source>
        <translation>eine Nachricht ist ein JSON-Objekt wie {&quot;subscribe&quot;: &quot;twins/+/properties/temperature&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1601"/>
        <source>the message is not JSON: %1</source>
        <translation>die Nachricht ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1616"/>
        <source>&quot;%1&quot; takes a filter or a list of filters</source>
        <translation>&quot;%1&quot; erwartet einen Filter oder eine Liste von Filtern</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1630"/>
        <source>a stream holds at most 256 filters</source>
        <translation>ein Stream fasst höchstens 256 Filter</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1646"/>
        <source>unknown message: send {&quot;subscribe&quot;: FILTER} or {&quot;unsubscribe&quot;: FILTER}</source>
        <translation>unbekannte Nachricht: senden Sie {&quot;subscribe&quot;: FILTER} oder {&quot;unsubscribe&quot;: FILTER}</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="228"/>
        <source>the HTTP server&apos;s address &apos;%1&apos; is not an IP address</source>
        <translation>die Adresse &apos;%1&apos; des HTTP-Servers ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="236"/>
        <source>TLS: cannot read the certificate &apos;%1&apos;</source>
        <translation>TLS: das Zertifikat &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="240"/>
        <source>TLS: cannot read the key &apos;%1&apos;</source>
        <translation>TLS: der Schlüssel &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="250"/>
        <source>TLS: &apos;%1&apos; holds no PEM certificate</source>
        <translation>TLS: &apos;%1&apos; enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="252"/>
        <source>TLS: &apos;%1&apos; holds no PEM private key (RSA or EC)</source>
        <translation>TLS: &apos;%1&apos; enthält keinen privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="275"/>
        <source>the HTTP server cannot listen on %1:%2: %3</source>
        <translation>der HTTP-Server kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="393"/>
        <source>the request&apos;s headers exceed %1 bytes</source>
        <translation>die Header der Anfrage überschreiten %1 Bytes</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="405"/>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="413"/>
        <source>only HTTP/1.1 and HTTP/1.0 are served</source>
        <translation>nur HTTP/1.1 und HTTP/1.0 werden bedient</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="417"/>
        <source>the request target must be a path</source>
        <translation>das Anfrageziel muss ein Pfad sein</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="422"/>
        <source>the request has more than %1 headers</source>
        <translation>die Anfrage hat mehr als %1 Header</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="432"/>
        <source>malformed header line %1</source>
        <translation>fehlerhafte Headerzeile %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="444"/>
        <source>the path is not UTF-8 once percent-decoded</source>
        <translation>der Pfad ist nach der Prozent-Dekodierung kein UTF-8</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="459"/>
        <source>the query is not UTF-8 once percent-decoded</source>
        <translation>der Query-String ist nach der Prozent-Dekodierung kein UTF-8</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="472"/>
        <source>a request has Transfer-Encoding or Content-Length, not both</source>
        <translation>eine Anfrage hat Transfer-Encoding oder Content-Length, nicht beides</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="478"/>
        <source>Transfer-Encoding &apos;%1&apos; is not read; send chunked or Content-Length</source>
        <translation>Transfer-Encoding &apos;%1&apos; wird nicht gelesen; senden Sie chunked oder Content-Length</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="488"/>
        <source>Content-Length is not a whole number</source>
        <translation>Content-Length ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="493"/>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>der Inhalt von %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="525"/>
        <location filename="../adapters/http/httpserver.cpp" line="534"/>
        <source>malformed chunk size</source>
        <translation>fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="540"/>
        <source>the body exceeds the limit of %1 bytes</source>
        <translation>der Inhalt überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="552"/>
        <source>a chunk does not end where its size says</source>
        <translation>ein Chunk endet nicht dort, wo seine Größe es angibt</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="563"/>
        <source>the request&apos;s trailers are too long</source>
        <translation>die Trailer der Anfrage sind zu lang</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="702"/>
        <source>the request did not arrive in time</source>
        <translation>die Anfrage kam nicht rechtzeitig an</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="107"/>
        <source>the stream of %1 closed: %2</source>
        <translation>der Stream von %1 wurde geschlossen: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="130"/>
        <source>the state of &apos;%1&apos; at %2: %3</source>
        <translation>der Zustand von &apos;%1&apos; bei %2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="132"/>
        <location filename="../adapters/http/httptwinadapter.cpp" line="205"/>
        <location filename="../adapters/http/httptwinbrowser.cpp" line="77"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="163"/>
        <source>%1 change(s) of &apos;%2&apos; were dropped on the way</source>
        <translation>%1 Änderung(en) von &apos;%2&apos; wurden unterwegs verworfen</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="183"/>
        <source>the adapter is not running</source>
        <translation>der Adapter läuft nicht</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="214"/>
        <source>HTTP twin</source>
        <translation>HTTP-Zwilling</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="215"/>
        <source>Mirrors a twin that another runner serves over HTTP: its state, then its changes on the WebSocket stream; desired values and actions go back over HTTP.</source>
        <translation>Spiegelt einen Zwilling, den ein anderer Runner über HTTP bereitstellt: erst seinen Zustand, dann seine Änderungen über den WebSocket-Stream; Sollwerte und Aktionen gehen über HTTP zurück.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="232"/>
        <source>the HTTP twin adapter</source>
        <translation>der HTTP-Zwillingsadapter</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="240"/>
        <source>&quot;url&quot; is the runner&apos;s address, such as http://127.0.0.1:8080</source>
        <translation>&quot;url&quot; ist die Adresse des Runners, etwa http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinbrowser.cpp" line="89"/>
        <source>%1 answered /api/twins with no list of twins%2</source>
        <translation>%1 hat auf /api/twins ohne Liste von Zwillingen geantwortet%2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpwot.cpp" line="36"/>
        <source>port 0 is chosen when the twin runs; the Thing Description cannot name it</source>
        <translation>bei Port 0 wird der Port erst beim Start des Zwillings gewählt; die Thing Description kann ihn nicht nennen</translation>
    </message>
</context>
<context>
    <name>Twinloom::Engine</name>
    <message>
        <location filename="../engine/adapter.cpp" line="75"/>
        <source>adapter &apos;%1&apos; (%2) does not take actions</source>
        <translation>Adapter &apos;%1&apos; (%2) nimmt keine Aktionen entgegen</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="159"/>
        <location filename="../engine/adapter.cpp" line="172"/>
        <location filename="../engine/adapter.cpp" line="177"/>
        <location filename="../engine/adapter.cpp" line="186"/>
        <location filename="../engine/twincore.cpp" line="543"/>
        <location filename="../engine/twincore.cpp" line="748"/>
        <source>adapter &apos;%1&apos;: %2</source>
        <translation>Adapter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="197"/>
        <location filename="../engine/adapter.cpp" line="204"/>
        <source>adapter &apos;%1&apos; is not attached to a twin</source>
        <translation>Adapter &apos;%1&apos; ist keinem Zwilling zugeordnet</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="234"/>
        <source>Program interface</source>
        <translation>Programmschnittstelle</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="235"/>
        <source>Values pushed by the program that embeds the engine.</source>
        <translation>Werte, die das Programm liefert, in das die Engine eingebettet ist.</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="247"/>
        <source>&quot;bindOnStart&quot; must be true or false</source>
        <translation>&quot;bindOnStart&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="380"/>
        <source>&apos;%1&apos; is not a physical adapter type; known types: %2</source>
        <translation>&apos;%1&apos; ist kein physischer Adaptertyp; bekannte Typen: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="394"/>
        <source>&apos;%1&apos; is not a digital adapter type; known types: %2</source>
        <translation>&apos;%1&apos; ist kein digitaler Adaptertyp; bekannte Typen: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="396"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="52"/>
        <source>the adapter is not attached to an engine</source>
        <translation>der Adapter ist keiner Engine zugeordnet</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="238"/>
        <source>Aggregate of related twins</source>
        <translation>Aggregat verbundener Zwillinge</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="239"/>
        <source>Computes properties from a property of every twin this one is related to.</source>
        <translation>Berechnet Eigenschaften aus einer Eigenschaft jedes Zwillings, mit dem dieser in Beziehung steht.</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="267"/>
        <source>name the relationship whose targets are aggregated</source>
        <translation>geben Sie die Beziehung an, deren Ziele aggregiert werden</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="273"/>
        <source>list at least one aggregate: {&quot;to&quot;, &quot;of&quot;, &quot;function&quot;}</source>
        <translation>geben Sie mindestens ein Aggregat an: {&quot;to&quot;, &quot;of&quot;, &quot;function&quot;}</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="285"/>
        <source>an aggregate needs &quot;to&quot; (this twin&apos;s property) and &quot;of&quot; (the related twins&apos; property)</source>
        <translation>ein Aggregat benötigt &quot;to&quot; (die Eigenschaft dieses Zwillings) und &quot;of&quot; (die Eigenschaft der verbundenen Zwillinge)</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="292"/>
        <source>&apos;%1&apos; is not an aggregate function: use mean, min, max, sum or count</source>
        <translation>&apos;%1&apos; ist keine Aggregatfunktion: verwenden Sie mean, min, max, sum oder count</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="96"/>
        <source>&apos;%1&apos; is not a path inside the project&apos;s folder; a bundle holds only such files</source>
        <translation>&apos;%1&apos; ist kein Pfad innerhalb des Projektordners; ein Bundle enthält nur solche Dateien</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="105"/>
        <source>&apos;%1&apos; is a link or lies outside the project&apos;s folder; a bundle holds only the project&apos;s own files</source>
        <translation>&apos;%1&apos; ist ein Link oder liegt außerhalb des Projektordners; ein Bündel enthält nur die eigenen Dateien des Projekts</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="112"/>
        <source>cannot read &apos;%1&apos;, which the project refers to: %2</source>
        <translation>&apos;%1&apos;, auf das das Projekt verweist, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="139"/>
        <location filename="../engine/bundle/bundle.cpp" line="322"/>
        <source>cannot write in &apos;%1&apos;: %2</source>
        <translation>in &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="150"/>
        <source>cannot create the bundle &apos;%1&apos; (libzip error %2)</source>
        <translation>das Bundle &apos;%1&apos; kann nicht erstellt werden (libzip-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="161"/>
        <source>cannot add &apos;%1&apos; to the bundle: %2</source>
        <translation>&apos;%1&apos; kann dem Bundle nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="167"/>
        <source>cannot write the bundle &apos;%1&apos;: %2</source>
        <translation>das Bundle &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="173"/>
        <source>cannot move the bundle into place at &apos;%1&apos;</source>
        <translation>das Bundle kann nicht nach &apos;%1&apos; verschoben werden</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="189"/>
        <source>&apos;%1&apos; is not a readable bundle: %2</source>
        <translation>&apos;%1&apos; ist kein lesbares Bundle: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="196"/>
        <source>&apos;%1&apos; has too many entries (%2)</source>
        <translation>&apos;%1&apos; hat zu viele Einträge (%2)</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="204"/>
        <source>&apos;%1&apos;: cannot read entry %2: %3</source>
        <translation>&apos;%1&apos;: Eintrag %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="216"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; would be written outside the target folder; refused</source>
        <translation>&apos;%1&apos;: der Eintrag &apos;%2&apos; würde außerhalb des Zielordners geschrieben; abgelehnt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="222"/>
        <source>&apos;%1&apos; unpacks to more than 256 MiB; refused</source>
        <translation>&apos;%1&apos; entpackt sich auf mehr als 256 MiB; abgelehnt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="227"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; inflates %3 times; refused as a zip bomb</source>
        <translation>&apos;%1&apos;: der Eintrag &apos;%2&apos; bläht sich %3-fach auf; als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="347"/>
        <source>cannot move the extracted bundle into &apos;%1&apos;: %2</source>
        <translation>das entpackte Bündel kann nicht nach &apos;%1&apos; verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="235"/>
        <source>&apos;%1&apos;: cannot open the entry &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos;: der Eintrag &apos;%2&apos; kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="91"/>
        <source>a secret written in the project goes into the bundle as it is: refer to it as &quot;${env:NAME}&quot; and set it where the runner runs</source>
        <translation>ein im Projekt ausgeschriebenes Geheimnis kommt unverändert ins Bündel: als &quot;${env:NAME}&quot; angeben und dort setzen, wo der Runner läuft</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="245"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; is damaged</source>
        <translation>&apos;%1&apos;: der Eintrag &apos;%2&apos; ist beschädigt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="253"/>
        <source>&apos;%1&apos; has no manifest.json: it is not a Twinloom bundle</source>
        <translation>&apos;%1&apos; hat keine manifest.json: es ist kein Twinloom-Bundle</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="259"/>
        <source>&apos;%1&apos;: manifest.json: %2</source>
        <translation>&apos;%1&apos;: manifest.json: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="266"/>
        <source>&apos;%1&apos;: manifest.json is not a Twinloom bundle manifest</source>
        <translation>&apos;%1&apos;: manifest.json ist kein Twinloom-Bundle-Manifest</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="270"/>
        <source>&apos;%1&apos; is a bundle of version %2, written by a newer Twinloom</source>
        <translation>&apos;%1&apos; ist ein Bundle der Version %2, geschrieben von einem neueren Twinloom</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="283"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is listed in the manifest but missing</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; ist im Manifest aufgeführt, fehlt aber</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="287"/>
        <source>&apos;%1&apos;: &apos;%2&apos; does not match its checksum; the bundle is damaged</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; stimmt nicht mit seiner Prüfsumme überein; das Bundle ist beschädigt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="293"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not listed in the manifest; the bundle is refused</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; steht nicht im Manifest; das Bündel wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="310"/>
        <source>&apos;%1&apos; already exists and is not an empty folder: extract into a new folder</source>
        <translation>&apos;%1&apos; existiert bereits und ist kein leerer Ordner: in einen neuen Ordner entpacken</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="317"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="272"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="329"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation>der Ordner für &apos;%1&apos; kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="337"/>
        <location filename="../engine/project.cpp" line="444"/>
        <location filename="../engine/project.cpp" line="450"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="299"/>
        <source>&apos;%1&apos; holds no project file &apos;%2&apos;</source>
        <translation>&apos;%1&apos; enthält keine Projektdatei &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="38"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 benötigt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="56"/>
        <location filename="../engine/twinmodel.cpp" line="99"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="69"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="84"/>
        <location filename="../engine/project.cpp" line="208"/>
        <location filename="../engine/twindescriptor.cpp" line="28"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="98"/>
        <source>&quot;%1&quot; must be a positive duration: seconds, or ISO 8601 such as &quot;PT0.5S&quot;</source>
        <translation>&quot;%1&quot; muss eine positive Dauer sein: Sekunden oder ISO 8601 wie &quot;PT0.5S&quot;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="111"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="180"/>
        <source>&apos;%1&apos; is not inside the project&apos;s folder: a project reads only its own files (a relative path, no &apos;..&apos;, no link leading out)</source>
        <translation>&apos;%1&apos; liegt nicht im Projektordner: ein Projekt liest nur seine eigenen Dateien (ein relativer Pfad, kein &apos;..&apos;, kein Link nach außen)</translation>
    </message>
    <message>
        <location filename="../engine/diagnostics.cpp" line="23"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../engine/diagnostics.cpp" line="23"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="251"/>
        <location filename="../engine/mappingshadowing.cpp" line="191"/>
        <location filename="../engine/project.cpp" line="355"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="262"/>
        <location filename="../engine/twindescriptor.cpp" line="143"/>
        <source>&apos;%1&apos; is not a valid twin id: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation>&apos;%1&apos; ist keine gültige Zwillings-ID: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="269"/>
        <source>a twin with the id &apos;%1&apos; already exists</source>
        <translation>ein Zwilling mit der ID &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="278"/>
        <location filename="../engine/project.cpp" line="364"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat keine Beziehung &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="387"/>
        <source>no twin &apos;%1&apos; in this engine</source>
        <translation>kein Zwilling &apos;%1&apos; in dieser Engine</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="478"/>
        <location filename="../engine/engine.cpp" line="488"/>
        <source>there is no twin &apos;%1&apos;</source>
        <translation>es gibt keinen Zwilling &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="366"/>
        <source>&apos;%1&apos; is not waiting to take over</source>
        <translation>&apos;%1&apos; wartet nicht darauf, den Zustand zu übernehmen</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="371"/>
        <source>the handed-over state of &apos;%1&apos; is malformed</source>
        <translation>der übergebene Zustand von &apos;%1&apos; ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="380"/>
        <source>&apos;%1&apos; took its state over but its digital side did not open</source>
        <translation>&apos;%1&apos; hat seinen Zustand übernommen, aber seine digitale Seite wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="434"/>
        <source>stopping</source>
        <translation>wird gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="436"/>
        <source>the twin stopped</source>
        <translation>der Zwilling wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="484"/>
        <source>the twin was removed</source>
        <translation>der Zwilling wurde entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/twincore.cpp" line="583"/>
        <source>%n similar problem(s) not shown</source>
        <translation>
            <numerusform>%n ähnliches Problem nicht angezeigt</numerusform>
            <numerusform>%n ähnliche Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="610"/>
        <source>twin &apos;%1&apos; has no physical adapter for action &apos;%2&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat keinen physischen Adapter für Aktion &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="618"/>
        <source>adapter &apos;%1&apos; is not bound to its device</source>
        <translation>Adapter &apos;%1&apos; ist nicht an sein Gerät gebunden</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="672"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no action &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; (Modell &apos;%2&apos;) hat keine Aktion &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="677"/>
        <source>twin &apos;%1&apos; is not running (%2)</source>
        <translation>Zwilling &apos;%1&apos; läuft nicht (%2)</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="686"/>
        <source>action &apos;%1&apos;: %2</source>
        <translation>Aktion &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="692"/>
        <source>action &apos;%1&apos; needs an argument &apos;%2&apos; of type %3</source>
        <translation>Aktion &apos;%1&apos; benötigt ein Argument &apos;%2&apos; vom Typ %3</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="702"/>
        <source>no answer from the device within %1 ms</source>
        <translation>keine Antwort vom Gerät innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="794"/>
        <source>&apos;%1&apos; is older than its maximum age</source>
        <translation>&apos;%1&apos; ist älter als sein maximales Alter</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="60"/>
        <source>the shadowing configuration must be an object</source>
        <translation>die Shadowing-Konfiguration muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="39"/>
        <source>a name must be a non-empty string</source>
        <translation>ein Name muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="46"/>
        <source>must be a name, &quot;*&quot; or an array of names</source>
        <translation>muss ein Name, &quot;*&quot; oder ein Array von Namen sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="56"/>
        <location filename="../engine/mappingshadowing.cpp" line="69"/>
        <location filename="../engine/project.cpp" line="203"/>
        <location filename="../engine/twindescriptor.cpp" line="74"/>
        <location filename="../engine/twindescriptor.cpp" line="218"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>unbekanntes Feld &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="68"/>
        <source>&quot;%1&quot; must be a positive ISO 8601 duration such as &quot;P30D&quot; or &quot;P1Y&quot;, or a number of seconds</source>
        <translation>&quot;%1&quot; muss eine positive ISO-8601-Dauer wie &quot;P30D&quot; oder &quot;P1Y&quot; oder eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="78"/>
        <source>a history rule must be a JSON object</source>
        <translation>eine Verlaufsregel muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="100"/>
        <source>a history rule</source>
        <translation>eine Verlaufsregel</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="108"/>
        <source>&quot;deadband&quot; must be above zero</source>
        <translation>&quot;deadband&quot; muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="115"/>
        <source>&quot;sampling&quot; must be &quot;change&quot;, &quot;deadband&quot; or &quot;interval&quot;</source>
        <translation>&quot;sampling&quot; muss &quot;change&quot;, &quot;deadband&quot; oder &quot;interval&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="227"/>
        <source>&quot;history&quot; must be a JSON object</source>
        <translation>&quot;history&quot; muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="234"/>
        <source>the history</source>
        <translation>der Verlauf</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="242"/>
        <source>&quot;flushInterval&quot; must be from 1 ms to 60 s (&quot;PT0.2S&quot;)</source>
        <translation>&quot;flushInterval&quot; muss zwischen 1 ms und 60 s liegen (&quot;PT0.2S&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="251"/>
        <source>&quot;record&quot; must be an array of rules</source>
        <translation>&quot;record&quot; muss ein Array von Regeln sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="264"/>
        <source>&quot;tiers&quot; must be an array</source>
        <translation>&quot;tiers&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="270"/>
        <source>a tier must be a JSON object</source>
        <translation>eine Stufe muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="278"/>
        <source>a tier needs a &quot;step&quot; of whole seconds, such as &quot;PT1M&quot;</source>
        <translation>eine Stufe benötigt einen &quot;step&quot; aus ganzen Sekunden, etwa &quot;PT1M&quot;</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="287"/>
        <source>each tier&apos;s step must be a multiple of the previous tier&apos;s step</source>
        <translation>der Schritt jeder Stufe muss ein Vielfaches des Schritts der vorherigen Stufe sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="76"/>
        <source>&quot;passThrough&quot; must be true or false</source>
        <translation>&quot;passThrough&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="80"/>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="85"/>
        <source>a rule must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation>eine Regel muss ein Objekt mit &quot;from&quot; und &quot;to&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="92"/>
        <source>a rule needs &quot;from&quot;: the physical property or event it reads</source>
        <translation>eine Regel benötigt &quot;from&quot;: die physische Eigenschaft oder das Ereignis, das sie liest</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="105"/>
        <location filename="../engine/pipeline.cpp" line="246"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation>&apos;%1&apos; ist kein JSON-Pointer: er muss leer sein oder mit &apos;/&apos; beginnen, und auf &apos;~&apos; muss 0 oder 1 folgen</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="125"/>
        <source>model &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat kein Ereignis &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="130"/>
        <source>model &apos;%1&apos; has no property or event &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat keine Eigenschaft und kein Ereignis &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="138"/>
        <source>the steps produce %1 but property &apos;%2&apos; is %3</source>
        <translation>die Schritte liefern %1, aber Eigenschaft &apos;%2&apos; ist %3</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="145"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation>&quot;kind&quot; muss property oder event sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="155"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation>&quot;actions&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="162"/>
        <source>an action rule needs &quot;action&quot;: the twin action it maps</source>
        <translation>eine Aktionsregel benötigt &quot;action&quot;: die Aktion des Zwillings, die sie abbildet</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="167"/>
        <source>model &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat keine Aktion &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="182"/>
        <source>&quot;desired&quot; must be an array</source>
        <translation>&quot;desired&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="194"/>
        <source>property &apos;%1&apos; is not writable, so it has no desired value</source>
        <translation>Eigenschaft &apos;%1&apos; ist nicht beschreibbar und hat daher keinen Sollwert</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="199"/>
        <source>name the physical action that applies a desired &apos;%1&apos;</source>
        <translation>geben Sie die physische Aktion an, die einen Sollwert für &apos;%1&apos; anwendet</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="215"/>
        <source>&apos;%1&apos; has no field at &apos;/%2&apos;</source>
        <translation>&apos;%1&apos; hat kein Feld unter &apos;/%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="231"/>
        <location filename="../engine/mappingshadowing.cpp" line="255"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; → &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="244"/>
        <source>&apos;%1&apos; was renamed to &apos;%2&apos;, which model &apos;%3&apos; does not have</source>
        <translation>&apos;%1&apos; wurde in &apos;%2&apos; umbenannt, das Modell &apos;%3&apos; nicht hat</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="325"/>
        <source>the action&apos;s steps dropped its argument</source>
        <translation>die Schritte der Aktion haben ihr Argument verworfen</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="339"/>
        <source>the twin has no physical adapter &apos;%1&apos;</source>
        <translation>der Zwilling hat keinen physischen Adapter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="356"/>
        <source>no rule maps action &apos;%1&apos; to the device</source>
        <translation>keine Regel bildet Aktion &apos;%1&apos; auf das Gerät ab</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="25"/>
        <source>the %1 step needs a number, got %2 &apos;%3&apos;</source>
        <translation>der Schritt %1 benötigt eine Zahl, erhalten: %2 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="32"/>
        <source>this step</source>
        <translation>dieser Schritt</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="52"/>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation>&quot;steps&quot; muss ein Array von Schritten sein</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="59"/>
        <source>a step is an object with a &quot;type&quot;; known types: %1</source>
        <translation>ein Schritt ist ein Objekt mit einem &quot;type&quot;; bekannte Typen: %1</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="100"/>
        <source>&apos;%1&apos; is not a step type; known types: %2</source>
        <translation>&apos;%1&apos; ist kein Schritttyp; bekannte Typen: %2</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="120"/>
        <source>this step needs &quot;to&quot;: the schema to convert to</source>
        <translation>dieser Schritt benötigt &quot;to&quot;: das Schema, in das konvertiert wird</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="132"/>
        <source>a scale step needs &quot;factor&quot;, &quot;offset&quot; or both</source>
        <translation>ein scale-Schritt benötigt &quot;factor&quot;, &quot;offset&quot; oder beides</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="149"/>
        <location filename="../engine/pipeline.cpp" line="151"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation>&apos;%1&apos; ist keine bekannte Einheit</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="153"/>
        <source>cannot convert %1 (%2) to %3 (%4)</source>
        <translation>%1 (%2) kann nicht in %3 (%4) umgerechnet werden</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="166"/>
        <source>a range step needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>ein range-Schritt benötigt &quot;min&quot;, &quot;max&quot; oder beides</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="171"/>
        <source>min %1 is above max %2</source>
        <translation>min %1 liegt über max %2</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="181"/>
        <source>&quot;mode&quot; must be drop, clamp or fail</source>
        <translation>&quot;mode&quot; muss drop, clamp oder fail sein</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="192"/>
        <source>a deadband step needs either &quot;delta&quot; or &quot;percent&quot;</source>
        <translation>ein deadband-Schritt benötigt entweder &quot;delta&quot; oder &quot;percent&quot;</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="197"/>
        <source>a deadband cannot be negative</source>
        <translation>ein Totband kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="215"/>
        <source>a moving aggregate needs either &quot;count&quot; (samples) or &quot;window&quot; (time)</source>
        <translation>ein gleitendes Aggregat benötigt entweder &quot;count&quot; (Stichproben) oder &quot;window&quot; (Zeit)</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="221"/>
        <source>&quot;count&quot; must be a whole number from 1 to 1000000</source>
        <translation>&quot;count&quot; muss eine ganze Zahl von 1 bis 1000000 sein</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="310"/>
        <source>%1 is outside the range [%2, %3]</source>
        <translation>%1 liegt außerhalb des Bereichs [%2, %3]</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="409"/>
        <source>the value has nothing at &apos;%1&apos;</source>
        <translation>der Wert enthält nichts unter &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="23"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="46"/>
        <source>JSON nested deeper than %1 levels at %2</source>
        <translation>JSON tiefer als %1 Ebenen verschachtelt bei %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="112"/>
        <source>the key &quot;%1&quot; appears twice in the object at %2 (%3); a reader would keep only the last</source>
        <translation>der Schlüssel „%1“ kommt im Objekt bei %2 zweimal vor (%3); ein Leser behielte nur den letzten</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="181"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="80"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="178"/>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="141"/>
        <source>&quot;version&quot; must be a whole number; this Twinloom writes version %1</source>
        <translation>&quot;version&quot; muss eine ganze Zahl sein; dieses Twinloom schreibt Version %1</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="148"/>
        <source>the project is of version %1, written by a newer Twinloom; this one reads up to version %2</source>
        <translation>das Projekt hat Version %1 und wurde von einem neueren Twinloom geschrieben; dieses liest bis Version %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="155"/>
        <source>version %1 does not exist</source>
        <translation>Version %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="178"/>
        <source>migrated from version 0 to version 1; saving writes version 1</source>
        <translation>von Version 0 auf Version 1 migriert; beim Speichern wird Version 1 geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="190"/>
        <source>a project must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ein Projekt muss ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="134"/>
        <source>not a Twinloom project: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>kein Twinloom-Projekt: &quot;format&quot; muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="216"/>
        <source>&quot;nodes&quot; must be an array of deployment nodes</source>
        <translation>&quot;nodes&quot; muss ein Array von Bereitstellungsknoten sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="223"/>
        <source>a node needs a &quot;name&quot;, such as &quot;edge-1&quot;</source>
        <translation>ein Knoten benötigt einen &quot;name&quot;, etwa &quot;edge-1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="235"/>
        <source>the node &apos;%1&apos; is defined twice</source>
        <translation>der Knoten &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="249"/>
        <source>&quot;models&quot; must be an array of twin models</source>
        <translation>&quot;models&quot; muss ein Array von Zwillingsmodellen sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="258"/>
        <source>&quot;file&quot; must be a path relative to the project</source>
        <translation>&quot;file&quot; muss ein Pfad relativ zum Projekt sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="273"/>
        <source>cannot read model file &apos;%1&apos;: %2</source>
        <translation>Modelldatei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="282"/>
        <source>model file &apos;%1&apos;: %2</source>
        <translation>Modelldatei &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="294"/>
        <source>the model &apos;%1&apos; is defined twice</source>
        <translation>das Modell &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="315"/>
        <source>&quot;twins&quot; must be an array of twins</source>
        <translation>&quot;twins&quot; muss ein Array von Zwillingen sein</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="324"/>
        <source>the twin id &apos;%1&apos; is used twice</source>
        <translation>die Zwillings-ID &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="342"/>
        <source>no deployment node is named &apos;%1&apos;</source>
        <translation>kein Bereitstellungsknoten heißt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="345"/>
        <location filename="../engine/twinmodel.cpp" line="498"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation>kein Zwillingsmodell hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="370"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation>kein Zwilling hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="376"/>
        <source>relationship &apos;%1&apos; of &apos;%2&apos; must target a %3, but twin &apos;%4&apos; is a %5</source>
        <translation>Beziehung &apos;%1&apos; von &apos;%2&apos; muss auf ein %3 zeigen, aber Zwilling &apos;%4&apos; ist ein %5</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="379"/>
        <source>relationship &apos;%1&apos; allows at most %2 targets</source>
        <translation>Beziehung &apos;%1&apos; erlaubt höchstens %2 Ziele</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="397"/>
        <source> (needed when the twin runs)</source>
        <translation> (erforderlich, wenn der Zwilling läuft)</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="408"/>
        <source>twin &apos;%1&apos; has no physical adapter: it runs and answers, but nothing binds it to a device, so it is never Bound or Synchronized</source>
        <translation>Zwilling &apos;%1&apos; hat keinen physischen Adapter: Er läuft und antwortet, aber nichts verbindet ihn mit einem Gerät, daher ist er nie Bound oder Synchronized</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="425"/>
        <source>&quot;%1&quot; must be an object or an array</source>
        <translation>&quot;%1&quot; muss ein Objekt oder ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="190"/>
        <source>complex schemas nest deeper than %1 levels here (DTDL allows %1)</source>
        <translation>komplexe Schemas sind hier tiefer als %1 Ebenen verschachtelt (DTDL erlaubt %1)</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="209"/>
        <source>&apos;%1&apos; is not a schema: expected one of boolean, integer, long, float, double, string, date, time, dateTime, duration, or an Enum, Array, Map or Object</source>
        <translation>&apos;%1&apos; ist kein Schema: erwartet wird boolean, integer, long, float, double, string, date, time, dateTime, duration oder ein Enum, Array, Map oder Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="216"/>
        <source>a schema must be a name or an object with &quot;@type&quot;</source>
        <translation>ein Schema muss ein Name oder ein Objekt mit &quot;@type&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="222"/>
        <source>a complex schema needs &quot;@type&quot;: Enum, Array, Map or Object</source>
        <translation>ein komplexes Schema benötigt &quot;@type&quot;: Enum, Array, Map oder Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="236"/>
        <source>%1 schema needs &quot;%2&quot;</source>
        <translation>%1-Schema benötigt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="256"/>
        <source>an Enum&apos;s valueSchema must be integer or string</source>
        <translation>das valueSchema eines Enum muss integer oder string sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="261"/>
        <source>enumValues must be an array</source>
        <translation>enumValues muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="270"/>
        <source>an enum value needs a &quot;name&quot; and an &quot;enumValue&quot;</source>
        <translation>ein Enum-Wert benötigt einen &quot;name&quot; und einen &quot;enumValue&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="283"/>
        <source>enumValue of &apos;%1&apos; does not match the valueSchema %2</source>
        <translation>enumValue von &apos;%1&apos; passt nicht zum valueSchema %2</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="293"/>
        <source>enum value name &apos;%1&apos; is used twice</source>
        <translation>der Enum-Wertname &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="318"/>
        <source>mapKey needs a &quot;name&quot;</source>
        <translation>mapKey benötigt einen &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="324"/>
        <source>a map key&apos;s schema must be string</source>
        <translation>das Schema eines Map-Schlüssels muss string sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="330"/>
        <source>mapValue needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>mapValue benötigt einen &quot;name&quot; und ein &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="345"/>
        <source>fields must be an array</source>
        <translation>fields muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="354"/>
        <source>a field needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>ein Feld benötigt einen &quot;name&quot; und ein &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="362"/>
        <source>field &apos;%1&apos; is defined twice</source>
        <translation>Feld &apos;%1&apos; ist doppelt definiert</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="377"/>
        <source>&apos;%1&apos; is not a schema type: expected Enum, Array, Map or Object</source>
        <translation>&apos;%1&apos; ist kein Schematyp: erwartet wird Enum, Array, Map oder Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="432"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet %2, erhalten %3</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="443"/>
        <source>%1: %2 does not fit a 32-bit integer</source>
        <translation>%1: %2 passt nicht in eine 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="465"/>
        <source>%1: %2 is not one of the enum&apos;s values</source>
        <translation>%1: %2 ist keiner der Werte des Enum</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="495"/>
        <source>%1: the object has no field &apos;%2&apos;</source>
        <translation>%1: das Objekt hat kein Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="515"/>
        <source>cannot convert %1 &apos;%2&apos; to %3</source>
        <translation>%1 &apos;%2&apos; kann nicht in %3 umgewandelt werden</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="630"/>
        <source>&apos;%1&apos; is not one of the enum&apos;s values or names</source>
        <translation>&apos;%1&apos; ist keiner der Werte oder Namen des Enum</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="657"/>
        <source>the object has no field &apos;%1&apos;</source>
        <translation>das Objekt hat kein Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="680"/>
        <source>expected %1, got the fraction %2</source>
        <translation>erwartet %1, erhalten wurde der Bruch %2</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="688"/>
        <source>expected %1, got string &apos;%2&apos;</source>
        <translation>erwartet %1, erhalten wurde die Zeichenkette &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="225"/>
        <source>the code runs when it is defined and did not end within %1 ms</source>
        <translation>der Code läuft schon bei der Definition und endete nicht innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="247"/>
        <location filename="../engine/script/scriptstep.cpp" line="261"/>
        <source>script: %1</source>
        <translation>Skript: %1</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="256"/>
        <source>script: stopped after %1 ms, its time budget (&quot;timeout&quot;)</source>
        <translation>Skript: nach %1 ms angehalten, seinem Zeitbudget (&quot;timeout&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="288"/>
        <source>a script step needs &quot;code&quot;: a JavaScript expression</source>
        <translation>ein script-Schritt benötigt &quot;code&quot;: einen JavaScript-Ausdruck</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="295"/>
        <source>the script does not compile: %1</source>
        <translation>das Skript lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="303"/>
        <source>&quot;timeout&quot; is a duration from 1 ms to 60 s, as &quot;PT0.1S&quot; or a number of seconds</source>
        <translation>&quot;timeout&quot; ist eine Dauer von 1 ms bis 60 s, etwa &quot;PT0.1S&quot; oder eine Zahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="19"/>
        <source>a topic filter cannot be empty</source>
        <translation>ein Topic-Filter darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="26"/>
        <source>&apos;#&apos; may only be the last segment of a topic filter</source>
        <translation>&apos;#&apos; darf nur das letzte Segment eines Topic-Filters sein</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="29"/>
        <source>&apos;+&apos; and &apos;#&apos; must stand alone in their segment</source>
        <translation>&apos;+&apos; und &apos;#&apos; müssen allein in ihrem Segment stehen</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="23"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="43"/>
        <source>&quot;%1&quot; must be an array of adapters</source>
        <translation>&quot;%1&quot; muss ein Array von Adaptern sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="50"/>
        <source>an adapter is an object with &quot;type&quot; and &quot;config&quot;</source>
        <translation>ein Adapter ist ein Objekt mit &quot;type&quot; und &quot;config&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="62"/>
        <source>the adapter id &apos;%1&apos; is used twice in this twin</source>
        <translation>die Adapter-ID &apos;%1&apos; wird in diesem Zwilling doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="68"/>
        <source>&quot;config&quot; must be an object</source>
        <translation>&quot;config&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="106"/>
        <source>the environment variable &apos;%1&apos; is not set</source>
        <translation>die Umgebungsvariable &apos;%1&apos; ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="136"/>
        <source>a twin must be a JSON object</source>
        <translation>ein Zwilling muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="155"/>
        <source>&quot;properties&quot; must map property names to settings</source>
        <translation>&quot;properties&quot; muss Eigenschaftsnamen Einstellungen zuordnen</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="164"/>
        <source>property settings must be an object with &quot;maxAge&quot; or &quot;history&quot;</source>
        <translation>Eigenschaftseinstellungen müssen ein Objekt mit &quot;maxAge&quot; oder &quot;history&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="177"/>
        <location filename="../engine/twinmodel.cpp" line="112"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation>&quot;history&quot; muss eine Anzahl von Stichproben von 0 bis 100000000 sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="186"/>
        <source>&quot;relationships&quot; must be an array</source>
        <translation>&quot;relationships&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="193"/>
        <source>a relationship is an object with &quot;name&quot; and &quot;target&quot;</source>
        <translation>eine Beziehung ist ein Objekt mit &quot;name&quot; und &quot;target&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="78"/>
        <source>&apos;%1&apos; needs a &quot;schema&quot;</source>
        <translation>&apos;%1&apos; benötigt ein &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="82"/>
        <source>unit &apos;%1&apos; is not known; values will not be converted</source>
        <translation>Einheit &apos;%1&apos; ist unbekannt; Werte werden nicht umgerechnet</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="88"/>
        <source>&quot;writable&quot; must be true or false</source>
        <translation>&quot;writable&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="103"/>
        <source>minimum %1 is above maximum %2</source>
        <translation>Minimum %1 liegt über Maximum %2</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="164"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds, above zero (leave it out for no limit)</source>
        <translation>&quot;maxAge&quot; muss eine ISO-8601-Dauer wie &quot;PT30S&quot; oder eine Zahl von Sekunden über null sein (ohne Angabe gibt es keine Grenze)</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="189"/>
        <source>a twin model must be a JSON object</source>
        <translation>ein Zwillingsmodell muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="196"/>
        <source>a twin model needs an &quot;@id&quot;, such as &quot;dtmi:example:Room;1&quot;</source>
        <translation>ein Zwillingsmodell benötigt eine &quot;@id&quot;, etwa &quot;dtmi:example:Room;1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="199"/>
        <source>&apos;%1&apos; is not a DTMI; DTDL exports need ids like &quot;dtmi:example:Room;1&quot;</source>
        <translation>&apos;%1&apos; ist keine DTMI; DTDL-Exporte benötigen IDs wie &quot;dtmi:example:Room;1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="212"/>
        <source>&quot;extends&quot; lists model ids</source>
        <translation>&quot;extends&quot; listet Modell-IDs auf</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="216"/>
        <source>&quot;extends&quot; must be a model id or a list of them</source>
        <translation>&quot;extends&quot; muss eine Modell-ID oder eine Liste davon sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="221"/>
        <source>&quot;contents&quot; must be an array</source>
        <translation>&quot;contents&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="228"/>
        <source>each entry of &quot;contents&quot; must be an object</source>
        <translation>jeder Eintrag von &quot;contents&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="235"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>&apos;%1&apos; ist kein gültiger Name: verwenden Sie Buchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="243"/>
        <source>the name &apos;%1&apos; is already used by a %2</source>
        <translation>der Name &apos;%1&apos; wird bereits von einem %2 verwendet</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="254"/>
        <source>telemetry cannot be writable</source>
        <translation>Telemetrie kann nicht beschreibbar sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="278"/>
        <source>&quot;%1&quot; needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>&quot;%1&quot; benötigt einen &quot;name&quot; und ein &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="305"/>
        <source>&quot;%1&quot; must be a whole number of at least 0</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="310"/>
        <source>minMultiplicity is above maxMultiplicity</source>
        <translation>minMultiplicity liegt über maxMultiplicity</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="320"/>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation>&apos;%1&apos; ist kein gültiger Name</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="332"/>
        <source>a component&apos;s &quot;schema&quot; must be the id of a model</source>
        <translation>das &quot;schema&quot; einer Komponente muss die ID eines Modells sein</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="336"/>
        <source>&apos;%1&apos; is not a content type: expected Property, Telemetry, Event, Command, Relationship or Component</source>
        <translation>&apos;%1&apos; ist kein Inhaltstyp: erwartet wird Property, Telemetry, Event, Command, Relationship oder Component</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="506"/>
        <source>model &apos;%1&apos; inherits through more than %2 levels of &quot;extends&quot; (DTDL allows %2): %3</source>
        <translation>Modell „%1“ erbt über mehr als %2 Ebenen von „extends“ (DTDL erlaubt %2): %3</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="568"/>
        <source>model &apos;%1&apos; extends or contains itself: %2</source>
        <translation>Modell &apos;%1&apos; erweitert oder enthält sich selbst: %2</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="574"/>
        <source>model &apos;%1&apos; needs model &apos;%2&apos;, which is not defined</source>
        <translation>Modell &apos;%1&apos; benötigt Modell &apos;%2&apos;, das nicht definiert ist</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="593"/>
        <source>&apos;%1&apos; is defined both by &apos;%2&apos; and by &apos;%3&apos;</source>
        <translation>&apos;%1&apos; wird sowohl von &apos;%2&apos; als auch von &apos;%3&apos; definiert</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="184"/>
        <source>the handed-over state of &apos;%1&apos; has no properties</source>
        <translation>der übergebene Zustand von &apos;%1&apos; hat keine Eigenschaften</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="228"/>
        <source>the handed-over state of &apos;%1&apos; does not fit its model: %2</source>
        <translation>der übergebene Zustand von &apos;%1&apos; passt nicht zu seinem Modell: %2</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="254"/>
        <source>twin &apos;%1&apos; has no property number %2</source>
        <translation>Zwilling &apos;%1&apos; hat keine Eigenschaft Nummer %2</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="267"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation>Eigenschaft &apos;%1&apos; von Zwilling &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="274"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3 is outside [%4, %5]</source>
        <translation>Eigenschaft &apos;%1&apos; von Zwilling &apos;%2&apos;: %3 liegt außerhalb von [%4, %5]</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="307"/>
        <location filename="../engine/twinstate.cpp" line="318"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no property &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; (Modell &apos;%2&apos;) hat keine Eigenschaft &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="327"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not writable</source>
        <translation>Eigenschaft &apos;%1&apos; von Zwilling &apos;%2&apos; ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="344"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no event &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; (Modell &apos;%2&apos;) hat kein Ereignis &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="353"/>
        <source>event &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation>Ereignis &apos;%1&apos; von Zwilling &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="375"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no relationship &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; (Modell &apos;%2&apos;) hat keine Beziehung &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="380"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; needs a target twin</source>
        <translation>Beziehung &apos;%1&apos; von Zwilling &apos;%2&apos; benötigt einen Zielzwilling</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="414"/>
        <source>the transaction was already committed or rolled back</source>
        <translation>die Transaktion wurde bereits festgeschrieben oder zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="437"/>
        <source>twin &apos;%1&apos; has no instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat keine Instanz &apos;%2&apos; der Beziehung &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="445"/>
        <source>twin &apos;%1&apos; already has the instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat bereits die Instanz &apos;%2&apos; der Beziehung &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="454"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; allows at most %3 targets</source>
        <translation>Beziehung &apos;%1&apos; von Zwilling &apos;%2&apos; erlaubt höchstens %3 Ziele</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="113"/>
        <source>&apos;%1&apos; is not a JSON object</source>
        <translation>&apos;%1&apos; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="116"/>
        <source>&apos;%1&apos; names no model</source>
        <translation>&apos;%1&apos; nennt kein Modell</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="119"/>
        <source>&apos;%1&apos; describes twin &apos;%2&apos;</source>
        <translation>&apos;%1&apos; beschreibt den Zwilling &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="123"/>
        <source>&apos;%1&apos; names no valid twin id</source>
        <translation>&apos;%1&apos; nennt keine gültige Zwillings-ID</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="131"/>
        <location filename="../engine/twindescription.cpp" line="135"/>
        <source>&apos;%1&apos;: &quot;%2&quot; is not an object</source>
        <translation>&apos;%1&apos;: &quot;%2&quot; ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="173"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="75"/>
        <source>&apos;%1&apos; is not a valid postgresql:// URL</source>
        <translation>&apos;%1&apos; ist keine gültige postgresql://-URL</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="98"/>
        <source>the history URL&apos;s parameter &apos;%1&apos; is not supported (sslmode, connect_timeout and application_name are)</source>
        <translation>der Parameter &apos;%1&apos; der Verlaufs-URL wird nicht unterstützt (unterstützt werden sslmode, connect_timeout und application_name)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="114"/>
        <source>the history URL names no database: postgresql://HOST:PORT/DATABASE</source>
        <translation>die Verlaufs-URL nennt keine Datenbank: postgresql://HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="118"/>
        <source>&apos;%1&apos; is neither a file nor a postgresql:// URL</source>
        <translation>&apos;%1&apos; ist weder eine Datei noch eine postgresql://-URL</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="254"/>
        <source>the Qt Sql driver %1 is not installed (Debian: %2)</source>
        <translation>der Qt-Sql-Treiber %1 ist nicht installiert (Debian: %2)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="276"/>
        <source>no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="360"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="378"/>
        <source>it holds other tables and no Twinloom history</source>
        <translation>er enthält andere Tabellen und keinen Twinloom-Verlauf</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="383"/>
        <source>it was written by a newer version of Twinloom (history schema %1; this version reads up to %2): open it with that version or record into another store</source>
        <translation>er wurde von einer neueren Twinloom-Version geschrieben (Verlaufsschema %1; diese Version liest bis Schema %2): mit jener Version öffnen oder in einen anderen Speicher aufzeichnen</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="652"/>
        <source>the history store %1 is written again</source>
        <translation>der Verlaufsspeicher %1 wird wieder beschrieben</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="653"/>
        <source>the history store %1 cannot be written: %2; samples are held (up to %3) and writing is retried</source>
        <translation>der Verlaufsspeicher %1 kann nicht beschrieben werden: %2; Messwerte werden zurückgehalten (bis zu %3) und das Schreiben wird wiederholt</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="697"/>
        <source>%1; the file was moved aside to &apos;%2&apos; and a new one is begun</source>
        <translation>%1; die Datei wurde nach &apos;%2&apos; beiseitegelegt und eine neue begonnen</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="699"/>
        <source>%1; the file could not be moved aside</source>
        <translation>%1; die Datei konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1243"/>
        <source>the history store is closed</source>
        <translation>der Verlaufsspeicher ist geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1253"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1281"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1427"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1450"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1484"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1509"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1589"/>
        <source>cannot read the history store %1: %2</source>
        <translation>der Verlaufsspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1320"/>
        <source>cannot record into the history store %1: %2</source>
        <translation>in den Verlaufsspeicher %1 kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1646"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1681"/>
        <source>not a Twinloom history store</source>
        <translation>kein Twinloom-Verlaufsspeicher</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1715"/>
        <source>written by a newer version of Twinloom (history schema %1)</source>
        <translation>von einer neueren Twinloom-Version geschrieben (Verlaufsschema %1)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1718"/>
        <source>the integrity check failed</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Twinloom::Fleet</name>
    <message>
        <source>Controls a fleet of Twinloom agents (twinloom-run --agent NAME --control URL) through
their control broker. Commands are signed with the key in TWINLOOM_AGENT_KEY, which
the agents share; a broker password comes from TWINLOOM_CONTROL_PASSWORD.

Commands:
  agents                       the agents: name, state (online, offline), load, twins
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sends the project (a *.twinloom.json file or a bundle)
                               to the agents and runs each node on its agent
  status                       every deployed twin: id, agent, node, lifecycle
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               starts or stops nodes or twins already deployed
  undeploy [--agent NAME]      stops and removes the deployments (of one agent)

Exit codes: 0 done; 1 the command line is wrong; 2 the command failed (the reason is
printed on one line).

Examples:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</source>
        <translation type="vanished">Steuert eine Flotte von Twinloom-Agenten (twinloom-run --agent NAME --control URL) über
ihren Steuerungs-Broker. Befehle werden mit dem Schlüssel in TWINLOOM_AGENT_KEY signiert,
den die Agenten gemeinsam nutzen; ein Broker-Passwort kommt aus TWINLOOM_CONTROL_PASSWORD.

Befehle:
  agents                       die Agenten: Name, Zustand (online, offline), Last, Zwillinge
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sendet das Projekt (eine *.twinloom.json-Datei oder ein Bundle)
                               an die Agenten und führt jeden Knoten auf seinem Agenten aus
  status                       jeder bereitgestellte Zwilling: ID, Agent, Knoten, Lebenszyklus
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               startet oder stoppt bereits bereitgestellte Knoten oder Zwillinge
  undeploy [--agent NAME]      stoppt und entfernt die Bereitstellungen (eines Agenten)

Exit-Codes: 0 erledigt; 1 die Befehlszeile ist falsch; 2 der Befehl ist fehlgeschlagen (der
Grund wird in einer Zeile ausgegeben).

Beispiele:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</translation>
    </message>
    <message>
        <source>Controls a fleet of Twinloom agents (twinloom-run --agent NAME --control URL) through
their control broker. Commands are signed with the key in TWINLOOM_AGENT_KEY, which
the agents share; a broker password comes from TWINLOOM_CONTROL_PASSWORD.

Commands:
  agents                       the agents: name, state (online, offline), load, twins
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sends the project (a *.twinloom.json file or a bundle)
                               to the agents and runs each node on its agent
  update PROJECT               sends a new version to the agents that run it: only the
                               twins whose definition changed restart
  migrate TWIN --to AGENT      moves a running twin to another agent without losing what
                               its devices send (a short pause of its digital side)
  status                       every deployed twin: id, agent, node, lifecycle
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               starts or stops nodes or twins already deployed
  undeploy [--agent NAME]      stops and removes the deployments (of one agent)

Exit codes: 0 done; 1 the command line is wrong; 2 the command failed (the reason is
printed on one line).

Examples:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</source>
        <translation type="vanished">Steuert eine Flotte von Twinloom-Agenten (twinloom-run --agent NAME --control URL) über
ihren Steuerungs-Broker. Befehle werden mit dem Schlüssel in TWINLOOM_AGENT_KEY signiert,
den die Agenten gemeinsam nutzen; ein Broker-Passwort kommt aus TWINLOOM_CONTROL_PASSWORD.

Befehle:
  agents                       die Agenten: Name, Zustand (online, offline), Last, Zwillinge
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sendet das Projekt (eine *.twinloom.json-Datei oder ein Bundle)
                               an die Agenten und führt jeden Knoten auf seinem Agenten aus
  update PROJECT               sendet eine neue Version an die Agenten, die es ausführen: nur
                               Zwillinge, deren Definition sich geändert hat, starten neu
  migrate TWIN --to AGENT      verschiebt einen laufenden Zwilling auf einen anderen Agenten,
                               ohne zu verlieren, was seine Geräte senden (eine kurze Pause
                               seiner digitalen Seite)
  status                       jeder bereitgestellte Zwilling: ID, Agent, Knoten, Lebenszyklus
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               startet oder stoppt bereits bereitgestellte Knoten oder Zwillinge
  undeploy [--agent NAME]      stoppt und entfernt die Bereitstellungen (eines Agenten)

Exit-Codes: 0 erledigt; 1 die Befehlszeile ist falsch; 2 der Befehl ist fehlgeschlagen (der
Grund wird in einer Zeile ausgegeben).

Beispiele:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="66"/>
        <source>Controls a fleet of Twinloom agents (twinloom-run --agent NAME --control URL) through
their control broker. Commands are signed with the key in TWINLOOM_AGENT_KEY, which
the agents share; a broker password comes from TWINLOOM_CONTROL_PASSWORD.

Commands:
  agents                       the agents: name, state (online, offline), load, twins
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sends the project (a *.twinloom.json file or a bundle)
                               to the agents and runs each node on its agent
  update PROJECT               sends a new version to the agents that run it: only the
                               twins whose definition changed restart
  migrate TWIN --to AGENT      moves a running twin to another agent without losing what
                               its devices send (a short pause of its digital side)
  status [--agent NAME]        every deployed twin (of one agent): id, agent, node,
                               lifecycle
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               starts or stops nodes or twins already deployed
  undeploy [--agent NAME]      stops and removes the deployments (of one agent)

Exit codes: 0 done; 1 the command line is wrong; 2 the command failed (the reason is
printed on one line).

Examples:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</source>
        <translation>Steuert eine Flotte von Twinloom-Agenten (twinloom-run --agent NAME --control URL) über
ihren Steuerungs-Broker. Befehle werden mit dem Schlüssel in TWINLOOM_AGENT_KEY signiert,
den die Agenten gemeinsam nutzen; ein Broker-Passwort kommt aus TWINLOOM_CONTROL_PASSWORD.

Befehle:
  agents                       die Agenten: Name, Zustand (online, offline), Last, Zwillinge
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sendet das Projekt (eine *.twinloom.json-Datei oder ein Bundle)
                               an die Agenten und führt jeden Knoten auf seinem Agenten aus
  update PROJECT               sendet eine neue Version an die Agenten, die es ausführen: nur
                               Zwillinge, deren Definition sich geändert hat, starten neu
  migrate TWIN --to AGENT      verschiebt einen laufenden Zwilling auf einen anderen Agenten,
                               ohne zu verlieren, was seine Geräte senden (eine kurze Pause
                               seiner digitalen Seite)
  status [--agent NAME]        jeder bereitgestellte Zwilling (eines Agenten): ID, Agent,
                               Knoten, Lebenszyklus
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               startet oder stoppt bereits bereitgestellte Knoten oder Zwillinge
  undeploy [--agent NAME]      stoppt und entfernt die Bereitstellungen (eines Agenten)

Exit-Codes: 0 erledigt; 1 die Befehlszeile ist falsch; 2 der Befehl ist fehlgeschlagen (der
Grund wird in einer Zeile ausgegeben).

Beispiele:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="109"/>
        <source>warning: the status of &apos;%1&apos; was set aside: %2</source>
        <translation>Warnung: der Status von „%1“ wurde verworfen: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="128"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="130"/>
        <source>offline (silent for %1 s)</source>
        <translation>offline (seit %1 s still)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="131"/>
        <source>offline (%1)</source>
        <translation>offline (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>TWINS</source>
        <translation>ZWILLINGE</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="138"/>
        <source>DEPLOYMENTS</source>
        <translation>BEREITSTELLUNGEN</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="138"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>TWIN</source>
        <translation>ZWILLING</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>DEPLOYMENT</source>
        <translation>BEREITSTELLUNG</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="157"/>
        <source>LIFECYCLE</source>
        <translation>LEBENSZYKLUS</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="169"/>
        <source>%1 (its status was set aside: %2)</source>
        <translation>%1 (sein Status wurde verworfen: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="193"/>
        <source>no status from %1</source>
        <translation>kein Status von %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="212"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="217"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="232"/>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="237"/>
        <source>&apos;%1&apos; is invalid: %2</source>
        <translation>&apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="242"/>
        <source>cannot make a bundle of &apos;%1&apos;: %2</source>
        <translation>aus &apos;%1&apos; kann kein Bundle erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="246"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="256"/>
        <source>&apos;%1&apos; is not a valid deployment id</source>
        <translation>&apos;%1&apos; ist keine gültige Bereitstellungs-ID</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="320"/>
        <source>%1 still runs &apos;%2&apos;: %3</source>
        <translation>%1 führt &apos;%2&apos; weiterhin aus: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/main.cpp" line="368"/>
        <source>%n twin(s) restarted, the others ran on</source>
        <translation>
            <numerusform>%n Zwilling neu gestartet, die anderen liefen weiter</numerusform>
            <numerusform>%n Zwillinge neu gestartet, die anderen liefen weiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="388"/>
        <source>--map takes NODE=AGENT pairs, not &apos;%1&apos;</source>
        <translation>--map erwartet Paare NODE=AGENT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="390"/>
        <source>the project has no node &apos;%1&apos;; its nodes: %2</source>
        <translation>das Projekt hat keinen Knoten &apos;%1&apos;; seine Knoten: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="394"/>
        <source>the node &apos;%1&apos; is mapped twice</source>
        <translation>der Knoten &apos;%1&apos; ist doppelt zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="400"/>
        <source>deploy needs --map NODE=AGENT</source>
        <translation>deploy benötigt --map NODE=AGENT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="519"/>
        <source>agents, deploy, update, migrate, status, start, stop or undeploy.</source>
        <translation>agents, deploy, update, migrate, status, start, stop oder undeploy.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="542"/>
        <source>With migrate: the agent the twin moves to.</source>
        <translation>Mit migrate: der Agent, auf den der Zwilling verschoben wird.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="550"/>
        <source>give a command: agents, deploy, update, migrate, status, start, stop or undeploy</source>
        <translation>geben Sie einen Befehl an: agents, deploy, update, migrate, status, start, stop oder undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="582"/>
        <source>migrate takes one twin</source>
        <translation>migrate erwartet einen Zwilling</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="605"/>
        <source>migrate needs --to AGENT</source>
        <translation>migrate benötigt --to AGENT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="619"/>
        <source>an answer is malformed: %1</source>
        <translation>eine Antwort ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>agents, deploy, update, status, start, stop or undeploy.</source>
        <translation type="vanished">agents, deploy, update, status, start, stop oder undeploy.</translation>
    </message>
    <message>
        <source>give a command: agents, deploy, update, status, start, stop or undeploy</source>
        <translation type="vanished">geben Sie einen Befehl an: agents, deploy, update, status, start, stop oder undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="580"/>
        <source>%1 takes one project or bundle</source>
        <translation>%1 nimmt ein Projekt oder ein Bundle</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="291"/>
        <source>the agent &apos;%1&apos; is %2; nothing was deployed</source>
        <translation>der Agent &apos;%1&apos; ist %2; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <source>Controls a fleet of Twinloom agents (twinloom-run --agent NAME --control URL) through
their control broker. Commands are signed with the key in TWINLOOM_AGENT_KEY, which
the agents share; a broker password comes from TWINLOOM_CONTROL_PASSWORD.

Commands:
  agents                       the agents: name, state (online, offline), load, twins
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sends the project (a *.twinloom.json file or a bundle)
                               to the agents and runs each node on its agent
  update PROJECT               sends a new version to the agents that run it: only the
                               twins whose definition changed restart
  status                       every deployed twin: id, agent, node, lifecycle
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               starts or stops nodes or twins already deployed
  undeploy [--agent NAME]      stops and removes the deployments (of one agent)

Exit codes: 0 done; 1 the command line is wrong; 2 the command failed (the reason is
printed on one line).

Examples:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</source>
        <translation type="vanished">Steuert eine Flotte von Twinloom-Agenten (twinloom-run --agent NAME --control URL) über
ihren Steuerungs-Broker. Befehle werden mit dem Schlüssel in TWINLOOM_AGENT_KEY signiert,
den die Agenten gemeinsam nutzen; ein Broker-Passwort kommt aus TWINLOOM_CONTROL_PASSWORD.

Befehle:
  agents                       die Agenten: Name, Zustand (online, offline), Last, Zwillinge
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               sendet das Projekt (eine *.twinloom.json-Datei oder ein Bundle)
                               an die Agenten und führt jeden Knoten auf seinem Agenten aus
  update PROJECT               sendet eine neue Version an die Agenten, die es ausführen: nur
                               Zwillinge, deren Definition sich geändert hat, starten neu
  status                       jeder bereitgestellte Zwilling: ID, Agent, Knoten, Lebenszyklus
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               startet oder stoppt bereits bereitgestellte Knoten oder Zwillinge
  undeploy [--agent NAME]      stoppt und entfernt die Bereitstellungen (eines Agenten)

Exit-Codes: 0 erledigt; 1 die Befehlszeile ist falsch; 2 der Befehl ist fehlgeschlagen (der
Grund wird in einer Zeile ausgegeben).

Beispiele:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="173"/>
        <location filename="../app/ctl/main.cpp" line="292"/>
        <location filename="../app/ctl/main.cpp" line="462"/>
        <location filename="../app/fleet/controlclient.cpp" line="291"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="174"/>
        <location filename="../app/ctl/main.cpp" line="293"/>
        <location filename="../app/ctl/main.cpp" line="463"/>
        <location filename="../app/fleet/controlclient.cpp" line="291"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="301"/>
        <source>not deployed (no agent mapped): %1</source>
        <translation>nicht bereitgestellt (kein Agent zugeordnet): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="308"/>
        <source>%1: %2; nothing was deployed</source>
        <translation>%1: %2; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="349"/>
        <source>%1: %2; the deployment was withdrawn</source>
        <translation>%1: %2; die Bereitstellung wurde zurückgezogen</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="424"/>
        <source>no online agent runs &apos;%1&apos;; deploy it with --map NODE=AGENT</source>
        <translation>kein Agent online führt &apos;%1&apos; aus; stellen Sie es mit --map NODE=AGENT bereit</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="286"/>
        <source>no online agent runs the twin &apos;%1&apos;</source>
        <translation>kein Agent online führt den Zwilling &apos;%1&apos; aus</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="288"/>
        <source>&apos;%1&apos; runs on &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; läuft bereits auf &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="172"/>
        <location filename="../app/ctl/main.cpp" line="461"/>
        <location filename="../app/fleet/controlclient.cpp" line="290"/>
        <source>the agent &apos;%1&apos; is %2</source>
        <translation>der Agent &apos;%1&apos; ist %2</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="301"/>
        <source>&apos;%1&apos; runs another version of &apos;%2&apos; than &apos;%3&apos;: update it first</source>
        <translation>&apos;%1&apos; führt eine andere Version von &apos;%2&apos; aus als &apos;%3&apos;: aktualisieren Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="314"/>
        <location filename="../app/fleet/controlclient.cpp" line="323"/>
        <location filename="../app/fleet/controlclient.cpp" line="336"/>
        <location filename="../app/fleet/controlclient.cpp" line="344"/>
        <source>%1: %2; nothing moved</source>
        <translation>%1: %2; nichts wurde verschoben</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="320"/>
        <source>the bundle of &apos;%1&apos; from &apos;%2&apos; fails its checksum; nothing moved</source>
        <translation>das Bundle von &apos;%1&apos; aus &apos;%2&apos; besteht die Prüfsumme nicht; nichts wurde verschoben</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="357"/>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="359"/>
        <source>the twin runs on &apos;%1&apos; again</source>
        <translation>der Zwilling läuft wieder auf &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="360"/>
        <source>the twin could not return to &apos;%1&apos; (%2): start it again there</source>
        <translation>der Zwilling konnte nicht zu &apos;%1&apos; zurückkehren (%2): starten Sie ihn dort erneut</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="442"/>
        <source>moved %1 from %2 to %3: paused %4 ms; %5 sample(s) that arrived during the move applied, %6 the source had applied skipped</source>
        <translation>%1 von %2 nach %3 verschoben: %4 ms pausiert; %5 während des Verschiebens eingetroffene(r) Messwert(e) angewendet, %6 bereits von der Quelle angewendete übersprungen</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="449"/>
        <source>%1 sample(s) were lost: the move took longer than the target could hold</source>
        <translation>%1 Messwert(e) gingen verloren: das Verschieben dauerte länger, als das Ziel zwischenspeichern konnte</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="484"/>
        <source>%1: %2 done</source>
        <translation>%1: %2 erledigt</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="489"/>
        <source>no deployed node</source>
        <translation>kein bereitgestellter Knoten</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="491"/>
        <source>no agent runs the twin &apos;%1&apos;</source>
        <translation>kein Agent führt den Zwilling &apos;%1&apos; aus</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="494"/>
        <source>no agent runs the node &apos;%1&apos;</source>
        <translation>kein Agent führt den Knoten &apos;%1&apos; aus</translation>
    </message>
    <message>
        <source>agents, deploy, status, start, stop or undeploy.</source>
        <translation type="vanished">agents, deploy, status, start, stop oder undeploy.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="522"/>
        <source>The control broker, mqtt[s]://HOST:PORT[/PREFIX] (default: TWINLOOM_CONTROL).</source>
        <translation>Der Steuerungs-Broker, mqtt[s]://HOST:PORT[/PREFIX] (Standard: TWINLOOM_CONTROL).</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="524"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="526"/>
        <source>With deploy: which agent runs a node, NODE=AGENT[,…].</source>
        <translation>Mit deploy: welcher Agent einen Knoten ausführt, NODE=AGENT[,…].</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="528"/>
        <source>Only this agent.</source>
        <translation>Nur dieser Agent.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="532"/>
        <source>The deployment&apos;s id (default: from the project&apos;s name).</source>
        <translation>Die ID der Bereitstellung (Standard: aus dem Namen des Projekts).</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="533"/>
        <source>With start and stop: one node.</source>
        <translation>Mit start und stop: ein einzelner Knoten.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="535"/>
        <source>With start and stop: one twin.</source>
        <translation>Mit start und stop: ein einzelner Zwilling.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="539"/>
        <source>Seconds to wait for the broker and for each answer (default 30).</source>
        <translation>Sekunden, die auf den Broker und auf jede Antwort gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>give a command: agents, deploy, status, start, stop or undeploy</source>
        <translation type="vanished">geben Sie einen Befehl an: agents, deploy, status, start, stop oder undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="557"/>
        <source>give the control broker: --control mqtt://HOST:PORT</source>
        <translation>geben Sie den Steuerungs-Broker an: --control mqtt://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="561"/>
        <source>--timeout takes seconds, above 0 and up to 3,600</source>
        <translation>--timeout erwartet Sekunden, größer als 0 und bis zu 3.600</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="574"/>
        <source>unknown command &apos;%1&apos;; the commands: %2</source>
        <translation>unbekannter Befehl &apos;%1&apos;; die Befehle: %2</translation>
    </message>
    <message>
        <source>deploy takes one project or bundle</source>
        <translation type="vanished">deploy erwartet ein Projekt oder Bundle</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="584"/>
        <source>%1 takes no argument</source>
        <translation>%1 erwartet kein Argument</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="115"/>
        <source>the control broker %1 did not answer within %2 s</source>
        <translation>der Steuerungs-Broker %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="146"/>
        <source>not a status of the agent &apos;%1&apos;</source>
        <translation>kein Status des Agenten „%1“</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="168"/>
        <source>a reply failed its check (do the agents share TWINLOOM_AGENT_KEY?): %1</source>
        <translation>eine Antwort hat die Prüfung nicht bestanden (nutzen die Agenten denselben TWINLOOM_AGENT_KEY?): %1</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="185"/>
        <source>not connected to the control broker %1</source>
        <translation>nicht mit dem Steuerungs-Broker %1 verbunden</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="193"/>
        <source>the command could not be queued to the control broker</source>
        <translation>der Befehl konnte nicht in die Warteschlange zum Steuerungs-Broker gestellt werden</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="212"/>
        <source>the agent &apos;%1&apos; went offline before it answered &apos;%2&apos;</source>
        <translation>der Agent &apos;%1&apos; ging offline, bevor er auf &apos;%2&apos; antwortete</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="214"/>
        <source>the agent &apos;%1&apos; did not answer &apos;%2&apos; within %3 s</source>
        <translation>der Agent &apos;%1&apos; hat auf &apos;%2&apos; nicht innerhalb von %3 s geantwortet</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="219"/>
        <source>a reply came from another agent than &apos;%1&apos;</source>
        <translation>eine Antwort kam von einem anderen Agenten als &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="36"/>
        <source>the control broker &apos;%1&apos; is not an mqtt:// or mqtts:// URL</source>
        <translation>der Steuerungs-Broker &apos;%1&apos; ist keine mqtt://- oder mqtts://-URL</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="38"/>
        <source>the control broker &apos;%1&apos; has a fragment (&apos;#…&apos;); a topic prefix may not hold + or #</source>
        <translation>der Steuerungs-Broker &apos;%1&apos; hat ein Fragment (&apos;#…&apos;); ein Topic-Präfix darf weder + noch # enthalten</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="42"/>
        <source>the control broker &apos;%1&apos; names no host</source>
        <translation>der Steuerungs-Broker &apos;%1&apos; nennt keinen Host</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="44"/>
        <source>the control broker &apos;%1&apos; holds a password: give it in TWINLOOM_CONTROL_PASSWORD instead</source>
        <translation>der Steuerungs-Broker &apos;%1&apos; enthält ein Passwort: geben Sie es stattdessen in TWINLOOM_CONTROL_PASSWORD an</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="63"/>
        <source>the control broker URL &apos;%1&apos; has an unknown parameter &apos;%2&apos; (mqtts:// takes ca, cert and key)</source>
        <translation>die URL des Steuerungs-Brokers &apos;%1&apos; hat einen unbekannten Parameter &apos;%2&apos; (mqtts:// akzeptiert ca, cert und key)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="74"/>
        <source>mqtts:// needs ?ca=FILE, the certificate of the broker&apos;s authority</source>
        <translation>mqtts:// benötigt ?ca=FILE, das Zertifikat der Zertifizierungsstelle des Brokers</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="76"/>
        <source>the control broker URL gives cert without key or key without cert</source>
        <translation>die URL des Steuerungs-Brokers gibt cert ohne key oder key ohne cert an</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="84"/>
        <source>the topic prefix &apos;%1&apos; may not hold + or #</source>
        <translation>das Topic-Präfix &apos;%1&apos; darf weder + noch # enthalten</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="127"/>
        <source>%1 is not set: agents and clients sign their commands with it</source>
        <translation>%1 ist nicht gesetzt: Agenten und Clients signieren ihre Befehle damit</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="129"/>
        <source>%1 has %2 bytes; it needs %3 at least</source>
        <translation>%1 hat %2 Bytes; nötig sind mindestens %3</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="187"/>
        <source>not a signed message (an object with &quot;body&quot; and &quot;hmac&quot;)%1</source>
        <translation>keine signierte Nachricht (ein Objekt mit &quot;body&quot; und &quot;hmac&quot;)%1</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="197"/>
        <source>the signature is wrong (another key, or the message was changed)</source>
        <translation>die Signatur ist falsch (ein anderer Schlüssel, oder die Nachricht wurde verändert)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="201"/>
        <source>the signed body is not a JSON object</source>
        <translation>der signierte Body ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="220"/>
        <source>the signed body has no &quot;time&quot; or no &quot;nonce&quot;</source>
        <translation>der signierte Body hat kein &quot;time&quot; oder kein &quot;nonce&quot;</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="224"/>
        <source>the message is %1 s %2: its time is outside the %3 s window (are the clocks set?)</source>
        <translation>die Nachricht liegt %1 s %2: ihr Zeitpunkt liegt außerhalb des Fensters von %3 s (sind die Uhren gestellt?)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="227"/>
        <source>old</source>
        <translation>in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="227"/>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="230"/>
        <source>the message is older than the nonces still remembered</source>
        <translation>die Nachricht ist älter als die noch gespeicherten Nonces</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="241"/>
        <source>the message was replayed (its nonce was seen before)</source>
        <translation>die Nachricht ist ein Replay (ihre Nonce wurde bereits gesehen)</translation>
    </message>
</context>
<context>
    <name>Twinloom::Interop</name>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="73"/>
        <source>no schema; imported as string</source>
        <translation>kein Schema; als string importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="94"/>
        <source>unsignedLong is imported as long: values above 2^63 - 1 do not fit</source>
        <translation>unsignedLong wird als long importiert: Werte über 2^63 - 1 passen nicht</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="100"/>
        <source>%1 is imported as string</source>
        <translation>%1 wird als string importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="121"/>
        <source>geospatial schema %1 is imported as a GeoJSON string</source>
        <translation>das Geodaten-Schema %1 wird als GeoJSON-Zeichenkette importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="129"/>
        <source>schema %1 is undefined; imported as string</source>
        <translation>Schema %1 ist nicht definiert; als string importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="136"/>
        <source>schema %1 contains itself; the inner occurrence is imported as a JSON string</source>
        <translation>Schema %1 enthält sich selbst; das innere Vorkommen wird als JSON-String importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="198"/>
        <source>%1 is not a schema; imported as string</source>
        <translation>%1 ist kein Schema; als string importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="412"/>
        <source>unit %1 is not a DTDL unit and is left out</source>
        <translation>Einheit %1 ist keine DTDL-Einheit und wird weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="414"/>
        <source>unit %1 needs a numeric schema and is left out</source>
        <translation>Einheit %1 benötigt ein numerisches Schema und wird weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="453"/>
        <source>event %1 is written as Telemetry</source>
        <translation>Ereignis %1 wird als Telemetry geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="483"/>
        <source>DTDL requires minMultiplicity 0; %1 is left out</source>
        <translation>DTDL verlangt minMultiplicity 0; %1 wird weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="88"/>
        <source>valid: %1 interfaces in %2 documents</source>
        <translation>gültig: %1 Interfaces in %2 Dokumenten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="92"/>
        <source>invalid: %1 errors</source>
        <translation>ungültig: %1 Fehler</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="94"/>
        <source>incomplete: undefined %1</source>
        <translation>unvollständig: undefiniert %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="330"/>
        <source>the document is not valid JSON</source>
        <translation>das Dokument ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="341"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="348"/>
        <source>a document must be an object or an array of objects</source>
        <translation>ein Dokument muss ein Objekt oder ein Array von Objekten sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="361"/>
        <source>&quot;@context&quot; must hold only strings</source>
        <translation>&quot;@context&quot; darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="367"/>
        <source>&quot;@context&quot; must be a string or an array of strings</source>
        <translation>&quot;@context&quot; muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="397"/>
        <source>%1 must be followed by the limits that apply: %2 or a limit extension such as %3</source>
        <translation>auf %1 müssen die geltenden Grenzen folgen: %2 oder eine Grenzerweiterung wie %3</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="409"/>
        <source>%1 must directly follow %2</source>
        <translation>%1 muss direkt auf %2 folgen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="415"/>
        <source>context %1 is not a DTMI with a version</source>
        <translation>Kontext %1 ist keine DTMI mit Version</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="423"/>
        <source>DTDL version %1 is not supported</source>
        <translation>DTDL-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="385"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="429"/>
        <source>the DTDL context must come before any extension context</source>
        <translation>der DTDL-Kontext muss vor jedem Erweiterungskontext stehen</translation>
    </message>
    <message>
        <source>a top-level element needs &quot;@context&quot; with &quot;dtmi:dtdl:context;3&quot; or &quot;dtmi:dtdl:context;2&quot;</source>
        <translation type="vanished">ein Element der obersten Ebene benötigt &quot;@context&quot; mit &quot;dtmi:dtdl:context;3&quot; oder &quot;dtmi:dtdl:context;2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="450"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="494"/>
        <source>a top-level element needs &quot;@context&quot; with &quot;dtmi:dtdl:context;4&quot;, &quot;dtmi:dtdl:context;3&quot; or &quot;dtmi:dtdl:context;2&quot;</source>
        <translation>ein Element der obersten Ebene braucht &quot;@context&quot; mit &quot;dtmi:dtdl:context;4&quot;, &quot;dtmi:dtdl:context;3&quot; oder &quot;dtmi:dtdl:context;2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="465"/>
        <source>extension context %1 is not defined</source>
        <translation>Erweiterungskontext %1 ist nicht definiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="482"/>
        <source>elements are nested more than %1 levels deep</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="502"/>
        <source>a DTDL v%1 element cannot appear here in a DTDL v%2 element</source>
        <translation>ein DTDL-v%1-Element darf hier nicht in einem DTDL-v%2-Element stehen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="535"/>
        <source>the element in &quot;%1&quot; needs &quot;@type&quot;</source>
        <translation>das Element in &quot;%1&quot; benötigt &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="555"/>
        <location filename="../engine/interop/wot.cpp" line="579"/>
        <source>&quot;@type&quot; must be a string or an array of strings</source>
        <translation>&quot;@type&quot; muss eine Zeichenkette oder ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="562"/>
        <source>&quot;@type&quot; names two element classes, %1 and %2</source>
        <translation>&quot;@type&quot; nennt zwei Elementklassen, %1 und %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="585"/>
        <source>%1 in &quot;@type&quot; is not a valid DTMI</source>
        <translation>%1 in &quot;@type&quot; ist keine gültige DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="591"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="612"/>
        <source>%1 in &quot;@type&quot; is not a type that can be used here</source>
        <translation>%1 in &quot;@type&quot; ist kein Typ, der hier verwendet werden kann</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="603"/>
        <source>%1 in &quot;@type&quot; is neither a DTMI nor a term</source>
        <translation>%1 in &quot;@type&quot; ist weder eine DTMI noch ein Term</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="622"/>
        <source>%1 in &quot;@type&quot; is not a defined term</source>
        <translation>%1 in &quot;@type&quot; ist kein definierter Term</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="627"/>
        <source>&quot;@type&quot; names no DTDL element class</source>
        <translation>&quot;@type&quot; nennt keine DTDL-Elementklasse</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="636"/>
        <source>a top-level element must be an Interface, not %1</source>
        <translation>ein Element der obersten Ebene muss ein Interface sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="640"/>
        <source>%1 is not allowed in &quot;%2&quot;</source>
        <translation>%1 ist in &quot;%2&quot; nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="647"/>
        <source>%1 cannot co-type %2</source>
        <translation>%1 kann %2 nicht als Co-Typ ergänzen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="660"/>
        <source>a semantic type cannot co-type %1</source>
        <translation>ein semantischer Typ kann nicht zusammen mit %1 als Typ stehen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="665"/>
        <source>an element can have only one semantic type, not %1</source>
        <translation>ein Element kann nur einen semantischen Typ haben, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="695"/>
        <source>&quot;@id&quot; must be a DTMI string</source>
        <translation>&quot;@id&quot; muss eine DTMI-Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="699"/>
        <source>&quot;@id&quot; %1 is not a valid DTMI</source>
        <translation>&quot;@id&quot; %1 ist keine gültige DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="703"/>
        <source>&quot;@id&quot; %1 uses a reserved prefix</source>
        <translation>&quot;@id&quot; %1 verwendet ein reserviertes Präfix</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="706"/>
        <source>the &quot;@id&quot; of an Interface must not be longer than 128 characters</source>
        <translation>die &quot;@id&quot; eines Interface darf nicht länger als 128 Zeichen sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="714"/>
        <source>%1 needs &quot;@id&quot;</source>
        <translation>%1 benötigt &quot;@id&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="745"/>
        <source>keyword %1 is not allowed in a DTDL element</source>
        <translation>Schlüsselwort %1 ist in einem DTDL-Element nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="754"/>
        <source>member &quot;unit&quot; is given twice, as a term and as a DTMI</source>
        <translation>Member &quot;unit&quot; ist doppelt angegeben, als Term und als DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="766"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="780"/>
        <source>member &quot;%1&quot; is given twice, as a term and as a DTMI</source>
        <translation>Member &quot;%1&quot; ist doppelt angegeben, als Term und als DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="793"/>
        <source>member name %1 is not a valid DTMI</source>
        <translation>Member-Name %1 ist keine gültige DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="797"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="813"/>
        <source>member %1 does not belong to %2</source>
        <translation>Member %1 gehört nicht zu %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="805"/>
        <source>member name %1 is neither a DTMI nor a term</source>
        <translation>Member-Name %1 ist weder eine DTMI noch ein Term</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="817"/>
        <source>member %1 is not defined for %2</source>
        <translation>Member %1 ist für %2 nicht definiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="828"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 benötigt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="846"/>
        <source>an element with semantic type %1 needs &quot;unit&quot;</source>
        <translation>ein Element mit dem semantischen Typ %1 benötigt &quot;unit&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="856"/>
        <source>&quot;unit&quot; must name a standard unit</source>
        <translation>&quot;unit&quot; muss eine Standardeinheit nennen</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="859"/>
        <source>unit %1 does not measure %2</source>
        <translation>Einheit %1 misst nicht %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="865"/>
        <source>&quot;unit&quot; needs a semantic type in &quot;@type&quot;</source>
        <translation>&quot;unit&quot; benötigt einen semantischen Typ in &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="874"/>
        <source>&quot;%1&quot; must not be longer than %2 characters</source>
        <translation>&quot;%1&quot; darf nicht länger als %2 Zeichen sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="894"/>
        <source>a value object in &quot;%1&quot; may only have keywords such as &quot;@value&quot;</source>
        <translation>ein Wertobjekt in &quot;%1&quot; darf nur Schlüsselwörter wie &quot;@value&quot; haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="908"/>
        <source>&quot;@type&quot; of the value in &quot;%1&quot; must be &quot;xsd:%2&quot;</source>
        <translation>&quot;@type&quot; des Werts in &quot;%1&quot; muss &quot;xsd:%2&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="913"/>
        <source>a value object in &quot;%1&quot; may only have &quot;@value&quot; and &quot;@type&quot;</source>
        <translation>ein Wertobjekt in &quot;%1&quot; darf nur &quot;@value&quot; und &quot;@type&quot; haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="919"/>
        <source>the value object in &quot;%1&quot; needs &quot;@value&quot;</source>
        <translation>das Wertobjekt in &quot;%1&quot; benötigt &quot;@value&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="931"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1595"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="954"/>
        <source>%1 in &quot;%2&quot; is not a language code</source>
        <translation>%1 in &quot;%2&quot; ist kein Sprachcode</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="959"/>
        <source>each language of &quot;%1&quot; must map to a string</source>
        <translation>jede Sprache von &quot;%1&quot; muss einer Zeichenkette zugeordnet sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="969"/>
        <source>&quot;%1&quot; must be a string, a language map or an array</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette, eine Sprach-Map oder ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="986"/>
        <source>each value of &quot;%1&quot; must be a string or an object with &quot;@value&quot;</source>
        <translation>jeder Wert von &quot;%1&quot; muss eine Zeichenkette oder ein Objekt mit &quot;@value&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1004"/>
        <source>&quot;@language&quot; in &quot;%1&quot; is not a language code</source>
        <translation>&quot;@language&quot; in &quot;%1&quot; ist kein Sprachcode</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1017"/>
        <source>each object in &quot;%1&quot; must be {&quot;@value&quot;: string, &quot;@language&quot;: code}</source>
        <translation>jedes Objekt in &quot;%1&quot; muss {&quot;@value&quot;: string, &quot;@language&quot;: code} sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1025"/>
        <source>language %1 appears twice in &quot;%2&quot;</source>
        <translation>Sprache %1 kommt in &quot;%2&quot; doppelt vor</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1036"/>
        <source>&quot;%1&quot; has more than one text in the default language</source>
        <translation>&quot;%1&quot; hat mehr als einen Text in der Standardsprache</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1061"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1182"/>
        <source>&quot;%1&quot; must have exactly one value</source>
        <translation>&quot;%1&quot; muss genau einen Wert haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1076"/>
        <source>name %1 must start with a letter and contain only letters, digits and underscores, not ending with an underscore</source>
        <translation>Name %1 muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstriche enthalten, aber nicht auf einen Unterstrich enden</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1093"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1128"/>
        <source>&quot;%1&quot; must be an integer or a string</source>
        <translation>&quot;%1&quot; muss eine Ganzzahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1129"/>
        <source>&quot;%1&quot; must be an integer</source>
        <translation>&quot;%1&quot; muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1137"/>
        <source>&quot;maxMultiplicity&quot; must be at least 1</source>
        <translation>&quot;maxMultiplicity&quot; muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1139"/>
        <source>&quot;maxMultiplicity&quot; must not exceed 500</source>
        <translation>&quot;maxMultiplicity&quot; darf 500 nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1144"/>
        <source>&quot;minMultiplicity&quot; must be 0</source>
        <translation>&quot;minMultiplicity&quot; muss 0 sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1152"/>
        <source>&quot;%1&quot; must be a DTMI string</source>
        <translation>&quot;%1&quot; muss eine DTMI-Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1157"/>
        <source>&quot;%1&quot; %2 is not a valid DTMI</source>
        <translation>&quot;%1&quot; %2 ist keine gültige DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1185"/>
        <source>&quot;%1&quot; needs at least %2 values</source>
        <translation>&quot;%1&quot; benötigt mindestens %2 Werte</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1188"/>
        <source>&quot;%1&quot; may have at most %2 values, not %3</source>
        <translation>&quot;%1&quot; darf höchstens %2 Werte haben, nicht %3</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1244"/>
        <source>%1 is not a valid value for &quot;%2&quot;</source>
        <translation>%1 ist kein gültiger Wert für &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1248"/>
        <source>&quot;%1&quot; must hold elements or DTMIs</source>
        <translation>&quot;%1&quot; muss Elemente oder DTMIs enthalten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1249"/>
        <source>&quot;%1&quot; must hold a standard value</source>
        <translation>&quot;%1&quot; muss einen Standardwert enthalten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1264"/>
        <source>&quot;@id&quot; %1 is already used by another element</source>
        <translation>&quot;@id&quot; %1 wird bereits von einem anderen Element verwendet</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1287"/>
        <source>%1 is defined inside another Interface and cannot be referenced from here</source>
        <translation>%1 ist in einem anderen Interface definiert und kann von hier aus nicht referenziert werden</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1294"/>
        <source>%1 is %2, which is not allowed in &quot;%3&quot;</source>
        <translation>%1 ist %2, was in &quot;%3&quot; nicht erlaubt ist</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1302"/>
        <source>%1 is a DTDL v%2 element and cannot be used in a DTDL v%3 element</source>
        <translation>%1 ist ein DTDL-v%2-Element und kann nicht in einem DTDL-v%3-Element verwendet werden</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1342"/>
        <source>%1 refers to itself through &quot;%2&quot;</source>
        <translation>%1 verweist über &quot;%2&quot; auf sich selbst</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1368"/>
        <source>&quot;extends&quot; is nested more than %1 levels deep</source>
        <translation>&quot;extends&quot; ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1465"/>
        <source>complex schemas are nested more than %1 levels deep</source>
        <translation>komplexe Schemas sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>&quot;extends&quot; is nested more than 10 levels deep</source>
        <translation type="vanished">&quot;extends&quot; ist mehr als 10 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1388"/>
        <source>an Interface may extend at most 1024 Interfaces in all</source>
        <translation>ein Interface darf insgesamt höchstens 1024 Interfaces erweitern</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1437"/>
        <source>the Interface holds more than %1 values in its contents and schemas</source>
        <translation>das Interface enthält mehr als %1 Werte in seinen Inhalten und Schemas</translation>
    </message>
    <message>
        <source>complex schemas are nested more than 5 levels deep</source>
        <translation type="vanished">komplexe Schemas sind mehr als 5 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1507"/>
        <source>the Interface of component %1 has a component itself</source>
        <translation>das Interface der Komponente %1 hat selbst eine Komponente</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1553"/>
        <source>name %1 is used twice in &quot;%2&quot;</source>
        <translation>Name %1 wird in &quot;%2&quot; doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1562"/>
        <source>enum value of %1 is used twice</source>
        <translation>der Enum-Wert von %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1581"/>
        <source>%1 co-typed %2 needs &quot;%3&quot;</source>
        <translation>%1 mit dem Co-Typ %2 braucht &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1590"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1622"/>
        <source>&quot;%1&quot; must be an integer of at least 1</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1604"/>
        <source>&quot;%1&quot; must be the name of a Property or a Telemetry</source>
        <translation>&quot;%1&quot; muss der Name einer Property oder Telemetry sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1607"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1610"/>
        <source>&quot;%1&quot; must be an MQTT topic pattern: labels separated by &quot;/&quot;, each of printable ASCII without space, quote, +, # or braces, or a {token} of letters; the first not starting with $</source>
        <translation>&quot;%1&quot; muss ein MQTT-Topic-Muster sein: durch &quot;/&quot; getrennte Teile, jeder aus druckbarem ASCII ohne Leerzeichen, Anführungszeichen, +, # oder geschweifte Klammern, oder ein {token} aus Buchstaben; der erste beginnt nicht mit $</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1615"/>
        <source>&quot;%1&quot; must be printable ASCII without space, quote, +, #, braces or /</source>
        <translation>&quot;%1&quot; muss druckbares ASCII ohne Leerzeichen, Anführungszeichen, +, #, geschweifte Klammern oder / sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1619"/>
        <source>&quot;%1&quot; must be an ISO 8601 duration such as PT15S</source>
        <translation>&quot;%1&quot; muss eine ISO-8601-Dauer wie PT15S sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1625"/>
        <source>&quot;%1&quot; must be a term or an IRI</source>
        <translation>&quot;%1&quot; muss ein Begriff oder eine IRI sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1652"/>
        <source>Override needs the co-type ValueAnnotation as well</source>
        <translation>Override braucht auch den Co-Typ ValueAnnotation</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1670"/>
        <source>annotates %1, which is no other Property or Telemetry of its Interface</source>
        <translation>annotiert %1, das keine andere Property oder Telemetry seines Interfaces ist</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1685"/>
        <source>overrides &quot;unit&quot;, which %1 does not have</source>
        <translation>überschreibt &quot;unit&quot;, das %1 nicht hat</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1689"/>
        <source>an override of the unit of %1 needs the schema %2</source>
        <translation>das Überschreiben der Einheit von %1 braucht das Schema %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1694"/>
        <source>overrides %1, which is no extension property of %2</source>
        <translation>überschreibt %1, das keine Erweiterungseigenschaft von %2 ist</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1706"/>
        <source>index %1 is used twice in &quot;%2&quot;</source>
        <translation>Index %1 wird in &quot;%2&quot; zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1713"/>
        <source>Transparent needs a schema that is an Object</source>
        <translation>Transparent braucht ein Schema, das ein Object ist</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1727"/>
        <source>a field of a Result must be co-typed NormalResult or ErrorResult</source>
        <translation>ein Feld eines Result muss den Co-Typ NormalResult oder ErrorResult haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1733"/>
        <source>at most one field may be co-typed each of NormalResult, ErrorResult and ErrorMessage</source>
        <translation>höchstens ein Feld darf jeweils den Co-Typ NormalResult, ErrorResult und ErrorMessage haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1739"/>
        <source>NormalResult and ErrorResult belong in a Result&apos;s fields</source>
        <translation>NormalResult und ErrorResult gehören in die Felder eines Result</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1741"/>
        <source>a result field cannot be co-typed Required</source>
        <translation>ein Ergebnisfeld kann nicht den Co-Typ Required haben</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1744"/>
        <source>ErrorResult needs an Object co-typed Error as schema</source>
        <translation>ErrorResult braucht ein Object mit dem Co-Typ Error als Schema</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1747"/>
        <source>ErrorMessage belongs in an Error&apos;s fields</source>
        <translation>ErrorMessage gehört in die Felder eines Error</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1749"/>
        <source>ErrorMessage needs the schema string</source>
        <translation>ErrorMessage braucht das Schema string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1753"/>
        <source>State needs a schema that is an Enum</source>
        <translation>State braucht ein Schema, das ein Enum ist</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1757"/>
        <source>Event needs the schema double, float, integer, long or string</source>
        <translation>Event braucht das Schema double, float, integer, long oder string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1760"/>
        <source>Location needs a geospatial schema or geopoint</source>
        <translation>Location braucht ein Geodaten-Schema oder geopoint</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1764"/>
        <source>%1 needs the schema vector</source>
        <translation>%1 braucht das Schema vector</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1780"/>
        <source>an element with a semantic type needs a numeric schema</source>
        <translation>ein Element mit semantischem Typ benötigt ein numerisches Schema</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1795"/>
        <source>the value of enum value %1 must be an integer</source>
        <translation>der Wert des Enum-Werts %1 muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1798"/>
        <source>the value of enum value %1 must be a string</source>
        <translation>der Wert des Enum-Werts %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1818"/>
        <source>a DTDL v2 Property cannot contain an array</source>
        <translation>eine DTDL-v2-Property darf kein Array enthalten</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1897"/>
        <location filename="../engine/interop/interopio.cpp" line="25"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="76"/>
        <source>display names, deployment nodes, adapters and mappings of twins are not part of an Azure Digital Twins graph and are left out</source>
        <translation>Anzeigenamen, Bereitstellungsknoten, Adapter und Zuordnungen von Zwillingen gehören nicht zu einem Azure-Digital-Twins-Graphen und werden weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="217"/>
        <source>a digital twin must be an object with &quot;$dtId&quot; and &quot;$metadata&quot;</source>
        <translation>ein digitaler Zwilling muss ein Objekt mit &quot;$dtId&quot; und &quot;$metadata&quot; sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="225"/>
        <source>&apos;%1&apos; is not a twin id Twinloom accepts: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation>&apos;%1&apos; ist keine Zwillings-ID, die Twinloom akzeptiert: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="228"/>
        <source>a digital twin needs &quot;$dtId&quot;, a string</source>
        <translation>ein digitaler Zwilling benötigt &quot;$dtId&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="238"/>
        <source>a digital twin needs &quot;$metadata&quot;: {&quot;$model&quot;: a DTMI}</source>
        <translation>ein digitaler Zwilling benötigt &quot;$metadata&quot;: {&quot;$model&quot;: eine DTMI}</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="259"/>
        <source>a relationship must be an object</source>
        <translation>eine Beziehung muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="272"/>
        <source>a relationship needs &quot;%1&quot;, a string</source>
        <translation>eine Beziehung benötigt &quot;%1&quot; als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="283"/>
        <source>&quot;$relationshipId&quot; must be a string</source>
        <translation>&quot;$relationshipId&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="300"/>
        <source>&quot;digitalTwinsFileInfo&quot; needs a &quot;fileVersion&quot;</source>
        <translation>&quot;digitalTwinsFileInfo&quot; benötigt eine &quot;fileVersion&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="304"/>
        <source>file version %1 is read as version %2</source>
        <translation>Dateiversion %1 wird als Version %2 gelesen</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="311"/>
        <source>&quot;digitalTwinsModels&quot; must be an array of DTDL models</source>
        <translation>&quot;digitalTwinsModels&quot; muss ein Array von DTDL-Modellen sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="321"/>
        <source>an Azure Digital Twins Explorer file needs &quot;digitalTwinsGraph&quot;: {&quot;digitalTwins&quot;, &quot;relationships&quot;}</source>
        <translation>eine Azure-Digital-Twins-Explorer-Datei benötigt &quot;digitalTwinsGraph&quot;: {&quot;digitalTwins&quot;, &quot;relationships&quot;}</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="331"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="373"/>
        <source>&apos;%1&apos; is not a section: Header, Models, Twins or Relationships</source>
        <translation>&apos;%1&apos; ist kein Abschnitt: Header, Models, Twins oder Relationships</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="380"/>
        <source>the file must start with {&quot;Section&quot;: &quot;Header&quot;}</source>
        <translation>die Datei muss mit {&quot;Section&quot;: &quot;Header&quot;} beginnen</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="384"/>
        <source>the Header section holds one object</source>
        <translation>der Abschnitt Header enthält ein Objekt</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="390"/>
        <source>the file version is not %1</source>
        <translation>die Dateiversion ist nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="455"/>
        <source>the twin &apos;%1&apos; is there twice</source>
        <translation>der Zwilling &apos;%1&apos; ist doppelt vorhanden</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="461"/>
        <source>no model has the id &apos;%1&apos;</source>
        <translation>kein Modell hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="475"/>
        <location filename="../engine/interop/adt.cpp" line="481"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation>kein Zwilling hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="490"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>Modell &apos;%1&apos; hat keine Beziehung &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="508"/>
        <source>%1 property values of twins are not imported: a project describes twins, not their state</source>
        <translation>%1 Eigenschaftswerte von Zwillingen werden nicht importiert: ein Projekt beschreibt Zwillinge, nicht ihren Zustand</translation>
    </message>
    <message>
        <location filename="../engine/interop/ditto.cpp" line="100"/>
        <source>the properties of relationship &apos;%1&apos; of twin &apos;%2&apos; are left out</source>
        <translation>die Eigenschaften der Beziehung &apos;%1&apos; von Zwilling &apos;%2&apos; werden weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/ditto.cpp" line="159"/>
        <source>&apos;%1&apos; is not a Ditto namespace: use Java package notation, such as org.example.site</source>
        <translation>&apos;%1&apos; ist kein Ditto-Namespace: verwenden Sie die Java-Paketnotation, etwa org.example.site</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="19"/>
        <source>the models refer to DTMIs that are defined nowhere: %1</source>
        <translation>die Modelle verweisen auf DTMIs, die nirgends definiert sind: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="65"/>
        <source>has no version; written as %1, a name a Device Models Repository cannot resolve</source>
        <translation>hat keine Version; als %1 geschrieben, ein Name, den ein Device Models Repository nicht auflösen kann</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="83"/>
        <location filename="../engine/interop/interopio.cpp" line="40"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/interop/interopio.cpp" line="79"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../engine/interop/interopio.cpp" line="91"/>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="163"/>
        <source>no Thing Description forms are known for the digital adapter type &apos;%1&apos;; it is left out</source>
        <translation>für den digitalen Adaptertyp &apos;%1&apos; sind keine Thing-Description-Forms bekannt; er wird weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="174"/>
        <source>no digital adapter exposes twin &apos;%1&apos;: it is described by a Thing Model, without forms</source>
        <translation>kein digitaler Adapter stellt Zwilling &apos;%1&apos; bereit: er wird durch ein Thing Model ohne Forms beschrieben</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="326"/>
        <source>a link of a Thing Description has no properties; those of relationship &apos;%1&apos; are left out</source>
        <translation>ein Link einer Thing Description hat keine Eigenschaften; die der Beziehung &apos;%1&apos; werden weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="568"/>
        <source>&quot;@context&quot; must name the Thing Description context %1</source>
        <translation>&quot;@context&quot; muss den Thing-Description-Kontext %1 nennen</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="590"/>
        <source>a Thing Description needs &quot;securityDefinitions&quot;</source>
        <translation>eine Thing Description benötigt &quot;securityDefinitions&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="593"/>
        <source>&quot;securityDefinitions&quot; must be an object of security schemes</source>
        <translation>&quot;securityDefinitions&quot; muss ein Objekt aus Sicherheitsschemata sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="598"/>
        <source>a security scheme is an object with a &quot;scheme&quot;</source>
        <translation>ein Sicherheitsschema ist ein Objekt mit einem &quot;scheme&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="605"/>
        <source>a Thing Description needs &quot;security&quot;: the names of the schemes that apply</source>
        <translation>eine Thing Description benötigt &quot;security&quot;: die Namen der geltenden Schemata</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="611"/>
        <source>a security scheme is named by a string</source>
        <translation>ein Sicherheitsschema wird durch eine Zeichenkette benannt</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="616"/>
        <source>no security definition is named &apos;%1&apos;</source>
        <translation>keine Sicherheitsdefinition heißt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="658"/>
        <source>a data schema must be an object</source>
        <translation>ein Datenschema muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="663"/>
        <source>the data schema is nested more than %1 levels deep</source>
        <translation>das Datenschema ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="670"/>
        <source>&quot;type&quot; must be a string</source>
        <translation>&quot;type&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="678"/>
        <source>&quot;enum&quot; must be an array of values</source>
        <translation>&quot;enum&quot; muss ein Array von Werten sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="687"/>
        <source>an enum of mixed or non-integer values is imported as a string; its values are not checked</source>
        <translation>ein Enum mit gemischten oder nicht ganzzahligen Werten wird als string importiert; seine Werte werden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="703"/>
        <source>the values of an enum must all be strings or all integers</source>
        <translation>die Werte eines Enum müssen alle Zeichenketten oder alle Ganzzahlen sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="728"/>
        <source>a data schema without &quot;type&quot; is imported as a string</source>
        <translation>ein Datenschema ohne &quot;type&quot; wird als Zeichenkette importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="752"/>
        <source>an array without &quot;items&quot; is imported as an array of strings</source>
        <translation>ein Array ohne &quot;items&quot; wird als Array von Zeichenketten importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="757"/>
        <source>&quot;items&quot; must not be empty</source>
        <translation>&quot;items&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="761"/>
        <source>an array of several item schemas is imported with the first</source>
        <translation>ein Array mit mehreren Element-Schemas wird mit dem ersten importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="774"/>
        <source>&quot;properties&quot; must be an object of data schemas</source>
        <translation>&quot;properties&quot; muss ein Objekt aus Datenschemas sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="784"/>
        <source>an object without &quot;properties&quot; is imported as a map of strings</source>
        <translation>ein Objekt ohne &quot;properties&quot; wird als Map von Zeichenketten importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="804"/>
        <source>a null data schema is imported as a string</source>
        <translation>ein null-Datenschema wird als Zeichenkette importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="808"/>
        <source>&apos;%1&apos; is not a data schema type: boolean, integer, number, string, object, array or null</source>
        <translation>&apos;%1&apos; ist kein Datenschematyp: boolean, integer, number, string, object, array oder null</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="833"/>
        <source>&apos;%1&apos; is not a unit Twinloom knows; it is left out</source>
        <translation>&apos;%1&apos; ist keine Einheit, die Twinloom kennt; sie wird weggelassen</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="842"/>
        <source>an interaction of a Thing Description needs &quot;forms&quot;</source>
        <translation>eine Interaktion einer Thing Description benötigt &quot;forms&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="847"/>
        <source>&quot;forms&quot; must be an array of at least one form</source>
        <translation>&quot;forms&quot; muss ein Array mit mindestens einem Form sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="855"/>
        <source>a form is an object with an &quot;href&quot;</source>
        <translation>ein Form ist ein Objekt mit einer &quot;href&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="866"/>
        <source>&quot;op&quot; must be an operation or an array of operations</source>
        <translation>&quot;op&quot; muss eine Operation oder ein Array von Operationen sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="955"/>
        <source>no form of &apos;%1&apos; for %2 has a protocol Twinloom can use; the twin does without it</source>
        <translation>kein Form von &apos;%1&apos; für %2 hat ein Protokoll, das Twinloom verwenden kann; der Zwilling kommt ohne es aus</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="976"/>
        <source>&quot;properties&quot; must be an object of property affordances</source>
        <translation>&quot;properties&quot; muss ein Objekt aus Property-Affordances sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="986"/>
        <source>a property affordance must be an object</source>
        <translation>eine Property-Affordance muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="995"/>
        <source>a write-only property is imported as a writable property</source>
        <translation>eine nur schreibbare Eigenschaft wird als beschreibbare Eigenschaft importiert</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1029"/>
        <source>&quot;actions&quot; must be an object of action affordances</source>
        <translation>&quot;actions&quot; muss ein Objekt aus Action-Affordances sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1039"/>
        <source>an action affordance must be an object</source>
        <translation>eine Action-Affordance muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1076"/>
        <source>&quot;events&quot; must be an object of event affordances</source>
        <translation>&quot;events&quot; muss ein Objekt aus Event-Affordances sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1086"/>
        <source>an event affordance must be an object</source>
        <translation>eine Event-Affordance muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1111"/>
        <source>a Thing Description must be a JSON object</source>
        <translation>eine Thing Description muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1119"/>
        <source>&quot;title&quot; must be a string</source>
        <translation>&quot;title&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1121"/>
        <source>a Thing Description needs a &quot;title&quot;</source>
        <translation>eine Thing Description benötigt einen &quot;title&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1127"/>
        <source>&quot;id&quot; must be a string (a URI)</source>
        <translation>&quot;id&quot; muss eine Zeichenkette (eine URI) sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1137"/>
        <source>&quot;base&quot; holds a placeholder (%1); the model&apos;s forms are not followed</source>
        <translation>&quot;base&quot; enthält einen Platzhalter (%1); den Formularen des Modells wird nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1144"/>
        <source>&quot;base&quot; must be an absolute URI</source>
        <translation>&quot;base&quot; muss eine absolute URI sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1153"/>
        <source>&quot;links&quot; must be an array of links</source>
        <translation>&quot;links&quot; muss ein Array von Links sein</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1160"/>
        <source>a link is an object with an &quot;href&quot;</source>
        <translation>ein Link ist ein Objekt mit einer &quot;href&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1165"/>
        <source>&apos;%1&apos; links of Thing Models are not followed; import the model it names as well</source>
        <translation>&apos;%1&apos;-Links von Thing Models werden nicht verfolgt; importieren Sie das darin genannte Modell ebenfalls</translation>
    </message>
    <message>
        <location filename="../engine/interop/wotschema.cpp" line="69"/>
        <source>the Thing Description 1.1 JSON Schema cannot be read</source>
        <translation>das JSON-Schema von Thing Description 1.1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/interop/wotschema.cpp" line="96"/>
        <source>the Thing Description 1.1 JSON Schema refuses this: %1</source>
        <translation>das JSON-Schema von Thing Description 1.1 lehnt dies ab: %1</translation>
    </message>
</context>
<context>
    <name>Twinloom::Runner</name>
    <message>
        <source>Runs the digital twins of a Twinloom project (a *.twinloom.json file or an exported bundle),
or only those of one deployment node, without a GUI.

Output: with --changes jsonl, one JSON object per line on stdout for every state change
and lifecycle transition: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; with --metrics-interval, lines {&quot;metrics&quot;: {...}} on stdout.
Logs go to stderr.

SIGINT and SIGTERM stop the twins gracefully: a composed twin before its parts, each
draining its mailbox; then the program exits. A second signal while they stop ends
the program at once (exit code 128 + the signal&apos;s number).

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
  with every error, or incomplete with the DTMIs defined nowhere. With --repository
  DIR|URL, arguments may be DTMIs: each is read, with the models it depends on, from
  the repository (dtmi:com:example:Pump;1 is dtmi/com/example/pump-1.json there).

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
  twinloom-run --validate-dtdl models/
  twinloom-run --validate-dtdl --repository https://devicemodels.azure.com dtmi:com:example:Thermostat;1
  twinloom-run building.twinloom.json --history building.history.sqlite
  twinloom-run --history building.history.sqlite --query room-1/temperature --from now-PT24H --step PT5M --csv
  twinloom-run --history-check building.history.sqlite</source>
        <translation type="vanished">Führt die digitalen Zwillinge eines Twinloom-Projekts (einer *.twinloom.json-Datei oder eines
exportierten Bundles) oder nur die eines Bereitstellungsknotens aus, ohne GUI.

Ausgabe: mit --changes jsonl ein JSON-Objekt pro Zeile auf stdout für jede Zustandsänderung
und jeden Lebenszyklusübergang: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; mit --metrics-interval Zeilen {&quot;metrics&quot;: {...}} auf stdout.
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
  mit jedem Fehler oder unvollständig mit den nirgends definierten DTMIs. Mit --repository
  DIR|URL dürfen Argumente DTMIs sein: jedes wird mit den Modellen, von denen es abhängt,
  aus dem Repository gelesen (dtmi:com:example:Pump;1 ist dort dtmi/com/example/pump-1.json).

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
  twinloom-run --validate-dtdl models/
  twinloom-run --validate-dtdl --repository https://devicemodels.azure.com dtmi:com:example:Thermostat;1
  twinloom-run building.twinloom.json --history building.history.sqlite
  twinloom-run --history building.history.sqlite --query room-1/temperature --from now-PT24H --step PT5M --csv
  twinloom-run --history-check building.history.sqlite</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="78"/>
        <source>Runs the digital twins of a Twinloom project (a *.twinloom.json file or an exported bundle),
or only those of one deployment node, without a GUI.

Output: with --changes jsonl, one JSON object per line on stdout for every state change
and lifecycle transition: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; with --metrics-interval, lines {&quot;metrics&quot;: {...}} on stdout.
Logs go to stderr.

SIGINT and SIGTERM stop the twins gracefully: a composed twin before its parts, each
draining its mailbox; then the program exits. A second signal while they stop ends
the program at once (exit code 128 + the signal&apos;s number).

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
  with every error, or incomplete with the DTMIs defined nowhere. With --repository
  DIR|URL, arguments may be DTMIs: each is read, with the models it depends on, from
  the repository (dtmi:com:example:Pump;1 is dtmi/com/example/pump-1.json there).

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
  twinloom-run --validate-dtdl models/
  twinloom-run --validate-dtdl --repository https://devicemodels.azure.com dtmi:com:example:Thermostat;1
  twinloom-run building.twinloom.json --history building.history.sqlite
  twinloom-run --history building.history.sqlite --query room-1/temperature --from now-PT24H --step PT5M --csv
  twinloom-run --history-check building.history.sqlite
  TWINLOOM_AGENT_KEY=… twinloom-run --agent gw1 --control mqtt://cloud:1883</source>
        <translation>Führt die digitalen Zwillinge eines Twinloom-Projekts (einer *.twinloom.json-Datei oder eines
exportierten Bundles) oder nur die eines Bereitstellungsknotens aus, ohne GUI.

Ausgabe: mit --changes jsonl ein JSON-Objekt pro Zeile auf stdout für jede Zustandsänderung
und jeden Lebenszyklusübergang: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; mit --metrics-interval Zeilen {&quot;metrics&quot;: {...}} auf stdout.
Protokollmeldungen gehen nach stderr.

SIGINT und SIGTERM stoppen die Zwillinge geordnet: ein zusammengesetzter Zwilling vor seinen
Teilen, jeder leert dabei seine Mailbox; dann beendet sich das Programm. Ein zweites Signal
während des Stoppens beendet das Programm sofort (Exit-Code 128 + die Nummer des Signals).

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
  mit jedem Fehler oder unvollständig mit den nirgends definierten DTMIs. Mit --repository
  DIR|URL dürfen Argumente DTMIs sein: jedes wird mit den Modellen, von denen es abhängt,
  aus dem Repository gelesen (dtmi:com:example:Pump;1 ist dort dtmi/com/example/pump-1.json).

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
  twinloom-run --validate-dtdl models/
  twinloom-run --validate-dtdl --repository https://devicemodels.azure.com dtmi:com:example:Thermostat;1
  twinloom-run building.twinloom.json --history building.history.sqlite
  twinloom-run --history building.history.sqlite --query room-1/temperature --from now-PT24H --step PT5M --csv
  twinloom-run --history-check building.history.sqlite
  TWINLOOM_AGENT_KEY=… twinloom-run --agent gw1 --control mqtt://cloud:1883</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="155"/>
        <source>A *.twinloom.json project or a bundle (.zip).</source>
        <translation>Ein *.twinloom.json-Projekt oder ein Bündel (.zip).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="159"/>
        <source>With --import or --validate-dtdl: the files and folders to read.</source>
        <translation>Mit --import oder --validate-dtdl: die zu lesenden Dateien und Ordner.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="163"/>
        <source>Run only the twins of deployment node NAME.</source>
        <translation>Nur die Zwillinge des Bereitstellungsknotens NAME ausführen.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="166"/>
        <source>Stop after SECONDS (default: run until a signal).</source>
        <translation>Nach SECONDS Sekunden anhalten (Standard: bis zu einem Signal laufen).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="169"/>
        <source>Stream state changes on stdout in FORMAT (jsonl).</source>
        <translation>Zustandsänderungen im Format FORMAT (jsonl) auf stdout ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="172"/>
        <source>Print engine metrics every SECONDS.</source>
        <translation>Alle SECONDS Sekunden Engine-Metriken ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="175"/>
        <source>Validate the project and exit.</source>
        <translation>Das Projekt prüfen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="177"/>
        <source>error, warning, info (default) or debug.</source>
        <translation>error, warning, info (Standard) oder debug.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="181"/>
        <source>Write the project, its model and data files as a bundle to FILE and exit.</source>
        <translation>Das Projekt mit seinen Modell- und Datendateien als Bundle in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="185"/>
        <source>Extract the bundle into FOLDER, print the project&apos;s path and exit.</source>
        <translation>Das Bundle in FOLDER entpacken, den Pfad des Projekts ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="189"/>
        <source>Write the project in FORMAT (dtdl, wot, ditto, adt, adt-ndjson) to --output and exit.</source>
        <translation>Das Projekt im Format FORMAT (dtdl, wot, ditto, adt, adt-ndjson) nach --output schreiben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="194"/>
        <source>Read the files and folders given in FORMAT (dtdl, wot, adt) into the project --output and exit.</source>
        <translation>Die angegebenen Dateien und Ordner im Format FORMAT (dtdl, wot, adt) in das Projekt --output einlesen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="199"/>
        <source>Where --export or --import writes: a folder, or a file for adt, adt-ndjson and imported projects.</source>
        <translation>Wohin --export oder --import schreibt: ein Ordner, oder eine Datei bei adt, adt-ndjson und importierten Projekten.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="204"/>
        <source>Validate the DTDL files and folders given and exit.</source>
        <translation>Die angegebenen DTDL-Dateien und -Ordner prüfen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="207"/>
        <source>With --validate-dtdl: accept extension contexts the parser does not know, their terms as informal co-types (otherwise the models are incomplete).</source>
        <translation>Mit --validate-dtdl: Erweiterungskontexte, die der Parser nicht kennt, annehmen, ihre Begriffe als informelle Co-Typen (sonst sind die Modelle unvollständig).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="211"/>
        <source>With --validate-dtdl: a Device Models Repository (a folder, or an http(s) URL fetched only when given) that resolves the DTMIs given as arguments and every model they depend on.</source>
        <translation>Mit --validate-dtdl: ein Device Models Repository (ein Ordner oder eine http(s)-URL, die nur abgerufen wird, wenn sie angegeben ist), das die als Argumente gegebenen DTMIs und jedes Modell auflöst, von dem sie abhängen.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="217"/>
        <source>Print the JSON Schema of the project format, with every adapter type&apos;s configuration, and exit.</source>
        <translation>Das JSON-Schema des Projektformats mit der Konfiguration jedes Adaptertyps ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="221"/>
        <source>Serve every twin of the run over HTTP and WebSocket on ADDRESS:PORT (127.0.0.1:8080; port 0 picks a free one). Bearer tokens come from the environment: TWINLOOM_HTTP_TOKEN (read and write), TWINLOOM_HTTP_READ_TOKEN.</source>
        <translation>Alle Zwillinge des Laufs über HTTP und WebSocket auf ADDRESS:PORT bereitstellen (127.0.0.1:8080; Port 0 wählt einen freien). Bearer-Tokens kommen aus der Umgebung: TWINLOOM_HTTP_TOKEN (Lesen und Schreiben), TWINLOOM_HTTP_READ_TOKEN.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="226"/>
        <source>With --http: serve HTTPS with this PEM certificate.</source>
        <translation>Mit --http: HTTPS mit diesem PEM-Zertifikat anbieten.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="229"/>
        <source>With --http-cert: the PEM private key.</source>
        <translation>Mit --http-cert: der private PEM-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="233"/>
        <source>With --http: allow browser pages of ORIGIN (repeatable; * for any).</source>
        <translation>Mit --http: Browserseiten von ORIGIN erlauben (wiederholbar; * für alle).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="237"/>
        <source>Record the twins&apos; properties and events into STORE: a SQLite file or a postgresql:// URL (the project&apos;s &quot;history&quot; rules apply; without them, everything is recorded). With --query: the store to read.</source>
        <translation>Eigenschaften und Ereignisse der Zwillinge in STORE aufzeichnen: eine SQLite-Datei oder eine postgresql://-URL (es gelten die &quot;history&quot;-Regeln des Projekts; ohne sie wird alles aufgezeichnet). Mit --query: der zu lesende Speicher.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="243"/>
        <source>With --history: print the samples of TWIN/PROPERTY or TWIN/events/EVENT and exit.</source>
        <translation>Mit --history: die Messwerte von TWIN/PROPERTY oder TWIN/events/EVENT ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="247"/>
        <source>With --query: the oldest time (ISO 8601, seconds since 1970, now-PT1H).</source>
        <translation>Mit --query: der früheste Zeitpunkt (ISO 8601, Sekunden seit 1970, now-PT1H).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="251"/>
        <source>With --query: the time before which it stops (default: now).</source>
        <translation>Mit --query: der Zeitpunkt, vor dem die Ausgabe endet (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="255"/>
        <source>With --query: min, max, mean and count per DURATION (PT1M) instead of samples.</source>
        <translation>Mit --query: min, max, mean und count je DURATION (PT1M) statt Messwerten.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="258"/>
        <source>With --query: the value at TIME.</source>
        <translation>Mit --query: der Wert zum Zeitpunkt TIME.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="261"/>
        <source>With --query: the most samples, the newest kept (default 100,000).</source>
        <translation>Mit --query: die höchste Anzahl von Messwerten, die neuesten werden behalten (Standard 100.000).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="265"/>
        <source>With --query: CSV with a header instead of JSON lines.</source>
        <translation>Mit --query: CSV mit Kopfzeile statt JSON-Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="268"/>
        <source>Check the history STORE (integrity, size, oldest and newest sample) and exit.</source>
        <translation>Den Verlaufsspeicher STORE prüfen (Integrität, Größe, ältester und neuester Messwert) und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="272"/>
        <source>Run as the fleet agent NAME, with no project: take signed commands (deploy, update, start, stop, status, migrate, undeploy) from the control broker of --control.</source>
        <translation>Als Flotten-Agent NAME laufen, ohne Projekt: signierte Befehle (deploy, update, start, stop, status, migrate, undeploy) vom Steuerungs-Broker aus --control entgegennehmen.</translation>
    </message>
    <message>
        <source>Run as the fleet agent NAME, with no project: take signed commands (deploy, start, stop, status, undeploy) from the control broker of --control.</source>
        <translation type="vanished">Als Flotten-Agent NAME laufen, ohne Projekt: signierte Befehle (deploy, start, stop, status, undeploy) vom Steuerungs-Broker aus --control entgegennehmen.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="278"/>
        <source>With --agent: the control broker, mqtt[s]://HOST:PORT[/PREFIX]. The key that signs commands comes from TWINLOOM_AGENT_KEY.</source>
        <translation>Mit --agent: der Steuerungs-Broker, mqtt[s]://HOST:PORT[/PREFIX]. Der Schlüssel, der die Befehle signiert, kommt aus TWINLOOM_AGENT_KEY.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="283"/>
        <source>With --agent: where it keeps what it was given (default: ~/.local/share/twinloom/agents/NAME).</source>
        <translation>Mit --agent: wo der Agent aufbewahrt, was er erhalten hat (Standard: ~/.local/share/twinloom/agents/NAME).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="288"/>
        <source>With --agent: seconds between two statuses (default 10).</source>
        <translation>Mit --agent: Sekunden zwischen zwei Statusmeldungen (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="307"/>
        <source>--query needs --history STORE</source>
        <translation>--query benötigt --history STORE</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="323"/>
        <source>--limit takes a whole number above 0</source>
        <translation>--limit erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="332"/>
        <source>--%1 goes with --query</source>
        <translation>--%1 gehört zu --query</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="349"/>
        <source>--agent NAME and --control URL go together</source>
        <translation>--agent NAME und --control URL gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="351"/>
        <source>an agent takes no project: it is given one by deploy</source>
        <translation>ein Agent erwartet kein Projekt: er erhält eines über deploy</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="355"/>
        <source>--agent takes a name of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>--agent erwartet einen Namen aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; (höchstens 64)</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="363"/>
        <source>--heartbeat takes seconds, from 0.1 to 3,600</source>
        <translation>--heartbeat erwartet Sekunden, von 0,1 bis 3.600</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="384"/>
        <source>--validate-dtdl, --import, --export, --check, --export-bundle and --extract exclude one another</source>
        <translation>--validate-dtdl, --import, --export, --check, --export-bundle und --extract schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="387"/>
        <source>--output goes with --export or --import</source>
        <translation>--output gehört zu --export oder --import</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="390"/>
        <source>give the files or folders to read</source>
        <translation>geben Sie die zu lesenden Dateien oder Ordner an</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="398"/>
        <source>--import takes %1</source>
        <translation>--import akzeptiert %1</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="402"/>
        <source>--import needs --output PROJECT.twinloom.json</source>
        <translation>--import benötigt --output PROJECT.twinloom.json</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="406"/>
        <source>give exactly one project or bundle</source>
        <translation>geben Sie genau ein Projekt oder Bundle an</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="412"/>
        <source>--export takes %1</source>
        <translation>--export akzeptiert %1</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="416"/>
        <source>--export needs --output PATH</source>
        <translation>--export benötigt --output PATH</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="420"/>
        <source>--allow-undefined-extensions goes with --validate-dtdl</source>
        <translation>--allow-undefined-extensions gehört zu --validate-dtdl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="422"/>
        <source>--repository goes with --validate-dtdl</source>
        <translation>--repository gehört zu --validate-dtdl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="426"/>
        <source>--node takes the id of a deployment node</source>
        <translation>--node erwartet die ID eines Bereitstellungsknotens</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="434"/>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration erwartet eine positive Anzahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="440"/>
        <source>--metrics-interval takes seconds, from 0.01 to 86,400</source>
        <translation>--metrics-interval erwartet Sekunden, von 0,01 bis 86.400</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="444"/>
        <source>--changes supports only jsonl</source>
        <translation>--changes unterstützt nur jsonl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="455"/>
        <source>--http takes ADDRESS:PORT, such as 127.0.0.1:8080</source>
        <translation>--http erwartet ADDRESS:PORT, etwa 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="460"/>
        <source>--http-cert and --http-key go together</source>
        <translation>--http-cert und --http-key gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="462"/>
        <source>--http-cert, --http-key and --http-cors go with --http</source>
        <translation>--http-cert, --http-key und --http-cors gehören zu --http</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="366"/>
        <location filename="../app/run/main.cpp" line="469"/>
        <source>--log-level is error, warning, info or debug</source>
        <translation>--log-level ist error, warning, info oder debug</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="156"/>
        <location filename="../app/run/runner.cpp" line="606"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="162"/>
        <source>&apos;%1&apos; is not a bundle</source>
        <translation>&apos;%1&apos; ist kein Bundle</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="176"/>
        <source>cannot create a folder to extract the bundle: %1</source>
        <translation>es kann kein Ordner zum Entpacken des Bundles erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="187"/>
        <source>extracted bundle &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Bundle &apos;%1&apos; nach &apos;%2&apos; entpackt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="199"/>
        <source>%n error(s) in &apos;%1&apos;; nothing was started</source>
        <translation>
            <numerusform>%n Fehler in &apos;%1&apos;; nichts wurde gestartet</numerusform>
            <numerusform>%n Fehler in &apos;%1&apos;; nichts wurde gestartet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="214"/>
        <source>the project has no node &apos;%1&apos;; its nodes: %2</source>
        <translation>das Projekt hat keinen Knoten &apos;%1&apos;; seine Knoten: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="216"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="229"/>
        <source>wrote the bundle &apos;%1&apos;</source>
        <translation>Bundle &apos;%1&apos; geschrieben</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="243"/>
        <source>%1: valid; %2 models, %3 twins%4</source>
        <translation>%1: gültig; %2 Modelle, %3 Zwillinge%4</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="249"/>
        <location filename="../app/run/runner.cpp" line="334"/>
        <source> on node &apos;%1&apos;</source>
        <translation> auf Knoten &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="73"/>
        <source>dropped the transfer of &apos;%1&apos;: nothing came for %2 s</source>
        <translation>Übertragung von &apos;%1&apos; verworfen: seit %2 s kam nichts</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="106"/>
        <source>agent &apos;%1&apos;: %2</source>
        <translation>Agent &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="128"/>
        <source>%1; the agent was not started</source>
        <translation>%1; der Agent wurde nicht gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="134"/>
        <source>cannot create the data folder &apos;%1&apos;</source>
        <translation>der Datenordner &apos;%1&apos; kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="159"/>
        <source>connected to the control broker %1</source>
        <translation>mit dem Steuerungs-Broker %1 verbunden</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="168"/>
        <source>the control connection: %1</source>
        <translation>die Steuerungsverbindung: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="176"/>
        <source>waiting for commands on %1 (data in %2)</source>
        <translation>warte auf Befehle auf %1 (Daten in %2)</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="199"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="211"/>
        <location filename="../app/run/agent.cpp" line="216"/>
        <source>refused a command: %1</source>
        <translation>Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="212"/>
        <location filename="../app/run/agent.cpp" line="217"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="215"/>
        <source>the command is for the agent &apos;%1&apos;</source>
        <translation>der Befehl ist für den Agenten &apos;%1&apos; bestimmt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="231"/>
        <source>the command is malformed: %1</source>
        <translation>der Befehl ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="245"/>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="249"/>
        <source>&apos;%1&apos; done</source>
        <translation>&apos;%1&apos; erledigt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="286"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="293"/>
        <source>&apos;%1&apos; is not a valid deployment id</source>
        <translation>&apos;%1&apos; ist keine gültige Bereitstellungs-ID</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="298"/>
        <source>a bundle of %1 bytes: the agent takes 1 to %2</source>
        <translation>ein Bundle von %1 Bytes: der Agent akzeptiert 1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="302"/>
        <source>%1 chunks cannot carry %2 bytes</source>
        <translation>%1 Chunks können keine %2 Bytes übertragen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="304"/>
        <source>the bundle&apos;s SHA-256 is missing</source>
        <translation>der SHA-256-Wert des Bundles fehlt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="306"/>
        <source>%1 transfers are in progress already</source>
        <translation>es laufen bereits %1 Übertragungen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="322"/>
        <location filename="../app/run/agent.cpp" line="481"/>
        <source>no transfer of &apos;%1&apos; has begun</source>
        <translation>keine Übertragung von &apos;%1&apos; wurde begonnen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="326"/>
        <source>chunk %1 came where chunk %2 was due; the transfer of &apos;%3&apos; was dropped</source>
        <translation>Chunk %1 kam, wo Chunk %2 fällig war; die Übertragung von &apos;%3&apos; wurde verworfen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="337"/>
        <source>is not base64</source>
        <translation>ist kein base64</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="337"/>
        <source>does not fit the declared size</source>
        <translation>passt nicht zur angegebenen Größe</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="339"/>
        <source>chunk %1 of &apos;%2&apos; %3; the transfer was dropped</source>
        <translation>Chunk %1 von &apos;%2&apos; %3; die Übertragung wurde verworfen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="370"/>
        <source>the bundle cannot be extracted: %1</source>
        <translation>das Bundle kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="376"/>
        <source>the bundled project is invalid: %1</source>
        <translation>das Projekt im Bundle ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="394"/>
        <source>the project &apos;%1&apos; has no node &apos;%2&apos;</source>
        <translation>das Projekt &apos;%1&apos; hat keinen Knoten &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="417"/>
        <source>the node &apos;%1&apos; cannot be set up: %2</source>
        <translation>der Knoten &apos;%1&apos; kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="432"/>
        <location filename="../app/run/runner.cpp" line="272"/>
        <source>%1 failed%2</source>
        <translation>%1 fehlgeschlagen%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/agent.cpp" line="452"/>
        <source>%n twin(s) could not start (%1); the deployment was stopped</source>
        <translation>
            <numerusform>%n Zwilling konnte nicht starten (%1); die Bereitstellung wurde gestoppt</numerusform>
            <numerusform>%n Zwillinge konnten nicht starten (%1); die Bereitstellung wurde gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="470"/>
        <source>node &apos;%1&apos; of &apos;%2&apos;: %3 event(s) dropped by the stop</source>
        <translation>Knoten &apos;%1&apos; von &apos;%2&apos;: %3 Ereignis(se) beim Stoppen verworfen</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="485"/>
        <source>the bundle is incomplete: %1 of %2 bytes came; nothing was deployed</source>
        <translation>das Bundle ist unvollständig: %1 von %2 Bytes kamen an; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="491"/>
        <source>the bundle fails its checksum (SHA-256 %1, expected %2); nothing was deployed</source>
        <translation>das Bundle besteht die Prüfsumme nicht (SHA-256 %1, erwartet %2); nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="500"/>
        <source>the command names no node to run</source>
        <translation>der Befehl nennt keinen auszuführenden Knoten</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="513"/>
        <source>; nothing was deployed</source>
        <translation>; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="521"/>
        <source>the project &apos;%1&apos; has no node &apos;%2&apos;; nothing was deployed</source>
        <translation>das Projekt &apos;%1&apos; hat keinen Knoten &apos;%2&apos;; nichts wurde bereitgestellt</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="891"/>
        <source>the twin &apos;%1&apos; moved here does not run again</source>
        <translation>der hierher verschobene Zwilling &apos;%1&apos; läuft nicht wieder</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="941"/>
        <source>this agent does not run &apos;%1&apos; and was sent no bundle of it</source>
        <translation>dieser Agent führt &apos;%1&apos; nicht aus und hat kein Bundle davon erhalten</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="948"/>
        <source>the bundle of &apos;%1&apos; is incomplete or fails its checksum</source>
        <translation>das Bundle von &apos;%1&apos; ist unvollständig oder besteht die Prüfsumme nicht</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="976"/>
        <source>this agent runs another version of &apos;%1&apos;: update it first</source>
        <translation>dieser Agent führt eine andere Version von &apos;%1&apos; aus: aktualisieren Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="979"/>
        <source>the project &apos;%1&apos; has no twin &apos;%2&apos;</source>
        <translation>das Projekt &apos;%1&apos; hat keinen Zwilling &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="981"/>
        <source>&apos;%1&apos; runs here already</source>
        <translation>&apos;%1&apos; läuft hier bereits</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="985"/>
        <source>&apos;%1&apos; aggregates twins of its engine (an &quot;aggregate&quot; adapter): it cannot move alone</source>
        <translation>&apos;%1&apos; aggregiert Zwillinge seiner Engine (ein &quot;aggregate&quot;-Adapter): er kann nicht allein verschoben werden</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="995"/>
        <source>&apos;%1&apos; is aggregated by &apos;%2&apos; on its node: it cannot move alone</source>
        <translation>&apos;%1&apos; wird auf seinem Knoten von &apos;%2&apos; aggregiert: er kann nicht allein verschoben werden</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1004"/>
        <source>&apos;%1&apos; cannot be set up here: %2</source>
        <translation>&apos;%1&apos; kann hier nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1034"/>
        <source>&apos;%1&apos; was withdrawn while it was prepared</source>
        <translation>„%1“ wurde zurückgezogen, während es vorbereitet wurde</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1038"/>
        <source>&apos;%1&apos; did not connect its physical side here within %2 s (%3)</source>
        <translation>&apos;%1&apos; hat seine physische Seite hier nicht innerhalb von %2 s verbunden (%3)</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1058"/>
        <source>&apos;%1&apos; of &apos;%2&apos; does not run here</source>
        <translation>&apos;%1&apos; von &apos;%2&apos; läuft hier nicht</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1078"/>
        <source>&apos;%1&apos; of &apos;%2&apos; was not prepared here</source>
        <translation>&apos;%1&apos; von &apos;%2&apos; wurde hier nicht vorbereitet</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1123"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1128"/>
        <source>the bundle has %1 chunks, not %2</source>
        <translation>das Bundle hat %1 Chunks, nicht %2</translation>
    </message>
    <message>
        <source>; the previous deployment runs again</source>
        <translation type="vanished">; die vorherige Bereitstellung läuft wieder</translation>
    </message>
    <message>
        <source>; the previous deployment could not run again: %1</source>
        <translation type="vanished">; die vorherige Bereitstellung konnte nicht wieder gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="533"/>
        <location filename="../app/run/agent.cpp" line="559"/>
        <source>cannot keep the bundle of &apos;%1&apos; in &apos;%2&apos;: it will not run after a restart</source>
        <translation>das Bundle von &apos;%1&apos; kann nicht in &apos;%2&apos; aufbewahrt werden: es läuft nach einem Neustart nicht wieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/agent.cpp" line="544"/>
        <source>updated &apos;%1&apos;: %n twin(s) restarted</source>
        <translation>
            <numerusform>&apos;%1&apos; aktualisiert: %n Zwilling neu gestartet</numerusform>
            <numerusform>&apos;%1&apos; aktualisiert: %n Zwillinge neu gestartet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="666"/>
        <source>%1 could not start</source>
        <translation>%1 konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="696"/>
        <source>the update of &apos;%1&apos; is incomplete: %2</source>
        <translation>die Aktualisierung von &apos;%1&apos; ist unvollständig: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="750"/>
        <location filename="../app/run/agent.cpp" line="1120"/>
        <source>no deployment &apos;%1&apos; here</source>
        <translation>keine Bereitstellung &apos;%1&apos; hier</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="829"/>
        <source>cannot save what the agent runs in &apos;%1&apos;: %2</source>
        <translation>was der Agent ausführt, kann nicht in &apos;%1&apos; gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="849"/>
        <source>&apos;%1&apos; cannot be read (%2): nothing runs again</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden (%2): nichts wird wieder gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="869"/>
        <source>its bundle has changed on disk</source>
        <translation>ihr Bundle wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="877"/>
        <source>the deployment &apos;%1&apos; does not run again: %2</source>
        <translation>die Bereitstellung &apos;%1&apos; läuft nicht wieder: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="881"/>
        <source>runs &apos;%1&apos; again (nodes %2)</source>
        <translation>&apos;%1&apos; läuft wieder (Knoten %2)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="275"/>
        <source>%1: %2 → %3%4</source>
        <translation>%1: %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="297"/>
        <source>--http: a bearer token has 16 characters at least; nothing was started</source>
        <translation>--http: ein Bearer-Token hat mindestens 16 Zeichen; nichts wurde gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="314"/>
        <source>--http: %1; nothing was started</source>
        <translation>--http: %1; nichts wurde gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="319"/>
        <source>HTTP interface on %1 (OpenAPI: %1/api/openapi.json)%2</source>
        <translation>HTTP-Schnittstelle auf %1 (OpenAPI: %1/api/openapi.json)%2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="322"/>
        <source>, no token required</source>
        <translation>, kein Token erforderlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="330"/>
        <source>running %n twin(s) of &apos;%1&apos;%2</source>
        <translation>
            <numerusform>%n Zwilling von &apos;%1&apos; läuft%2</numerusform>
            <numerusform>%n Zwillinge von &apos;%1&apos; laufen%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="384"/>
        <source>%1; nothing was started</source>
        <translation>%1; nichts wurde gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="390"/>
        <source>recording history into %1</source>
        <translation>Verlauf wird in %1 aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="402"/>
        <source>history: %1 sample(s) recorded, %2 dropped by a full queue, %3 not written</source>
        <translation>Verlauf: %1 Messwert(e) aufgezeichnet, %2 wegen voller Warteschlange verworfen, %3 nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="446"/>
        <source>raised the limit of open files from %1 to %2 (about %3 needed)</source>
        <translation>Grenze offener Dateien von %1 auf %2 angehoben (etwa %3 benötigt)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="454"/>
        <source>the twins need about %1 open files (the connections and sockets of their adapters), but this process may open %2 (ulimit -n) and at most %3 (ulimit -Hn): raise the limit (ulimit -n, or LimitNOFILE= for a service), or run fewer twins per node; nothing was started</source>
        <translation>die Zwillinge brauchen etwa %1 offene Dateien (die Verbindungen und Sockets ihrer Adapter), dieser Prozess darf aber %2 öffnen (ulimit -n) und höchstens %3 (ulimit -Hn): Grenze anheben (ulimit -n oder LimitNOFILE= für einen Dienst) oder weniger Zwillinge je Knoten ausführen; nichts wurde gestartet</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="460"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="527"/>
        <source>cannot read %1 from %2: %3</source>
        <translation>%1 kann nicht von %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="530"/>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="567"/>
        <source>--repository: &apos;%1&apos; is not a valid URL: %2</source>
        <translation>--repository: &apos;%1&apos; ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="577"/>
        <source>--repository: &apos;%1&apos; is neither a folder nor an http(s) URL</source>
        <translation>--repository: &apos;%1&apos; ist weder ein Ordner noch eine http(s)-URL</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="587"/>
        <source>&apos;%1&apos; is a DTMI: name the repository that holds it with --repository</source>
        <translation>&apos;%1&apos; ist ein DTMI: nennen Sie mit --repository das Repository, das ihn enthält</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="593"/>
        <source>&apos;%1&apos; is not a DTMI with a version, which a repository needs to find it</source>
        <translation>&apos;%1&apos; ist kein DTMI mit Version, die ein Repository braucht, um ihn zu finden</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="635"/>
        <source>undefined: %1 (not in the repository %2)</source>
        <translation>undefiniert: %1 (nicht im Repository %2)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="636"/>
        <source>undefined: %1</source>
        <translation>undefiniert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="673"/>
        <source>%n error(s); nothing was written</source>
        <translation>
            <numerusform>%n Fehler; nichts wurde geschrieben</numerusform>
            <numerusform>%n Fehler; nichts wurde geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="507"/>
        <location filename="../app/run/agent.cpp" line="954"/>
        <location filename="../app/run/runner.cpp" line="679"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="686"/>
        <source>the imported project needs editing before it runs here:</source>
        <translation>das importierte Projekt muss bearbeitet werden, bevor es hier läuft:</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="689"/>
        <source>wrote the project &apos;%1&apos;: %2 models, %3 twins</source>
        <translation>Projekt &apos;%1&apos; geschrieben: %2 Modelle, %3 Zwillinge</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="732"/>
        <source>wrote %n file(s) to &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Datei nach &apos;%1&apos; geschrieben</numerusform>
            <numerusform>%n Dateien nach &apos;%1&apos; geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="744"/>
        <source>stopping %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling wird gestoppt</numerusform>
            <numerusform>%n Zwillinge werden gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="748"/>
        <source>the twins could not process what was queued within %1 s of the stop: %2 event(s) were dropped</source>
        <translation>die Zwillinge konnten das Eingereihte nicht innerhalb von %1 s nach dem Anhalten verarbeiten: %2 Ereignis(se) verworfen</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="53"/>
        <source>--query takes TWIN/PROPERTY or TWIN/events/EVENT</source>
        <translation>--query erwartet TWIN/PROPERTY oder TWIN/events/EVENT</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="64"/>
        <source>%1 takes a time: ISO 8601 (2026-12-01T10:00:00Z), seconds since 1970, now or now-PT1H</source>
        <translation>%1 erwartet einen Zeitpunkt: ISO 8601 (2026-12-01T10:00:00Z), Sekunden seit 1970, now oder now-PT1H</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="81"/>
        <source>--step takes a duration of 1 ms or more, such as PT1M</source>
        <translation>--step erwartet eine Dauer von 1 ms oder mehr, etwa PT1M</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="85"/>
        <source>--step buckets the numbers of a property, not events</source>
        <translation>--step fasst die Zahlenwerte einer Eigenschaft in Intervalle zusammen, keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="88"/>
        <source>--step needs --from</source>
        <translation>--step benötigt --from</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="93"/>
        <source>the history store &apos;%1&apos; does not exist</source>
        <translation>der Verlaufsspeicher &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="161"/>
        <source>twinloom-run: no samples of %1 in that range</source>
        <translation>twinloom-run: keine Messwerte von %1 in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="175"/>
        <location filename="../app/run/historycommands.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="177"/>
        <source>%1: %2, history schema %3</source>
        <translation>%1: %2, Verlaufsschema %3</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="182"/>
        <source>size: %1 bytes</source>
        <translation>Größe: %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="183"/>
        <source>series: %1, samples: %2, buckets of tiers: %3</source>
        <translation>Zeitreihen: %1, Messwerte: %2, Intervalle der Stufen: %3</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="188"/>
        <source>oldest sample: %1</source>
        <translation>ältester Messwert: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="189"/>
        <source>newest sample: %1</source>
        <translation>neuester Messwert: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="191"/>
        <source>bytes per sample: %1</source>
        <translation>Bytes pro Messwert: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="198"/>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="201"/>
        <source>integrity: ok</source>
        <translation>Integrität: ok</translation>
    </message>
</context>
<context>
    <name>Twinloom::Studio</name>
    <message>
        <location filename="../app/studio/main.cpp" line="49"/>
        <source>Twinloom: design digital twin graphs, run them and watch them live.</source>
        <translation>Twinloom: Graphen digitaler Zwillinge entwerfen, ausführen und live beobachten.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>A *.twinloom.json project to open.</source>
        <translation>Ein zu öffnendes *.twinloom.json-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>Start the project&apos;s twins once it is open.</source>
        <translation>Die Zwillinge des Projekts starten, sobald es geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="59"/>
        <source>Save a picture of the window to FILE after the delay and quit.</source>
        <translation>Nach der Verzögerung ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="62"/>
        <source>Milliseconds to wait before --screenshot (2000).</source>
        <translation>Millisekunden, die vor --screenshot gewartet wird (2000).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="65"/>
        <source>Show the canvas at PERCENT, from the top of the graph, instead of fitting it.</source>
        <translation>Die Zeichenfläche mit PERCENT ab dem oberen Rand des Graphen zeigen, statt sie einzupassen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="70"/>
        <source>Open in MODE: design, run, monitor or operator (the Monitor&apos;s dashboard alone, full screen).</source>
        <translation>In MODE öffnen: design, run, monitor oder operator (nur das Dashboard des Monitors, Vollbild).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="74"/>
        <source>Show the dashboard of twin ID in the Monitor.</source>
        <translation>Das Dashboard des Zwillings ID im Monitor zeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="107"/>
        <source>Unknown mode &apos;%1&apos;: design, run, monitor or operator.</source>
        <translation>Unbekannter Modus „%1“: design, run, monitor oder operator.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/design/canvasview.cpp" line="142"/>
        <location filename="../app/studio/design/graphscene.cpp" line="299"/>
        <source>Move %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling verschieben</numerusform>
            <numerusform>%n Zwillinge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/design/canvasview.cpp" line="169"/>
        <source>Drag a model from the palette to add a twin.</source>
        <translation>Ziehen Sie ein Modell aus der Palette, um einen Zwilling hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/commandpalette.cpp" line="16"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/commandpalette.cpp" line="19"/>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="32"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="39"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="55"/>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="117"/>
        <source>a tile must be an object</source>
        <translation>eine Kachel muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="127"/>
        <source>unknown tile type &apos;%1&apos;</source>
        <translation>unbekannter Kacheltyp „%1“</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="147"/>
        <source>a plot needs &quot;series&quot;, an array of {&quot;twin&quot;, &quot;property&quot;}</source>
        <translation>ein Diagramm braucht „series“, ein Array aus {&quot;twin&quot;, &quot;property&quot;}</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="155"/>
        <source>a series must be an object</source>
        <translation>eine Reihe muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="165"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>&apos;%1&apos; ist kein JSON-Pointer: er muss leer sein oder mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="245"/>
        <source>a dashboard must be an object</source>
        <translation>ein Dashboard muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="255"/>
        <source>&quot;id&quot; must not be empty</source>
        <translation>„id“ darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="262"/>
        <source>&quot;tiles&quot; must be an array</source>
        <translation>„tiles“ muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="361"/>
        <source>&quot;dashboards&quot; must be an array</source>
        <translation>„dashboards“ muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="372"/>
        <source>dashboard id &apos;%1&apos; is used twice</source>
        <translation>die Dashboard-ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="181"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>Zwilling „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="186"/>
        <source>the model of twin &apos;%1&apos; is not known</source>
        <translation>das Modell von Zwilling „%1“ ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="193"/>
        <source>the plot has no series</source>
        <translation>das Diagramm hat keine Reihen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="201"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="299"/>
        <source>twin &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat keine Eigenschaft „%2“</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="207"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; has no number at &apos;%3&apos;</source>
        <translation>Eigenschaft &apos;%1&apos; des Zwillings &apos;%2&apos; hat keine Zahl bei &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="212"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not a number</source>
        <translation>Eigenschaft „%1“ von Zwilling „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="285"/>
        <source>twin &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>Zwilling &apos;%1&apos; hat keine Beziehung &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="289"/>
        <source>twin &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat keine Aktion „%2“</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="293"/>
        <source>twin &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>Zwilling „%1“ hat kein Ereignis „%2“</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="31"/>
        <source>property &apos;%1&apos; is not a number: a %2 tile cannot show it</source>
        <translation>Eigenschaft „%1“ ist keine Zahl: eine Kachel vom Typ %2 kann sie nicht zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="60"/>
        <source>property &apos;%1&apos; is not a boolean: a lamp cannot show it</source>
        <translation>Eigenschaft „%1“ ist kein Wahrheitswert: eine Lampe kann sie nicht zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="72"/>
        <source>property &apos;%1&apos; is not an enum: a state tile cannot show it</source>
        <translation>Eigenschaft „%1“ ist keine Aufzählung: eine Zustandskachel kann sie nicht zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="93"/>
        <source>property &apos;%1&apos; is not writable</source>
        <translation>Eigenschaft „%1“ ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="259"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="31"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="31"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="85"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="235"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="274"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="123"/>
        <source>no physical adapter: nothing binds it to a device</source>
        <translation>kein physischer Adapter: nichts verbindet ihn mit einem Gerät</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="157"/>
        <source>&apos;%1&apos; is not an address and port such as 127.0.0.1:8080</source>
        <translation>&apos;%1&apos; ist keine Adresse mit Port wie 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="161"/>
        <source>HTTP interface: %1</source>
        <translation>HTTP-Schnittstelle: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="185"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="199"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="213"/>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="186"/>
        <source>the project records history beside its file: save it to record</source>
        <translation>das Projekt zeichnet seinen Verlauf neben seiner Datei auf: speichern Sie es, um aufzuzeichnen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="214"/>
        <source>recording into %1</source>
        <translation>Aufzeichnung in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="227"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="228"/>
        <source>twins served on %1 (OpenAPI: %1/api/openapi.json)</source>
        <translation>Zwillinge bereitgestellt auf %1 (OpenAPI: %1/api/openapi.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/enginehost.cpp" line="237"/>
        <source>started %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling gestartet</numerusform>
            <numerusform>%n Zwillinge gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/enginehost.cpp" line="238"/>
        <source>started %n twin(s) of node %1</source>
        <translation>
            <numerusform>%n Zwilling von Knoten %1 gestartet</numerusform>
            <numerusform>%n Zwillinge von Knoten %1 gestartet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="275"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="135"/>
        <source>lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="136"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="137"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="20"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="113"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="22"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="115"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="23"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="117"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="85"/>
        <source>Entanglement: no data</source>
        <translation>Verschränkung: keine Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="86"/>
        <source>Entanglement %1</source>
        <translation>Verschränkung %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="92"/>
        <source>Timeliness %1: %2 of %3 properties within their maximum age</source>
        <translation>Aktualität %1: %2 von %3 Eigenschaften innerhalb ihres Höchstalters</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="96"/>
        <source>Timeliness: no property has a maximum age</source>
        <translation>Aktualität: keine Eigenschaft hat ein Höchstalter</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="97"/>
        <source>Reliability %1: %2 of %3 events dropped or failed</source>
        <translation>Zuverlässigkeit %1: %2 von %3 Ereignissen verworfen oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="101"/>
        <source>Availability %1: bound %2 of %3 running</source>
        <translation>Verfügbarkeit %1: gebunden %2 von %3 Laufzeit</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="105"/>
        <source>No event has reached the twin from its physical side yet.</source>
        <translation>Von der physischen Seite hat den Zwilling noch kein Ereignis erreicht.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="117"/>
        <source>Timeliness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="118"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="119"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="194"/>
        <source>no twin &apos;%1&apos;</source>
        <translation>kein Zwilling &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="200"/>
        <source>a twin needs an id</source>
        <translation>ein Zwilling benötigt eine ID</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="206"/>
        <source>the id &apos;%1&apos; is taken</source>
        <translation>die ID &apos;%1&apos; ist bereits vergeben</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="303"/>
        <source>the clipboard holds no twins</source>
        <translation>die Zwischenablage enthält keine Zwillinge</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="45"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="652"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="409"/>
        <location filename="../app/studio/shared/graphmodel.cpp" line="436"/>
        <source>both ends must be twins</source>
        <translation>beide Enden müssen Zwillinge sein</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="411"/>
        <location filename="../app/studio/shared/graphmodel.cpp" line="438"/>
        <source>a twin cannot be related to itself</source>
        <translation>ein Zwilling kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="415"/>
        <source>the model of &apos;%1&apos; is not defined</source>
        <translation>das Modell von &apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="417"/>
        <source>the model of &apos;%1&apos; has no relationships</source>
        <translation>das Modell von &apos;%1&apos; hat keine Beziehungen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="443"/>
        <source>the model of &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>das Modell von &apos;%1&apos; hat keine Beziehung &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="445"/>
        <source>&apos;%1&apos; needs a %2</source>
        <translation>&apos;%1&apos; benötigt einen Zwilling vom Modell %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="451"/>
        <source>&apos;%1&apos; already points at &apos;%2&apos;</source>
        <translation>&apos;%1&apos; zeigt bereits auf &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="455"/>
        <source>&apos;%1&apos; allows at most %2</source>
        <translation>&apos;%1&apos; erlaubt höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="254"/>
        <source>Cannot connect %1 to %2: %3</source>
        <translation>%1 kann nicht mit %2 verbunden werden: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="274"/>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="379"/>
        <source>Add twin %1</source>
        <translation>Zwilling %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="395"/>
        <source>Drop an adapter on a twin.</source>
        <translation>Legen Sie einen Adapter auf einem Zwilling ab.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="404"/>
        <source>Add adapter %1 to %2</source>
        <translation>Adapter %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="48"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="49"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="117"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="159"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="50"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="51"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="54"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="77"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="57"/>
        <source>Edit Model…</source>
        <translation>Modell bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="58"/>
        <source>Edit Mapping…</source>
        <translation>Zuordnung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="82"/>
        <source>Twin entry (JSON)</source>
        <translation>Zwillingseintrag (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="90"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="94"/>
        <location filename="../app/studio/design/schemaform.cpp" line="219"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="107"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="109"/>
        <source>The twin&apos;s values while the twins run</source>
        <translation>Die Werte des Zwillings, während die Zwillinge laufen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="165"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="173"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="290"/>
        <source>Select a twin on the canvas to edit it.</source>
        <translation>Wählen Sie einen Zwilling auf der Zeichenfläche aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="206"/>
        <source>physical: %1</source>
        <translation>physisch: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="206"/>
        <source>digital: %1</source>
        <translation>digital: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="209"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="268"/>
        <source>Physical adapter %1 (%2)</source>
        <translation>Physischer Adapter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="268"/>
        <source>Digital adapter %1 (%2)</source>
        <translation>Digitaler Adapter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="271"/>
        <source>Unknown adapter type &apos;%1&apos;</source>
        <translation>Unbekannter Adaptertyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="291"/>
        <source>This twin has no adapters: drop an adapter type from the palette on its card.</source>
        <translation>Dieser Zwilling hat keine Adapter: Ziehen Sie einen Adaptertyp aus der Palette auf seine Karte.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="308"/>
        <source>An adapter entry is a JSON object: fix it on the JSON tab.</source>
        <translation>Ein Adaptereintrag ist ein JSON-Objekt: Korrigieren Sie ihn im Reiter JSON.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="323"/>
        <source>Configure %1 of %2</source>
        <translation>%1 von %2 konfigurieren</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="333"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="240"/>
        <source>Model &apos;%1&apos; is not in the project.</source>
        <translation>Modell &apos;%1&apos; ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="369"/>
        <source>a twin entry is a JSON object</source>
        <translation>ein Zwillingseintrag ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="371"/>
        <source>&quot;id&quot; must be a non-empty string</source>
        <translation>&quot;id&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="373"/>
        <source>&quot;model&quot; must be a string</source>
        <translation>&quot;model&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="374"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="409"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="429"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="450"/>
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="455"/>
        <source>(desired %1)</source>
        <translation>(gewünscht %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="463"/>
        <source>stale · %1</source>
        <translation>veraltet · %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="20"/>
        <source>DTDL v3 Models</source>
        <translation>DTDL-v3-Modelle</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="21"/>
        <source>WoT Thing Descriptions</source>
        <translation>WoT Thing Descriptions</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="22"/>
        <source>Eclipse Ditto Things</source>
        <translation>Eclipse-Ditto-Things</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="23"/>
        <source>Azure Digital Twins Graph (Explorer JSON)</source>
        <translation>Azure-Digital-Twins-Graph (Explorer-JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="24"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="25"/>
        <source>Azure Digital Twins Bulk Import (NDJSON)</source>
        <translation>Azure-Digital-Twins-Massenimport (NDJSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="26"/>
        <source>NDJSON files (*.ndjson)</source>
        <translation>NDJSON-Dateien (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="51"/>
        <location filename="../app/studio/shared/interopactions.cpp" line="114"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/interopactions.cpp" line="98"/>
        <source>Import %n model(s)</source>
        <translation>
            <numerusform>%n Modell importieren</numerusform>
            <numerusform>%n Modelle importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="21"/>
        <source>Filter by twin, source or text</source>
        <translation>Nach Zwilling, Quelle oder Text filtern</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Twin</source>
        <translation>Zwilling</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="51"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="52"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="53"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="104"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="106"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="166"/>
        <source>Events in %1 · dropped %2 · failed %3 · changes %4 · mailbox %5 · commit p50 %6 µs, p99 %7 µs</source>
        <translation>Ereignisse ein %1 · verworfen %2 · fehlgeschlagen %3 · Änderungen %4 · Mailbox %5 · Commit p50 %6 µs, p99 %7 µs</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="234"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="237"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="240"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="242"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="244"/>
        <source>&amp;Export Picture…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="245"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="254"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="255"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="259"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="260"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="262"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="264"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="266"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="268"/>
        <source>&amp;Find Twin…</source>
        <translation>Zwilling &amp;finden…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="270"/>
        <source>Auto &amp;Layout</source>
        <translation>Automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="271"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="272"/>
        <source>Align in a &amp;Row</source>
        <translation>In einer &amp;Zeile ausrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="274"/>
        <source>Align in a &amp;Column</source>
        <translation>In einer &amp;Spalte ausrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="276"/>
        <source>Edit &amp;Model…</source>
        <translation>&amp;Modell bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="276"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="278"/>
        <source>Edit Mappin&amp;g…</source>
        <translation>Zuordnun&amp;g bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="279"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="281"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="283"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="285"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="286"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="287"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="287"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="289"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="294"/>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="300"/>
        <source>&amp;Command Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="301"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="303"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="303"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="306"/>
        <source>&amp;Design</source>
        <translation>E&amp;ntwurf</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="307"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="308"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="471"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="309"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="311"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Überwachen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="312"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="318"/>
        <source>&amp;Operator View</source>
        <translation>&amp;Bedieneransicht</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="319"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="321"/>
        <source>Leave Operator View</source>
        <translation>Bedieneransicht verlassen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="325"/>
        <source>&amp;Start All Twins</source>
        <translation>&amp;Alle Zwillinge starten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="325"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="328"/>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="328"/>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="332"/>
        <source>Serve Twins over &amp;HTTP…</source>
        <translation>Zwillinge über &amp;HTTP bereitstellen…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="335"/>
        <source>&amp;About Twinloom</source>
        <translation>&amp;Über Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="337"/>
        <source>About Twinloom</source>
        <translation>Über Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="338"/>
        <source>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;A studio and engine for interoperable digital twins: design twin graphs, run them, and watch them live.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;Ein Studio und eine Engine für interoperable digitale Zwillinge: Zwillingsgraphen entwerfen, ausführen und live beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="350"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="356"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>DTDL Models…</source>
        <translation type="vanished">DTDL-Modelle…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="360"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="364"/>
        <source>Import DTDL Models</source>
        <translation>DTDL-Modelle importieren</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="361"/>
        <source>DTDL files (*.json);;All files (*)</source>
        <translation>DTDL-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DTDL Folder…</source>
        <translation type="vanished">DTDL-Ordner…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="369"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="372"/>
        <source>Import DTDL Folder</source>
        <translation>DTDL-Ordner importieren</translation>
    </message>
    <message>
        <source>WoT Thing Descriptions as a New Project…</source>
        <translation type="vanished">WoT Thing Descriptions als neues Projekt…</translation>
    </message>
    <message>
        <source>Azure Digital Twins Graph as a New Project…</source>
        <translation type="vanished">Azure-Digital-Twins-Graph als neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="387"/>
        <source>JSON files (*.json *.jsonld *.ndjson);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jsonld *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="393"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="396"/>
        <source>Export %1…</source>
        <translation>%1 exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="399"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="400"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="406"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="413"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="429"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="441"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="445"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="448"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="449"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="450"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="451"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="460"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="461"/>
        <source>Twinloom will use %1 from its next start.</source>
        <translation>Twinloom verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="473"/>
        <source>Start &amp;Node</source>
        <translation>&amp;Knoten starten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="478"/>
        <source>(no deployment nodes)</source>
        <translation>(keine Bereitstellungsknoten)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="492"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="496"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="536"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="541"/>
        <source>Twins</source>
        <translation>Zwillinge</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="546"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="548"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="551"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="557"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="588"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="590"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="682"/>
        <source>while running</source>
        <translation>im Betrieb</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="711"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="713"/>
        <source>%1 is not a Twinloom project: it is not a JSON object</source>
        <translation>%1 ist kein Twinloom-Projekt: Es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1267"/>
        <source>Twins are not served over HTTP.</source>
        <translation>Zwillinge werden nicht über HTTP bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1268"/>
        <source>Twins will be served over HTTP on %1 from the next start.</source>
        <translation>Zwillinge werden ab dem nächsten Start über HTTP auf %1 bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1280"/>
        <source>Serve Twins over HTTP</source>
        <translation>Zwillinge über HTTP bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1281"/>
        <source>Address and port (127.0.0.1 keeps it to this computer; the API is described at /api/openapi.json):</source>
        <translation>Adresse und Port (127.0.0.1 beschränkt es auf diesen Computer; die API ist unter /api/openapi.json beschrieben):</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="589"/>
        <source>Monitor</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="358"/>
        <source>Import DTDL Models…</source>
        <translation>DTDL-Modelle importieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="367"/>
        <source>Import DTDL Folder…</source>
        <translation>DTDL-Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="376"/>
        <source>Import WoT Thing Descriptions as a New Project…</source>
        <translation>WoT Thing Descriptions als neues Projekt importieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="377"/>
        <source>Import Azure Digital Twins Graph as a New Project…</source>
        <translation>Azure-Digital-Twins-Graph als neues Projekt importieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="653"/>
        <source>%1[*] — Twinloom</source>
        <translation>%1[*] — Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="654"/>
        <source> (running)</source>
        <translation> (läuft)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="689"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="690"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="691"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="512"/>
        <location filename="../app/studio/monitor/monitorview.cpp" line="286"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="600"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="701"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document</source>
        <translation type="vanished">%1 ist kein JSON-Dokument</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="747"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="758"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="772"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="772"/>
        <source>The project has changes that are not saved.</source>
        <translation>Das Projekt hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="797"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="803"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="858"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="798"/>
        <source>Twinloom projects (*.twinloom.json);;JSON files (*.json);;All files (*)</source>
        <translation>Twinloom-Projekte (*.twinloom.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="812"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="828"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="820"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="821"/>
        <source>Twinloom projects (*.twinloom.json)</source>
        <translation>Twinloom-Projekte (*.twinloom.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="882"/>
        <source>Autosaved</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="899"/>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="900"/>
        <source>Twinloom found unsaved changes to %1 from a session that did not end normally. Recover them?</source>
        <translation>Twinloom hat ungespeicherte Änderungen an %1 aus einer Sitzung gefunden, die nicht normal beendet wurde. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="947"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="964"/>
        <source>The models were not imported:
%1</source>
        <translation>Die Modelle wurden nicht importiert:
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="968"/>
        <source>The models are in the project already.</source>
        <translation>Die Modelle sind bereits im Projekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="972"/>
        <source>Imported %n model(s); they are in the palette.</source>
        <translation>
            <numerusform>%n Modell importiert; es ist in der Palette.</numerusform>
            <numerusform>%n Modelle importiert; sie sind in der Palette.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="983"/>
        <source>Nothing was imported:
%1</source>
        <translation>Nichts wurde importiert:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="996"/>
        <source>Imported with %n note(s): see the Problems panel after saving.</source>
        <translation>
            <numerusform>Mit %n Hinweis importiert: siehe Bereich Probleme nach dem Speichern.</numerusform>
            <numerusform>Mit %n Hinweisen importiert: siehe Bereich Probleme nach dem Speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1007"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1008"/>
        <source>The project was not exported:
%1</source>
        <translation>Das Projekt wurde nicht exportiert:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1010"/>
        <source>%n note(s) about what the format cannot express</source>
        <translation>
            <numerusform>%n Hinweis zu dem, was das Format nicht ausdrücken kann</numerusform>
            <numerusform>%n Hinweise zu dem, was das Format nicht ausdrücken kann</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1013"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1031"/>
        <source>Twin graph</source>
        <translation>Zwillingsgraph</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1043"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1059"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1071"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1077"/>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1072"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1079"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1095"/>
        <source>Copied %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling kopiert</numerusform>
            <numerusform>%n Zwillinge kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1120"/>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1124"/>
        <source>Paste %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling einfügen</numerusform>
            <numerusform>%n Zwillinge einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1151"/>
        <source>Delete %n wire(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1152"/>
        <source>Delete %n twin(s)</source>
        <translation>
            <numerusform>%n Zwilling löschen</numerusform>
            <numerusform>%n Zwillinge löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1166"/>
        <source>Auto layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1189"/>
        <source>Align in a row</source>
        <translation>In einer Zeile ausrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1189"/>
        <source>Align in a column</source>
        <translation>In einer Spalte ausrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1247"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1253"/>
        <source>The project cannot run: %n error(s), see the log.</source>
        <translation>
            <numerusform>Das Projekt kann nicht ausgeführt werden: %n Fehler, siehe Protokoll.</numerusform>
            <numerusform>Das Projekt kann nicht ausgeführt werden: %n Fehler, siehe Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="59"/>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="111"/>
        <source>the twin&apos;s model does not resolve</source>
        <translation>das Modell des Zwillings lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="128"/>
        <location filename="../app/studio/design/mappingeditor.cpp" line="134"/>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="168"/>
        <source>Pass through physical names that name a property or event</source>
        <translation>Physische Namen durchreichen, die eine Eigenschaft oder ein Ereignis benennen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>Pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="117"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="158"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <source>Steps (JSON)</source>
        <translation>Schritte (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="181"/>
        <source>A JSON array of steps such as [{&quot;type&quot;: &quot;scale&quot;, &quot;factor&quot;: 0.1}]; step types: %1</source>
        <translation>Ein JSON-Array von Schritten wie [{&quot;type&quot;: &quot;scale&quot;, &quot;factor&quot;: 0.1}]; Schrittarten: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="186"/>
        <source>property or event; empty: decided by the name</source>
        <translation>property oder event; leer: ergibt sich aus dem Namen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="192"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="193"/>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="203"/>
        <source>Sample payload (JSON: physical names → values)</source>
        <translation>Beispiel-Nutzdaten (JSON: physische Namen → Werte)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="209"/>
        <source>What the twin would commit</source>
        <translation>Was der Zwilling übernehmen würde</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="262"/>
        <source>Mapping of %1</source>
        <translation>Zuordnung von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="264"/>
        <source>No twin selected</source>
        <translation>Kein Zwilling ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="265"/>
        <source>Shadowing rules of %1 (model %2)</source>
        <translation>Shadowing-Regeln von %1 (Modell %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="351"/>
        <source>rule %1: &quot;from&quot; must name the physical property or event it reads</source>
        <translation>Regel %1: &quot;from&quot; muss die physische Eigenschaft oder das Ereignis nennen, das sie liest</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="361"/>
        <source>rule %1: pointer &apos;%2&apos; must start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation>Regel %1: Zeiger &apos;%2&apos; muss mit &apos;/&apos; beginnen, und auf &apos;~&apos; muss 0 oder 1 folgen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="377"/>
        <source>rule %1: kind must be property or event</source>
        <translation>Regel %1: kind muss property oder event sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="386"/>
        <source>rule %1: steps must be a JSON array of steps</source>
        <translation>Regel %1: steps muss ein JSON-Array von Schritten sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="418"/>
        <source>Edit mapping of %1</source>
        <translation>Zuordnung von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="451"/>
        <source>Add a mapping rule to %1</source>
        <translation>Zuordnungsregel zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="473"/>
        <source>Remove a mapping rule of %1</source>
        <translation>Zuordnungsregel von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="487"/>
        <source>The sample must be a JSON object of physical names and their values, e.g. {&quot;env&quot;: {&quot;t&quot;: 21.5}}.</source>
        <translation>Das Beispiel muss ein JSON-Objekt aus physischen Namen und ihren Werten sein, z. B. {&quot;env&quot;: {&quot;t&quot;: 21.5}}.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="511"/>
        <source>dropped by a step</source>
        <translation>von einem Schritt verworfen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="513"/>
        <source>not in the sample</source>
        <translation>nicht im Beispiel</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="522"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="524"/>
        <source>Paste a sample payload to see what each rule yields.</source>
        <translation>Fügen Sie Beispiel-Nutzdaten ein, um zu sehen, was jede Regel ergibt.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="525"/>
        <source>Nothing would change.</source>
        <translation>Nichts würde sich ändern.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="117"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="160"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="118"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="162"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="118"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="163"/>
        <source>Writable</source>
        <translation>Schreibbar</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="118"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="164"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="165"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="127"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="133"/>
        <source>e.g. temperature</source>
        <translation>z. B. temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="148"/>
        <source>Applications may write a desired value</source>
        <translation>Anwendungen dürfen einen Sollwert schreiben</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="151"/>
        <source>none</source>
        <comment>no minimum</comment>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="152"/>
        <source>none</source>
        <comment>no maximum</comment>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="157"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="161"/>
        <source>Schema details (JSON)</source>
        <translation>Schema-Details (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="166"/>
        <source>Target model</source>
        <translation>Zielmodell</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="167"/>
        <source>Max. multiplicity</source>
        <translation>Max. Multiplizität</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="168"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="168"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="175"/>
        <source>argument name (none: no argument)</source>
        <translation>Name des Arguments (leer: kein Argument)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="176"/>
        <source>result name (none: no result)</source>
        <translation>Name des Ergebnisses (leer: kein Ergebnis)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="186"/>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="44"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="187"/>
        <source>Apply to Selected</source>
        <translation>Auf Auswahl anwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="188"/>
        <source>Remove Selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="237"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="241"/>
        <source>%1 is read from &apos;%2&apos;: edit that file, or import it.</source>
        <translation>%1 wird aus &apos;%2&apos; gelesen: Bearbeiten Sie diese Datei oder importieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="347"/>
        <source>(as in the model&apos;s JSON)</source>
        <translation>(wie im JSON des Modells)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="358"/>
        <source>A %1 is edited in the twin model&apos;s JSON.</source>
        <translation>Ein Eintrag der Art %1 wird im JSON des Modells bearbeitet.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="371"/>
        <source>name: &apos;%1&apos; is not a valid name: it starts with a letter, then letters, digits or &apos;_&apos;, and does not end with &apos;_&apos;</source>
        <translation>name: &apos;%1&apos; ist kein gültiger Name: Er beginnt mit einem Buchstaben, gefolgt von Buchstaben, Ziffern oder &apos;_&apos;, und endet nicht auf &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="383"/>
        <source>name: the model already has an entry named &apos;%1&apos;</source>
        <translation>name: Das Modell hat bereits einen Eintrag namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="392"/>
        <source>unit: &apos;%1&apos; is not a unit Twinloom knows</source>
        <translation>unit: &apos;%1&apos; ist keine Einheit, die Twinloom kennt</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="410"/>
        <source>schema: the %1 schema needs its details as a JSON object, e.g. %2</source>
        <translation>schema: Das Schema %1 braucht seine Details als JSON-Objekt, z. B. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="442"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="446"/>
        <source>%1: only a numeric schema has one</source>
        <translation>%1: Nur ein numerisches Schema hat einen solchen Wert</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="455"/>
        <source>minimum: %1 is above the maximum %2</source>
        <translation>minimum: %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="483"/>
        <source>%1: &apos;%2&apos; is not a valid name</source>
        <translation>%1: &apos;%2&apos; ist kein gültiger Name</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="513"/>
        <source>the model is not valid</source>
        <translation>das Modell ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="539"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="551"/>
        <source>Select an entry first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="562"/>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="576"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="146"/>
        <source>There is no twin &apos;%1&apos; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Zwilling „%1“.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="160"/>
        <source>Twin &apos;%1&apos; has no known model: there is nothing to show.</source>
        <translation>Zwilling „%1“ hat kein bekanntes Modell: es gibt nichts anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="187"/>
        <source>There is no dashboard &apos;%1&apos; in this project.</source>
        <translation>In diesem Projekt gibt es kein Dashboard „%1“.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="335"/>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="195"/>
        <source>Tile %1: %2</source>
        <translation>Kachel %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="593"/>
        <source>The dashboard of a remote twin is generated: it cannot be edited.</source>
        <translation>Das Dashboard eines entfernten Zwillings wird erzeugt: Es kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="608"/>
        <source>Choose a twin or a dashboard first.</source>
        <translation>Wählen Sie zuerst einen Zwilling oder ein Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="615"/>
        <source>Cannot add the tile: %1</source>
        <translation>Die Kachel kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="624"/>
        <source>Add %1 Tile</source>
        <translation>Kachel „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="630"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="642"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="667"/>
        <source>There is no tile %1.</source>
        <translation>Es gibt keine Kachel %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="636"/>
        <source>Remove Tile</source>
        <translation>Kachel entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="647"/>
        <source>A tile must stay inside the %1 columns of the dashboard.</source>
        <translation>Eine Kachel muss innerhalb der %1 Spalten des Dashboards bleiben.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="661"/>
        <source>Move Tile</source>
        <translation>Kachel verschieben</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="661"/>
        <source>Resize Tile</source>
        <translation>Kachelgröße ändern</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="680"/>
        <source>Cannot change the tile: %1</source>
        <translation>Die Kachel kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="689"/>
        <source>A plot shows from 1 second to %1 days.</source>
        <translation>Ein Diagramm zeigt 1 Sekunde bis %1 Tage.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="702"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="751"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="784"/>
        <source>Tile %1 is not a plot.</source>
        <translation>Kachel %1 ist kein Diagramm.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="756"/>
        <source>Change Plot Time Span</source>
        <translation>Zeitspanne des Diagramms ändern</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="685"/>
        <source>The history of a plot holds from 2 to %1 samples.</source>
        <translation>Der Verlauf eines Diagramms fasst 2 bis %1 Messwerte.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="111"/>
        <source>Remote twins are not available here.</source>
        <translation>Entfernte Zwillinge sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="120"/>
        <source>Remote twin &apos;%1&apos; has no usable model: there is nothing to show.</source>
        <translation>Der entfernte Zwilling &apos;%1&apos; hat kein verwendbares Modell: Es gibt nichts anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="126"/>
        <source>%1 (remote, %2)</source>
        <translation>%1 (entfernt, %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="707"/>
        <source>Change Plot History</source>
        <translation>Diagrammverlauf ändern</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="49"/>
        <source>&amp;Dashboard:</source>
        <translation>&amp;Dashboard:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="53"/>
        <source>&amp;Edit</source>
        <comment>edit the dashboard</comment>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="55"/>
        <source>Add and remove tiles, drag them to move or resize them, and configure them</source>
        <translation>Kacheln hinzufügen und entfernen, durch Ziehen verschieben oder in der Größe ändern und einrichten</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="57"/>
        <source>&amp;Add Tile</source>
        <translation>Kachel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="62"/>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="63"/>
        <source>Remove the saved dashboard; the twin gets its generated one</source>
        <translation>Das gespeicherte Dashboard entfernen; der Zwilling erhält sein erzeugtes</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="72"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="486"/>
        <source>Remote &amp;Twins…</source>
        <translation>Entfernte &amp;Zwillinge…</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="75"/>
        <source>Brokers on which twins of other engines are announced, to show them here</source>
        <translation>Broker, auf denen Zwillinge anderer Engines angekündigt werden, um sie hier anzuzeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="118"/>
        <source>Reset Dashboard</source>
        <translation>Dashboard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="163"/>
        <source>Twin %1</source>
        <translation>Zwilling %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="164"/>
        <source>Twin %1 (%2)</source>
        <translation>Zwilling %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="170"/>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="196"/>
        <source>Remote — %1</source>
        <translation>Entfernt — %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="203"/>
        <source>Remote twin %1</source>
        <translation>Entfernter Zwilling %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="204"/>
        <source>Remote twin %1 (%2)</source>
        <translation>Entfernter Zwilling %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="205"/>
        <source>%1 — offline</source>
        <translation>%1 — offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/tiletype.cpp" line="138"/>
        <source>Plot of %n Properties</source>
        <translation>
            <numerusform>Diagramm von %n Eigenschaft</numerusform>
            <numerusform>Diagramm von %n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="111"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="124"/>
        <source>Table of %1</source>
        <translation>Tabelle von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="125"/>
        <source>Table of Properties</source>
        <translation>Tabelle der Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="126"/>
        <source>Table of Properties of %1</source>
        <translation>Tabelle der Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="140"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="147"/>
        <source>Entanglement</source>
        <translation>Verschränkung</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="144"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="147"/>
        <source>Entanglement of %1</source>
        <translation>Verschränkung von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="280"/>
        <source>Nothing to add</source>
        <translation>Nichts hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="294"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="295"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="296"/>
        <location filename="../app/studio/monitor/monitorview.cpp" line="304"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="35"/>
        <source>Twin models</source>
        <translation>Zwillingsmodelle</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="60"/>
        <source>Physical adapters</source>
        <translation>Physische Adapter</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="61"/>
        <source>Digital adapters</source>
        <translation>Digitale Adapter</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="694"/>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="721"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="741"/>
        <source>Unknown picture format &apos;%1&apos;: use .png or .pdf</source>
        <translation>Unbekanntes Bildformat „%1“: .png oder .pdf verwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="745"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="26"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="303"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="43"/>
        <source>HTTP&amp;S</source>
        <translation>HTTP&amp;S</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="48"/>
        <source>Remote Twins</source>
        <translation>Entfernte Zwillinge</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="49"/>
        <source>MQTT broker</source>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="50"/>
        <source>CoAP server</source>
        <translation>CoAP-Server</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="51"/>
        <source>HTTP runner</source>
        <translation>HTTP-Runner</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="53"/>
        <source>bearer token, kept until the studio closes</source>
        <translation>Bearer-Token, bleibt erhalten, bis das Studio geschlossen wird</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="59"/>
        <source>kept until the studio closes</source>
        <translation>bleibt erhalten, bis das Studio geschlossen wird</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="60"/>
        <source>CA certificate file, for TLS</source>
        <translation>CA-Zertifikatsdatei, für TLS</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="66"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="70"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="71"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="72"/>
        <source>Topic p&amp;refix:</source>
        <translation>Topic-P&amp;räfix:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="73"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="74"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="75"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="76"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="79"/>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="83"/>
        <source>Sources browsed for twin descriptions:</source>
        <translation>Nach Zwillingsbeschreibungen durchsuchte Quellen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="164"/>
        <source>connected, %n twin(s)</source>
        <translation>
            <numerusform>verbunden, %n Zwilling</numerusform>
            <numerusform>verbunden, %n Zwillinge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="165"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="167"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="168"/>
        <source>%1, prefix %2 — %3</source>
        <translation>%1, Präfix %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="174"/>
        <source>%n problem(s) so far</source>
        <translation>
            <numerusform>bisher %n Problem</numerusform>
            <numerusform>bisher %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotetwins.cpp" line="241"/>
        <source>%1 does not announce a twin &apos;%2&apos;.</source>
        <translation>%1 kündigt keinen Zwilling &apos;%2&apos; an.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotetwins.cpp" line="288"/>
        <source>The mirror of the remote twin cannot run:
%1</source>
        <translation>Das Abbild des entfernten Zwillings kann nicht laufen:
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="217"/>
        <source>PT5S or seconds</source>
        <translation>PT5S oder Sekunden</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="259"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="286"/>
        <source>Configuration (JSON)</source>
        <translation>Konfiguration (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="378"/>
        <source>Not set: the adapter&apos;s default applies.</source>
        <translation>Nicht gesetzt: Es gilt der Standardwert des Adapters.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="439"/>
        <source>%1: must be an integer between %2 and %3</source>
        <translation>%1: muss eine ganze Zahl zwischen %2 und %3 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="440"/>
        <source>%1: must be a number between %2 and %3</source>
        <translation>%1: muss eine Zahl zwischen %2 und %3 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="443"/>
        <source>%1: must be an integer of at least %2</source>
        <translation>%1: muss eine ganze Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="444"/>
        <source>%1: must be a number of at least %2</source>
        <translation>%1: muss eine Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="447"/>
        <source>%1: must be an integer of at most %2</source>
        <translation>%1: muss eine ganze Zahl von höchstens %2 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="448"/>
        <source>%1: must be a number of at most %2</source>
        <translation>%1: muss eine Zahl von höchstens %2 sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="452"/>
        <source>%1: must be an ISO 8601 duration such as PT5S, or a number of seconds</source>
        <translation>%1: muss eine ISO-8601-Dauer wie PT5S oder eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="456"/>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="458"/>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="464"/>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="466"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="468"/>
        <source>%1: must be a JSON array</source>
        <translation>%1: muss ein JSON-Array sein</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="38"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="44"/>
        <source>Gauge</source>
        <translation>Zeigerinstrument</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="51"/>
        <source>Lamp</source>
        <translation>Lampe</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="64"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="76"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="102"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="96"/>
        <source>Action button</source>
        <translation>Aktionsschaltfläche</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="85"/>
        <source>Desired value</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="130"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="113"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="36"/>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="38"/>
        <source>Time &amp;span:</source>
        <translation>Zeit&amp;spanne:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="40"/>
        <source>Series:</source>
        <translation>Reihen:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="45"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="47"/>
        <source>Click a tile to configure it; drag it to move it, drag its corner to resize it.</source>
        <translation>Klicken Sie auf eine Kachel, um sie einzurichten; ziehen Sie sie, um sie zu verschieben, und ziehen Sie ihre Ecke, um ihre Größe zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="61"/>
        <source> samples</source>
        <translation> Messwerte</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="63"/>
        <source>The most samples the plot holds per series</source>
        <translation>Die meisten Messwerte, die das Diagramm je Reihe hält</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="65"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="67"/>
        <source>The time the plot shows while it follows the present</source>
        <translation>Die Zeit, die das Diagramm zeigt, solange es der Gegenwart folgt</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="73"/>
        <source>&amp;Shows:</source>
        <translation>&amp;Zeigt:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="74"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="107"/>
        <source>Rename Tile</source>
        <translation>Kachel umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="121"/>
        <source>Change What a Tile Shows</source>
        <translation>Inhalt der Kachel ändern</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="130"/>
        <source>Change Tile Type</source>
        <translation>Kacheltyp ändern</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="155"/>
        <source>Add Plot Series</source>
        <translation>Diagrammreihe hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="164"/>
        <source>Remove Plot Series</source>
        <translation>Diagrammreihe entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="188"/>
        <source>Tile</source>
        <translation>Kachel</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="210"/>
        <source>All properties</source>
        <translation>Alle Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="212"/>
        <source>Relationship %1</source>
        <translation>Beziehung %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="215"/>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="217"/>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="219"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="221"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="252"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="110"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="215"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="215"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="302"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="459"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="225"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="460"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="226"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="461"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="226"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="244"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="118"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="281"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="402"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="411"/>
        <source>No answer: the engine stopped</source>
        <translation>Keine Antwort: die Engine wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="416"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="418"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="420"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="436"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="462"/>
        <source>The twins are not running: start them first (F5)</source>
        <translation>Die Zwillinge laufen nicht: zuerst starten (F5)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="447"/>
        <source>Bad argument: %1</source>
        <translation>Ungültiges Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="451"/>
        <source>Invoking %1</source>
        <translation>%1 wird aufgerufen</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="464"/>
        <source>Nothing to write</source>
        <translation>Nichts zu schreiben</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="484"/>
        <source>Bad value: %1</source>
        <translation>Ungültiger Wert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="486"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/studio/design/twinitem.cpp" line="287"/>
        <source>no node</source>
        <translation>kein Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="55"/>
        <source>Find a twin by name, id or model (Ctrl+F)</source>
        <translation>Zwilling nach Name, Id oder Modell finden (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="147"/>
        <source>Id: %1
Model: %2</source>
        <translation>Id: %1
Modell: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="149"/>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="151"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="164"/>
        <source>%1 of %2 twins</source>
        <translation>%1 von %2 Zwillingen</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="165"/>
        <source>1 twin</source>
        <translation>1 Zwilling</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="166"/>
        <source>%1 twins</source>
        <translation>%1 Zwillinge</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <location filename="../qml/ValueTile.qml" line="13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
</TS>
