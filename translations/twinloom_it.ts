<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActionTile</name>
    <message>
        <location filename="../qml/ActionTile.qml" line="26"/>
        <source>Invoke</source>
        <translation>Esegui</translation>
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
        <translation>I gemelli non sono in esecuzione: avviali con Esegui ▸ Avvia tutti i gemelli (F5).</translation>
    </message>
    <message>
        <location filename="../qml/Dashboard.qml" line="165"/>
        <source>Choose a twin to see its dashboard.</source>
        <translation>Scegli un gemello per vederne la dashboard.</translation>
    </message>
</context>
<context>
    <name>DesiredTile</name>
    <message>
        <location filename="../qml/DesiredTile.qml" line="13"/>
        <source>reported %1 · desired %2</source>
        <translation>riportato %1 · desiderato %2</translation>
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
        <translation>valore</translation>
    </message>
    <message>
        <location filename="../qml/DesiredTile.qml" line="68"/>
        <source>Set</source>
        <translation>Imposta</translation>
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
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>EventLogTile</name>
    <message>
        <location filename="../qml/EventLogTile.qml" line="27"/>
        <source>No events yet</source>
        <translation>Ancora nessun evento</translation>
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
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="59"/>
        <location filename="../qml/PlotTile.qml" line="97"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="vanished">Dal vivo</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="55"/>
        <source>Time span shown while following the present</source>
        <translation>Intervallo mostrato mentre segue il presente</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="63"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="65"/>
        <source>Export the samples in view</source>
        <translation>Esporta i campioni visibili</translation>
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
        <translation>Intervallo, pausa, esporta</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="93"/>
        <source>Time Span: %1…</source>
        <translation>Intervallo: %1…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="176"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="177"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ In pausa</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="177"/>
        <source>◀ Past</source>
        <translation>◀ Passato</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="184"/>
        <source>Go live</source>
        <translation>Torna live</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="193"/>
        <source>Following the present</source>
        <translation>Segue il presente</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="194"/>
        <source>Click to follow the present again</source>
        <translation>Clicca per seguire di nuovo il presente</translation>
    </message>
    <message>
        <source>Pause, follow, export</source>
        <translation type="vanished">Pausa, segui, esporta</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="101"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="105"/>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <location filename="../qml/PlotTile.qml" line="109"/>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
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
        <translation>Niente da elencare</translation>
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
        <translation>non aggiornato · %1</translation>
    </message>
    <message>
        <location filename="../qml/TileFrame.qml" line="206"/>
        <source>Remove tile</source>
        <translation>Rimuovi riquadro</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>has no version; written as %1, a name a Device Models Repository cannot resolve</source>
        <translation type="vanished">non ha versione; scritta come %1, un nome che un Device Models Repository non sa risolvere</translation>
    </message>
</context>
<context>
    <name>Twinloom::Adapters</name>
    <message>
        <location filename="../adapters/codec/cbor.cpp" line="67"/>
        <location filename="../adapters/codec/senml.cpp" line="62"/>
        <source>the payload is not valid CBOR: %1</source>
        <translation>il payload non è CBOR valido: %1</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="66"/>
        <source>a SenML pack must be an array of records</source>
        <translation>un pack SenML deve essere un array di record</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="72"/>
        <source>a SenML record is not a map</source>
        <translation>un record SenML non è una mappa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="218"/>
        <source>no codec reads the content format %1</source>
        <translation>nessun codec legge il Content-Format %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="270"/>
        <source>DTLS</source>
        <translation>DTLS</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="273"/>
        <source>&quot;dtls&quot; is an object: {&quot;identity&quot;, &quot;key&quot;}</source>
        <translation>&quot;dtls&quot; è un oggetto: {&quot;identity&quot;, &quot;key&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="283"/>
        <source>the pre-shared key is empty</source>
        <translation>la chiave pre-condivisa è vuota</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="288"/>
        <source>the identity is empty</source>
        <translation>l&apos;identità è vuota</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapcommon.cpp" line="292"/>
        <source>this libcoap has no DTLS support</source>
        <translation>questa libcoap non supporta DTLS</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="126"/>
        <source>CoAP</source>
        <translation>CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="127"/>
        <source>Serves the twin as CoAP resources: its description, properties (Observe, PUT desired values), actions (POST) and events (Observe).</source>
        <translation>Espone il gemello come risorse CoAP: la sua descrizione, le proprietà (Observe, PUT dei valori desiderati), le azioni (POST) e gli eventi (Observe).</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="150"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="841"/>
        <source>the CoAP adapter&apos;s configuration is an object</source>
        <translation>la configurazione dell&apos;adattatore CoAP è un oggetto</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="155"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="844"/>
        <source>the CoAP adapter</source>
        <translation>l&apos;adattatore CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapdigitaladapter.cpp" line="160"/>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="77"/>
        <source>&quot;host&quot; is the address to listen on</source>
        <translation>&quot;host&quot; è l&apos;indirizzo su cui restare in ascolto</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="49"/>
        <source>link format, at byte %1: %2</source>
        <translation>formato dei link, al byte %1: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="55"/>
        <source>a link starts with &apos;&lt;&apos;</source>
        <translation>un link inizia con &apos;&lt;&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="58"/>
        <source>&apos;&lt;&apos; without &apos;&gt;&apos;</source>
        <translation>&apos;&lt;&apos; senza &apos;&gt;&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="62"/>
        <source>a link has an empty target</source>
        <translation>un link ha una destinazione vuota</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="74"/>
        <source>an attribute has no name</source>
        <translation>un attributo non ha nome</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="98"/>
        <source>a quoted value is not closed</source>
        <translation>un valore tra virgolette non è chiuso</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="120"/>
        <source>&quot;ct&quot; must list numbers from 0 to 65535</source>
        <translation>&quot;ct&quot; deve elencare numeri da 0 a 65535</translation>
    </message>
    <message>
        <location filename="../adapters/coap/linkformat.cpp" line="133"/>
        <source>links are separated by &apos;,&apos;</source>
        <translation>i link sono separati da &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="138"/>
        <location filename="../adapters/coap/coapserver.cpp" line="199"/>
        <source>cannot create a CoAP context</source>
        <translation>impossibile creare un contesto CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="202"/>
        <source>cannot resolve the host &apos;%1&apos;</source>
        <translation>impossibile risolvere l&apos;host &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="91"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="557"/>
        <source>the DTLS handshake did not complete (wrong identity or key?)</source>
        <translation>l&apos;handshake DTLS non si è concluso (identità o chiave errata?)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="461"/>
        <source>no answer from the device after %1 retransmissions</source>
        <translation>nessuna risposta dal dispositivo dopo %1 ritrasmissioni</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="465"/>
        <source>the message could not be delivered</source>
        <translation>impossibile consegnare il messaggio</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="468"/>
        <source>the device reset the message</source>
        <translation>il dispositivo ha resettato il messaggio</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="471"/>
        <source>the DTLS handshake failed</source>
        <translation>handshake DTLS non riuscito</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="474"/>
        <source>the device is unreachable (ICMP)</source>
        <translation>il dispositivo non è raggiungibile (ICMP)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="556"/>
        <source>the DTLS session closed</source>
        <translation>la sessione DTLS è stata chiusa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="86"/>
        <source>no answer to a ping within %1 s</source>
        <translation>nessuna risposta a un ping entro %1 s</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="93"/>
        <source>no answer from the device</source>
        <translation>nessuna risposta dal dispositivo</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="118"/>
        <source>the adapter stopped</source>
        <translation>l&apos;adattatore si è fermato</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapclient.cpp" line="219"/>
        <source>cannot open a CoAP session to %1:%2</source>
        <translation>impossibile aprire una sessione CoAP verso %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="139"/>
        <source>the CoAP session was closed</source>
        <translation>la sessione CoAP è stata chiusa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="239"/>
        <source>CoAP device %1:%2: %3</source>
        <translation>dispositivo CoAP %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="364"/>
        <source>discovery at /.well-known/core found no resource to synchronise (see &quot;include&quot; and &quot;ignore&quot;); asking again</source>
        <translation>la scoperta su /.well-known/core non ha trovato risorse da sincronizzare (vedi &quot;include&quot; e &quot;ignore&quot;); nuova richiesta in seguito</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="391"/>
        <source>action &apos;%1&apos;: the device answered %2</source>
        <translation>azione &apos;%1&apos;: il dispositivo ha risposto %2</translation>
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
        <translation>il dispositivo ha inviato un corpo oltre il limite di %1 byte («maxPayload»)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="484"/>
        <source>a response</source>
        <translation>una risposta</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="496"/>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="497"/>
        <source>; the resource is not read again</source>
        <translation>; la risorsa non viene più letta</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="500"/>
        <source>%1: %2; the session starts again</source>
        <translation>%1: %2; la sessione ricomincia</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="530"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="724"/>
        <location filename="../adapters/coap/coapserver.cpp" line="754"/>
        <location filename="../adapters/http/httpapi.cpp" line="1268"/>
        <location filename="../adapters/http/httpapi.cpp" line="1284"/>
        <source>action &apos;%1&apos;: %2</source>
        <translation>azione &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="565"/>
        <source>discovery at /.well-known/core: the device answered %1</source>
        <translation>rilevamento tramite /.well-known/core: il dispositivo ha risposto %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="572"/>
        <source>discovery at /.well-known/core: %1</source>
        <translation>rilevamento tramite /.well-known/core: %1</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="620"/>
        <source>%1: a payload of %2 bytes is over the limit of %3; refused</source>
        <translation>%1: un payload di %2 byte supera il limite di %3; rifiutato</translation>
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
        <translation>nessuna risorsa CoAP è configurata per l&apos;azione &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="683"/>
        <source>the CoAP device is unreachable</source>
        <translation>il dispositivo CoAP non è raggiungibile</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="696"/>
        <source>action &apos;%1&apos;: the request could not be sent</source>
        <translation>azione &apos;%1&apos;: impossibile inviare la richiesta</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="709"/>
        <source>action &apos;%1&apos;: no response from the device within %2 ms</source>
        <translation>azione &apos;%1&apos;: nessuna risposta dal dispositivo entro %2 ms</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="743"/>
        <source>&quot;%1&quot; is a list of strings</source>
        <translation>&quot;%1&quot; è un elenco di stringhe</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="748"/>
        <source>a path pattern is a string</source>
        <translation>un modello di percorso è una stringa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="824"/>
        <source>CoAP device</source>
        <translation>Dispositivo CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="825"/>
        <source>Discovers a CoAP device&apos;s resources, observes or polls them; actions are PUT or POST requests.</source>
        <translation>Rileva le risorse di un dispositivo CoAP e le osserva o le interroga periodicamente; le azioni sono richieste PUT o POST.</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="849"/>
        <source>&quot;host&quot; names the device</source>
        <translation>&quot;host&quot; indica il dispositivo</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="866"/>
        <source>&quot;discovery&quot; is true, false or {&quot;include&quot;, &quot;ignore&quot;}</source>
        <translation>&quot;discovery&quot; è true, false o {&quot;include&quot;, &quot;ignore&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="871"/>
        <source>&quot;resources&quot; is a list</source>
        <translation>&quot;resources&quot; è un elenco</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="874"/>
        <source>a resource</source>
        <translation>una risorsa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="881"/>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="922"/>
        <source>a resource path starts with &apos;/&apos;</source>
        <translation>il percorso di una risorsa inizia con &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="890"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="264"/>
        <source>name the physical &quot;property&quot; or &quot;event&quot; it feeds</source>
        <translation>indicare la &quot;property&quot; o l&apos;&quot;event&quot; fisico che alimenta</translation>
    </message>
    <message>
        <location filename="../adapters/codec/valuefield.cpp" line="19"/>
        <source>not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>non è un JSON pointer: deve essere vuoto o iniziare con &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/codec/valuefield.cpp" line="38"/>
        <source>the payload has nothing at &apos;%1&apos;</source>
        <translation>il payload non contiene nulla in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="911"/>
        <source>&quot;actions&quot; is a list</source>
        <translation>&quot;actions&quot; è un elenco</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="914"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="290"/>
        <source>an action</source>
        <translation>un&apos;azione</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="929"/>
        <source>&quot;method&quot; is PUT or POST</source>
        <translation>&quot;method&quot; è PUT o POST</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="949"/>
        <source>&quot;ackTimeout&quot; is a whole number of seconds from 1 to 60 (libcoap does not go below 1 s)</source>
        <translation>&quot;ackTimeout&quot; è un numero intero di secondi da 1 a 60 (libcoap non scende sotto 1 s)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="953"/>
        <source>&quot;maxRetransmit&quot; is from 0 to 10</source>
        <translation>&quot;maxRetransmit&quot; va da 0 a 10</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="959"/>
        <source>&quot;defaultMaxAge&quot; is a number of seconds, 0 or more</source>
        <translation>&quot;defaultMaxAge&quot; è un numero di secondi, 0 o più</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="965"/>
        <source>&quot;maxPayload&quot; is a number of bytes from 1 to 64 MiB</source>
        <translation>&quot;maxPayload&quot; è un numero di byte da 1 a 64 MiB</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="969"/>
        <source>declare &quot;resources&quot; or &quot;actions&quot;, or turn &quot;discovery&quot; on</source>
        <translation>dichiarare &quot;resources&quot; o &quot;actions&quot;, oppure attivare &quot;discovery&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="153"/>
        <source>the CoAP server on %1:%2 already runs with other DTLS settings</source>
        <translation>il server CoAP su %1:%2 è già in esecuzione con altre impostazioni DTLS</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="194"/>
        <source>cannot resolve the CoAP server&apos;s host &apos;%1&apos;</source>
        <translation>impossibile risolvere l&apos;host &apos;%1&apos; del server CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="217"/>
        <source>cannot set up DTLS with a pre-shared key</source>
        <translation>impossibile configurare DTLS con una chiave pre-condivisa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="230"/>
        <source>cannot listen for CoAP on %1:%2: the port is in use by another program</source>
        <translation>impossibile ascoltare CoAP su %1:%2: la porta è usata da un altro programma</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="238"/>
        <source>cannot listen for CoAP on %1:%2 (is the port in use?)</source>
        <translation>impossibile restare in ascolto CoAP su %1:%2 (la porta è in uso?)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="245"/>
        <source>this libcoap cannot be driven from an event loop (no epoll)</source>
        <translation>questa libcoap non può essere gestita da un ciclo di eventi (manca epoll)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="479"/>
        <source>a body of %1 bytes or more is over the limit of %2 bytes</source>
        <translation>un corpo di %1 byte o più supera il limite di %2 byte</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="506"/>
        <source>%1 block-wise bodies are arriving already; try again later</source>
        <translation>stanno già arrivando %1 corpi a blocchi; riprovare più tardi</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="516"/>
        <source>block %1 arrived without the blocks before it; send the body again from block 0</source>
        <translation>il blocco %1 è arrivato senza i blocchi precedenti; inviare di nuovo il corpo dal blocco 0</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="557"/>
        <source>the server cannot take this request now</source>
        <translation>il server non può accettare questa richiesta ora</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="608"/>
        <source>the answer was lost</source>
        <translation>la risposta è andata persa</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="632"/>
        <source>no twin &apos;%1&apos; here</source>
        <translation>qui non c&apos;è nessun gemello &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="644"/>
        <source>Accept %1 is not served: ask for application/json (50) or application/cbor (60)</source>
        <translation>Accept %1 non è servito: richiedere application/json (50) o application/cbor (60)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="664"/>
        <source>Content-Format %1 is not read: send application/json (50), application/cbor (60) or text/plain (0)</source>
        <translation>Content-Format %1 non viene letto: inviare application/json (50), application/cbor (60) o text/plain (0)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="707"/>
        <location filename="../adapters/http/httpapi.cpp" line="913"/>
        <location filename="../adapters/http/httpapi.cpp" line="956"/>
        <location filename="../adapters/http/httpapi.cpp" line="1081"/>
        <source>twin &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha la proprietà &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="712"/>
        <location filename="../adapters/http/httpapi.cpp" line="961"/>
        <source>property &apos;%1&apos; is read-only: it cannot be written</source>
        <translation>la proprietà &apos;%1&apos; è di sola lettura: non può essere scritta</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="721"/>
        <source>PUT carries the desired value of &apos;%1&apos; as its payload</source>
        <translation>PUT trasporta il valore desiderato di &apos;%1&apos; come payload</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="727"/>
        <location filename="../adapters/http/httpapi.cpp" line="978"/>
        <source>property &apos;%1&apos;: %2</source>
        <translation>proprietà &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="731"/>
        <source>desired value of &apos;%1&apos;</source>
        <translation>valore desiderato di &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="739"/>
        <location filename="../adapters/http/httpapi.cpp" line="1252"/>
        <source>twin &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha l&apos;azione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="747"/>
        <location filename="../adapters/http/httpapi.cpp" line="1261"/>
        <source>action &apos;%1&apos; needs an argument &apos;%2&apos; of type %3</source>
        <translation>l&apos;azione &apos;%1&apos; richiede un argomento &apos;%2&apos; di tipo %3</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapserver.cpp" line="761"/>
        <location filename="../adapters/http/httpapi.cpp" line="757"/>
        <source>twin &apos;%1&apos; is not running (%2)</source>
        <translation>il gemello &apos;%1&apos; non è in esecuzione (%2)</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapphysicaladapter.cpp" line="489"/>
        <location filename="../adapters/coap/coapserver.cpp" line="766"/>
        <source>action &apos;%1&apos;</source>
        <translation>azione &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="213"/>
        <source>the request is %1 bytes, over the limit of %2 (&quot;maxPayload&quot;)</source>
        <translation>la richiesta è di %1 byte, oltre il limite di %2 (&quot;maxPayload&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="256"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="257"/>
        <source>Publishes the twin&apos;s state, events and lifecycle; takes actions and desired values.</source>
        <translation>Pubblica lo stato, gli eventi e il ciclo di vita del gemello; riceve azioni e valori desiderati.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="271"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="214"/>
        <source>the MQTT adapter</source>
        <translation>l&apos;adattatore MQTT</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="275"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="218"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="24"/>
        <source>the broker</source>
        <translation>il broker</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="284"/>
        <source>&quot;prefix&quot; is a topic without &apos;+&apos; or &apos;#&apos;</source>
        <translation>&quot;prefix&quot; è un topic senza &apos;+&apos; o &apos;#&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="226"/>
        <location filename="../adapters/mqtt/mqttdigitaladapter.cpp" line="285"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="221"/>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="296"/>
        <source>&quot;qos&quot; is 0, 1 or 2</source>
        <translation>&quot;qos&quot; è 0, 1 o 2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttsession.cpp" line="148"/>
        <source>MQTT: %1</source>
        <translation>MQTT: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="78"/>
        <source>&apos;%1&apos;: a payload of %2 bytes is over the limit of %3; refused</source>
        <translation>&apos;%1&apos;: un payload di %2 byte supera il limite di %3; rifiutato</translation>
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
        <translation>nessun topic MQTT è configurato per l&apos;azione &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="137"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="187"/>
        <source>not connected to the broker</source>
        <translation>non connesso al broker</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="144"/>
        <source>the MQTT client refused to publish on &apos;%1&apos;</source>
        <translation>il client MQTT ha rifiutato di pubblicare su &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="202"/>
        <source>MQTT device</source>
        <translation>Dispositivo MQTT</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="203"/>
        <source>Subscribes to a device&apos;s topics; actions publish to topics.</source>
        <translation>Si sottoscrive ai topic di un dispositivo; le azioni pubblicano sui topic.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="228"/>
        <source>list the topics to subscribe to</source>
        <translation>elencare i topic a cui sottoscriversi</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="233"/>
        <source>a subscription</source>
        <translation>una sottoscrizione</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="250"/>
        <source>a field</source>
        <translation>un campo</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="279"/>
        <source>say which &quot;property&quot; or &quot;event&quot; the messages feed, or list &quot;fields&quot;</source>
        <translation>indicare quale &quot;property&quot; o &quot;event&quot; alimentano i messaggi, oppure elencare i &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttphysicaladapter.cpp" line="300"/>
        <source>an action publishes to one topic: no &apos;+&apos; or &apos;#&apos;</source>
        <translation>un&apos;azione pubblica su un solo topic: niente &apos;+&apos; o &apos;#&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="120"/>
        <source>gone: its engine lost its connection</source>
        <translation>scomparso: il suo motore ha perso la connessione</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="121"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="127"/>
        <source>the remote twin &apos;%1&apos; is %2</source>
        <translation>il gemello remoto &apos;%1&apos; è %2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="140"/>
        <source>the remote twin refused</source>
        <translation>il gemello remoto ha rifiutato</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="167"/>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="335"/>
        <source>&apos;%1&apos; is not a {&quot;value&quot;, &quot;time&quot;} message</source>
        <translation>&apos;%1&apos; non è un messaggio {&quot;value&quot;, &quot;time&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="288"/>
        <source>nothing heard from the part &apos;%1&apos; for %2 s</source>
        <translation>nessuna notizia dalla parte &apos;%1&apos; da %2 s</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="391"/>
        <source>Twin in another engine</source>
        <translation>Gemello in un altro engine</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="392"/>
        <source>Uses a twin published by another engine&apos;s MQTT digital adapter as this twin&apos;s device.</source>
        <translation>Usa come dispositivo di questo gemello un gemello pubblicato dall&apos;adattatore digitale MQTT di un altro engine.</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="402"/>
        <source>the twin link</source>
        <translation>il collegamento al gemello</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="417"/>
        <source>Aggregate of twins in other engines</source>
        <translation>Aggregato di gemelli in altri engine</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinlink.cpp" line="435"/>
        <source>the aggregate</source>
        <translation>l&apos;aggregato</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="172"/>
        <source>&quot;host&quot; names the broker: a host name or an address</source>
        <translation>&quot;host&quot; indica il broker: un nome host o un indirizzo</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="187"/>
        <source>&quot;protocol&quot; is &quot;3.1.1&quot; or &quot;5&quot;</source>
        <translation>&quot;protocol&quot; è &quot;3.1.1&quot; o &quot;5&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="192"/>
        <source>&quot;keepAlive&quot; is from 5 to 65535 seconds</source>
        <translation>&quot;keepAlive&quot; va da 5 a 65535 secondi</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="97"/>
        <source>&quot;tokens&quot; is an object with &quot;read&quot; and &quot;write&quot; bearer tokens</source>
        <translation>&quot;tokens&quot; è un oggetto con i token bearer &quot;read&quot; e &quot;write&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="102"/>
        <source>the tokens</source>
        <translation>i token</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="108"/>
        <source>a bearer token has 16 characters at least</source>
        <translation>un token bearer ha almeno 16 caratteri</translation>
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
        <translation>&quot;cors&quot; è un elenco di origini consentite (&quot;https://host:port&quot; o &quot;*&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="148"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="149"/>
        <source>Serves the twin over HTTP and WebSocket: its description, state, properties (PUT desired values), actions (POST), events, history, a change stream, OpenAPI and Prometheus metrics.</source>
        <translation>Espone il gemello su HTTP e WebSocket: la sua descrizione, lo stato, le proprietà (PUT dei valori desiderati), le azioni (POST), gli eventi, la cronologia, un flusso di modifiche, OpenAPI e metriche Prometheus.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="169"/>
        <source>the HTTP adapter&apos;s configuration is an object</source>
        <translation>la configurazione dell&apos;adattatore HTTP è un oggetto</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="174"/>
        <source>the HTTP adapter</source>
        <translation>l&apos;adattatore HTTP</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="211"/>
        <source>a client certificate needs both &quot;cert&quot; and &quot;key&quot;</source>
        <translation>un certificato client richiede sia &quot;cert&quot; sia &quot;key&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpdigitaladapter.cpp" line="125"/>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="218"/>
        <source>cannot read the file &apos;%1&apos;</source>
        <translation>impossibile leggere il file «%1»</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="223"/>
        <source>the last will</source>
        <translation>il last will</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="231"/>
        <source>reconnection</source>
        <translation>la riconnessione</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="236"/>
        <source>the reconnection &quot;min&quot; (%1 s) is above its &quot;max&quot; (%2 s)</source>
        <translation>il &quot;min&quot; della riconnessione (%1 s) supera il suo &quot;max&quot; (%2 s)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="375"/>
        <source>cannot create an MQTT client</source>
        <translation>impossibile creare un client MQTT</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="405"/>
        <source>TLS: cannot read the file &apos;%1&apos;</source>
        <translation>TLS: impossibile leggere il file «%1»</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="418"/>
        <source>TLS settings refused: %1</source>
        <translation>impostazioni TLS rifiutate: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="440"/>
        <source>cannot start the MQTT network thread: %1</source>
        <translation>impossibile avviare il thread di rete MQTT: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="555"/>
        <source>no answer within the keep-alive time (%1 s)</source>
        <translation>nessuna risposta entro il tempo di keep-alive (%1 s)</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="558"/>
        <source>connection to the broker %1:%2 lost: %3</source>
        <translation>connessione al broker %1:%2 persa: %3</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="559"/>
        <source>cannot connect to the broker %1:%2: %3</source>
        <translation>impossibile connettersi al broker %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="691"/>
        <source>the broker refused the connection: %1</source>
        <translation>il broker ha rifiutato la connessione: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttclient.cpp" line="720"/>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="110"/>
        <source>a SenML pack must be a JSON array of records</source>
        <translation>un pack SenML deve essere un array JSON di record</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="121"/>
        <source>SenML record %1 is not an object</source>
        <translation>il record SenML %1 non è un oggetto</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="134"/>
        <source>SenML record %1 has no name (&quot;bn&quot; or &quot;n&quot;)</source>
        <translation>il record SenML %1 non ha nome (&quot;bn&quot; o &quot;n&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="144"/>
        <source>SenML record %1: the time %2 is out of range</source>
        <translation>record SenML %1: il tempo %2 è fuori intervallo</translation>
    </message>
    <message>
        <location filename="../adapters/codec/senml.cpp" line="151"/>
        <source>SenML record %1: the value (with &quot;bv&quot;) is beyond the range of a double</source>
        <translation>record SenML %1: il valore (con &quot;bv&quot;) supera l&apos;intervallo di un double</translation>
    </message>
    <message>
        <location filename="../adapters/codec/payloadcodec.cpp" line="60"/>
        <source>&quot;codec&quot; is one of %1</source>
        <translation>&quot;codec&quot; è uno tra %1</translation>
    </message>
    <message>
        <location filename="../adapters/codec/payloadcodec.cpp" line="93"/>
        <source>the payload is not valid JSON: %1</source>
        <translation>il payload non è JSON valido: %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="78"/>
        <source>a signal is an object with &quot;name&quot; and &quot;generator&quot;</source>
        <translation>un segnale è un oggetto con &quot;name&quot; e &quot;generator&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="85"/>
        <source>the %1 generator</source>
        <translation>il generatore %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="88"/>
        <source>a signal needs a &quot;name&quot;: the property or event it feeds</source>
        <translation>un segnale richiede un &quot;name&quot;: la proprietà o l&apos;evento che alimenta</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="98"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation>&quot;kind&quot; deve essere property o event</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="108"/>
        <source>a signal&apos;s &quot;schema&quot; is boolean, integer, long, float, double or string</source>
        <translation>lo &quot;schema&quot; di un segnale è boolean, integer, long, float, double o string</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="125"/>
        <source>&apos;%1&apos; is not a generator; use one of %2</source>
        <translation>&apos;%1&apos; non è un generatore; usarne uno tra %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="132"/>
        <source>the rate must be from 0.1 to 10000 samples per second, not %1</source>
        <translation>la frequenza deve essere da 0.1 a 10000 campioni al secondo, non %1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="142"/>
        <source>the constant generator needs a &quot;value&quot;: a number, boolean or string</source>
        <translation>il generatore constant richiede un &quot;value&quot;: un numero, un booleano o una stringa</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="163"/>
        <source>&quot;duty&quot; is the share of the period spent high, from 0 to 1</source>
        <translation>&quot;duty&quot; è la frazione del periodo trascorsa a livello alto, da 0 a 1</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="177"/>
        <source>a random walk needs min &lt;= start &lt;= max</source>
        <translation>un random walk richiede min &lt;= start &lt;= max</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="184"/>
        <source>&quot;stddev&quot; cannot be negative</source>
        <translation>&quot;stddev&quot; non può essere negativo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="190"/>
        <source>the steps generator needs &quot;values&quot;: a non-empty array</source>
        <translation>il generatore steps richiede &quot;values&quot;: un array non vuoto</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="207"/>
        <location filename="../adapters/sim/simadapter.cpp" line="375"/>
        <source>&apos;%1&apos; is not one of the device&apos;s &quot;variables&quot;</source>
        <translation>&apos;%1&apos; non è una delle &quot;variables&quot; del dispositivo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="214"/>
        <source>the firstOrder generator needs a &quot;target&quot;: a number or a variable name</source>
        <translation>il generatore firstOrder richiede un &quot;target&quot;: un numero o il nome di una variabile</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="225"/>
        <source>the csv generator needs a &quot;file&quot;</source>
        <translation>il generatore csv richiede un &quot;file&quot;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="242"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossibile leggere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="252"/>
        <source>&apos;%1&apos; has no column &apos;%2&apos;; its columns: %3</source>
        <translation>&apos;%1&apos; non ha la colonna &apos;%2&apos;; le sue colonne: %3</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="267"/>
        <source>&apos;%1&apos; row %2 has %3 cells, fewer than the header</source>
        <translation>&apos;%1&apos; riga %2 ha %3 celle, meno dell&apos;intestazione</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="278"/>
        <source>&apos;%1&apos; row %2, column &apos;%3&apos;: &apos;%4&apos; is not seconds or an ISO 8601 time</source>
        <translation>&apos;%1&apos; riga %2, colonna &apos;%3&apos;: &apos;%4&apos; non è in secondi né un orario ISO 8601</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="290"/>
        <source>&apos;%1&apos; row %2: time goes backwards</source>
        <translation>&apos;%1&apos; riga %2: il tempo va all&apos;indietro</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="297"/>
        <source>&apos;%1&apos; has no rows</source>
        <translation>&apos;%1&apos; non ha righe</translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="339"/>
        <source>&apos;%1&apos; is not a field of the %2 generator and is ignored</source>
        <translation>&apos;%1&apos; non è un campo del generatore %2 e viene ignorato</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="98"/>
        <source>simulated disconnection</source>
        <translation>disconnessione simulata</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="167"/>
        <source>the simulated device has no action &apos;%1&apos;; it has: %2</source>
        <translation>il dispositivo simulato non ha l&apos;azione &apos;%1&apos;; ha: %2</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="168"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="173"/>
        <source>the simulated device is disconnected</source>
        <translation>il dispositivo simulato è disconnesso</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="191"/>
        <source>&apos;%1&apos; needs a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; richiede un numero, ricevuto &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="205"/>
        <source>Simulated device</source>
        <translation>Dispositivo simulato</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="206"/>
        <source>Produces properties and events from signal generators; actions change its variables.</source>
        <translation>Produce proprietà ed eventi da generatori di segnali; le azioni ne modificano le variabili.</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="299"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>il campo sconosciuto &apos;%1&apos; viene ignorato</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="306"/>
        <source>&quot;seed&quot; must be a whole number</source>
        <translation>&quot;seed&quot; deve essere un numero intero</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="312"/>
        <source>&quot;rate&quot; must be from 0.1 to 10000 samples per second</source>
        <translation>&quot;rate&quot; deve essere da 0.1 a 10000 campioni al secondo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="320"/>
        <source>&quot;variables&quot; maps names to initial values</source>
        <translation>&quot;variables&quot; associa nomi a valori iniziali</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="325"/>
        <source>a variable holds a number, a boolean or a string</source>
        <translation>una variabile contiene un numero, un booleano o una stringa</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="335"/>
        <source>&quot;signals&quot; must list the device&apos;s signals</source>
        <translation>&quot;signals&quot; deve elencare i segnali del dispositivo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="347"/>
        <source>the name &apos;%1&apos; is used twice in this device</source>
        <translation>il nome &apos;%1&apos; è usato due volte in questo dispositivo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="357"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation>&quot;actions&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="370"/>
        <source>an action needs a &quot;name&quot; and the variable it &quot;sets&quot;</source>
        <translation>un&apos;azione richiede un &quot;name&quot; e la variabile che imposta (&quot;sets&quot;)</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="384"/>
        <source>the simulated device</source>
        <translation>il dispositivo simulato</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="391"/>
        <source>&quot;enabledBy&quot; names a boolean variable</source>
        <translation>&quot;enabledBy&quot; indica una variabile booleana</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="400"/>
        <source>&quot;%1&quot; must be a duration of at least a millisecond</source>
        <translation>&quot;%1&quot; deve essere una durata di almeno un millisecondo</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="408"/>
        <source>&quot;schedule&quot; is an object with disconnectAfter and disconnectFor</source>
        <translation>&quot;schedule&quot; è un oggetto con disconnectAfter e disconnectFor</translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="414"/>
        <source>the schedule</source>
        <translation>la pianificazione</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="27"/>
        <source>a topic cannot be empty</source>
        <translation>un topic non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="38"/>
        <source>%1 names two levels of the topic; a name may be used once</source>
        <translation>%1 nomina due livelli del topic; un nome si può usare una sola volta</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="48"/>
        <source>&apos;#&apos; may only be the last level of a topic</source>
        <translation>&apos;#&apos; può essere solo l&apos;ultimo livello di un topic</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="52"/>
        <source>&apos;+&apos; and &apos;#&apos; must stand alone in their level</source>
        <translation>&apos;+&apos; e &apos;#&apos; devono occupare da soli il loro livello</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/topictemplate.cpp" line="55"/>
        <source>a named level is a whole level in braces, such as {room}</source>
        <translation>un livello con nome è un intero livello tra parentesi graffe, ad esempio {room}</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapwot.cpp" line="32"/>
        <location filename="../adapters/http/httpwot.cpp" line="28"/>
        <source>the adapter listens on every address; the Thing Description names localhost</source>
        <translation>l&apos;adattatore è in ascolto su tutti gli indirizzi; la Thing Description indica localhost</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coapwot.cpp" line="115"/>
        <source>the endpoint wants DTLS with a pre-shared key: set COAP_PSK_KEY where the twin runs</source>
        <translation>l&apos;endpoint richiede DTLS con chiave pre-condivisa: impostare COAP_PSK_KEY dove viene eseguito il gemello</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="61"/>
        <source>without &quot;valueTopics&quot;, the forms name the topics of {&quot;value&quot;, &quot;time&quot;, &quot;seq&quot;} envelopes, which only consumers that follow &quot;tl:valuePointer&quot; can read</source>
        <translation>senza &quot;valueTopics&quot;, i form nominano i topic delle buste {&quot;value&quot;, &quot;time&quot;, &quot;seq&quot;}, che solo i consumatori che seguono &quot;tl:valuePointer&quot; possono leggere</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="71"/>
        <source>a Thing Description has no words for a client certificate; consumers must be given it apart</source>
        <translation>una Thing Description non può esprimere un certificato client; va fornito ai consumatori separatamente</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="141"/>
        <source>the broker wants a user name and a password: set MQTT_USERNAME and MQTT_PASSWORD where the twin runs</source>
        <translation>il broker richiede nome utente e password: impostare MQTT_USERNAME e MQTT_PASSWORD dove viene eseguito il gemello</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttwot.cpp" line="147"/>
        <source>the broker uses TLS: put its CA certificate in certs/ca.crt next to the project</source>
        <translation>il broker usa TLS: mettere il suo certificato CA in certs/ca.crt accanto al progetto</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="90"/>
        <source>GET %1: the server sent a body over %2 bytes; the session starts again</source>
        <translation>GET %1: il server ha inviato un corpo oltre %2 byte; la sessione ricomincia</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="103"/>
        <source>no answer from the CoAP server</source>
        <translation>nessuna risposta dal server CoAP</translation>
    </message>
    <message>
        <location filename="../adapters/coap/coaptwinbrowser.cpp" line="111"/>
        <source>GET %1 answered %2</source>
        <translation>GET %1 ha risposto %2</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="20"/>
        <location filename="../adapters/mqtt/mqtttwinbrowser.cpp" line="47"/>
        <source>cannot reach the broker; still trying</source>
        <translation>impossibile raggiungere il broker; nuovo tentativo in corso</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="28"/>
        <source>CoAP server %1:%2</source>
        <translation>server CoAP %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="30"/>
        <source>HTTP runner %1:%2</source>
        <translation>runner HTTP %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="34"/>
        <source>broker %1:%2</source>
        <translation>broker %1:%2</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="40"/>
        <source>Give the host name or address.</source>
        <translation>Indicare il nome host o l&apos;indirizzo.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="42"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>La porta è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/remotesource.cpp" line="46"/>
        <source>The prefix is a topic without &apos;+&apos;, &apos;#&apos; or a trailing &apos;/&apos;.</source>
        <translation>Il prefisso è un topic senza &apos;+&apos;, &apos;#&apos; o &apos;/&apos; finale.</translation>
    </message>
    <message>
        <location filename="../adapters/remote/twinbrowser.cpp" line="33"/>
        <source>not a twin description: %1</source>
        <translation>non è una descrizione di gemello: %1</translation>
    </message>
    <message>
        <location filename="../adapters/mqtt/mqttcontract.cpp" line="273"/>
        <source>the request is not valid JSON: %1</source>
        <translation>la richiesta non è JSON valido: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="159"/>
        <source>the HTTP interface on %1:%2 already runs with other settings (tokens, TLS, CORS, limits or time-outs)</source>
        <translation>l&apos;interfaccia HTTP su %1:%2 è già in esecuzione con altre impostazioni (token, TLS, CORS, limiti o timeout)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="414"/>
        <source>The twins served here</source>
        <translation>I gemelli esposti qui</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="415"/>
        <source>only twins of this model id</source>
        <translation>solo i gemelli con questo ID di modello</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="416"/>
        <source>only twins of this deployment node</source>
        <translation>solo i gemelli di questo nodo di distribuzione</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="418"/>
        <source>only twins in this life cycle state</source>
        <translation>solo i gemelli in questo stato del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="426"/>
        <source>The twin&apos;s description: model, members and their URLs</source>
        <translation>La descrizione del gemello: modello, membri e i loro URL</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="436"/>
        <source>Every property with its value, desired value, unit, time and age</source>
        <translation>Ogni proprietà con valore, valore desiderato, unità, istante ed età</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="446"/>
        <source>The property&apos;s reported value (null until one is known); its time in Last-Modified</source>
        <translation>Il valore riportato della proprietà (null finché non è noto); il suo istante in Last-Modified</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="449"/>
        <location filename="../adapters/http/httpapi.cpp" line="516"/>
        <source>long poll: answer at the next change, or after SECONDS (1 to 60) with the current value</source>
        <translation>long polling: risponde alla prossima modifica, o dopo SECONDS (da 1 a 60) con il valore attuale</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="459"/>
        <source>Sets the desired value of a writable property</source>
        <translation>Imposta il valore desiderato di una proprietà scrivibile</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="461"/>
        <source>the value, as JSON, valid for the property&apos;s schema</source>
        <translation>il valore, in JSON, valido per lo schema della proprietà</translation>
    </message>
    <message>
        <source>The property&apos;s recent values</source>
        <translation type="vanished">I valori recenti della proprietà</translation>
    </message>
    <message>
        <source>the oldest time (ISO 8601 or epoch seconds)</source>
        <translation type="vanished">l&apos;istante meno recente (ISO 8601 o secondi dall&apos;epoch)</translation>
    </message>
    <message>
        <source>the newest time (ISO 8601 or epoch seconds)</source>
        <translation type="vanished">l&apos;istante più recente (ISO 8601 o secondi dall&apos;epoch)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="480"/>
        <source>the most samples, newest kept (default 1000)</source>
        <translation>il numero massimo di campioni, tenendo i più recenti (predefinito 1000)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="489"/>
        <source>The event&apos;s past occurrences, from the history store</source>
        <translation>Le occorrenze passate dell&apos;evento, dall&apos;archivio della cronologia</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="495"/>
        <source>the most occurrences, newest kept (default 1000)</source>
        <translation>il numero massimo di occorrenze, tenendo le più recenti (predefinito 1000)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="504"/>
        <source>Invokes an action; answers with its output</source>
        <translation>Esegue un&apos;azione; risponde con il suo output</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="506"/>
        <source>the action&apos;s input, as JSON (empty when it takes none)</source>
        <translation>l&apos;input dell&apos;azione, in JSON (vuoto se non ne richiede)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="514"/>
        <source>The event&apos;s last occurrence (null when none yet)</source>
        <translation>L&apos;ultima occorrenza dell&apos;evento (null se non ce n&apos;è ancora stata una)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="526"/>
        <source>The twin&apos;s relationships and their target twins</source>
        <translation>Le relazioni del gemello e i loro gemelli di destinazione</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="535"/>
        <source>WebSocket: send {&quot;subscribe&quot;: FILTER} with an MQTT-style filter such as twins/+/properties/temperature; changes arrive as JSON</source>
        <translation>WebSocket: inviare {&quot;subscribe&quot;: FILTER} con un filtro in stile MQTT come twins/+/properties/temperature; le modifiche arrivano in JSON</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="539"/>
        <source>a filter to subscribe at once (repeatable)</source>
        <translation>un filtro da sottoscrivere subito (ripetibile)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="541"/>
        <source>the bearer token, for clients that cannot send headers</source>
        <translation>il token bearer, per i client che non possono inviare header</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="550"/>
        <source>This document</source>
        <translation>Questo documento</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="559"/>
        <source>Liveness: 200 while the server answers</source>
        <translation>Liveness: 200 finché il server risponde</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="568"/>
        <source>Readiness: 200 once started with every twin running, else 503 and why</source>
        <translation>Readiness: 200 una volta avviato con tutti i gemelli in esecuzione, altrimenti 503 e il motivo</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="578"/>
        <source>Prometheus metrics (text exposition format 0.0.4)</source>
        <translation>Metriche Prometheus (formato di esposizione testuale 0.0.4)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="637"/>
        <source>no route %1</source>
        <translation>nessuna route per %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="641"/>
        <source>%1 is not served here; this resource takes %2</source>
        <translation>%1 non è servito qui; questa risorsa accetta %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="679"/>
        <source>this server wants a bearer token</source>
        <translation>questo server richiede un token bearer</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="680"/>
        <source>the bearer token is not valid here</source>
        <translation>il token bearer non è valido qui</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="690"/>
        <source>this token may read, not write</source>
        <translation>questo token può leggere, non scrivere</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="746"/>
        <location filename="../adapters/http/httpapi.cpp" line="1351"/>
        <source>the twins are starting</source>
        <translation>i gemelli si stanno avviando</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="769"/>
        <source>no twin &apos;%1&apos; is served here</source>
        <translation>nessun gemello &apos;%1&apos; è esposto qui</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="774"/>
        <source>twin &apos;%1&apos; is being registered</source>
        <translation>il gemello &apos;%1&apos; è in fase di registrazione</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="789"/>
        <source>the body is read as application/json, not %1</source>
        <translation>il corpo viene letto come application/json, non come %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="798"/>
        <source>the body is not JSON: %1</source>
        <translation>il corpo non è JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="836"/>
        <source>&apos;%1&apos; is no life cycle state</source>
        <translation>&apos;%1&apos; non è uno stato del ciclo di vita</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="971"/>
        <source>the body holds no value for &apos;%1&apos;</source>
        <translation>il corpo non contiene alcun valore per &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="986"/>
        <source>property &apos;%1&apos;: %2 is outside %3 … %4</source>
        <translation>proprietà &apos;%1&apos;: %2 è fuori da %3 … %4</translation>
    </message>
    <message>
        <source>&apos;from&apos; is no time: %1</source>
        <translation type="vanished">&apos;from&apos; non è un istante: %1</translation>
    </message>
    <message>
        <source>&apos;to&apos; is no time: %1</source>
        <translation type="vanished">&apos;to&apos; non è un istante: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1137"/>
        <source>&apos;limit&apos; is a whole number from 1 to 100000</source>
        <translation>&apos;limit&apos; è un numero intero da 1 a 100000</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="914"/>
        <location filename="../adapters/http/httpapi.cpp" line="1080"/>
        <source>twin &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha l&apos;evento &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="469"/>
        <source>The property&apos;s past values: from the history store when the engine records one, else the samples the twin holds in memory</source>
        <translation>I valori passati della proprietà: dall&apos;archivio della cronologia se l&apos;engine ne ha uno in cui registra, altrimenti i campioni che il gemello tiene in memoria</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="472"/>
        <location filename="../adapters/http/httpapi.cpp" line="491"/>
        <source>the oldest time (ISO 8601, epoch seconds or now-PT1H)</source>
        <translation>l&apos;istante meno recente (ISO 8601, secondi dall&apos;epoch o now-PT1H)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="474"/>
        <location filename="../adapters/http/httpapi.cpp" line="493"/>
        <source>the time before which it stops (default: now)</source>
        <translation>l&apos;istante prima del quale il risultato termina (predefinito: adesso)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="476"/>
        <source>min, max, mean and count per step (PT1M) instead of samples; buckets start at whole steps since 1970</source>
        <translation>min, max, mean e count per passo (PT1M) invece dei campioni; gli intervalli iniziano a multipli interi del passo dal 1970</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="479"/>
        <source>the value at this time</source>
        <translation>il valore in questo istante</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1097"/>
        <source>&apos;%1&apos; is no time: %2</source>
        <translation>&apos;%1&apos; non è un istante: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1106"/>
        <source>&apos;at&apos; asks for a property&apos;s value</source>
        <translation>&apos;at&apos; chiede il valore di una proprietà</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1107"/>
        <source>&apos;at&apos; is no time: %1</source>
        <translation>&apos;at&apos; non è un istante: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1115"/>
        <source>&apos;step&apos; buckets the numbers of a property</source>
        <translation>&apos;step&apos; raggruppa in intervalli i valori numerici di una proprietà</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1116"/>
        <source>&apos;step&apos; is a duration of 1 ms or more (PT1M): %1</source>
        <translation>&apos;step&apos; è una durata di 1 ms o più (PT1M): %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1122"/>
        <source>&apos;step&apos; needs &apos;from&apos;</source>
        <translation>&apos;step&apos; richiede &apos;from&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1129"/>
        <source>at most 100,000 buckets: make &apos;step&apos; longer</source>
        <translation>al massimo 100.000 intervalli: aumentare &apos;step&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1155"/>
        <source>events are kept only in a history store; this engine has none</source>
        <translation>gli eventi sono conservati solo in un archivio della cronologia; questo engine non ne ha</translation>
    </message>
    <message numerus="yes">
        <location filename="../adapters/http/httpapi.cpp" line="1353"/>
        <source>%n twin(s) not running</source>
        <translation>
            <numerusform>%n gemello non in esecuzione</numerusform>
            <numerusform>%n gemelli non in esecuzione</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1373"/>
        <source>&apos;wait&apos; is a whole number of seconds from 1 to %1</source>
        <translation>&apos;wait&apos; è un numero intero di secondi da 1 a %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1379"/>
        <source>%1 long polls are waiting already</source>
        <translation>%1 richieste di long polling sono già in attesa</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1459"/>
        <source>The HTTP interface of a Twinloom engine&apos;s twins. Errors are RFC 9457 problem details.</source>
        <translation>L&apos;interfaccia HTTP dei gemelli di un engine Twinloom. Gli errori sono problem details RFC 9457.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1540"/>
        <source>/api/stream is a WebSocket: send an Upgrade request</source>
        <translation>/api/stream è un WebSocket: inviare una richiesta Upgrade</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1553"/>
        <location filename="../adapters/http/httpapi.cpp" line="1626"/>
        <source>filter &apos;%1&apos;: %2</source>
        <translation>filtro &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1599"/>
        <source>a message is a JSON object such as {&quot;subscribe&quot;: &quot;twins/+/properties/temperature&quot;}</source>
        <translation>un messaggio è un oggetto JSON come {&quot;subscribe&quot;: &quot;twins/+/properties/temperature&quot;}</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1601"/>
        <source>the message is not JSON: %1</source>
        <translation>il messaggio non è JSON: %1</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1616"/>
        <source>&quot;%1&quot; takes a filter or a list of filters</source>
        <translation>&quot;%1&quot; richiede un filtro o un elenco di filtri</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1630"/>
        <source>a stream holds at most 256 filters</source>
        <translation>un flusso contiene al massimo 256 filtri</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpapi.cpp" line="1646"/>
        <source>unknown message: send {&quot;subscribe&quot;: FILTER} or {&quot;unsubscribe&quot;: FILTER}</source>
        <translation>messaggio sconosciuto: inviare {&quot;subscribe&quot;: FILTER} o {&quot;unsubscribe&quot;: FILTER}</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="228"/>
        <source>the HTTP server&apos;s address &apos;%1&apos; is not an IP address</source>
        <translation>l&apos;indirizzo &apos;%1&apos; del server HTTP non è un indirizzo IP</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="236"/>
        <source>TLS: cannot read the certificate &apos;%1&apos;</source>
        <translation>TLS: impossibile leggere il certificato &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="240"/>
        <source>TLS: cannot read the key &apos;%1&apos;</source>
        <translation>TLS: impossibile leggere la chiave &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="250"/>
        <source>TLS: &apos;%1&apos; holds no PEM certificate</source>
        <translation>TLS: &apos;%1&apos; non contiene alcun certificato PEM</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="252"/>
        <source>TLS: &apos;%1&apos; holds no PEM private key (RSA or EC)</source>
        <translation>TLS: &apos;%1&apos; non contiene alcuna chiave privata PEM (RSA o EC)</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="275"/>
        <source>the HTTP server cannot listen on %1:%2: %3</source>
        <translation>il server HTTP non può restare in ascolto su %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="393"/>
        <source>the request&apos;s headers exceed %1 bytes</source>
        <translation>gli header della richiesta superano %1 byte</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="405"/>
        <source>malformed request line</source>
        <translation>riga di richiesta malformata</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="413"/>
        <source>only HTTP/1.1 and HTTP/1.0 are served</source>
        <translation>sono serviti solo HTTP/1.1 e HTTP/1.0</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="417"/>
        <source>the request target must be a path</source>
        <translation>la destinazione della richiesta deve essere un percorso</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="422"/>
        <source>the request has more than %1 headers</source>
        <translation>la richiesta ha più di %1 header</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="432"/>
        <source>malformed header line %1</source>
        <translation>riga di header %1 malformata</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="444"/>
        <source>the path is not UTF-8 once percent-decoded</source>
        <translation>il percorso non è UTF-8 dopo la decodifica percentuale</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="459"/>
        <source>the query is not UTF-8 once percent-decoded</source>
        <translation>la query non è UTF-8 dopo la decodifica percentuale</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="472"/>
        <source>a request has Transfer-Encoding or Content-Length, not both</source>
        <translation>una richiesta ha Transfer-Encoding o Content-Length, non entrambi</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="478"/>
        <source>Transfer-Encoding &apos;%1&apos; is not read; send chunked or Content-Length</source>
        <translation>Transfer-Encoding &apos;%1&apos; non viene letto; inviare chunked o Content-Length</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="488"/>
        <source>Content-Length is not a whole number</source>
        <translation>Content-Length non è un numero intero</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="493"/>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>il corpo di %1 byte supera il limite di %2 byte</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="525"/>
        <location filename="../adapters/http/httpserver.cpp" line="534"/>
        <source>malformed chunk size</source>
        <translation>dimensione del chunk malformata</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="540"/>
        <source>the body exceeds the limit of %1 bytes</source>
        <translation>il corpo supera il limite di %1 byte</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="552"/>
        <source>a chunk does not end where its size says</source>
        <translation>un chunk non termina dove indica la sua dimensione</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="563"/>
        <source>the request&apos;s trailers are too long</source>
        <translation>i trailer della richiesta sono troppo lunghi</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpserver.cpp" line="702"/>
        <source>the request did not arrive in time</source>
        <translation>la richiesta non è arrivata in tempo</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="107"/>
        <source>the stream of %1 closed: %2</source>
        <translation>il flusso di %1 si è chiuso: %2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="130"/>
        <source>the state of &apos;%1&apos; at %2: %3</source>
        <translation>lo stato di &apos;%1&apos; su %2: %3</translation>
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
        <translation>%1 modifiche di &apos;%2&apos; sono state scartate lungo il percorso</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="183"/>
        <source>the adapter is not running</source>
        <translation>l&apos;adattatore non è in esecuzione</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="214"/>
        <source>HTTP twin</source>
        <translation>Gemello HTTP</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="215"/>
        <source>Mirrors a twin that another runner serves over HTTP: its state, then its changes on the WebSocket stream; desired values and actions go back over HTTP.</source>
        <translation>Replica un gemello che un altro runner espone su HTTP: prima il suo stato, poi le sue modifiche sul flusso WebSocket; valori desiderati e azioni tornano indietro su HTTP.</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="232"/>
        <source>the HTTP twin adapter</source>
        <translation>l&apos;adattatore gemello HTTP</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinadapter.cpp" line="240"/>
        <source>&quot;url&quot; is the runner&apos;s address, such as http://127.0.0.1:8080</source>
        <translation>&quot;url&quot; è l&apos;indirizzo del runner, ad esempio http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../adapters/http/httptwinbrowser.cpp" line="89"/>
        <source>%1 answered /api/twins with no list of twins%2</source>
        <translation>%1 ha risposto a /api/twins senza un elenco di gemelli%2</translation>
    </message>
    <message>
        <location filename="../adapters/http/httpwot.cpp" line="36"/>
        <source>port 0 is chosen when the twin runs; the Thing Description cannot name it</source>
        <translation>con la porta 0 la porta viene scelta all&apos;avvio del gemello; la Thing Description non può indicarla</translation>
    </message>
</context>
<context>
    <name>Twinloom::Engine</name>
    <message>
        <location filename="../engine/adapter.cpp" line="75"/>
        <source>adapter &apos;%1&apos; (%2) does not take actions</source>
        <translation>l&apos;adattatore &apos;%1&apos; (%2) non accetta azioni</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="159"/>
        <location filename="../engine/adapter.cpp" line="172"/>
        <location filename="../engine/adapter.cpp" line="177"/>
        <location filename="../engine/adapter.cpp" line="186"/>
        <location filename="../engine/twincore.cpp" line="543"/>
        <location filename="../engine/twincore.cpp" line="748"/>
        <source>adapter &apos;%1&apos;: %2</source>
        <translation>adattatore &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="197"/>
        <location filename="../engine/adapter.cpp" line="204"/>
        <source>adapter &apos;%1&apos; is not attached to a twin</source>
        <translation>l&apos;adattatore &apos;%1&apos; non è associato a un gemello</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="234"/>
        <source>Program interface</source>
        <translation>Interfaccia di programma</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="235"/>
        <source>Values pushed by the program that embeds the engine.</source>
        <translation>Valori forniti dal programma che incorpora l&apos;engine.</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="247"/>
        <source>&quot;bindOnStart&quot; must be true or false</source>
        <translation>&quot;bindOnStart&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="380"/>
        <source>&apos;%1&apos; is not a physical adapter type; known types: %2</source>
        <translation>&apos;%1&apos; non è un tipo di adattatore fisico; tipi noti: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="394"/>
        <source>&apos;%1&apos; is not a digital adapter type; known types: %2</source>
        <translation>&apos;%1&apos; non è un tipo di adattatore digitale; tipi noti: %2</translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="396"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="52"/>
        <source>the adapter is not attached to an engine</source>
        <translation>l&apos;adattatore non è associato a un engine</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="238"/>
        <source>Aggregate of related twins</source>
        <translation>Aggregato di gemelli correlati</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="239"/>
        <source>Computes properties from a property of every twin this one is related to.</source>
        <translation>Calcola proprietà a partire da una proprietà di ogni gemello con cui questo è in relazione.</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="267"/>
        <source>name the relationship whose targets are aggregated</source>
        <translation>indicare la relazione le cui destinazioni vengono aggregate</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="273"/>
        <source>list at least one aggregate: {&quot;to&quot;, &quot;of&quot;, &quot;function&quot;}</source>
        <translation>elencare almeno un aggregato: {&quot;to&quot;, &quot;of&quot;, &quot;function&quot;}</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="285"/>
        <source>an aggregate needs &quot;to&quot; (this twin&apos;s property) and &quot;of&quot; (the related twins&apos; property)</source>
        <translation>un aggregato richiede &quot;to&quot; (la proprietà di questo gemello) e &quot;of&quot; (la proprietà dei gemelli correlati)</translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="292"/>
        <source>&apos;%1&apos; is not an aggregate function: use mean, min, max, sum or count</source>
        <translation>&apos;%1&apos; non è una funzione di aggregazione: usare mean, min, max, sum o count</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="96"/>
        <source>&apos;%1&apos; is not a path inside the project&apos;s folder; a bundle holds only such files</source>
        <translation>&apos;%1&apos; non è un percorso all&apos;interno della cartella del progetto; un bundle contiene solo file di questo tipo</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="105"/>
        <source>&apos;%1&apos; is a link or lies outside the project&apos;s folder; a bundle holds only the project&apos;s own files</source>
        <translation>&apos;%1&apos; è un collegamento o sta fuori dalla cartella del progetto; un pacchetto contiene solo i file del progetto</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="112"/>
        <source>cannot read &apos;%1&apos;, which the project refers to: %2</source>
        <translation>impossibile leggere &apos;%1&apos;, a cui il progetto fa riferimento: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="139"/>
        <location filename="../engine/bundle/bundle.cpp" line="322"/>
        <source>cannot write in &apos;%1&apos;: %2</source>
        <translation>impossibile scrivere in &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="150"/>
        <source>cannot create the bundle &apos;%1&apos; (libzip error %2)</source>
        <translation>impossibile creare il bundle &apos;%1&apos; (errore libzip %2)</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="161"/>
        <source>cannot add &apos;%1&apos; to the bundle: %2</source>
        <translation>impossibile aggiungere &apos;%1&apos; al bundle: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="167"/>
        <source>cannot write the bundle &apos;%1&apos;: %2</source>
        <translation>impossibile scrivere il bundle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="173"/>
        <source>cannot move the bundle into place at &apos;%1&apos;</source>
        <translation>impossibile spostare il bundle in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="189"/>
        <source>&apos;%1&apos; is not a readable bundle: %2</source>
        <translation>&apos;%1&apos; non è un bundle leggibile: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="196"/>
        <source>&apos;%1&apos; has too many entries (%2)</source>
        <translation>&apos;%1&apos; ha troppe voci (%2)</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="204"/>
        <source>&apos;%1&apos;: cannot read entry %2: %3</source>
        <translation>&apos;%1&apos;: impossibile leggere la voce %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="216"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; would be written outside the target folder; refused</source>
        <translation>&apos;%1&apos;: la voce &apos;%2&apos; verrebbe scritta fuori dalla cartella di destinazione; rifiutato</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="222"/>
        <source>&apos;%1&apos; unpacks to more than 256 MiB; refused</source>
        <translation>&apos;%1&apos; si espande oltre 256 MiB; rifiutato</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="227"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; inflates %3 times; refused as a zip bomb</source>
        <translation>&apos;%1&apos;: la voce &apos;%2&apos; si espande %3 volte; rifiutata come zip bomb</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="347"/>
        <source>cannot move the extracted bundle into &apos;%1&apos;: %2</source>
        <translation>impossibile spostare il pacchetto estratto in &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="235"/>
        <source>&apos;%1&apos;: cannot open the entry &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos;: impossibile aprire la voce &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="91"/>
        <source>a secret written in the project goes into the bundle as it is: refer to it as &quot;${env:NAME}&quot; and set it where the runner runs</source>
        <translation>un segreto scritto nel progetto finisce così com&apos;è nel pacchetto: indicarlo come &quot;${env:NAME}&quot; e impostarlo dove gira il runner</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="245"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; is damaged</source>
        <translation>&apos;%1&apos;: la voce &apos;%2&apos; è danneggiata</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="253"/>
        <source>&apos;%1&apos; has no manifest.json: it is not a Twinloom bundle</source>
        <translation>&apos;%1&apos; non ha un manifest.json: non è un bundle Twinloom</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="259"/>
        <source>&apos;%1&apos;: manifest.json: %2</source>
        <translation>&apos;%1&apos;: manifest.json: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="266"/>
        <source>&apos;%1&apos;: manifest.json is not a Twinloom bundle manifest</source>
        <translation>&apos;%1&apos;: manifest.json non è un manifest di bundle Twinloom</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="270"/>
        <source>&apos;%1&apos; is a bundle of version %2, written by a newer Twinloom</source>
        <translation>&apos;%1&apos; è un bundle della versione %2, scritto da un Twinloom più recente</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="283"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is listed in the manifest but missing</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; è elencato nel manifest ma manca</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="287"/>
        <source>&apos;%1&apos;: &apos;%2&apos; does not match its checksum; the bundle is damaged</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; non corrisponde al suo checksum; il bundle è danneggiato</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="293"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not listed in the manifest; the bundle is refused</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; non è elencato nel manifest; il pacchetto è rifiutato</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="310"/>
        <source>&apos;%1&apos; already exists and is not an empty folder: extract into a new folder</source>
        <translation>&apos;%1&apos; esiste già e non è una cartella vuota: estrarre in una cartella nuova</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="317"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="272"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossibile creare la cartella &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="329"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation>impossibile creare la cartella per &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="337"/>
        <location filename="../engine/project.cpp" line="444"/>
        <location filename="../engine/project.cpp" line="450"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossibile scrivere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="299"/>
        <source>&apos;%1&apos; holds no project file &apos;%2&apos;</source>
        <translation>&apos;%1&apos; non contiene il file di progetto &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="38"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 richiede &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="56"/>
        <location filename="../engine/twinmodel.cpp" line="99"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; deve essere un numero</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="69"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; deve essere un numero intero da %2 a %3</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="84"/>
        <location filename="../engine/project.cpp" line="208"/>
        <location filename="../engine/twindescriptor.cpp" line="28"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="98"/>
        <source>&quot;%1&quot; must be a positive duration: seconds, or ISO 8601 such as &quot;PT0.5S&quot;</source>
        <translation>&quot;%1&quot; deve essere una durata positiva: secondi o ISO 8601 come &quot;PT0.5S&quot;</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="111"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="180"/>
        <source>&apos;%1&apos; is not inside the project&apos;s folder: a project reads only its own files (a relative path, no &apos;..&apos;, no link leading out)</source>
        <translation>&apos;%1&apos; non è dentro la cartella del progetto: un progetto legge solo i propri file (un percorso relativo, niente &apos;..&apos;, nessun collegamento verso l&apos;esterno)</translation>
    </message>
    <message>
        <location filename="../engine/diagnostics.cpp" line="23"/>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location filename="../engine/diagnostics.cpp" line="23"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="251"/>
        <location filename="../engine/mappingshadowing.cpp" line="191"/>
        <location filename="../engine/project.cpp" line="355"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha la proprietà &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="262"/>
        <location filename="../engine/twindescriptor.cpp" line="143"/>
        <source>&apos;%1&apos; is not a valid twin id: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation>&apos;%1&apos; non è un ID di gemello valido: usare lettere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; e &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="269"/>
        <source>a twin with the id &apos;%1&apos; already exists</source>
        <translation>esiste già un gemello con l&apos;ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="278"/>
        <location filename="../engine/project.cpp" line="364"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha la relazione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="387"/>
        <source>no twin &apos;%1&apos; in this engine</source>
        <translation>nessun gemello &apos;%1&apos; in questo engine</translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="478"/>
        <location filename="../engine/engine.cpp" line="488"/>
        <source>there is no twin &apos;%1&apos;</source>
        <translation>non esiste nessun gemello &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="366"/>
        <source>&apos;%1&apos; is not waiting to take over</source>
        <translation>&apos;%1&apos; non è in attesa di rilevare lo stato</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="371"/>
        <source>the handed-over state of &apos;%1&apos; is malformed</source>
        <translation>lo stato ceduto di &apos;%1&apos; è malformato</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="380"/>
        <source>&apos;%1&apos; took its state over but its digital side did not open</source>
        <translation>&apos;%1&apos; ha rilevato il proprio stato ma il suo lato digitale non si è aperto</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="434"/>
        <source>stopping</source>
        <translation>arresto in corso</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="436"/>
        <source>the twin stopped</source>
        <translation>il gemello si è fermato</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="484"/>
        <source>the twin was removed</source>
        <translation>il gemello è stato rimosso</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/twincore.cpp" line="583"/>
        <source>%n similar problem(s) not shown</source>
        <translation>
            <numerusform>%n problema simile non mostrato</numerusform>
            <numerusform>%n problemi simili non mostrati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="610"/>
        <source>twin &apos;%1&apos; has no physical adapter for action &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha un adattatore fisico per l&apos;azione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="618"/>
        <source>adapter &apos;%1&apos; is not bound to its device</source>
        <translation>l&apos;adattatore &apos;%1&apos; non è collegato al suo dispositivo</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="672"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no action &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; (modello &apos;%2&apos;) non ha l&apos;azione &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="677"/>
        <source>twin &apos;%1&apos; is not running (%2)</source>
        <translation>il gemello &apos;%1&apos; non è in esecuzione (%2)</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="686"/>
        <source>action &apos;%1&apos;: %2</source>
        <translation>azione &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="692"/>
        <source>action &apos;%1&apos; needs an argument &apos;%2&apos; of type %3</source>
        <translation>l&apos;azione &apos;%1&apos; richiede un argomento &apos;%2&apos; di tipo %3</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="702"/>
        <source>no answer from the device within %1 ms</source>
        <translation>nessuna risposta dal dispositivo entro %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="794"/>
        <source>&apos;%1&apos; is older than its maximum age</source>
        <translation>&apos;%1&apos; è più vecchio della sua età massima</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="60"/>
        <source>the shadowing configuration must be an object</source>
        <translation>la configurazione dello shadowing deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="39"/>
        <source>a name must be a non-empty string</source>
        <translation>un nome deve essere una stringa non vuota</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="46"/>
        <source>must be a name, &quot;*&quot; or an array of names</source>
        <translation>deve essere un nome, &quot;*&quot; o un array di nomi</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="56"/>
        <location filename="../engine/mappingshadowing.cpp" line="69"/>
        <location filename="../engine/project.cpp" line="203"/>
        <location filename="../engine/twindescriptor.cpp" line="74"/>
        <location filename="../engine/twindescriptor.cpp" line="218"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation>il campo sconosciuto &apos;%1&apos; viene ignorato</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="68"/>
        <source>&quot;%1&quot; must be a positive ISO 8601 duration such as &quot;P30D&quot; or &quot;P1Y&quot;, or a number of seconds</source>
        <translation>&quot;%1&quot; deve essere una durata ISO 8601 positiva come &quot;P30D&quot; o &quot;P1Y&quot;, oppure un numero di secondi</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="78"/>
        <source>a history rule must be a JSON object</source>
        <translation>una regola della cronologia deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="100"/>
        <source>a history rule</source>
        <translation>una regola della cronologia</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="108"/>
        <source>&quot;deadband&quot; must be above zero</source>
        <translation>&quot;deadband&quot; deve essere maggiore di zero</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="115"/>
        <source>&quot;sampling&quot; must be &quot;change&quot;, &quot;deadband&quot; or &quot;interval&quot;</source>
        <translation>&quot;sampling&quot; deve essere &quot;change&quot;, &quot;deadband&quot; o &quot;interval&quot;</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="227"/>
        <source>&quot;history&quot; must be a JSON object</source>
        <translation>&quot;history&quot; deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="234"/>
        <source>the history</source>
        <translation>la cronologia</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="242"/>
        <source>&quot;flushInterval&quot; must be from 1 ms to 60 s (&quot;PT0.2S&quot;)</source>
        <translation>&quot;flushInterval&quot; deve essere compreso tra 1 ms e 60 s (&quot;PT0.2S&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="251"/>
        <source>&quot;record&quot; must be an array of rules</source>
        <translation>&quot;record&quot; deve essere un array di regole</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="264"/>
        <source>&quot;tiers&quot; must be an array</source>
        <translation>&quot;tiers&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="270"/>
        <source>a tier must be a JSON object</source>
        <translation>un livello deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="278"/>
        <source>a tier needs a &quot;step&quot; of whole seconds, such as &quot;PT1M&quot;</source>
        <translation>un livello richiede uno &quot;step&quot; di secondi interi, come &quot;PT1M&quot;</translation>
    </message>
    <message>
        <location filename="../engine/historystore.cpp" line="287"/>
        <source>each tier&apos;s step must be a multiple of the previous tier&apos;s step</source>
        <translation>il passo di ogni livello deve essere un multiplo del passo del livello precedente</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="76"/>
        <source>&quot;passThrough&quot; must be true or false</source>
        <translation>&quot;passThrough&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="80"/>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="85"/>
        <source>a rule must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation>una regola deve essere un oggetto con &quot;from&quot; e &quot;to&quot;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="92"/>
        <source>a rule needs &quot;from&quot;: the physical property or event it reads</source>
        <translation>una regola richiede &quot;from&quot;: la proprietà o l&apos;evento fisico che legge</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="105"/>
        <location filename="../engine/pipeline.cpp" line="246"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation>&apos;%1&apos; non è un JSON pointer: deve essere vuoto o iniziare con &apos;/&apos;, e &apos;~&apos; deve essere seguito da 0 o 1</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="125"/>
        <source>model &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha l&apos;evento &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="130"/>
        <source>model &apos;%1&apos; has no property or event &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha la proprietà o l&apos;evento &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="138"/>
        <source>the steps produce %1 but property &apos;%2&apos; is %3</source>
        <translation>i passi producono %1, ma la proprietà &apos;%2&apos; è %3</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="145"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation>&quot;kind&quot; deve essere property o event</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="155"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation>&quot;actions&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="162"/>
        <source>an action rule needs &quot;action&quot;: the twin action it maps</source>
        <translation>una regola di azione richiede &quot;action&quot;: l&apos;azione del gemello che mappa</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="167"/>
        <source>model &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha l&apos;azione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="182"/>
        <source>&quot;desired&quot; must be an array</source>
        <translation>&quot;desired&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="194"/>
        <source>property &apos;%1&apos; is not writable, so it has no desired value</source>
        <translation>la proprietà &apos;%1&apos; non è scrivibile, quindi non ha un valore desiderato</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="199"/>
        <source>name the physical action that applies a desired &apos;%1&apos;</source>
        <translation>indicare l&apos;azione fisica che applica un valore desiderato di &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="215"/>
        <source>&apos;%1&apos; has no field at &apos;/%2&apos;</source>
        <translation>&apos;%1&apos; non ha alcun campo in &apos;/%2&apos;</translation>
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
        <translation>&apos;%1&apos; è stato rinominato in &apos;%2&apos;, che il modello &apos;%3&apos; non ha</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="325"/>
        <source>the action&apos;s steps dropped its argument</source>
        <translation>i passi dell&apos;azione hanno scartato il suo argomento</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="339"/>
        <source>the twin has no physical adapter &apos;%1&apos;</source>
        <translation>il gemello non ha l&apos;adattatore fisico &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="356"/>
        <source>no rule maps action &apos;%1&apos; to the device</source>
        <translation>nessuna regola mappa l&apos;azione &apos;%1&apos; sul dispositivo</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="25"/>
        <source>the %1 step needs a number, got %2 &apos;%3&apos;</source>
        <translation>il passo %1 richiede un numero, ricevuto %2 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="32"/>
        <source>this step</source>
        <translation>questo passo</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="52"/>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation>&quot;steps&quot; deve essere un array di passi</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="59"/>
        <source>a step is an object with a &quot;type&quot;; known types: %1</source>
        <translation>un passo è un oggetto con un &quot;type&quot;; tipi noti: %1</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="100"/>
        <source>&apos;%1&apos; is not a step type; known types: %2</source>
        <translation>&apos;%1&apos; non è un tipo di passo; tipi noti: %2</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="120"/>
        <source>this step needs &quot;to&quot;: the schema to convert to</source>
        <translation>questo passo richiede &quot;to&quot;: lo schema in cui convertire</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="132"/>
        <source>a scale step needs &quot;factor&quot;, &quot;offset&quot; or both</source>
        <translation>un passo scale richiede &quot;factor&quot;, &quot;offset&quot; o entrambi</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="149"/>
        <location filename="../engine/pipeline.cpp" line="151"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation>&apos;%1&apos; non è un&apos;unità nota</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="153"/>
        <source>cannot convert %1 (%2) to %3 (%4)</source>
        <translation>impossibile convertire %1 (%2) in %3 (%4)</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="166"/>
        <source>a range step needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>un passo range richiede &quot;min&quot;, &quot;max&quot; o entrambi</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="171"/>
        <source>min %1 is above max %2</source>
        <translation>min %1 è superiore a max %2</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="181"/>
        <source>&quot;mode&quot; must be drop, clamp or fail</source>
        <translation>&quot;mode&quot; deve essere drop, clamp o fail</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="192"/>
        <source>a deadband step needs either &quot;delta&quot; or &quot;percent&quot;</source>
        <translation>un passo deadband richiede &quot;delta&quot; oppure &quot;percent&quot;</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="197"/>
        <source>a deadband cannot be negative</source>
        <translation>una banda morta non può essere negativa</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="215"/>
        <source>a moving aggregate needs either &quot;count&quot; (samples) or &quot;window&quot; (time)</source>
        <translation>un aggregato mobile richiede &quot;count&quot; (campioni) oppure &quot;window&quot; (tempo)</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="221"/>
        <source>&quot;count&quot; must be a whole number from 1 to 1000000</source>
        <translation>&quot;count&quot; deve essere un numero intero da 1 a 1000000</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="310"/>
        <source>%1 is outside the range [%2, %3]</source>
        <translation>%1 è fuori dall&apos;intervallo [%2, %3]</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="409"/>
        <source>the value has nothing at &apos;%1&apos;</source>
        <translation>il valore non contiene nulla in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="23"/>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="46"/>
        <source>JSON nested deeper than %1 levels at %2</source>
        <translation>JSON annidato oltre %1 livelli a %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="112"/>
        <source>the key &quot;%1&quot; appears twice in the object at %2 (%3); a reader would keep only the last</source>
        <translation>la chiave «%1» compare due volte nell’oggetto in %2 (%3); un lettore terrebbe solo l’ultima</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="181"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="80"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossibile aprire &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/jsoninput.cpp" line="178"/>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valido, %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="141"/>
        <source>&quot;version&quot; must be a whole number; this Twinloom writes version %1</source>
        <translation>&quot;version&quot; deve essere un numero intero; questo Twinloom scrive la versione %1</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="148"/>
        <source>the project is of version %1, written by a newer Twinloom; this one reads up to version %2</source>
        <translation>il progetto è della versione %1, scritto da un Twinloom più recente; questo legge fino alla versione %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="155"/>
        <source>version %1 does not exist</source>
        <translation>la versione %1 non esiste</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="178"/>
        <source>migrated from version 0 to version 1; saving writes version 1</source>
        <translation>migrato dalla versione 0 alla versione 1; il salvataggio scrive la versione 1</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="190"/>
        <source>a project must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>un progetto deve essere un oggetto JSON con &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="134"/>
        <source>not a Twinloom project: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>non è un progetto Twinloom: &quot;format&quot; deve essere &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="216"/>
        <source>&quot;nodes&quot; must be an array of deployment nodes</source>
        <translation>&quot;nodes&quot; deve essere un array di nodi di distribuzione</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="223"/>
        <source>a node needs a &quot;name&quot;, such as &quot;edge-1&quot;</source>
        <translation>un nodo richiede un &quot;name&quot;, ad esempio &quot;edge-1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="235"/>
        <source>the node &apos;%1&apos; is defined twice</source>
        <translation>il nodo &apos;%1&apos; è definito due volte</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="249"/>
        <source>&quot;models&quot; must be an array of twin models</source>
        <translation>&quot;models&quot; deve essere un array di modelli di gemello</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="258"/>
        <source>&quot;file&quot; must be a path relative to the project</source>
        <translation>&quot;file&quot; deve essere un percorso relativo al progetto</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="273"/>
        <source>cannot read model file &apos;%1&apos;: %2</source>
        <translation>impossibile leggere il file di modello &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="282"/>
        <source>model file &apos;%1&apos;: %2</source>
        <translation>file del modello &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="294"/>
        <source>the model &apos;%1&apos; is defined twice</source>
        <translation>il modello &apos;%1&apos; è definito due volte</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="315"/>
        <source>&quot;twins&quot; must be an array of twins</source>
        <translation>&quot;twins&quot; deve essere un array di gemelli</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="324"/>
        <source>the twin id &apos;%1&apos; is used twice</source>
        <translation>l&apos;ID di gemello &apos;%1&apos; è usato due volte</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="342"/>
        <source>no deployment node is named &apos;%1&apos;</source>
        <translation>nessun nodo di distribuzione si chiama &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="345"/>
        <location filename="../engine/twinmodel.cpp" line="498"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation>nessun modello di gemello ha l&apos;ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="370"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation>nessun gemello ha l&apos;ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="376"/>
        <source>relationship &apos;%1&apos; of &apos;%2&apos; must target a %3, but twin &apos;%4&apos; is a %5</source>
        <translation>la relazione &apos;%1&apos; di &apos;%2&apos; deve puntare a un %3, ma il gemello &apos;%4&apos; è un %5</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="379"/>
        <source>relationship &apos;%1&apos; allows at most %2 targets</source>
        <translation>la relazione &apos;%1&apos; ammette al massimo %2 destinazioni</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="397"/>
        <source> (needed when the twin runs)</source>
        <translation> (necessario quando il gemello è in esecuzione)</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="408"/>
        <source>twin &apos;%1&apos; has no physical adapter: it runs and answers, but nothing binds it to a device, so it is never Bound or Synchronized</source>
        <translation>il gemello &apos;%1&apos; non ha alcun adattatore fisico: è in esecuzione e risponde, ma nulla lo collega a un dispositivo, quindi non è mai Bound né Synchronized</translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="425"/>
        <source>&quot;%1&quot; must be an object or an array</source>
        <translation>&quot;%1&quot; deve essere un oggetto o un array</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="190"/>
        <source>complex schemas nest deeper than %1 levels here (DTDL allows %1)</source>
        <translation>gli schemi complessi sono annidati qui oltre %1 livelli (DTDL ne consente %1)</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="209"/>
        <source>&apos;%1&apos; is not a schema: expected one of boolean, integer, long, float, double, string, date, time, dateTime, duration, or an Enum, Array, Map or Object</source>
        <translation>&apos;%1&apos; non è uno schema: previsto uno tra boolean, integer, long, float, double, string, date, time, dateTime, duration, oppure un Enum, Array, Map o Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="216"/>
        <source>a schema must be a name or an object with &quot;@type&quot;</source>
        <translation>uno schema deve essere un nome o un oggetto con &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="222"/>
        <source>a complex schema needs &quot;@type&quot;: Enum, Array, Map or Object</source>
        <translation>uno schema complesso richiede &quot;@type&quot;: Enum, Array, Map o Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="236"/>
        <source>%1 schema needs &quot;%2&quot;</source>
        <translation>lo schema %1 richiede &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="256"/>
        <source>an Enum&apos;s valueSchema must be integer or string</source>
        <translation>il valueSchema di un Enum deve essere integer o string</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="261"/>
        <source>enumValues must be an array</source>
        <translation>enumValues deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="270"/>
        <source>an enum value needs a &quot;name&quot; and an &quot;enumValue&quot;</source>
        <translation>un valore di enum richiede un &quot;name&quot; e un &quot;enumValue&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="283"/>
        <source>enumValue of &apos;%1&apos; does not match the valueSchema %2</source>
        <translation>l&apos;enumValue di &apos;%1&apos; non corrisponde al valueSchema %2</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="293"/>
        <source>enum value name &apos;%1&apos; is used twice</source>
        <translation>il nome di valore enum &apos;%1&apos; è usato due volte</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="318"/>
        <source>mapKey needs a &quot;name&quot;</source>
        <translation>mapKey richiede un &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="324"/>
        <source>a map key&apos;s schema must be string</source>
        <translation>lo schema di una chiave di mappa deve essere string</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="330"/>
        <source>mapValue needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>mapValue richiede un &quot;name&quot; e uno &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="345"/>
        <source>fields must be an array</source>
        <translation>fields deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="354"/>
        <source>a field needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>un campo richiede un &quot;name&quot; e uno &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="362"/>
        <source>field &apos;%1&apos; is defined twice</source>
        <translation>il campo &apos;%1&apos; è definito due volte</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="377"/>
        <source>&apos;%1&apos; is not a schema type: expected Enum, Array, Map or Object</source>
        <translation>&apos;%1&apos; non è un tipo di schema: previsto Enum, Array, Map o Object</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="432"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: previsto %2, ricevuto %3</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="443"/>
        <source>%1: %2 does not fit a 32-bit integer</source>
        <translation>%1: %2 non rientra in un intero a 32 bit</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="465"/>
        <source>%1: %2 is not one of the enum&apos;s values</source>
        <translation>%1: %2 non è uno dei valori dell&apos;enum</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="495"/>
        <source>%1: the object has no field &apos;%2&apos;</source>
        <translation>%1: l&apos;oggetto non ha il campo &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="515"/>
        <source>cannot convert %1 &apos;%2&apos; to %3</source>
        <translation>impossibile convertire %1 &apos;%2&apos; in %3</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="630"/>
        <source>&apos;%1&apos; is not one of the enum&apos;s values or names</source>
        <translation>&apos;%1&apos; non è uno dei valori o dei nomi dell&apos;enum</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="657"/>
        <source>the object has no field &apos;%1&apos;</source>
        <translation>l&apos;oggetto non ha il campo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="680"/>
        <source>expected %1, got the fraction %2</source>
        <translation>previsto %1, ricevuta la frazione %2</translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="688"/>
        <source>expected %1, got string &apos;%2&apos;</source>
        <translation>previsto %1, ricevuta la stringa &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="225"/>
        <source>the code runs when it is defined and did not end within %1 ms</source>
        <translation>il codice viene eseguito già quando è definito e non è terminato entro %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="247"/>
        <location filename="../engine/script/scriptstep.cpp" line="261"/>
        <source>script: %1</source>
        <translation>script: %1</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="256"/>
        <source>script: stopped after %1 ms, its time budget (&quot;timeout&quot;)</source>
        <translation>script: fermato dopo %1 ms, il suo tempo massimo (&quot;timeout&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="288"/>
        <source>a script step needs &quot;code&quot;: a JavaScript expression</source>
        <translation>un passo script richiede &quot;code&quot;: un&apos;espressione JavaScript</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="295"/>
        <source>the script does not compile: %1</source>
        <translation>lo script non si compila: %1</translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="303"/>
        <source>&quot;timeout&quot; is a duration from 1 ms to 60 s, as &quot;PT0.1S&quot; or a number of seconds</source>
        <translation>&quot;timeout&quot; è una durata da 1 ms a 60 s, come &quot;PT0.1S&quot; o un numero di secondi</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="19"/>
        <source>a topic filter cannot be empty</source>
        <translation>un filtro di topic non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="26"/>
        <source>&apos;#&apos; may only be the last segment of a topic filter</source>
        <translation>&apos;#&apos; può essere solo l&apos;ultimo segmento di un filtro di topic</translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="29"/>
        <source>&apos;+&apos; and &apos;#&apos; must stand alone in their segment</source>
        <translation>&apos;+&apos; e &apos;#&apos; devono occupare da soli il loro segmento</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="23"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; manca</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="43"/>
        <source>&quot;%1&quot; must be an array of adapters</source>
        <translation>&quot;%1&quot; deve essere un array di adattatori</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="50"/>
        <source>an adapter is an object with &quot;type&quot; and &quot;config&quot;</source>
        <translation>un adattatore è un oggetto con &quot;type&quot; e &quot;config&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="62"/>
        <source>the adapter id &apos;%1&apos; is used twice in this twin</source>
        <translation>l&apos;ID di adattatore &apos;%1&apos; è usato due volte in questo gemello</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="68"/>
        <source>&quot;config&quot; must be an object</source>
        <translation>&quot;config&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="106"/>
        <source>the environment variable &apos;%1&apos; is not set</source>
        <translation>la variabile d&apos;ambiente &apos;%1&apos; non è impostata</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="136"/>
        <source>a twin must be a JSON object</source>
        <translation>un gemello deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="155"/>
        <source>&quot;properties&quot; must map property names to settings</source>
        <translation>&quot;properties&quot; deve associare nomi di proprietà a impostazioni</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="164"/>
        <source>property settings must be an object with &quot;maxAge&quot; or &quot;history&quot;</source>
        <translation>le impostazioni di una proprietà devono essere un oggetto con &quot;maxAge&quot; o &quot;history&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="177"/>
        <location filename="../engine/twinmodel.cpp" line="112"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation>&quot;history&quot; deve essere un numero di campioni da 0 a 100000000</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="186"/>
        <source>&quot;relationships&quot; must be an array</source>
        <translation>&quot;relationships&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="193"/>
        <source>a relationship is an object with &quot;name&quot; and &quot;target&quot;</source>
        <translation>una relazione è un oggetto con &quot;name&quot; e &quot;target&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="78"/>
        <source>&apos;%1&apos; needs a &quot;schema&quot;</source>
        <translation>&apos;%1&apos; richiede uno &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="82"/>
        <source>unit &apos;%1&apos; is not known; values will not be converted</source>
        <translation>l&apos;unità &apos;%1&apos; non è nota; i valori non verranno convertiti</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="88"/>
        <source>&quot;writable&quot; must be true or false</source>
        <translation>&quot;writable&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="103"/>
        <source>minimum %1 is above maximum %2</source>
        <translation>il minimo %1 è superiore al massimo %2</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="164"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds, above zero (leave it out for no limit)</source>
        <translation>&quot;maxAge&quot; deve essere una durata ISO 8601 come &quot;PT30S&quot; o un numero di secondi, maggiore di zero (ometterlo per nessun limite)</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="189"/>
        <source>a twin model must be a JSON object</source>
        <translation>un modello di gemello deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="196"/>
        <source>a twin model needs an &quot;@id&quot;, such as &quot;dtmi:example:Room;1&quot;</source>
        <translation>un modello di gemello richiede un &quot;@id&quot;, ad esempio &quot;dtmi:example:Room;1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="199"/>
        <source>&apos;%1&apos; is not a DTMI; DTDL exports need ids like &quot;dtmi:example:Room;1&quot;</source>
        <translation>&apos;%1&apos; non è un DTMI; le esportazioni DTDL richiedono ID come &quot;dtmi:example:Room;1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="212"/>
        <source>&quot;extends&quot; lists model ids</source>
        <translation>&quot;extends&quot; elenca ID di modelli</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="216"/>
        <source>&quot;extends&quot; must be a model id or a list of them</source>
        <translation>&quot;extends&quot; deve essere un ID di modello o un elenco di ID</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="221"/>
        <source>&quot;contents&quot; must be an array</source>
        <translation>&quot;contents&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="228"/>
        <source>each entry of &quot;contents&quot; must be an object</source>
        <translation>ogni voce di &quot;contents&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="235"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>&apos;%1&apos; non è un nome valido: usare lettere, cifre e &apos;_&apos;, iniziando con una lettera</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="243"/>
        <source>the name &apos;%1&apos; is already used by a %2</source>
        <translation>il nome &apos;%1&apos; è già usato da un %2</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="254"/>
        <source>telemetry cannot be writable</source>
        <translation>la telemetria non può essere scrivibile</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="278"/>
        <source>&quot;%1&quot; needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation>&quot;%1&quot; richiede un &quot;name&quot; e uno &quot;schema&quot;</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="305"/>
        <source>&quot;%1&quot; must be a whole number of at least 0</source>
        <translation>&quot;%1&quot; deve essere un numero intero pari almeno a 0</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="310"/>
        <source>minMultiplicity is above maxMultiplicity</source>
        <translation>minMultiplicity è superiore a maxMultiplicity</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="320"/>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation>&apos;%1&apos; non è un nome valido</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="332"/>
        <source>a component&apos;s &quot;schema&quot; must be the id of a model</source>
        <translation>lo &quot;schema&quot; di un componente deve essere l&apos;ID di un modello</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="336"/>
        <source>&apos;%1&apos; is not a content type: expected Property, Telemetry, Event, Command, Relationship or Component</source>
        <translation>&apos;%1&apos; non è un tipo di contenuto: previsto Property, Telemetry, Event, Command, Relationship o Component</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="506"/>
        <source>model &apos;%1&apos; inherits through more than %2 levels of &quot;extends&quot; (DTDL allows %2): %3</source>
        <translation>il modello «%1» eredita attraverso più di %2 livelli di «extends» (DTDL ne consente %2): %3</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="568"/>
        <source>model &apos;%1&apos; extends or contains itself: %2</source>
        <translation>il modello &apos;%1&apos; estende o contiene se stesso: %2</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="574"/>
        <source>model &apos;%1&apos; needs model &apos;%2&apos;, which is not defined</source>
        <translation>il modello &apos;%1&apos; richiede il modello &apos;%2&apos;, che non è definito</translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="593"/>
        <source>&apos;%1&apos; is defined both by &apos;%2&apos; and by &apos;%3&apos;</source>
        <translation>&apos;%1&apos; è definito sia da &apos;%2&apos; sia da &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="184"/>
        <source>the handed-over state of &apos;%1&apos; has no properties</source>
        <translation>lo stato ceduto di &apos;%1&apos; non ha proprietà</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="228"/>
        <source>the handed-over state of &apos;%1&apos; does not fit its model: %2</source>
        <translation>lo stato ceduto di &apos;%1&apos; non corrisponde al suo modello: %2</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="254"/>
        <source>twin &apos;%1&apos; has no property number %2</source>
        <translation>il gemello &apos;%1&apos; non ha la proprietà numero %2</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="267"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation>proprietà &apos;%1&apos; del gemello &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="274"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3 is outside [%4, %5]</source>
        <translation>proprietà &apos;%1&apos; del gemello &apos;%2&apos;: %3 è fuori da [%4, %5]</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="307"/>
        <location filename="../engine/twinstate.cpp" line="318"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no property &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; (modello &apos;%2&apos;) non ha la proprietà &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="327"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not writable</source>
        <translation>la proprietà &apos;%1&apos; del gemello &apos;%2&apos; non è scrivibile</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="344"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no event &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; (modello &apos;%2&apos;) non ha l&apos;evento &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="353"/>
        <source>event &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation>evento &apos;%1&apos; del gemello &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="375"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no relationship &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; (modello &apos;%2&apos;) non ha la relazione &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="380"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; needs a target twin</source>
        <translation>la relazione &apos;%1&apos; del gemello &apos;%2&apos; richiede un gemello di destinazione</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="414"/>
        <source>the transaction was already committed or rolled back</source>
        <translation>la transazione è già stata confermata o annullata</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="437"/>
        <source>twin &apos;%1&apos; has no instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha l&apos;istanza &apos;%2&apos; della relazione &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="445"/>
        <source>twin &apos;%1&apos; already has the instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation>il gemello &apos;%1&apos; ha già l&apos;istanza &apos;%2&apos; della relazione &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="454"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; allows at most %3 targets</source>
        <translation>la relazione &apos;%1&apos; del gemello &apos;%2&apos; ammette al massimo %3 destinazioni</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="113"/>
        <source>&apos;%1&apos; is not a JSON object</source>
        <translation>&apos;%1&apos; non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="116"/>
        <source>&apos;%1&apos; names no model</source>
        <translation>&apos;%1&apos; non indica alcun modello</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="119"/>
        <source>&apos;%1&apos; describes twin &apos;%2&apos;</source>
        <translation>&apos;%1&apos; descrive il gemello &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="123"/>
        <source>&apos;%1&apos; names no valid twin id</source>
        <translation>&apos;%1&apos; non indica un ID di gemello valido</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="131"/>
        <location filename="../engine/twindescription.cpp" line="135"/>
        <source>&apos;%1&apos;: &quot;%2&quot; is not an object</source>
        <translation>&apos;%1&apos;: &quot;%2&quot; non è un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/twindescription.cpp" line="173"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="75"/>
        <source>&apos;%1&apos; is not a valid postgresql:// URL</source>
        <translation>&apos;%1&apos; non è un URL postgresql:// valido</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="98"/>
        <source>the history URL&apos;s parameter &apos;%1&apos; is not supported (sslmode, connect_timeout and application_name are)</source>
        <translation>il parametro &apos;%1&apos; dell&apos;URL della cronologia non è supportato (lo sono sslmode, connect_timeout e application_name)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="114"/>
        <source>the history URL names no database: postgresql://HOST:PORT/DATABASE</source>
        <translation>l&apos;URL della cronologia non indica alcun database: postgresql://HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="118"/>
        <source>&apos;%1&apos; is neither a file nor a postgresql:// URL</source>
        <translation>&apos;%1&apos; non è né un file né un URL postgresql://</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="254"/>
        <source>the Qt Sql driver %1 is not installed (Debian: %2)</source>
        <translation>il driver Qt Sql %1 non è installato (Debian: %2)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="276"/>
        <source>no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="360"/>
        <location filename="../engine/history/sqlhistorystore.cpp" line="378"/>
        <source>it holds other tables and no Twinloom history</source>
        <translation>contiene altre tabelle e nessuna cronologia Twinloom</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="383"/>
        <source>it was written by a newer version of Twinloom (history schema %1; this version reads up to %2): open it with that version or record into another store</source>
        <translation>è stato scritto da una versione più recente di Twinloom (schema della cronologia %1; questa versione legge fino allo schema %2): aprirlo con quella versione o registrare in un altro archivio</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="652"/>
        <source>the history store %1 is written again</source>
        <translation>la scrittura nell&apos;archivio della cronologia %1 è ripresa</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="653"/>
        <source>the history store %1 cannot be written: %2; samples are held (up to %3) and writing is retried</source>
        <translation>impossibile scrivere nell&apos;archivio della cronologia %1: %2; i campioni vengono trattenuti (fino a %3) e la scrittura viene ritentata</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="697"/>
        <source>%1; the file was moved aside to &apos;%2&apos; and a new one is begun</source>
        <translation>%1; il file è stato spostato da parte in &apos;%2&apos; e ne viene iniziato uno nuovo</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="699"/>
        <source>%1; the file could not be moved aside</source>
        <translation>%1; non è stato possibile spostare da parte il file</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1243"/>
        <source>the history store is closed</source>
        <translation>l&apos;archivio della cronologia è chiuso</translation>
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
        <translation>impossibile leggere l&apos;archivio della cronologia %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1320"/>
        <source>cannot record into the history store %1: %2</source>
        <translation>impossibile registrare nell&apos;archivio della cronologia %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1646"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; non esiste</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1681"/>
        <source>not a Twinloom history store</source>
        <translation>non è un archivio della cronologia Twinloom</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1715"/>
        <source>written by a newer version of Twinloom (history schema %1)</source>
        <translation>scritto da una versione più recente di Twinloom (schema della cronologia %1)</translation>
    </message>
    <message>
        <location filename="../engine/history/sqlhistorystore.cpp" line="1718"/>
        <source>the integrity check failed</source>
        <translation>il controllo di integrità non è riuscito</translation>
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
        <translation type="vanished">Controlla una flotta di agenti Twinloom (twinloom-run --agent NAME --control URL) tramite
il loro broker di controllo. I comandi sono firmati con la chiave in TWINLOOM_AGENT_KEY,
condivisa dagli agenti; una password del broker proviene da TWINLOOM_CONTROL_PASSWORD.

Comandi:
  agents                       gli agenti: nome, stato (in linea, non in linea), carico, gemelli
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               invia il progetto (un file *.twinloom.json o un bundle)
                               agli agenti ed esegue ogni nodo sul proprio agente
  status                       ogni gemello distribuito: id, agente, nodo, ciclo di vita
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               avvia o arresta nodi o gemelli già distribuiti
  undeploy [--agent NAME]      arresta e rimuove le distribuzioni (di un agente)

Codici di uscita: 0 completato; 1 la riga di comando è errata; 2 il comando non è riuscito
(il motivo viene stampato su una riga).

Esempi:
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
        <translation type="vanished">Controlla una flotta di agenti Twinloom (twinloom-run --agent NAME --control URL) tramite
il loro broker di controllo. I comandi sono firmati con la chiave in TWINLOOM_AGENT_KEY,
condivisa dagli agenti; una password del broker proviene da TWINLOOM_CONTROL_PASSWORD.

Comandi:
  agents                       gli agenti: nome, stato (in linea, non in linea), carico, gemelli
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               invia il progetto (un file *.twinloom.json o un bundle)
                               agli agenti ed esegue ogni nodo sul proprio agente
  update PROJECT               invia una nuova versione agli agenti che lo eseguono: si
                               riavviano solo i gemelli la cui definizione è cambiata
  migrate TWIN --to AGENT      sposta un gemello in esecuzione su un altro agente senza perdere
                               ciò che inviano i suoi dispositivi (una breve pausa del suo lato
                               digitale)
  status                       ogni gemello distribuito: id, agente, nodo, ciclo di vita
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               avvia o arresta nodi o gemelli già distribuiti
  undeploy [--agent NAME]      arresta e rimuove le distribuzioni (di un agente)

Codici di uscita: 0 completato; 1 la riga di comando è errata; 2 il comando non è riuscito
(il motivo viene stampato su una riga).

Esempi:
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
        <translation>Controlla una flotta di agenti Twinloom (twinloom-run --agent NAME --control URL) tramite
il loro broker di controllo. I comandi sono firmati con la chiave in TWINLOOM_AGENT_KEY,
condivisa dagli agenti; una password del broker proviene da TWINLOOM_CONTROL_PASSWORD.

Comandi:
  agents                       gli agenti: nome, stato (in linea, non in linea), carico, gemelli
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               invia il progetto (un file *.twinloom.json o un bundle)
                               agli agenti ed esegue ogni nodo sul proprio agente
  update PROJECT               invia una nuova versione agli agenti che lo eseguono: si
                               riavviano solo i gemelli la cui definizione è cambiata
  migrate TWIN --to AGENT      sposta un gemello in esecuzione su un altro agente senza perdere
                               ciò che inviano i suoi dispositivi (una breve pausa del suo lato
                               digitale)
  status [--agent NAME]        ogni gemello distribuito (di un agente): id, agente, nodo,
                               ciclo di vita
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               avvia o arresta nodi o gemelli già distribuiti
  undeploy [--agent NAME]      arresta e rimuove le distribuzioni (di un agente)

Codici di uscita: 0 completato; 1 la riga di comando è errata; 2 il comando non è riuscito
(il motivo viene stampato su una riga).

Esempi:
  twinloom-ctl --control mqtt://cloud:1883 agents
  twinloom-ctl --control mqtt://cloud:1883 deploy building.twinloom.json --map edge-1=gw1,cloud=vm1
  twinloom-ctl --control mqtt://cloud:1883 status --json</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="109"/>
        <source>warning: the status of &apos;%1&apos; was set aside: %2</source>
        <translation>attenzione: lo stato di &apos;%1&apos; è stato scartato: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="128"/>
        <source>online</source>
        <translation>in linea</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="130"/>
        <source>offline (silent for %1 s)</source>
        <translation>non in linea (silenzioso da %1 s)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="131"/>
        <source>offline (%1)</source>
        <translation>non in linea (%1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>MEMORY</source>
        <translation>MEMORIA</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="137"/>
        <source>TWINS</source>
        <translation>GEMELLI</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="138"/>
        <source>DEPLOYMENTS</source>
        <translation>DISTRIBUZIONI</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="138"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>TWIN</source>
        <translation>GEMELLO</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>DEPLOYMENT</source>
        <translation>DISTRIBUZIONE</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="156"/>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="157"/>
        <source>LIFECYCLE</source>
        <translation>CICLO DI VITA</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="169"/>
        <source>%1 (its status was set aside: %2)</source>
        <translation>%1 (il suo stato è stato scartato: %2)</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="193"/>
        <source>no status from %1</source>
        <translation>nessuno stato da %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="212"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; non esiste</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="217"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossibile creare una cartella temporanea: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="232"/>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>impossibile leggere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="237"/>
        <source>&apos;%1&apos; is invalid: %2</source>
        <translation>&apos;%1&apos; non è valido: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="242"/>
        <source>cannot make a bundle of &apos;%1&apos;: %2</source>
        <translation>impossibile creare un bundle di &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="246"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossibile leggere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="256"/>
        <source>&apos;%1&apos; is not a valid deployment id</source>
        <translation>&apos;%1&apos; non è un id di distribuzione valido</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="320"/>
        <source>%1 still runs &apos;%2&apos;: %3</source>
        <translation>%1 esegue ancora &apos;%2&apos;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/main.cpp" line="368"/>
        <source>%n twin(s) restarted, the others ran on</source>
        <translation>
            <numerusform>%n gemello riavviato, gli altri hanno continuato</numerusform>
            <numerusform>%n gemelli riavviati, gli altri hanno continuato</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="388"/>
        <source>--map takes NODE=AGENT pairs, not &apos;%1&apos;</source>
        <translation>--map richiede coppie NODE=AGENT, non &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="390"/>
        <source>the project has no node &apos;%1&apos;; its nodes: %2</source>
        <translation>il progetto non ha il nodo &apos;%1&apos;; i suoi nodi: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="394"/>
        <source>the node &apos;%1&apos; is mapped twice</source>
        <translation>il nodo &apos;%1&apos; è assegnato due volte</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="400"/>
        <source>deploy needs --map NODE=AGENT</source>
        <translation>deploy richiede --map NODE=AGENT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="519"/>
        <source>agents, deploy, update, migrate, status, start, stop or undeploy.</source>
        <translation>agents, deploy, update, migrate, status, start, stop o undeploy.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="542"/>
        <source>With migrate: the agent the twin moves to.</source>
        <translation>Con migrate: l&apos;agente su cui viene spostato il gemello.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="550"/>
        <source>give a command: agents, deploy, update, migrate, status, start, stop or undeploy</source>
        <translation>indicare un comando: agents, deploy, update, migrate, status, start, stop o undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="582"/>
        <source>migrate takes one twin</source>
        <translation>migrate richiede un gemello</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="605"/>
        <source>migrate needs --to AGENT</source>
        <translation>migrate richiede --to AGENT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="619"/>
        <source>an answer is malformed: %1</source>
        <translation>una risposta non è valida: %1</translation>
    </message>
    <message>
        <source>agents, deploy, update, status, start, stop or undeploy.</source>
        <translation type="vanished">agents, deploy, update, status, start, stop o undeploy.</translation>
    </message>
    <message>
        <source>give a command: agents, deploy, update, status, start, stop or undeploy</source>
        <translation type="vanished">indicare un comando: agents, deploy, update, status, start, stop o undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="580"/>
        <source>%1 takes one project or bundle</source>
        <translation>%1 accetta un progetto o un bundle</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="291"/>
        <source>the agent &apos;%1&apos; is %2; nothing was deployed</source>
        <translation>l&apos;agente &apos;%1&apos; è %2; non è stato distribuito nulla</translation>
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
        <translation type="vanished">Controlla una flotta di agenti Twinloom (twinloom-run --agent NAME --control URL) tramite
il loro broker di controllo. I comandi sono firmati con la chiave in TWINLOOM_AGENT_KEY,
condivisa dagli agenti; una password del broker proviene da TWINLOOM_CONTROL_PASSWORD.

Comandi:
  agents                       gli agenti: nome, stato (in linea, non in linea), carico, gemelli
  deploy PROJECT --map NODE=AGENT[,NODE=AGENT...]
                               invia il progetto (un file *.twinloom.json o un bundle)
                               agli agenti ed esegue ogni nodo sul proprio agente
  update PROJECT               invia una nuova versione agli agenti che lo eseguono: si
                               riavviano solo i gemelli la cui definizione è cambiata
  status                       ogni gemello distribuito: id, agente, nodo, ciclo di vita
  start|stop [--agent NAME] [--node NODE] [--twin ID]
                               avvia o arresta nodi o gemelli già distribuiti
  undeploy [--agent NAME]      arresta e rimuove le distribuzioni (di un agente)

Codici di uscita: 0 completato; 1 la riga di comando è errata; 2 il comando non è riuscito
(il motivo viene stampato su una riga).

Esempi:
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
        <translation>non in linea</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="174"/>
        <location filename="../app/ctl/main.cpp" line="293"/>
        <location filename="../app/ctl/main.cpp" line="463"/>
        <location filename="../app/fleet/controlclient.cpp" line="291"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="301"/>
        <source>not deployed (no agent mapped): %1</source>
        <translation>non distribuiti (nessun agente assegnato): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="308"/>
        <source>%1: %2; nothing was deployed</source>
        <translation>%1: %2; non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="349"/>
        <source>%1: %2; the deployment was withdrawn</source>
        <translation>%1: %2; la distribuzione è stata ritirata</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="424"/>
        <source>no online agent runs &apos;%1&apos;; deploy it with --map NODE=AGENT</source>
        <translation>nessun agente in linea esegue &apos;%1&apos;; distribuirlo con --map NODE=AGENT</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="286"/>
        <source>no online agent runs the twin &apos;%1&apos;</source>
        <translation>nessun agente in linea esegue il gemello &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="288"/>
        <source>&apos;%1&apos; runs on &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; è già in esecuzione su &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="172"/>
        <location filename="../app/ctl/main.cpp" line="461"/>
        <location filename="../app/fleet/controlclient.cpp" line="290"/>
        <source>the agent &apos;%1&apos; is %2</source>
        <translation>l&apos;agente &apos;%1&apos; è %2</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="301"/>
        <source>&apos;%1&apos; runs another version of &apos;%2&apos; than &apos;%3&apos;: update it first</source>
        <translation>&apos;%1&apos; esegue una versione di &apos;%2&apos; diversa da quella di &apos;%3&apos;: aggiornarlo prima</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="314"/>
        <location filename="../app/fleet/controlclient.cpp" line="323"/>
        <location filename="../app/fleet/controlclient.cpp" line="336"/>
        <location filename="../app/fleet/controlclient.cpp" line="344"/>
        <source>%1: %2; nothing moved</source>
        <translation>%1: %2; non è stato spostato nulla</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="320"/>
        <source>the bundle of &apos;%1&apos; from &apos;%2&apos; fails its checksum; nothing moved</source>
        <translation>il bundle di &apos;%1&apos; proveniente da &apos;%2&apos; non supera il checksum; non è stato spostato nulla</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="357"/>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="359"/>
        <source>the twin runs on &apos;%1&apos; again</source>
        <translation>il gemello è di nuovo in esecuzione su &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="360"/>
        <source>the twin could not return to &apos;%1&apos; (%2): start it again there</source>
        <translation>il gemello non è potuto tornare su &apos;%1&apos; (%2): riavviarlo lì</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="442"/>
        <source>moved %1 from %2 to %3: paused %4 ms; %5 sample(s) that arrived during the move applied, %6 the source had applied skipped</source>
        <translation>%1 spostato da %2 a %3: in pausa per %4 ms; applicati %5 campioni arrivati durante lo spostamento, saltati %6 già applicati dall&apos;origine</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="449"/>
        <source>%1 sample(s) were lost: the move took longer than the target could hold</source>
        <translation>%1 campioni sono andati persi: lo spostamento è durato più di quanto la destinazione potesse trattenere</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="484"/>
        <source>%1: %2 done</source>
        <translation>%1: %2 eseguito</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="489"/>
        <source>no deployed node</source>
        <translation>nessun nodo distribuito</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="491"/>
        <source>no agent runs the twin &apos;%1&apos;</source>
        <translation>nessun agente esegue il gemello &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="494"/>
        <source>no agent runs the node &apos;%1&apos;</source>
        <translation>nessun agente esegue il nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>agents, deploy, status, start, stop or undeploy.</source>
        <translation type="vanished">agents, deploy, status, start, stop o undeploy.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="522"/>
        <source>The control broker, mqtt[s]://HOST:PORT[/PREFIX] (default: TWINLOOM_CONTROL).</source>
        <translation>Il broker di controllo, mqtt[s]://HOST:PORT[/PREFIX] (predefinito: TWINLOOM_CONTROL).</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="524"/>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="526"/>
        <source>With deploy: which agent runs a node, NODE=AGENT[,…].</source>
        <translation>Con deploy: quale agente esegue un nodo, NODE=AGENT[,…].</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="528"/>
        <source>Only this agent.</source>
        <translation>Solo questo agente.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="532"/>
        <source>The deployment&apos;s id (default: from the project&apos;s name).</source>
        <translation>L&apos;id della distribuzione (predefinito: dal nome del progetto).</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="533"/>
        <source>With start and stop: one node.</source>
        <translation>Con start e stop: un solo nodo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="535"/>
        <source>With start and stop: one twin.</source>
        <translation>Con start e stop: un solo gemello.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="539"/>
        <source>Seconds to wait for the broker and for each answer (default 30).</source>
        <translation>Secondi di attesa per il broker e per ogni risposta (predefinito 30).</translation>
    </message>
    <message>
        <source>give a command: agents, deploy, status, start, stop or undeploy</source>
        <translation type="vanished">indicare un comando: agents, deploy, status, start, stop o undeploy</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="557"/>
        <source>give the control broker: --control mqtt://HOST:PORT</source>
        <translation>indicare il broker di controllo: --control mqtt://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="561"/>
        <source>--timeout takes seconds, above 0 and up to 3,600</source>
        <translation>--timeout richiede secondi, maggiori di 0 e fino a 3.600</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="574"/>
        <source>unknown command &apos;%1&apos;; the commands: %2</source>
        <translation>comando sconosciuto &apos;%1&apos;; i comandi: %2</translation>
    </message>
    <message>
        <source>deploy takes one project or bundle</source>
        <translation type="vanished">deploy richiede un progetto o un bundle</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="584"/>
        <source>%1 takes no argument</source>
        <translation>%1 non accetta argomenti</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="115"/>
        <source>the control broker %1 did not answer within %2 s</source>
        <translation>il broker di controllo %1 non ha risposto entro %2 s</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="146"/>
        <source>not a status of the agent &apos;%1&apos;</source>
        <translation>non è uno stato dell&apos;agente &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="168"/>
        <source>a reply failed its check (do the agents share TWINLOOM_AGENT_KEY?): %1</source>
        <translation>una risposta non ha superato la verifica (gli agenti condividono TWINLOOM_AGENT_KEY?): %1</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="185"/>
        <source>not connected to the control broker %1</source>
        <translation>non connesso al broker di controllo %1</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="193"/>
        <source>the command could not be queued to the control broker</source>
        <translation>impossibile accodare il comando verso il broker di controllo</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="212"/>
        <source>the agent &apos;%1&apos; went offline before it answered &apos;%2&apos;</source>
        <translation>l&apos;agente &apos;%1&apos; si è disconnesso prima di rispondere a &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="214"/>
        <source>the agent &apos;%1&apos; did not answer &apos;%2&apos; within %3 s</source>
        <translation>l&apos;agente &apos;%1&apos; non ha risposto a &apos;%2&apos; entro %3 s</translation>
    </message>
    <message>
        <location filename="../app/fleet/controlclient.cpp" line="219"/>
        <source>a reply came from another agent than &apos;%1&apos;</source>
        <translation>è arrivata una risposta da un agente diverso da &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="36"/>
        <source>the control broker &apos;%1&apos; is not an mqtt:// or mqtts:// URL</source>
        <translation>il broker di controllo &apos;%1&apos; non è un URL mqtt:// o mqtts://</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="38"/>
        <source>the control broker &apos;%1&apos; has a fragment (&apos;#…&apos;); a topic prefix may not hold + or #</source>
        <translation>il broker di controllo &apos;%1&apos; ha un frammento (&apos;#…&apos;); un prefisso di topic non può contenere + o #</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="42"/>
        <source>the control broker &apos;%1&apos; names no host</source>
        <translation>il broker di controllo &apos;%1&apos; non indica alcun host</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="44"/>
        <source>the control broker &apos;%1&apos; holds a password: give it in TWINLOOM_CONTROL_PASSWORD instead</source>
        <translation>il broker di controllo &apos;%1&apos; contiene una password: indicarla invece in TWINLOOM_CONTROL_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="63"/>
        <source>the control broker URL &apos;%1&apos; has an unknown parameter &apos;%2&apos; (mqtts:// takes ca, cert and key)</source>
        <translation>l&apos;URL del broker di controllo &apos;%1&apos; ha un parametro sconosciuto &apos;%2&apos; (mqtts:// accetta ca, cert e key)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="74"/>
        <source>mqtts:// needs ?ca=FILE, the certificate of the broker&apos;s authority</source>
        <translation>mqtts:// richiede ?ca=FILE, il certificato dell&apos;autorità di certificazione del broker</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="76"/>
        <source>the control broker URL gives cert without key or key without cert</source>
        <translation>l&apos;URL del broker di controllo indica cert senza key o key senza cert</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="84"/>
        <source>the topic prefix &apos;%1&apos; may not hold + or #</source>
        <translation>il prefisso di topic &apos;%1&apos; non può contenere + o #</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="127"/>
        <source>%1 is not set: agents and clients sign their commands with it</source>
        <translation>%1 non è impostato: agenti e client firmano i loro comandi con questa chiave</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="129"/>
        <source>%1 has %2 bytes; it needs %3 at least</source>
        <translation>%1 ha %2 byte; ne servono almeno %3</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="187"/>
        <source>not a signed message (an object with &quot;body&quot; and &quot;hmac&quot;)%1</source>
        <translation>non è un messaggio firmato (un oggetto con &quot;body&quot; e &quot;hmac&quot;)%1</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="197"/>
        <source>the signature is wrong (another key, or the message was changed)</source>
        <translation>la firma è errata (un&apos;altra chiave, o il messaggio è stato modificato)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="201"/>
        <source>the signed body is not a JSON object</source>
        <translation>il body firmato non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="220"/>
        <source>the signed body has no &quot;time&quot; or no &quot;nonce&quot;</source>
        <translation>il body firmato non ha &quot;time&quot; o non ha &quot;nonce&quot;</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="224"/>
        <source>the message is %1 s %2: its time is outside the %3 s window (are the clocks set?)</source>
        <translation>il messaggio è %1 s %2: il suo orario è fuori dalla finestra di %3 s (gli orologi sono regolati?)</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="227"/>
        <source>old</source>
        <translation>nel passato</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="227"/>
        <source>in the future</source>
        <translation>nel futuro</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="230"/>
        <source>the message is older than the nonces still remembered</source>
        <translation>il messaggio è più vecchio dei nonce ancora memorizzati</translation>
    </message>
    <message>
        <location filename="../app/fleet/fleetprotocol.cpp" line="241"/>
        <source>the message was replayed (its nonce was seen before)</source>
        <translation>il messaggio è un replay (il suo nonce è già stato visto)</translation>
    </message>
</context>
<context>
    <name>Twinloom::Interop</name>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="73"/>
        <source>no schema; imported as string</source>
        <translation>nessuno schema; importato come string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="94"/>
        <source>unsignedLong is imported as long: values above 2^63 - 1 do not fit</source>
        <translation>unsignedLong è importato come long: i valori oltre 2^63 - 1 non entrano</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="100"/>
        <source>%1 is imported as string</source>
        <translation>%1 è importato come string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="121"/>
        <source>geospatial schema %1 is imported as a GeoJSON string</source>
        <translation>lo schema geospaziale %1 viene importato come stringa GeoJSON</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="129"/>
        <source>schema %1 is undefined; imported as string</source>
        <translation>lo schema %1 non è definito; importato come string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="136"/>
        <source>schema %1 contains itself; the inner occurrence is imported as a JSON string</source>
        <translation>lo schema %1 contiene sé stesso; l&apos;occorrenza interna è importata come stringa JSON</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="198"/>
        <source>%1 is not a schema; imported as string</source>
        <translation>%1 non è uno schema; importato come string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="412"/>
        <source>unit %1 is not a DTDL unit and is left out</source>
        <translation>l&apos;unità %1 non è un&apos;unità DTDL e viene omessa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="414"/>
        <source>unit %1 needs a numeric schema and is left out</source>
        <translation>l&apos;unità %1 richiede uno schema numerico e viene omessa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="453"/>
        <source>event %1 is written as Telemetry</source>
        <translation>l&apos;evento %1 viene scritto come Telemetry</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlconvert.cpp" line="483"/>
        <source>DTDL requires minMultiplicity 0; %1 is left out</source>
        <translation>DTDL richiede minMultiplicity 0; %1 viene omesso</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="88"/>
        <source>valid: %1 interfaces in %2 documents</source>
        <translation>valido: %1 interfacce in %2 documenti</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="92"/>
        <source>invalid: %1 errors</source>
        <translation>non valido: %1 errori</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="94"/>
        <source>incomplete: undefined %1</source>
        <translation>incompleto: non definiti %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="330"/>
        <source>the document is not valid JSON</source>
        <translation>il documento non è JSON valido</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="341"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="348"/>
        <source>a document must be an object or an array of objects</source>
        <translation>un documento deve essere un oggetto o un array di oggetti</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="361"/>
        <source>&quot;@context&quot; must hold only strings</source>
        <translation>&quot;@context&quot; deve contenere solo stringhe</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="367"/>
        <source>&quot;@context&quot; must be a string or an array of strings</source>
        <translation>&quot;@context&quot; deve essere una stringa o un array di stringhe</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="397"/>
        <source>%1 must be followed by the limits that apply: %2 or a limit extension such as %3</source>
        <translation>%1 deve essere seguito dai limiti che valgono: %2 o un&apos;estensione di limiti come %3</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="409"/>
        <source>%1 must directly follow %2</source>
        <translation>%1 deve seguire direttamente %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="415"/>
        <source>context %1 is not a DTMI with a version</source>
        <translation>il contesto %1 non è un DTMI con versione</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="423"/>
        <source>DTDL version %1 is not supported</source>
        <translation>la versione DTDL %1 non è supportata</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="385"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="429"/>
        <source>the DTDL context must come before any extension context</source>
        <translation>il contesto DTDL deve precedere qualsiasi contesto di estensione</translation>
    </message>
    <message>
        <source>a top-level element needs &quot;@context&quot; with &quot;dtmi:dtdl:context;3&quot; or &quot;dtmi:dtdl:context;2&quot;</source>
        <translation type="vanished">un elemento di primo livello richiede &quot;@context&quot; con &quot;dtmi:dtdl:context;3&quot; o &quot;dtmi:dtdl:context;2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="450"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="494"/>
        <source>a top-level element needs &quot;@context&quot; with &quot;dtmi:dtdl:context;4&quot;, &quot;dtmi:dtdl:context;3&quot; or &quot;dtmi:dtdl:context;2&quot;</source>
        <translation>un elemento di primo livello richiede &quot;@context&quot; con &quot;dtmi:dtdl:context;4&quot;, &quot;dtmi:dtdl:context;3&quot; o &quot;dtmi:dtdl:context;2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="465"/>
        <source>extension context %1 is not defined</source>
        <translation>il contesto di estensione %1 non è definito</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="482"/>
        <source>elements are nested more than %1 levels deep</source>
        <translation>gli elementi sono annidati per più di %1 livelli</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="502"/>
        <source>a DTDL v%1 element cannot appear here in a DTDL v%2 element</source>
        <translation>un elemento DTDL v%1 non può comparire qui in un elemento DTDL v%2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="535"/>
        <source>the element in &quot;%1&quot; needs &quot;@type&quot;</source>
        <translation>l&apos;elemento in &quot;%1&quot; richiede &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="555"/>
        <location filename="../engine/interop/wot.cpp" line="579"/>
        <source>&quot;@type&quot; must be a string or an array of strings</source>
        <translation>&quot;@type&quot; deve essere una stringa o un array di stringhe</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="562"/>
        <source>&quot;@type&quot; names two element classes, %1 and %2</source>
        <translation>&quot;@type&quot; indica due classi di elementi, %1 e %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="585"/>
        <source>%1 in &quot;@type&quot; is not a valid DTMI</source>
        <translation>%1 in &quot;@type&quot; non è un DTMI valido</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="591"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="612"/>
        <source>%1 in &quot;@type&quot; is not a type that can be used here</source>
        <translation>%1 in &quot;@type&quot; non è un tipo utilizzabile qui</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="603"/>
        <source>%1 in &quot;@type&quot; is neither a DTMI nor a term</source>
        <translation>%1 in &quot;@type&quot; non è né un DTMI né un termine</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="622"/>
        <source>%1 in &quot;@type&quot; is not a defined term</source>
        <translation>%1 in &quot;@type&quot; non è un termine definito</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="627"/>
        <source>&quot;@type&quot; names no DTDL element class</source>
        <translation>&quot;@type&quot; non indica alcuna classe di elementi DTDL</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="636"/>
        <source>a top-level element must be an Interface, not %1</source>
        <translation>un elemento di primo livello deve essere un Interface, non %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="640"/>
        <source>%1 is not allowed in &quot;%2&quot;</source>
        <translation>%1 non è ammesso in &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="647"/>
        <source>%1 cannot co-type %2</source>
        <translation>%1 non può essere co-tipo di %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="660"/>
        <source>a semantic type cannot co-type %1</source>
        <translation>un tipo semantico non può essere co-tipo di %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="665"/>
        <source>an element can have only one semantic type, not %1</source>
        <translation>un elemento può avere un solo tipo semantico, non %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="695"/>
        <source>&quot;@id&quot; must be a DTMI string</source>
        <translation>&quot;@id&quot; deve essere una stringa DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="699"/>
        <source>&quot;@id&quot; %1 is not a valid DTMI</source>
        <translation>&quot;@id&quot; %1 non è un DTMI valido</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="703"/>
        <source>&quot;@id&quot; %1 uses a reserved prefix</source>
        <translation>&quot;@id&quot; %1 usa un prefisso riservato</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="706"/>
        <source>the &quot;@id&quot; of an Interface must not be longer than 128 characters</source>
        <translation>l&apos;&quot;@id&quot; di un Interface non deve superare i 128 caratteri</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="714"/>
        <source>%1 needs &quot;@id&quot;</source>
        <translation>%1 richiede &quot;@id&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="745"/>
        <source>keyword %1 is not allowed in a DTDL element</source>
        <translation>la parola chiave %1 non è ammessa in un elemento DTDL</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="754"/>
        <source>member &quot;unit&quot; is given twice, as a term and as a DTMI</source>
        <translation>il membro &quot;unit&quot; è indicato due volte, come termine e come DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="766"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="780"/>
        <source>member &quot;%1&quot; is given twice, as a term and as a DTMI</source>
        <translation>il membro &quot;%1&quot; è indicato due volte, come termine e come DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="793"/>
        <source>member name %1 is not a valid DTMI</source>
        <translation>il nome di membro %1 non è un DTMI valido</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="797"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="813"/>
        <source>member %1 does not belong to %2</source>
        <translation>il membro %1 non appartiene a %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="805"/>
        <source>member name %1 is neither a DTMI nor a term</source>
        <translation>il nome di membro %1 non è né un DTMI né un termine</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="817"/>
        <source>member %1 is not defined for %2</source>
        <translation>il membro %1 non è definito per %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="828"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 richiede &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="846"/>
        <source>an element with semantic type %1 needs &quot;unit&quot;</source>
        <translation>un elemento con tipo semantico %1 richiede &quot;unit&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="856"/>
        <source>&quot;unit&quot; must name a standard unit</source>
        <translation>&quot;unit&quot; deve indicare un&apos;unità standard</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="859"/>
        <source>unit %1 does not measure %2</source>
        <translation>l&apos;unità %1 non misura %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="865"/>
        <source>&quot;unit&quot; needs a semantic type in &quot;@type&quot;</source>
        <translation>&quot;unit&quot; richiede un tipo semantico in &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="874"/>
        <source>&quot;%1&quot; must not be longer than %2 characters</source>
        <translation>&quot;%1&quot; non deve superare i %2 caratteri</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="894"/>
        <source>a value object in &quot;%1&quot; may only have keywords such as &quot;@value&quot;</source>
        <translation>un oggetto valore in &quot;%1&quot; può avere solo parole chiave come &quot;@value&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="908"/>
        <source>&quot;@type&quot; of the value in &quot;%1&quot; must be &quot;xsd:%2&quot;</source>
        <translation>il &quot;@type&quot; del valore in &quot;%1&quot; deve essere &quot;xsd:%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="913"/>
        <source>a value object in &quot;%1&quot; may only have &quot;@value&quot; and &quot;@type&quot;</source>
        <translation>un oggetto valore in &quot;%1&quot; può avere solo &quot;@value&quot; e &quot;@type&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="919"/>
        <source>the value object in &quot;%1&quot; needs &quot;@value&quot;</source>
        <translation>l&apos;oggetto valore in &quot;%1&quot; richiede &quot;@value&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="931"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1595"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="954"/>
        <source>%1 in &quot;%2&quot; is not a language code</source>
        <translation>%1 in &quot;%2&quot; non è un codice di lingua</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="959"/>
        <source>each language of &quot;%1&quot; must map to a string</source>
        <translation>ogni lingua di &quot;%1&quot; deve corrispondere a una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="969"/>
        <source>&quot;%1&quot; must be a string, a language map or an array</source>
        <translation>&quot;%1&quot; deve essere una stringa, una mappa di lingue o un array</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="986"/>
        <source>each value of &quot;%1&quot; must be a string or an object with &quot;@value&quot;</source>
        <translation>ogni valore di &quot;%1&quot; deve essere una stringa o un oggetto con &quot;@value&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1004"/>
        <source>&quot;@language&quot; in &quot;%1&quot; is not a language code</source>
        <translation>&quot;@language&quot; in &quot;%1&quot; non è un codice di lingua</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1017"/>
        <source>each object in &quot;%1&quot; must be {&quot;@value&quot;: string, &quot;@language&quot;: code}</source>
        <translation>ogni oggetto in &quot;%1&quot; deve essere {&quot;@value&quot;: string, &quot;@language&quot;: code}</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1025"/>
        <source>language %1 appears twice in &quot;%2&quot;</source>
        <translation>la lingua %1 compare due volte in &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1036"/>
        <source>&quot;%1&quot; has more than one text in the default language</source>
        <translation>&quot;%1&quot; ha più di un testo nella lingua predefinita</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1061"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1182"/>
        <source>&quot;%1&quot; must have exactly one value</source>
        <translation>&quot;%1&quot; deve avere esattamente un valore</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1076"/>
        <source>name %1 must start with a letter and contain only letters, digits and underscores, not ending with an underscore</source>
        <translation>il nome %1 deve iniziare con una lettera e contenere solo lettere, cifre e trattini bassi, senza terminare con un trattino basso</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1093"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1128"/>
        <source>&quot;%1&quot; must be an integer or a string</source>
        <translation>&quot;%1&quot; deve essere un intero o una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1129"/>
        <source>&quot;%1&quot; must be an integer</source>
        <translation>&quot;%1&quot; deve essere un intero</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1137"/>
        <source>&quot;maxMultiplicity&quot; must be at least 1</source>
        <translation>&quot;maxMultiplicity&quot; deve essere almeno 1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1139"/>
        <source>&quot;maxMultiplicity&quot; must not exceed 500</source>
        <translation>&quot;maxMultiplicity&quot; non deve superare 500</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1144"/>
        <source>&quot;minMultiplicity&quot; must be 0</source>
        <translation>&quot;minMultiplicity&quot; deve essere 0</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1152"/>
        <source>&quot;%1&quot; must be a DTMI string</source>
        <translation>&quot;%1&quot; deve essere una stringa DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1157"/>
        <source>&quot;%1&quot; %2 is not a valid DTMI</source>
        <translation>&quot;%1&quot; %2 non è un DTMI valido</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1185"/>
        <source>&quot;%1&quot; needs at least %2 values</source>
        <translation>&quot;%1&quot; richiede almeno %2 valori</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1188"/>
        <source>&quot;%1&quot; may have at most %2 values, not %3</source>
        <translation>&quot;%1&quot; può avere al massimo %2 valori, non %3</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1244"/>
        <source>%1 is not a valid value for &quot;%2&quot;</source>
        <translation>%1 non è un valore valido per &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1248"/>
        <source>&quot;%1&quot; must hold elements or DTMIs</source>
        <translation>&quot;%1&quot; deve contenere elementi o DTMI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1249"/>
        <source>&quot;%1&quot; must hold a standard value</source>
        <translation>&quot;%1&quot; deve contenere un valore standard</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1264"/>
        <source>&quot;@id&quot; %1 is already used by another element</source>
        <translation>&quot;@id&quot; %1 è già usato da un altro elemento</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1287"/>
        <source>%1 is defined inside another Interface and cannot be referenced from here</source>
        <translation>%1 è definito in un altro Interface e non può essere referenziato da qui</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1294"/>
        <source>%1 is %2, which is not allowed in &quot;%3&quot;</source>
        <translation>%1 è %2, che non è ammesso in &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1302"/>
        <source>%1 is a DTDL v%2 element and cannot be used in a DTDL v%3 element</source>
        <translation>%1 è un elemento DTDL v%2 e non può essere usato in un elemento DTDL v%3</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1342"/>
        <source>%1 refers to itself through &quot;%2&quot;</source>
        <translation>%1 fa riferimento a se stesso tramite &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1368"/>
        <source>&quot;extends&quot; is nested more than %1 levels deep</source>
        <translation>&quot;extends&quot; è annidato per più di %1 livelli</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1465"/>
        <source>complex schemas are nested more than %1 levels deep</source>
        <translation>gli schemi complessi sono annidati per più di %1 livelli</translation>
    </message>
    <message>
        <source>&quot;extends&quot; is nested more than 10 levels deep</source>
        <translation type="vanished">&quot;extends&quot; è annidato per più di 10 livelli</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1388"/>
        <source>an Interface may extend at most 1024 Interfaces in all</source>
        <translation>un Interface può estendere al massimo 1024 Interface in totale</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1437"/>
        <source>the Interface holds more than %1 values in its contents and schemas</source>
        <translation>l&apos;Interface contiene più di %1 valori nei suoi contenuti e schemi</translation>
    </message>
    <message>
        <source>complex schemas are nested more than 5 levels deep</source>
        <translation type="vanished">gli schemi complessi sono annidati per più di 5 livelli</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1507"/>
        <source>the Interface of component %1 has a component itself</source>
        <translation>l&apos;Interface del componente %1 ha a sua volta un componente</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1553"/>
        <source>name %1 is used twice in &quot;%2&quot;</source>
        <translation>il nome %1 è usato due volte in &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1562"/>
        <source>enum value of %1 is used twice</source>
        <translation>il valore enum di %1 è usato due volte</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1581"/>
        <source>%1 co-typed %2 needs &quot;%3&quot;</source>
        <translation>%1 con co-tipo %2 richiede &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1590"/>
        <location filename="../engine/interop/dtdlparser.cpp" line="1622"/>
        <source>&quot;%1&quot; must be an integer of at least 1</source>
        <translation>&quot;%1&quot; deve essere un intero di almeno 1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1604"/>
        <source>&quot;%1&quot; must be the name of a Property or a Telemetry</source>
        <translation>&quot;%1&quot; deve essere il nome di una Property o di una Telemetry</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1607"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; non deve essere vuoto</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1610"/>
        <source>&quot;%1&quot; must be an MQTT topic pattern: labels separated by &quot;/&quot;, each of printable ASCII without space, quote, +, # or braces, or a {token} of letters; the first not starting with $</source>
        <translation>&quot;%1&quot; deve essere un modello di topic MQTT: etichette separate da &quot;/&quot;, ciascuna di ASCII stampabile senza spazi, virgolette, +, # o graffe, oppure un {token} di lettere; la prima non inizia con $</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1615"/>
        <source>&quot;%1&quot; must be printable ASCII without space, quote, +, #, braces or /</source>
        <translation>&quot;%1&quot; deve essere ASCII stampabile senza spazi, virgolette, +, #, graffe o /</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1619"/>
        <source>&quot;%1&quot; must be an ISO 8601 duration such as PT15S</source>
        <translation>&quot;%1&quot; deve essere una durata ISO 8601 come PT15S</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1625"/>
        <source>&quot;%1&quot; must be a term or an IRI</source>
        <translation>&quot;%1&quot; deve essere un termine o un IRI</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1652"/>
        <source>Override needs the co-type ValueAnnotation as well</source>
        <translation>Override richiede anche il co-tipo ValueAnnotation</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1670"/>
        <source>annotates %1, which is no other Property or Telemetry of its Interface</source>
        <translation>annota %1, che non è un&apos;altra Property o Telemetry della sua Interface</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1685"/>
        <source>overrides &quot;unit&quot;, which %1 does not have</source>
        <translation>sovrascrive &quot;unit&quot;, che %1 non ha</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1689"/>
        <source>an override of the unit of %1 needs the schema %2</source>
        <translation>sovrascrivere l&apos;unità di %1 richiede lo schema %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1694"/>
        <source>overrides %1, which is no extension property of %2</source>
        <translation>sovrascrive %1, che non è una proprietà di estensione di %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1706"/>
        <source>index %1 is used twice in &quot;%2&quot;</source>
        <translation>l&apos;indice %1 è usato due volte in &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1713"/>
        <source>Transparent needs a schema that is an Object</source>
        <translation>Transparent richiede uno schema che sia un Object</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1727"/>
        <source>a field of a Result must be co-typed NormalResult or ErrorResult</source>
        <translation>un campo di un Result deve avere il co-tipo NormalResult o ErrorResult</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1733"/>
        <source>at most one field may be co-typed each of NormalResult, ErrorResult and ErrorMessage</source>
        <translation>al massimo un campo può avere ciascuno dei co-tipi NormalResult, ErrorResult ed ErrorMessage</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1739"/>
        <source>NormalResult and ErrorResult belong in a Result&apos;s fields</source>
        <translation>NormalResult ed ErrorResult vanno nei campi di un Result</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1741"/>
        <source>a result field cannot be co-typed Required</source>
        <translation>un campo di risultato non può avere il co-tipo Required</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1744"/>
        <source>ErrorResult needs an Object co-typed Error as schema</source>
        <translation>ErrorResult richiede come schema un Object con co-tipo Error</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1747"/>
        <source>ErrorMessage belongs in an Error&apos;s fields</source>
        <translation>ErrorMessage va nei campi di un Error</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1749"/>
        <source>ErrorMessage needs the schema string</source>
        <translation>ErrorMessage richiede lo schema string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1753"/>
        <source>State needs a schema that is an Enum</source>
        <translation>State richiede uno schema che sia un Enum</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1757"/>
        <source>Event needs the schema double, float, integer, long or string</source>
        <translation>Event richiede lo schema double, float, integer, long o string</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1760"/>
        <source>Location needs a geospatial schema or geopoint</source>
        <translation>Location richiede uno schema geospaziale o geopoint</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1764"/>
        <source>%1 needs the schema vector</source>
        <translation>%1 richiede lo schema vector</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1780"/>
        <source>an element with a semantic type needs a numeric schema</source>
        <translation>un elemento con un tipo semantico richiede uno schema numerico</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1795"/>
        <source>the value of enum value %1 must be an integer</source>
        <translation>il valore del valore enum %1 deve essere un intero</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1798"/>
        <source>the value of enum value %1 must be a string</source>
        <translation>il valore del valore enum %1 deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1818"/>
        <source>a DTDL v2 Property cannot contain an array</source>
        <translation>una Property DTDL v2 non può contenere un array</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlparser.cpp" line="1897"/>
        <location filename="../engine/interop/interopio.cpp" line="25"/>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="76"/>
        <source>display names, deployment nodes, adapters and mappings of twins are not part of an Azure Digital Twins graph and are left out</source>
        <translation>nomi visualizzati, nodi di distribuzione, adattatori e mappature dei gemelli non fanno parte di un grafo Azure Digital Twins e vengono omessi</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="217"/>
        <source>a digital twin must be an object with &quot;$dtId&quot; and &quot;$metadata&quot;</source>
        <translation>un gemello digitale deve essere un oggetto con &quot;$dtId&quot; e &quot;$metadata&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="225"/>
        <source>&apos;%1&apos; is not a twin id Twinloom accepts: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation>&apos;%1&apos; non è un ID di gemello accettato da Twinloom: usare lettere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; e &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="228"/>
        <source>a digital twin needs &quot;$dtId&quot;, a string</source>
        <translation>un gemello digitale richiede &quot;$dtId&quot;, una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="238"/>
        <source>a digital twin needs &quot;$metadata&quot;: {&quot;$model&quot;: a DTMI}</source>
        <translation>un gemello digitale richiede &quot;$metadata&quot;: {&quot;$model&quot;: un DTMI}</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="259"/>
        <source>a relationship must be an object</source>
        <translation>una relazione deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="272"/>
        <source>a relationship needs &quot;%1&quot;, a string</source>
        <translation>una relazione richiede &quot;%1&quot;, una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="283"/>
        <source>&quot;$relationshipId&quot; must be a string</source>
        <translation>&quot;$relationshipId&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="300"/>
        <source>&quot;digitalTwinsFileInfo&quot; needs a &quot;fileVersion&quot;</source>
        <translation>&quot;digitalTwinsFileInfo&quot; richiede un &quot;fileVersion&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="304"/>
        <source>file version %1 is read as version %2</source>
        <translation>la versione di file %1 viene letta come versione %2</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="311"/>
        <source>&quot;digitalTwinsModels&quot; must be an array of DTDL models</source>
        <translation>&quot;digitalTwinsModels&quot; deve essere un array di modelli DTDL</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="321"/>
        <source>an Azure Digital Twins Explorer file needs &quot;digitalTwinsGraph&quot;: {&quot;digitalTwins&quot;, &quot;relationships&quot;}</source>
        <translation>un file di Azure Digital Twins Explorer richiede &quot;digitalTwinsGraph&quot;: {&quot;digitalTwins&quot;, &quot;relationships&quot;}</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="331"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="373"/>
        <source>&apos;%1&apos; is not a section: Header, Models, Twins or Relationships</source>
        <translation>&apos;%1&apos; non è una sezione: Header, Models, Twins o Relationships</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="380"/>
        <source>the file must start with {&quot;Section&quot;: &quot;Header&quot;}</source>
        <translation>il file deve iniziare con {&quot;Section&quot;: &quot;Header&quot;}</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="384"/>
        <source>the Header section holds one object</source>
        <translation>la sezione Header contiene un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="390"/>
        <source>the file version is not %1</source>
        <translation>la versione del file non è %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="455"/>
        <source>the twin &apos;%1&apos; is there twice</source>
        <translation>il gemello &apos;%1&apos; è presente due volte</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="461"/>
        <source>no model has the id &apos;%1&apos;</source>
        <translation>nessun modello ha l&apos;ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="475"/>
        <location filename="../engine/interop/adt.cpp" line="481"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation>nessun gemello ha l&apos;ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="490"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>il modello &apos;%1&apos; non ha la relazione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/adt.cpp" line="508"/>
        <source>%1 property values of twins are not imported: a project describes twins, not their state</source>
        <translation>%1 valori di proprietà dei gemelli non vengono importati: un progetto descrive i gemelli, non il loro stato</translation>
    </message>
    <message>
        <location filename="../engine/interop/ditto.cpp" line="100"/>
        <source>the properties of relationship &apos;%1&apos; of twin &apos;%2&apos; are left out</source>
        <translation>le proprietà della relazione &apos;%1&apos; del gemello &apos;%2&apos; vengono omesse</translation>
    </message>
    <message>
        <location filename="../engine/interop/ditto.cpp" line="159"/>
        <source>&apos;%1&apos; is not a Ditto namespace: use Java package notation, such as org.example.site</source>
        <translation>&apos;%1&apos; non è un namespace Ditto: usare la notazione dei package Java, ad esempio org.example.site</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="19"/>
        <source>the models refer to DTMIs that are defined nowhere: %1</source>
        <translation>i modelli fanno riferimento a DTMI non definiti da nessuna parte: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="65"/>
        <source>has no version; written as %1, a name a Device Models Repository cannot resolve</source>
        <translation>non ha versione; scritta come %1, un nome che un Device Models Repository non sa risolvere</translation>
    </message>
    <message>
        <location filename="../engine/interop/dtdlproject.cpp" line="83"/>
        <location filename="../engine/interop/interopio.cpp" line="40"/>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <location filename="../engine/interop/interopio.cpp" line="79"/>
        <source>cannot create the folder</source>
        <translation>impossibile creare la cartella</translation>
    </message>
    <message>
        <location filename="../engine/interop/interopio.cpp" line="91"/>
        <source>cannot write the file: %1</source>
        <translation>impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="163"/>
        <source>no Thing Description forms are known for the digital adapter type &apos;%1&apos;; it is left out</source>
        <translation>non sono noti form di Thing Description per il tipo di adattatore digitale &apos;%1&apos;; viene omesso</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="174"/>
        <source>no digital adapter exposes twin &apos;%1&apos;: it is described by a Thing Model, without forms</source>
        <translation>nessun adattatore digitale espone il gemello &apos;%1&apos;: è descritto da un Thing Model, senza form</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="326"/>
        <source>a link of a Thing Description has no properties; those of relationship &apos;%1&apos; are left out</source>
        <translation>un link di una Thing Description non ha proprietà; quelle della relazione &apos;%1&apos; vengono omesse</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="568"/>
        <source>&quot;@context&quot; must name the Thing Description context %1</source>
        <translation>&quot;@context&quot; deve indicare il contesto della Thing Description %1</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="590"/>
        <source>a Thing Description needs &quot;securityDefinitions&quot;</source>
        <translation>una Thing Description richiede &quot;securityDefinitions&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="593"/>
        <source>&quot;securityDefinitions&quot; must be an object of security schemes</source>
        <translation>&quot;securityDefinitions&quot; deve essere un oggetto di schemi di sicurezza</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="598"/>
        <source>a security scheme is an object with a &quot;scheme&quot;</source>
        <translation>uno schema di sicurezza è un oggetto con uno &quot;scheme&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="605"/>
        <source>a Thing Description needs &quot;security&quot;: the names of the schemes that apply</source>
        <translation>una Thing Description richiede &quot;security&quot;: i nomi degli schemi che si applicano</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="611"/>
        <source>a security scheme is named by a string</source>
        <translation>uno schema di sicurezza è indicato da una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="616"/>
        <source>no security definition is named &apos;%1&apos;</source>
        <translation>nessuna definizione di sicurezza si chiama &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="658"/>
        <source>a data schema must be an object</source>
        <translation>uno schema di dati deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="663"/>
        <source>the data schema is nested more than %1 levels deep</source>
        <translation>lo schema di dati è annidato per più di %1 livelli</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="670"/>
        <source>&quot;type&quot; must be a string</source>
        <translation>&quot;type&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="678"/>
        <source>&quot;enum&quot; must be an array of values</source>
        <translation>&quot;enum&quot; deve essere un array di valori</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="687"/>
        <source>an enum of mixed or non-integer values is imported as a string; its values are not checked</source>
        <translation>un enum di valori misti o non interi è importato come string; i suoi valori non sono controllati</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="703"/>
        <source>the values of an enum must all be strings or all integers</source>
        <translation>i valori di un enum devono essere tutti stringhe o tutti interi</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="728"/>
        <source>a data schema without &quot;type&quot; is imported as a string</source>
        <translation>uno schema di dati senza &quot;type&quot; viene importato come stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="752"/>
        <source>an array without &quot;items&quot; is imported as an array of strings</source>
        <translation>un array senza &quot;items&quot; viene importato come array di stringhe</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="757"/>
        <source>&quot;items&quot; must not be empty</source>
        <translation>&quot;items&quot; non deve essere vuoto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="761"/>
        <source>an array of several item schemas is imported with the first</source>
        <translation>un array con più schemi di elemento viene importato con il primo</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="774"/>
        <source>&quot;properties&quot; must be an object of data schemas</source>
        <translation>&quot;properties&quot; deve essere un oggetto di schemi di dati</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="784"/>
        <source>an object without &quot;properties&quot; is imported as a map of strings</source>
        <translation>un oggetto senza &quot;properties&quot; viene importato come mappa di stringhe</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="804"/>
        <source>a null data schema is imported as a string</source>
        <translation>uno schema di dati null viene importato come stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="808"/>
        <source>&apos;%1&apos; is not a data schema type: boolean, integer, number, string, object, array or null</source>
        <translation>&apos;%1&apos; non è un tipo di schema di dati: boolean, integer, number, string, object, array o null</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="833"/>
        <source>&apos;%1&apos; is not a unit Twinloom knows; it is left out</source>
        <translation>&apos;%1&apos; non è un&apos;unità nota a Twinloom; viene omessa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="842"/>
        <source>an interaction of a Thing Description needs &quot;forms&quot;</source>
        <translation>un&apos;interazione di una Thing Description richiede &quot;forms&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="847"/>
        <source>&quot;forms&quot; must be an array of at least one form</source>
        <translation>&quot;forms&quot; deve essere un array di almeno un form</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="855"/>
        <source>a form is an object with an &quot;href&quot;</source>
        <translation>un form è un oggetto con un &quot;href&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="866"/>
        <source>&quot;op&quot; must be an operation or an array of operations</source>
        <translation>&quot;op&quot; deve essere un&apos;operazione o un array di operazioni</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="955"/>
        <source>no form of &apos;%1&apos; for %2 has a protocol Twinloom can use; the twin does without it</source>
        <translation>nessun form di &apos;%1&apos; per %2 ha un protocollo utilizzabile da Twinloom; il gemello ne fa a meno</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="976"/>
        <source>&quot;properties&quot; must be an object of property affordances</source>
        <translation>&quot;properties&quot; deve essere un oggetto di property affordance</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="986"/>
        <source>a property affordance must be an object</source>
        <translation>una property affordance deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="995"/>
        <source>a write-only property is imported as a writable property</source>
        <translation>una proprietà di sola scrittura viene importata come proprietà scrivibile</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1029"/>
        <source>&quot;actions&quot; must be an object of action affordances</source>
        <translation>&quot;actions&quot; deve essere un oggetto di action affordance</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1039"/>
        <source>an action affordance must be an object</source>
        <translation>una action affordance deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1076"/>
        <source>&quot;events&quot; must be an object of event affordances</source>
        <translation>&quot;events&quot; deve essere un oggetto di event affordance</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1086"/>
        <source>an event affordance must be an object</source>
        <translation>una event affordance deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1111"/>
        <source>a Thing Description must be a JSON object</source>
        <translation>una Thing Description deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1119"/>
        <source>&quot;title&quot; must be a string</source>
        <translation>&quot;title&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1121"/>
        <source>a Thing Description needs a &quot;title&quot;</source>
        <translation>una Thing Description richiede un &quot;title&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1127"/>
        <source>&quot;id&quot; must be a string (a URI)</source>
        <translation>&quot;id&quot; deve essere una stringa (un URI)</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1137"/>
        <source>&quot;base&quot; holds a placeholder (%1); the model&apos;s forms are not followed</source>
        <translation>&quot;base&quot; contiene un segnaposto (%1); i form del modello non sono seguiti</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1144"/>
        <source>&quot;base&quot; must be an absolute URI</source>
        <translation>&quot;base&quot; deve essere un URI assoluto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1153"/>
        <source>&quot;links&quot; must be an array of links</source>
        <translation>&quot;links&quot; deve essere un array di link</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1160"/>
        <source>a link is an object with an &quot;href&quot;</source>
        <translation>un link è un oggetto con un &quot;href&quot;</translation>
    </message>
    <message>
        <location filename="../engine/interop/wot.cpp" line="1165"/>
        <source>&apos;%1&apos; links of Thing Models are not followed; import the model it names as well</source>
        <translation>i link &apos;%1&apos; dei Thing Model non vengono seguiti; importare anche il modello a cui rimandano</translation>
    </message>
    <message>
        <location filename="../engine/interop/wotschema.cpp" line="69"/>
        <source>the Thing Description 1.1 JSON Schema cannot be read</source>
        <translation>lo JSON Schema di Thing Description 1.1 non può essere letto</translation>
    </message>
    <message>
        <location filename="../engine/interop/wotschema.cpp" line="96"/>
        <source>the Thing Description 1.1 JSON Schema refuses this: %1</source>
        <translation>lo JSON Schema di Thing Description 1.1 lo rifiuta: %1</translation>
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
        <translation type="vanished">Esegue i gemelli digitali di un progetto Twinloom (un file *.twinloom.json o un bundle
esportato), o solo quelli di un nodo di distribuzione, senza interfaccia grafica.

Output: con --changes jsonl, un oggetto JSON per riga su stdout per ogni modifica di stato
e transizione del ciclo di vita: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; con --metrics-interval, righe {&quot;metrics&quot;: {...}} su stdout.
I log vanno su stderr.

SIGINT e SIGTERM fermano i gemelli in modo ordinato: un gemello composto prima delle sue
parti, ognuno svuotando la propria mailbox; poi il programma termina. Un secondo segnale
mentre si fermano termina subito il programma (codice di uscita 128 + il numero del segnale).

Formati di scambio:
  --export FORMAT --output PATH scrive il progetto come dtdl (una cartella di file DTDL v3
  organizzata come Device Models Repository), wot (una cartella di W3C WoT Thing Description,
  una per gemello), ditto (una cartella di thing Eclipse Ditto, la loro policy, comandi Ditto
  Protocol e uno script di richieste HTTP), adt (un file di Azure Digital Twins Explorer)
  o adt-ndjson (un file di importazione in blocco di Azure Digital Twins).
  --import FORMAT --output PROJECT.twinloom.json PATH... crea un progetto da file e
  cartelle dtdl, Thing Description e Thing Model wot, o file di Explorer e di importazione
  in blocco adt.
  --validate-dtdl PATH... convalida file e cartelle DTDL: stampa valido, non valido
  con ogni errore, o incompleto con i DTMI non definiti da nessuna parte. Con --repository
  DIR|URL gli argomenti possono essere DTMI: ciascuno è letto, con i modelli da cui dipende,
  dal repository (dtmi:com:example:Pump;1 vi è dtmi/com/example/pump-1.json).

Codici di uscita:
  0  l&apos;esecuzione è terminata normalmente (durata trascorsa o un segnale), o --check non ha
     trovato errori, o l&apos;esportazione o l&apos;importazione è stata scritta
  1  la riga di comando è errata
  2  il progetto, il bundle o i file importati non sono validi (ogni problema viene stampato
     con il suo JSON pointer)
  3  un errore di esecuzione: un gemello è terminato in Error, o il sistema ha negato una risorsa
     (i gemelli richiedono più file aperti di quanti il processo ne possa avere: non è stato avviato nulla)
Con --validate-dtdl: 0 i modelli sono validi, 1 non validi o incompleti, 2 la riga di
comando è errata.

Esempi:
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
        <translation>Esegue i gemelli digitali di un progetto Twinloom (un file *.twinloom.json o un bundle
esportato), o solo quelli di un nodo di distribuzione, senza interfaccia grafica.

Output: con --changes jsonl, un oggetto JSON per riga su stdout per ogni modifica di stato
e transizione del ciclo di vita: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; con --metrics-interval, righe {&quot;metrics&quot;: {...}} su stdout.
I log vanno su stderr.

SIGINT e SIGTERM fermano i gemelli in modo ordinato: un gemello composto prima delle sue
parti, ognuno svuotando la propria mailbox; poi il programma termina. Un secondo segnale
mentre si fermano termina subito il programma (codice di uscita 128 + il numero del segnale).

Formati di scambio:
  --export FORMAT --output PATH scrive il progetto come dtdl (una cartella di file DTDL v3
  organizzata come Device Models Repository), wot (una cartella di W3C WoT Thing Description,
  una per gemello), ditto (una cartella di thing Eclipse Ditto, la loro policy, comandi Ditto
  Protocol e uno script di richieste HTTP), adt (un file di Azure Digital Twins Explorer)
  o adt-ndjson (un file di importazione in blocco di Azure Digital Twins).
  --import FORMAT --output PROJECT.twinloom.json PATH... crea un progetto da file e
  cartelle dtdl, Thing Description e Thing Model wot, o file di Explorer e di importazione
  in blocco adt.
  --validate-dtdl PATH... convalida file e cartelle DTDL: stampa valido, non valido
  con ogni errore, o incompleto con i DTMI non definiti da nessuna parte. Con --repository
  DIR|URL gli argomenti possono essere DTMI: ciascuno è letto, con i modelli da cui dipende,
  dal repository (dtmi:com:example:Pump;1 vi è dtmi/com/example/pump-1.json).

Codici di uscita:
  0  l&apos;esecuzione è terminata normalmente (durata trascorsa o un segnale), o --check non ha
     trovato errori, o l&apos;esportazione o l&apos;importazione è stata scritta
  1  la riga di comando è errata
  2  il progetto, il bundle o i file importati non sono validi (ogni problema viene stampato
     con il suo JSON pointer)
  3  un errore di esecuzione: un gemello è terminato in Error, o il sistema ha negato una risorsa
     (i gemelli richiedono più file aperti di quanti il processo ne possa avere: non è stato avviato nulla)
Con --validate-dtdl: 0 i modelli sono validi, 1 non validi o incompleti, 2 la riga di
comando è errata.

Esempi:
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
        <translation>Un progetto *.twinloom.json o un pacchetto (.zip).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="159"/>
        <source>With --import or --validate-dtdl: the files and folders to read.</source>
        <translation>Con --import o --validate-dtdl: i file e le cartelle da leggere.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="163"/>
        <source>Run only the twins of deployment node NAME.</source>
        <translation>Esegue solo i gemelli del nodo di distribuzione NAME.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="166"/>
        <source>Stop after SECONDS (default: run until a signal).</source>
        <translation>Si ferma dopo SECONDS secondi (predefinito: esecuzione fino a un segnale).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="169"/>
        <source>Stream state changes on stdout in FORMAT (jsonl).</source>
        <translation>Trasmette le modifiche di stato su stdout nel formato FORMAT (jsonl).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="172"/>
        <source>Print engine metrics every SECONDS.</source>
        <translation>Stampa le metriche dell&apos;engine ogni SECONDS secondi.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="175"/>
        <source>Validate the project and exit.</source>
        <translation>Convalida il progetto ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="177"/>
        <source>error, warning, info (default) or debug.</source>
        <translation>error, warning, info (predefinito) o debug.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="181"/>
        <source>Write the project, its model and data files as a bundle to FILE and exit.</source>
        <translation>Scrive il progetto, i suoi file di modello e di dati come bundle in FILE ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="185"/>
        <source>Extract the bundle into FOLDER, print the project&apos;s path and exit.</source>
        <translation>Estrae il bundle in FOLDER, stampa il percorso del progetto ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="189"/>
        <source>Write the project in FORMAT (dtdl, wot, ditto, adt, adt-ndjson) to --output and exit.</source>
        <translation>Scrive il progetto nel formato FORMAT (dtdl, wot, ditto, adt, adt-ndjson) in --output ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="194"/>
        <source>Read the files and folders given in FORMAT (dtdl, wot, adt) into the project --output and exit.</source>
        <translation>Legge i file e le cartelle indicati nel formato FORMAT (dtdl, wot, adt) nel progetto --output ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="199"/>
        <source>Where --export or --import writes: a folder, or a file for adt, adt-ndjson and imported projects.</source>
        <translation>Dove scrivono --export o --import: una cartella, oppure un file per adt, adt-ndjson e i progetti importati.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="204"/>
        <source>Validate the DTDL files and folders given and exit.</source>
        <translation>Convalida i file e le cartelle DTDL indicati ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="207"/>
        <source>With --validate-dtdl: accept extension contexts the parser does not know, their terms as informal co-types (otherwise the models are incomplete).</source>
        <translation>Con --validate-dtdl: accetta i contesti di estensione che il parser non conosce, con i loro termini come co-tipi informali (altrimenti i modelli sono incompleti).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="211"/>
        <source>With --validate-dtdl: a Device Models Repository (a folder, or an http(s) URL fetched only when given) that resolves the DTMIs given as arguments and every model they depend on.</source>
        <translation>Con --validate-dtdl: un Device Models Repository (una cartella, o un URL http(s) scaricato solo se indicato) che risolve i DTMI dati come argomenti e ogni modello da cui dipendono.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="217"/>
        <source>Print the JSON Schema of the project format, with every adapter type&apos;s configuration, and exit.</source>
        <translation>Stampa lo schema JSON del formato di progetto, con la configurazione di ogni tipo di adattatore, ed esci.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="221"/>
        <source>Serve every twin of the run over HTTP and WebSocket on ADDRESS:PORT (127.0.0.1:8080; port 0 picks a free one). Bearer tokens come from the environment: TWINLOOM_HTTP_TOKEN (read and write), TWINLOOM_HTTP_READ_TOKEN.</source>
        <translation>Espone ogni gemello dell&apos;esecuzione su HTTP e WebSocket in ADDRESS:PORT (127.0.0.1:8080; la porta 0 ne sceglie una libera). I token bearer provengono dall&apos;ambiente: TWINLOOM_HTTP_TOKEN (lettura e scrittura), TWINLOOM_HTTP_READ_TOKEN.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="226"/>
        <source>With --http: serve HTTPS with this PEM certificate.</source>
        <translation>Con --http: usa HTTPS con questo certificato PEM.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="229"/>
        <source>With --http-cert: the PEM private key.</source>
        <translation>Con --http-cert: la chiave privata PEM.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="233"/>
        <source>With --http: allow browser pages of ORIGIN (repeatable; * for any).</source>
        <translation>Con --http: consente le pagine browser di ORIGIN (ripetibile; * per tutte).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="237"/>
        <source>Record the twins&apos; properties and events into STORE: a SQLite file or a postgresql:// URL (the project&apos;s &quot;history&quot; rules apply; without them, everything is recorded). With --query: the store to read.</source>
        <translation>Registra le proprietà e gli eventi dei gemelli in STORE: un file SQLite o un URL postgresql:// (si applicano le regole &quot;history&quot; del progetto; senza di esse viene registrato tutto). Con --query: l&apos;archivio da leggere.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="243"/>
        <source>With --history: print the samples of TWIN/PROPERTY or TWIN/events/EVENT and exit.</source>
        <translation>Con --history: stampa i campioni di TWIN/PROPERTY o TWIN/events/EVENT ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="247"/>
        <source>With --query: the oldest time (ISO 8601, seconds since 1970, now-PT1H).</source>
        <translation>Con --query: l&apos;istante meno recente (ISO 8601, secondi dal 1970, now-PT1H).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="251"/>
        <source>With --query: the time before which it stops (default: now).</source>
        <translation>Con --query: l&apos;istante prima del quale l&apos;output termina (predefinito: adesso).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="255"/>
        <source>With --query: min, max, mean and count per DURATION (PT1M) instead of samples.</source>
        <translation>Con --query: min, max, mean e count per DURATION (PT1M) invece dei campioni.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="258"/>
        <source>With --query: the value at TIME.</source>
        <translation>Con --query: il valore all&apos;istante TIME.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="261"/>
        <source>With --query: the most samples, the newest kept (default 100,000).</source>
        <translation>Con --query: il numero massimo di campioni, tenendo i più recenti (predefinito 100.000).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="265"/>
        <source>With --query: CSV with a header instead of JSON lines.</source>
        <translation>Con --query: CSV con intestazione invece di righe JSON.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="268"/>
        <source>Check the history STORE (integrity, size, oldest and newest sample) and exit.</source>
        <translation>Controlla l&apos;archivio della cronologia STORE (integrità, dimensione, campione meno recente e più recente) ed esce.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="272"/>
        <source>Run as the fleet agent NAME, with no project: take signed commands (deploy, update, start, stop, status, migrate, undeploy) from the control broker of --control.</source>
        <translation>Esegue come agente della flotta NAME, senza progetto: riceve comandi firmati (deploy, update, start, stop, status, migrate, undeploy) dal broker di controllo di --control.</translation>
    </message>
    <message>
        <source>Run as the fleet agent NAME, with no project: take signed commands (deploy, start, stop, status, undeploy) from the control broker of --control.</source>
        <translation type="vanished">Esegue come agente della flotta NAME, senza progetto: riceve comandi firmati (deploy, start, stop, status, undeploy) dal broker di controllo di --control.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="278"/>
        <source>With --agent: the control broker, mqtt[s]://HOST:PORT[/PREFIX]. The key that signs commands comes from TWINLOOM_AGENT_KEY.</source>
        <translation>Con --agent: il broker di controllo, mqtt[s]://HOST:PORT[/PREFIX]. La chiave che firma i comandi proviene da TWINLOOM_AGENT_KEY.</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="283"/>
        <source>With --agent: where it keeps what it was given (default: ~/.local/share/twinloom/agents/NAME).</source>
        <translation>Con --agent: dove l&apos;agente conserva ciò che ha ricevuto (predefinito: ~/.local/share/twinloom/agents/NAME).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="288"/>
        <source>With --agent: seconds between two statuses (default 10).</source>
        <translation>Con --agent: secondi tra due messaggi di stato (predefinito 10).</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="307"/>
        <source>--query needs --history STORE</source>
        <translation>--query richiede --history STORE</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="323"/>
        <source>--limit takes a whole number above 0</source>
        <translation>--limit richiede un numero intero maggiore di 0</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="332"/>
        <source>--%1 goes with --query</source>
        <translation>--%1 va usato con --query</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="349"/>
        <source>--agent NAME and --control URL go together</source>
        <translation>--agent NAME e --control URL vanno usati insieme</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="351"/>
        <source>an agent takes no project: it is given one by deploy</source>
        <translation>un agente non accetta un progetto: ne riceve uno tramite deploy</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="355"/>
        <source>--agent takes a name of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>--agent richiede un nome di lettere, cifre, &apos;-&apos;, &apos;_&apos; e &apos;.&apos; (al massimo 64)</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="363"/>
        <source>--heartbeat takes seconds, from 0.1 to 3,600</source>
        <translation>--heartbeat richiede secondi, da 0,1 a 3.600</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="384"/>
        <source>--validate-dtdl, --import, --export, --check, --export-bundle and --extract exclude one another</source>
        <translation>--validate-dtdl, --import, --export, --check, --export-bundle e --extract si escludono a vicenda</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="387"/>
        <source>--output goes with --export or --import</source>
        <translation>--output va usato con --export o --import</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="390"/>
        <source>give the files or folders to read</source>
        <translation>indicare i file o le cartelle da leggere</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="398"/>
        <source>--import takes %1</source>
        <translation>--import accetta %1</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="402"/>
        <source>--import needs --output PROJECT.twinloom.json</source>
        <translation>--import richiede --output PROJECT.twinloom.json</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="406"/>
        <source>give exactly one project or bundle</source>
        <translation>indicare esattamente un progetto o un bundle</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="412"/>
        <source>--export takes %1</source>
        <translation>--export accetta %1</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="416"/>
        <source>--export needs --output PATH</source>
        <translation>--export richiede --output PATH</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="420"/>
        <source>--allow-undefined-extensions goes with --validate-dtdl</source>
        <translation>--allow-undefined-extensions va con --validate-dtdl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="422"/>
        <source>--repository goes with --validate-dtdl</source>
        <translation>--repository va con --validate-dtdl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="426"/>
        <source>--node takes the id of a deployment node</source>
        <translation>--node richiede l&apos;id di un nodo di distribuzione</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="434"/>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration richiede un numero positivo di secondi</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="440"/>
        <source>--metrics-interval takes seconds, from 0.01 to 86,400</source>
        <translation>--metrics-interval richiede secondi, da 0,01 a 86.400</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="444"/>
        <source>--changes supports only jsonl</source>
        <translation>--changes supporta solo jsonl</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="455"/>
        <source>--http takes ADDRESS:PORT, such as 127.0.0.1:8080</source>
        <translation>--http richiede ADDRESS:PORT, ad esempio 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="460"/>
        <source>--http-cert and --http-key go together</source>
        <translation>--http-cert e --http-key vanno usati insieme</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="462"/>
        <source>--http-cert, --http-key and --http-cors go with --http</source>
        <translation>--http-cert, --http-key e --http-cors vanno usati con --http</translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="366"/>
        <location filename="../app/run/main.cpp" line="469"/>
        <source>--log-level is error, warning, info or debug</source>
        <translation>--log-level è error, warning, info o debug</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="156"/>
        <location filename="../app/run/runner.cpp" line="606"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; non esiste</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="162"/>
        <source>&apos;%1&apos; is not a bundle</source>
        <translation>&apos;%1&apos; non è un bundle</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="176"/>
        <source>cannot create a folder to extract the bundle: %1</source>
        <translation>impossibile creare una cartella in cui estrarre il bundle: %1</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="187"/>
        <source>extracted bundle &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>bundle &apos;%1&apos; estratto in &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="199"/>
        <source>%n error(s) in &apos;%1&apos;; nothing was started</source>
        <translation>
            <numerusform>%n errore in &apos;%1&apos;; non è stato avviato nulla</numerusform>
            <numerusform>%n errori in &apos;%1&apos;; non è stato avviato nulla</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="214"/>
        <source>the project has no node &apos;%1&apos;; its nodes: %2</source>
        <translation>il progetto non ha il nodo &apos;%1&apos;; i suoi nodi: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="216"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="229"/>
        <source>wrote the bundle &apos;%1&apos;</source>
        <translation>bundle &apos;%1&apos; scritto</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="243"/>
        <source>%1: valid; %2 models, %3 twins%4</source>
        <translation>%1: valido; %2 modelli, %3 gemelli%4</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="249"/>
        <location filename="../app/run/runner.cpp" line="334"/>
        <source> on node &apos;%1&apos;</source>
        <translation> sul nodo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="73"/>
        <source>dropped the transfer of &apos;%1&apos;: nothing came for %2 s</source>
        <translation>trasferimento di &apos;%1&apos; scartato: non è arrivato nulla per %2 s</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="106"/>
        <source>agent &apos;%1&apos;: %2</source>
        <translation>agente &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="128"/>
        <source>%1; the agent was not started</source>
        <translation>%1; l&apos;agente non è stato avviato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="134"/>
        <source>cannot create the data folder &apos;%1&apos;</source>
        <translation>impossibile creare la cartella dei dati &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="159"/>
        <source>connected to the control broker %1</source>
        <translation>connesso al broker di controllo %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="168"/>
        <source>the control connection: %1</source>
        <translation>la connessione di controllo: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="176"/>
        <source>waiting for commands on %1 (data in %2)</source>
        <translation>in attesa di comandi su %1 (dati in %2)</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="199"/>
        <source>stopped</source>
        <translation>arrestato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="211"/>
        <location filename="../app/run/agent.cpp" line="216"/>
        <source>refused a command: %1</source>
        <translation>comando rifiutato: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="212"/>
        <location filename="../app/run/agent.cpp" line="217"/>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="215"/>
        <source>the command is for the agent &apos;%1&apos;</source>
        <translation>il comando è destinato all&apos;agente &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="231"/>
        <source>the command is malformed: %1</source>
        <translation>il comando non è valido: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="245"/>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; non riuscito: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="249"/>
        <source>&apos;%1&apos; done</source>
        <translation>&apos;%1&apos; eseguito</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="286"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="293"/>
        <source>&apos;%1&apos; is not a valid deployment id</source>
        <translation>&apos;%1&apos; non è un id di distribuzione valido</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="298"/>
        <source>a bundle of %1 bytes: the agent takes 1 to %2</source>
        <translation>un bundle di %1 byte: l&apos;agente accetta da 1 a %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="302"/>
        <source>%1 chunks cannot carry %2 bytes</source>
        <translation>%1 chunk non possono trasportare %2 byte</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="304"/>
        <source>the bundle&apos;s SHA-256 is missing</source>
        <translation>manca lo SHA-256 del bundle</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="306"/>
        <source>%1 transfers are in progress already</source>
        <translation>sono già in corso %1 trasferimenti</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="322"/>
        <location filename="../app/run/agent.cpp" line="481"/>
        <source>no transfer of &apos;%1&apos; has begun</source>
        <translation>nessun trasferimento di &apos;%1&apos; è iniziato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="326"/>
        <source>chunk %1 came where chunk %2 was due; the transfer of &apos;%3&apos; was dropped</source>
        <translation>è arrivato il chunk %1 dove era atteso il chunk %2; il trasferimento di &apos;%3&apos; è stato scartato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="337"/>
        <source>is not base64</source>
        <translation>non è base64</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="337"/>
        <source>does not fit the declared size</source>
        <translation>non corrisponde alla dimensione dichiarata</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="339"/>
        <source>chunk %1 of &apos;%2&apos; %3; the transfer was dropped</source>
        <translation>il chunk %1 di &apos;%2&apos; %3; il trasferimento è stato scartato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="370"/>
        <source>the bundle cannot be extracted: %1</source>
        <translation>impossibile estrarre il bundle: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="376"/>
        <source>the bundled project is invalid: %1</source>
        <translation>il progetto nel bundle non è valido: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="394"/>
        <source>the project &apos;%1&apos; has no node &apos;%2&apos;</source>
        <translation>il progetto &apos;%1&apos; non ha il nodo &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="417"/>
        <source>the node &apos;%1&apos; cannot be set up: %2</source>
        <translation>impossibile configurare il nodo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="432"/>
        <location filename="../app/run/runner.cpp" line="272"/>
        <source>%1 failed%2</source>
        <translation>%1 non riuscito%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/agent.cpp" line="452"/>
        <source>%n twin(s) could not start (%1); the deployment was stopped</source>
        <translation>
            <numerusform>impossibile avviare %n gemello (%1); la distribuzione è stata arrestata</numerusform>
            <numerusform>impossibile avviare %n gemelli (%1); la distribuzione è stata arrestata</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="470"/>
        <source>node &apos;%1&apos; of &apos;%2&apos;: %3 event(s) dropped by the stop</source>
        <translation>nodo &apos;%1&apos; di &apos;%2&apos;: %3 eventi scartati dall&apos;arresto</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="485"/>
        <source>the bundle is incomplete: %1 of %2 bytes came; nothing was deployed</source>
        <translation>il bundle è incompleto: sono arrivati %1 di %2 byte; non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="491"/>
        <source>the bundle fails its checksum (SHA-256 %1, expected %2); nothing was deployed</source>
        <translation>il bundle non supera il checksum (SHA-256 %1, atteso %2); non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="500"/>
        <source>the command names no node to run</source>
        <translation>il comando non indica alcun nodo da eseguire</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="513"/>
        <source>; nothing was deployed</source>
        <translation>; non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="521"/>
        <source>the project &apos;%1&apos; has no node &apos;%2&apos;; nothing was deployed</source>
        <translation>il progetto &apos;%1&apos; non ha un nodo &apos;%2&apos;; non è stato distribuito nulla</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="891"/>
        <source>the twin &apos;%1&apos; moved here does not run again</source>
        <translation>il gemello &apos;%1&apos; spostato qui non viene rimesso in esecuzione</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="941"/>
        <source>this agent does not run &apos;%1&apos; and was sent no bundle of it</source>
        <translation>questo agente non esegue &apos;%1&apos; e non ne ha ricevuto alcun bundle</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="948"/>
        <source>the bundle of &apos;%1&apos; is incomplete or fails its checksum</source>
        <translation>il bundle di &apos;%1&apos; è incompleto o non supera il checksum</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="976"/>
        <source>this agent runs another version of &apos;%1&apos;: update it first</source>
        <translation>questo agente esegue un&apos;altra versione di &apos;%1&apos;: aggiornarlo prima</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="979"/>
        <source>the project &apos;%1&apos; has no twin &apos;%2&apos;</source>
        <translation>il progetto &apos;%1&apos; non ha il gemello &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="981"/>
        <source>&apos;%1&apos; runs here already</source>
        <translation>&apos;%1&apos; è già in esecuzione qui</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="985"/>
        <source>&apos;%1&apos; aggregates twins of its engine (an &quot;aggregate&quot; adapter): it cannot move alone</source>
        <translation>&apos;%1&apos; aggrega gemelli del proprio engine (un adattatore &quot;aggregate&quot;): non può essere spostato da solo</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="995"/>
        <source>&apos;%1&apos; is aggregated by &apos;%2&apos; on its node: it cannot move alone</source>
        <translation>&apos;%1&apos; è aggregato da &apos;%2&apos; sul proprio nodo: non può essere spostato da solo</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1004"/>
        <source>&apos;%1&apos; cannot be set up here: %2</source>
        <translation>impossibile configurare &apos;%1&apos; qui: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1034"/>
        <source>&apos;%1&apos; was withdrawn while it was prepared</source>
        <translation>&apos;%1&apos; è stato ritirato mentre veniva preparato</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1038"/>
        <source>&apos;%1&apos; did not connect its physical side here within %2 s (%3)</source>
        <translation>&apos;%1&apos; non ha collegato qui il proprio lato fisico entro %2 s (%3)</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1058"/>
        <source>&apos;%1&apos; of &apos;%2&apos; does not run here</source>
        <translation>&apos;%1&apos; di &apos;%2&apos; non è in esecuzione qui</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1078"/>
        <source>&apos;%1&apos; of &apos;%2&apos; was not prepared here</source>
        <translation>&apos;%1&apos; di &apos;%2&apos; non è stato preparato qui</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1123"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossibile leggere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="1128"/>
        <source>the bundle has %1 chunks, not %2</source>
        <translation>il bundle ha %1 chunk, non %2</translation>
    </message>
    <message>
        <source>; the previous deployment runs again</source>
        <translation type="vanished">; la distribuzione precedente è di nuovo in esecuzione</translation>
    </message>
    <message>
        <source>; the previous deployment could not run again: %1</source>
        <translation type="vanished">; non è stato possibile rimettere in esecuzione la distribuzione precedente: %1</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="533"/>
        <location filename="../app/run/agent.cpp" line="559"/>
        <source>cannot keep the bundle of &apos;%1&apos; in &apos;%2&apos;: it will not run after a restart</source>
        <translation>impossibile conservare il bundle di &apos;%1&apos; in &apos;%2&apos;: non verrà eseguito dopo un riavvio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/agent.cpp" line="544"/>
        <source>updated &apos;%1&apos;: %n twin(s) restarted</source>
        <translation>
            <numerusform>&apos;%1&apos; aggiornato: %n gemello riavviato</numerusform>
            <numerusform>&apos;%1&apos; aggiornato: %n gemelli riavviati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="666"/>
        <source>%1 could not start</source>
        <translation>%1 non è riuscito ad avviarsi</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="696"/>
        <source>the update of &apos;%1&apos; is incomplete: %2</source>
        <translation>l&apos;aggiornamento di &apos;%1&apos; è incompleto: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="750"/>
        <location filename="../app/run/agent.cpp" line="1120"/>
        <source>no deployment &apos;%1&apos; here</source>
        <translation>nessuna distribuzione &apos;%1&apos; qui</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="829"/>
        <source>cannot save what the agent runs in &apos;%1&apos;: %2</source>
        <translation>impossibile salvare in &apos;%1&apos; ciò che l&apos;agente esegue: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="849"/>
        <source>&apos;%1&apos; cannot be read (%2): nothing runs again</source>
        <translation>impossibile leggere &apos;%1&apos; (%2): non viene rimesso in esecuzione nulla</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="869"/>
        <source>its bundle has changed on disk</source>
        <translation>il suo bundle è cambiato su disco</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="877"/>
        <source>the deployment &apos;%1&apos; does not run again: %2</source>
        <translation>la distribuzione &apos;%1&apos; non viene rimessa in esecuzione: %2</translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="881"/>
        <source>runs &apos;%1&apos; again (nodes %2)</source>
        <translation>&apos;%1&apos; di nuovo in esecuzione (nodi %2)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="275"/>
        <source>%1: %2 → %3%4</source>
        <translation>%1: %2 → %3%4</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="297"/>
        <source>--http: a bearer token has 16 characters at least; nothing was started</source>
        <translation>--http: un token bearer ha almeno 16 caratteri; non è stato avviato nulla</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="314"/>
        <source>--http: %1; nothing was started</source>
        <translation>--http: %1; non è stato avviato nulla</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="319"/>
        <source>HTTP interface on %1 (OpenAPI: %1/api/openapi.json)%2</source>
        <translation>Interfaccia HTTP su %1 (OpenAPI: %1/api/openapi.json)%2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="322"/>
        <source>, no token required</source>
        <translation>, nessun token richiesto</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="330"/>
        <source>running %n twin(s) of &apos;%1&apos;%2</source>
        <translation>
            <numerusform>esecuzione di %n gemello di &apos;%1&apos;%2</numerusform>
            <numerusform>esecuzione di %n gemelli di &apos;%1&apos;%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="384"/>
        <source>%1; nothing was started</source>
        <translation>%1; non è stato avviato nulla</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="390"/>
        <source>recording history into %1</source>
        <translation>registrazione della cronologia in %1</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="402"/>
        <source>history: %1 sample(s) recorded, %2 dropped by a full queue, %3 not written</source>
        <translation>cronologia: %1 campioni registrati, %2 scartati per coda piena, %3 non scritti</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="446"/>
        <source>raised the limit of open files from %1 to %2 (about %3 needed)</source>
        <translation>limite dei file aperti alzato da %1 a %2 (ne servono circa %3)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="454"/>
        <source>the twins need about %1 open files (the connections and sockets of their adapters), but this process may open %2 (ulimit -n) and at most %3 (ulimit -Hn): raise the limit (ulimit -n, or LimitNOFILE= for a service), or run fewer twins per node; nothing was started</source>
        <translation>i gemelli richiedono circa %1 file aperti (le connessioni e i socket dei loro adattatori), ma questo processo può aprirne %2 (ulimit -n) e al massimo %3 (ulimit -Hn): alzare il limite (ulimit -n, o LimitNOFILE= per un servizio) o eseguire meno gemelli per nodo; non è stato avviato nulla</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="460"/>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="527"/>
        <source>cannot read %1 from %2: %3</source>
        <translation>impossibile leggere %1 da %2: %3</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="530"/>
        <source>larger than %1 MB</source>
        <translation>più grande di %1 MB</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="567"/>
        <source>--repository: &apos;%1&apos; is not a valid URL: %2</source>
        <translation>--repository: &apos;%1&apos; non è un URL valido: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="577"/>
        <source>--repository: &apos;%1&apos; is neither a folder nor an http(s) URL</source>
        <translation>--repository: &apos;%1&apos; non è né una cartella né un URL http(s)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="587"/>
        <source>&apos;%1&apos; is a DTMI: name the repository that holds it with --repository</source>
        <translation>&apos;%1&apos; è un DTMI: indicare con --repository il repository che lo contiene</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="593"/>
        <source>&apos;%1&apos; is not a DTMI with a version, which a repository needs to find it</source>
        <translation>&apos;%1&apos; non è un DTMI con versione, che serve a un repository per trovarlo</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="635"/>
        <source>undefined: %1 (not in the repository %2)</source>
        <translation>non definito: %1 (non nel repository %2)</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="636"/>
        <source>undefined: %1</source>
        <translation>non definito: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="673"/>
        <source>%n error(s); nothing was written</source>
        <translation>
            <numerusform>%n errore; non è stato scritto nulla</numerusform>
            <numerusform>%n errori; non è stato scritto nulla</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/agent.cpp" line="507"/>
        <location filename="../app/run/agent.cpp" line="954"/>
        <location filename="../app/run/runner.cpp" line="679"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossibile scrivere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="686"/>
        <source>the imported project needs editing before it runs here:</source>
        <translation>il progetto importato va modificato prima di poter essere eseguito qui:</translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="689"/>
        <source>wrote the project &apos;%1&apos;: %2 models, %3 twins</source>
        <translation>progetto &apos;%1&apos; scritto: %2 modelli, %3 gemelli</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="732"/>
        <source>wrote %n file(s) to &apos;%1&apos;</source>
        <translation>
            <numerusform>%n file scritto in &apos;%1&apos;</numerusform>
            <numerusform>%n file scritti in &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="744"/>
        <source>stopping %n twin(s)</source>
        <translation>
            <numerusform>arresto di %n gemello</numerusform>
            <numerusform>arresto di %n gemelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="748"/>
        <source>the twins could not process what was queued within %1 s of the stop: %2 event(s) were dropped</source>
        <translation>i gemelli non hanno potuto elaborare quanto era in coda entro %1 s dall’arresto: %2 eventi scartati</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="53"/>
        <source>--query takes TWIN/PROPERTY or TWIN/events/EVENT</source>
        <translation>--query richiede TWIN/PROPERTY o TWIN/events/EVENT</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="64"/>
        <source>%1 takes a time: ISO 8601 (2026-12-01T10:00:00Z), seconds since 1970, now or now-PT1H</source>
        <translation>%1 richiede un istante: ISO 8601 (2026-12-01T10:00:00Z), secondi dal 1970, now o now-PT1H</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="81"/>
        <source>--step takes a duration of 1 ms or more, such as PT1M</source>
        <translation>--step richiede una durata di 1 ms o più, ad esempio PT1M</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="85"/>
        <source>--step buckets the numbers of a property, not events</source>
        <translation>--step raggruppa in intervalli i valori numerici di una proprietà, non gli eventi</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="88"/>
        <source>--step needs --from</source>
        <translation>--step richiede --from</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="93"/>
        <source>the history store &apos;%1&apos; does not exist</source>
        <translation>l&apos;archivio della cronologia &apos;%1&apos; non esiste</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="161"/>
        <source>twinloom-run: no samples of %1 in that range</source>
        <translation>twinloom-run: nessun campione di %1 in quel periodo</translation>
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
        <translation>%1: %2, schema della cronologia %3</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="182"/>
        <source>size: %1 bytes</source>
        <translation>dimensione: %1 byte</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="183"/>
        <source>series: %1, samples: %2, buckets of tiers: %3</source>
        <translation>serie: %1, campioni: %2, intervalli dei livelli: %3</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="188"/>
        <source>oldest sample: %1</source>
        <translation>campione meno recente: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="189"/>
        <source>newest sample: %1</source>
        <translation>campione più recente: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="191"/>
        <source>bytes per sample: %1</source>
        <translation>byte per campione: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="198"/>
        <source>integrity: %1</source>
        <translation>integrità: %1</translation>
    </message>
    <message>
        <location filename="../app/run/historycommands.cpp" line="201"/>
        <source>integrity: ok</source>
        <translation>integrità: ok</translation>
    </message>
</context>
<context>
    <name>Twinloom::Studio</name>
    <message>
        <location filename="../app/studio/main.cpp" line="49"/>
        <source>Twinloom: design digital twin graphs, run them and watch them live.</source>
        <translation>Twinloom: progetta grafi di gemelli digitali, eseguili e osservali dal vivo.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>A *.twinloom.json project to open.</source>
        <translation>Un progetto *.twinloom.json da aprire.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="56"/>
        <source>Start the project&apos;s twins once it is open.</source>
        <translation>Avvia i gemelli del progetto non appena è aperto.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="59"/>
        <source>Save a picture of the window to FILE after the delay and quit.</source>
        <translation>Salva un&apos;immagine della finestra in FILE dopo il ritardo ed esce.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="62"/>
        <source>Milliseconds to wait before --screenshot (2000).</source>
        <translation>Millisecondi di attesa prima di --screenshot (2000).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="65"/>
        <source>Show the canvas at PERCENT, from the top of the graph, instead of fitting it.</source>
        <translation>Mostra l&apos;area di disegno al PERCENT, dalla cima del grafo, invece di adattarla.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="70"/>
        <source>Open in MODE: design, run, monitor or operator (the Monitor&apos;s dashboard alone, full screen).</source>
        <translation>Apri in MODE: design, run, monitor o operator (solo la dashboard del Monitor, a schermo intero).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="74"/>
        <source>Show the dashboard of twin ID in the Monitor.</source>
        <translation>Mostra nel Monitor la dashboard del gemello ID.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="107"/>
        <source>Unknown mode &apos;%1&apos;: design, run, monitor or operator.</source>
        <translation>Modalità sconosciuta &apos;%1&apos;: design, run, monitor o operator.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/design/canvasview.cpp" line="142"/>
        <location filename="../app/studio/design/graphscene.cpp" line="299"/>
        <source>Move %n twin(s)</source>
        <translation>
            <numerusform>Sposta %n gemello</numerusform>
            <numerusform>Sposta %n gemelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/design/canvasview.cpp" line="169"/>
        <source>Drag a model from the palette to add a twin.</source>
        <translation>Trascinare un modello dalla palette per aggiungere un gemello.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/commandpalette.cpp" line="16"/>
        <source>Commands</source>
        <translation>Comandi</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/commandpalette.cpp" line="19"/>
        <source>Type a command…</source>
        <translation>Digitare un comando…</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="32"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; manca</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="39"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="55"/>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; deve essere un intero da %2 a %3</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="117"/>
        <source>a tile must be an object</source>
        <translation>un riquadro deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="127"/>
        <source>unknown tile type &apos;%1&apos;</source>
        <translation>tipo di riquadro &apos;%1&apos; sconosciuto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="147"/>
        <source>a plot needs &quot;series&quot;, an array of {&quot;twin&quot;, &quot;property&quot;}</source>
        <translation>un grafico richiede &quot;series&quot;, un array di {&quot;twin&quot;, &quot;property&quot;}</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="155"/>
        <source>a series must be an object</source>
        <translation>una serie deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="165"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>&apos;%1&apos; non è un JSON pointer: deve essere vuoto o iniziare con &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="245"/>
        <source>a dashboard must be an object</source>
        <translation>una dashboard deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="255"/>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot; non deve essere vuoto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="262"/>
        <source>&quot;tiles&quot; must be an array</source>
        <translation>&quot;tiles&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="361"/>
        <source>&quot;dashboards&quot; must be an array</source>
        <translation>&quot;dashboards&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/dashboard.cpp" line="372"/>
        <source>dashboard id &apos;%1&apos; is used twice</source>
        <translation>l&apos;id di dashboard &apos;%1&apos; è usato due volte</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="181"/>
        <source>twin &apos;%1&apos; does not exist</source>
        <translation>il gemello &apos;%1&apos; non esiste</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="186"/>
        <source>the model of twin &apos;%1&apos; is not known</source>
        <translation>il modello del gemello &apos;%1&apos; non è noto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="193"/>
        <source>the plot has no series</source>
        <translation>il grafico non ha serie</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="201"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="299"/>
        <source>twin &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha la proprietà &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="207"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; has no number at &apos;%3&apos;</source>
        <translation>la proprietà &apos;%1&apos; del gemello &apos;%2&apos; non ha un numero in &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="212"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not a number</source>
        <translation>la proprietà &apos;%1&apos; del gemello &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="285"/>
        <source>twin &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha la relazione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="289"/>
        <source>twin &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha l&apos;azione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="293"/>
        <source>twin &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation>il gemello &apos;%1&apos; non ha l&apos;evento &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="31"/>
        <source>property &apos;%1&apos; is not a number: a %2 tile cannot show it</source>
        <translation>la proprietà &apos;%1&apos; non è un numero: un riquadro %2 non può mostrarla</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="60"/>
        <source>property &apos;%1&apos; is not a boolean: a lamp cannot show it</source>
        <translation>la proprietà &apos;%1&apos; non è un booleano: una spia non può mostrarla</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="72"/>
        <source>property &apos;%1&apos; is not an enum: a state tile cannot show it</source>
        <translation>la proprietà &apos;%1&apos; non è un&apos;enumerazione: un riquadro di stato non può mostrarla</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="93"/>
        <source>property &apos;%1&apos; is not writable</source>
        <translation>la proprietà &apos;%1&apos; non è scrivibile</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="259"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="31"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="31"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="85"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="235"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="274"/>
        <source>engine</source>
        <translation>engine</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="123"/>
        <source>no physical adapter: nothing binds it to a device</source>
        <translation>nessun adattatore fisico: nulla lo collega a un dispositivo</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="157"/>
        <source>&apos;%1&apos; is not an address and port such as 127.0.0.1:8080</source>
        <translation>&apos;%1&apos; non è un indirizzo con porta come 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="161"/>
        <source>HTTP interface: %1</source>
        <translation>Interfaccia HTTP: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="185"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="199"/>
        <location filename="../app/studio/shared/enginehost.cpp" line="213"/>
        <source>history</source>
        <translation>cronologia</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="186"/>
        <source>the project records history beside its file: save it to record</source>
        <translation>il progetto registra la cronologia accanto al suo file: salvarlo per registrare</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="214"/>
        <source>recording into %1</source>
        <translation>registrazione in %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="227"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="228"/>
        <source>twins served on %1 (OpenAPI: %1/api/openapi.json)</source>
        <translation>gemelli esposti su %1 (OpenAPI: %1/api/openapi.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/enginehost.cpp" line="237"/>
        <source>started %n twin(s)</source>
        <translation>
            <numerusform>avviato %n gemello</numerusform>
            <numerusform>avviati %n gemelli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/enginehost.cpp" line="238"/>
        <source>started %n twin(s) of node %1</source>
        <translation>
            <numerusform>avviato %n gemello del nodo %1</numerusform>
            <numerusform>avviati %n gemelli del nodo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="275"/>
        <source>stopped</source>
        <translation>arrestato</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/enginehost.cpp" line="135"/>
        <source>lifecycle</source>
        <translation>ciclo di vita</translation>
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
        <translation>Entanglement: nessun dato</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="86"/>
        <source>Entanglement %1</source>
        <translation>Entanglement %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="92"/>
        <source>Timeliness %1: %2 of %3 properties within their maximum age</source>
        <translation>Tempestività %1: %2 di %3 proprietà entro la loro età massima</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="96"/>
        <source>Timeliness: no property has a maximum age</source>
        <translation>Tempestività: nessuna proprietà ha un&apos;età massima</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="97"/>
        <source>Reliability %1: %2 of %3 events dropped or failed</source>
        <translation>Affidabilità %1: %2 di %3 eventi scartati o falliti</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="101"/>
        <source>Availability %1: bound %2 of %3 running</source>
        <translation>Disponibilità %1: vincolato %2 su %3 di esecuzione</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="105"/>
        <source>No event has reached the twin from its physical side yet.</source>
        <translation>Nessun evento ha ancora raggiunto il gemello dal lato fisico.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="117"/>
        <source>Timeliness</source>
        <translation>Tempestività</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="118"/>
        <source>Reliability</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/entanglementindicator.cpp" line="119"/>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="194"/>
        <source>no twin &apos;%1&apos;</source>
        <translation>nessun gemello &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="200"/>
        <source>a twin needs an id</source>
        <translation>un gemello richiede un ID</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="206"/>
        <source>the id &apos;%1&apos; is taken</source>
        <translation>l&apos;ID &apos;%1&apos; è già in uso</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/grapheditbuilder.cpp" line="303"/>
        <source>the clipboard holds no twins</source>
        <translation>gli appunti non contengono gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="45"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="652"/>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="409"/>
        <location filename="../app/studio/shared/graphmodel.cpp" line="436"/>
        <source>both ends must be twins</source>
        <translation>entrambe le estremità devono essere gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="411"/>
        <location filename="../app/studio/shared/graphmodel.cpp" line="438"/>
        <source>a twin cannot be related to itself</source>
        <translation>un gemello non può essere in relazione con se stesso</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="415"/>
        <source>the model of &apos;%1&apos; is not defined</source>
        <translation>il modello di &apos;%1&apos; non è definito</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="417"/>
        <source>the model of &apos;%1&apos; has no relationships</source>
        <translation>il modello di &apos;%1&apos; non ha relazioni</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="443"/>
        <source>the model of &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation>il modello di &apos;%1&apos; non ha la relazione &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="445"/>
        <source>&apos;%1&apos; needs a %2</source>
        <translation>&apos;%1&apos; richiede un gemello del modello %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="451"/>
        <source>&apos;%1&apos; already points at &apos;%2&apos;</source>
        <translation>&apos;%1&apos; punta già a &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/graphmodel.cpp" line="455"/>
        <source>&apos;%1&apos; allows at most %2</source>
        <translation>&apos;%1&apos; ammette al massimo %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="254"/>
        <source>Cannot connect %1 to %2: %3</source>
        <translation>impossibile collegare %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="274"/>
        <source>Connect %1 → %2</source>
        <translation>Collega %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="379"/>
        <source>Add twin %1</source>
        <translation>Aggiungi gemello %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="395"/>
        <source>Drop an adapter on a twin.</source>
        <translation>Rilasciare un adattatore su un gemello.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/graphscene.cpp" line="404"/>
        <source>Add adapter %1 to %2</source>
        <translation>Aggiungi adattatore %1 a %2</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="50"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="51"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="54"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="77"/>
        <source>Adapters</source>
        <translation>Adattatori</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="57"/>
        <source>Edit Model…</source>
        <translation>Modifica modello…</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="58"/>
        <source>Edit Mapping…</source>
        <translation>Modifica mappatura…</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="82"/>
        <source>Twin entry (JSON)</source>
        <translation>Voce del gemello (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="90"/>
        <source>Apply</source>
        <translation>Applica</translation>
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
        <translation>I valori del gemello mentre i gemelli sono in esecuzione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="165"/>
        <source>Nothing selected</source>
        <translation>Nessuna selezione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="173"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="290"/>
        <source>Select a twin on the canvas to edit it.</source>
        <translation>Selezionare un gemello nell&apos;area di disegno per modificarlo.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="206"/>
        <source>physical: %1</source>
        <translation>fisico: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="206"/>
        <source>digital: %1</source>
        <translation>digitale: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="209"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="268"/>
        <source>Physical adapter %1 (%2)</source>
        <translation>Adattatore fisico %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="268"/>
        <source>Digital adapter %1 (%2)</source>
        <translation>Adattatore digitale %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="271"/>
        <source>Unknown adapter type &apos;%1&apos;</source>
        <translation>Tipo di adattatore sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="291"/>
        <source>This twin has no adapters: drop an adapter type from the palette on its card.</source>
        <translation>Questo gemello non ha adattatori: trascinare un tipo di adattatore dalla palette sulla sua scheda.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="308"/>
        <source>An adapter entry is a JSON object: fix it on the JSON tab.</source>
        <translation>Una voce di adattatore è un oggetto JSON: correggerla nella scheda JSON.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="323"/>
        <source>Configure %1 of %2</source>
        <translation>Configura %1 di %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="333"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="240"/>
        <source>Model &apos;%1&apos; is not in the project.</source>
        <translation>Il modello &apos;%1&apos; non è nel progetto.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="369"/>
        <source>a twin entry is a JSON object</source>
        <translation>la voce di un gemello è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="371"/>
        <source>&quot;id&quot; must be a non-empty string</source>
        <translation>&quot;id&quot; deve essere una stringa non vuota</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="373"/>
        <source>&quot;model&quot; must be a string</source>
        <translation>&quot;model&quot; deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="374"/>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="409"/>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="429"/>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="450"/>
        <source>no value yet</source>
        <translation>ancora nessun valore</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="455"/>
        <source>(desired %1)</source>
        <translation>(desiderato %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="463"/>
        <source>stale · %1</source>
        <translation>scaduto · %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="20"/>
        <source>DTDL v3 Models</source>
        <translation>Modelli DTDL v3</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="21"/>
        <source>WoT Thing Descriptions</source>
        <translation>WoT Thing Description</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="22"/>
        <source>Eclipse Ditto Things</source>
        <translation>Thing Eclipse Ditto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="23"/>
        <source>Azure Digital Twins Graph (Explorer JSON)</source>
        <translation>Grafo Azure Digital Twins (JSON di Explorer)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="24"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="25"/>
        <source>Azure Digital Twins Bulk Import (NDJSON)</source>
        <translation>Importazione in blocco Azure Digital Twins (NDJSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="26"/>
        <source>NDJSON files (*.ndjson)</source>
        <translation>File NDJSON (*.ndjson)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/interopactions.cpp" line="51"/>
        <location filename="../app/studio/shared/interopactions.cpp" line="114"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato sconosciuto &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/interopactions.cpp" line="98"/>
        <source>Import %n model(s)</source>
        <translation>
            <numerusform>Importa %n modello</numerusform>
            <numerusform>Importa %n modelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="21"/>
        <source>Filter by twin, source or text</source>
        <translation>Filtra per gemello, origine o testo</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>Warnings and errors</source>
        <translation>Avvisi ed errori</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="24"/>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Twin</source>
        <translation>Gemello</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="30"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="51"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="52"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location filename="../app/studio/run/logpanel.cpp" line="53"/>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="104"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="106"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="166"/>
        <source>Events in %1 · dropped %2 · failed %3 · changes %4 · mailbox %5 · commit p50 %6 µs, p99 %7 µs</source>
        <translation>Eventi in ingresso %1 · scartati %2 · non riusciti %3 · modifiche %4 · mailbox %5 · commit p50 %6 µs, p99 %7 µs</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="234"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="237"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="240"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="242"/>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="244"/>
        <source>&amp;Export Picture…</source>
        <translation>Esporta imma&amp;gine…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="245"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="254"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="255"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="259"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="260"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="262"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="264"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="266"/>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="268"/>
        <source>&amp;Find Twin…</source>
        <translation>&amp;Trova gemello…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="270"/>
        <source>Auto &amp;Layout</source>
        <translation>&amp;Disposizione automatica</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="271"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="272"/>
        <source>Align in a &amp;Row</source>
        <translation>Allinea in una ri&amp;ga</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="274"/>
        <source>Align in a &amp;Column</source>
        <translation>Allinea in una c&amp;olonna</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="276"/>
        <source>Edit &amp;Model…</source>
        <translation>Modifica &amp;modello…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="276"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="278"/>
        <source>Edit Mappin&amp;g…</source>
        <translation>Modifica ma&amp;ppatura…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="279"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="281"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="283"/>
        <source>Zoom &amp;Out</source>
        <translation>Rid&amp;uci</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="285"/>
        <source>&amp;Actual Size</source>
        <translation>Dimensioni &amp;reali</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="286"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="287"/>
        <source>&amp;Fit</source>
        <translation>&amp;Adatta</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="287"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="289"/>
        <source>&amp;Snap to Grid</source>
        <translation>Aggancia alla &amp;griglia</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="294"/>
        <source>&amp;Dark Palette</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="300"/>
        <source>&amp;Command Palette…</source>
        <translation>Palette dei &amp;comandi…</translation>
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
        <translation>&amp;Progettazione</translation>
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
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="309"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="311"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitoraggio</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="312"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="318"/>
        <source>&amp;Operator View</source>
        <translation>Vista &amp;operatore</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="319"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="321"/>
        <source>Leave Operator View</source>
        <translation>Esci dalla vista operatore</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="325"/>
        <source>&amp;Start All Twins</source>
        <translation>&amp;Avvia tutti i gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="325"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="328"/>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="328"/>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="332"/>
        <source>Serve Twins over &amp;HTTP…</source>
        <translation>Esponi i gemelli su &amp;HTTP…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="335"/>
        <source>&amp;About Twinloom</source>
        <translation>&amp;Informazioni su Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="337"/>
        <source>About Twinloom</source>
        <translation>Informazioni su Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="338"/>
        <source>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;A studio and engine for interoperable digital twins: design twin graphs, run them, and watch them live.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinloom %1&lt;/h3&gt;&lt;p&gt;Uno studio e un engine per gemelli digitali interoperabili: progetta grafi di gemelli, eseguili e osservali dal vivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="350"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="356"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>DTDL Models…</source>
        <translation type="vanished">Modelli DTDL…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="360"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="364"/>
        <source>Import DTDL Models</source>
        <translation>Importa modelli DTDL</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="361"/>
        <source>DTDL files (*.json);;All files (*)</source>
        <translation>File DTDL (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>DTDL Folder…</source>
        <translation type="vanished">Cartella DTDL…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="369"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="372"/>
        <source>Import DTDL Folder</source>
        <translation>Importa cartella DTDL</translation>
    </message>
    <message>
        <source>WoT Thing Descriptions as a New Project…</source>
        <translation type="vanished">WoT Thing Description come nuovo progetto…</translation>
    </message>
    <message>
        <source>Azure Digital Twins Graph as a New Project…</source>
        <translation type="vanished">Grafo Azure Digital Twins come nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="387"/>
        <source>JSON files (*.json *.jsonld *.ndjson);;All files (*)</source>
        <translation>File JSON (*.json *.jsonld *.ndjson);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="393"/>
        <source>E&amp;xport</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="396"/>
        <source>Export %1…</source>
        <translation>Esporta %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="399"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="400"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="406"/>
        <source>Export %1</source>
        <translation>Esporta %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="413"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="429"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="441"/>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nnelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="445"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="448"/>
        <source>System Language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="449"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="450"/>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="451"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="460"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="461"/>
        <source>Twinloom will use %1 from its next start.</source>
        <translation>Twinloom userà la lingua %1 dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="473"/>
        <source>Start &amp;Node</source>
        <translation>Avvia &amp;nodo</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="478"/>
        <source>(no deployment nodes)</source>
        <translation>(nessun nodo di distribuzione)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="492"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="496"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="536"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="541"/>
        <source>Twins</source>
        <translation>Gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="546"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="548"/>
        <source>Inspector</source>
        <translation>Ispettore</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="551"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="557"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="588"/>
        <source>Design</source>
        <translation>Progettazione</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="590"/>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="682"/>
        <source>while running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="711"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 non è JSON valido: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="713"/>
        <source>%1 is not a Twinloom project: it is not a JSON object</source>
        <translation>%1 non è un progetto Twinloom: non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1267"/>
        <source>Twins are not served over HTTP.</source>
        <translation>I gemelli non sono esposti su HTTP.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1268"/>
        <source>Twins will be served over HTTP on %1 from the next start.</source>
        <translation>Dal prossimo avvio i gemelli saranno esposti su HTTP in %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1280"/>
        <source>Serve Twins over HTTP</source>
        <translation>Esponi i gemelli su HTTP</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1281"/>
        <source>Address and port (127.0.0.1 keeps it to this computer; the API is described at /api/openapi.json):</source>
        <translation>Indirizzo e porta (127.0.0.1 lo limita a questo computer; l&apos;API è descritta in /api/openapi.json):</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="589"/>
        <source>Monitor</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="358"/>
        <source>Import DTDL Models…</source>
        <translation>Importa modelli DTDL…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="367"/>
        <source>Import DTDL Folder…</source>
        <translation>Importa cartella DTDL…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="376"/>
        <source>Import WoT Thing Descriptions as a New Project…</source>
        <translation>Importa Thing Description WoT come nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="377"/>
        <source>Import Azure Digital Twins Graph as a New Project…</source>
        <translation>Importa grafo Azure Digital Twins come nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="653"/>
        <source>%1[*] — Twinloom</source>
        <translation>%1[*] — Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="654"/>
        <source> (running)</source>
        <translation> (in esecuzione)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="689"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="690"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="691"/>
        <source>No problems</source>
        <translation>Nessun problema</translation>
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
        <translation type="vanished">%1 non è un documento JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="747"/>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="758"/>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="772"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="772"/>
        <source>The project has changes that are not saved.</source>
        <translation>Il progetto contiene modifiche non salvate.</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="797"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="803"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="858"/>
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="798"/>
        <source>Twinloom projects (*.twinloom.json);;JSON files (*.json);;All files (*)</source>
        <translation>Progetti Twinloom (*.twinloom.json);;File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="812"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="828"/>
        <source>Save Project</source>
        <translation>Salva progetto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="820"/>
        <source>Save Project As</source>
        <translation>Salva progetto con nome</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="821"/>
        <source>Twinloom projects (*.twinloom.json)</source>
        <translation>Progetti Twinloom (*.twinloom.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="882"/>
        <source>Autosaved</source>
        <translation>Salvataggio automatico eseguito</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="899"/>
        <source>Recover Project</source>
        <translation>Ripristina progetto</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="900"/>
        <source>Twinloom found unsaved changes to %1 from a session that did not end normally. Recover them?</source>
        <translation>Twinloom ha trovato modifiche non salvate a %1 di una sessione che non si è chiusa normalmente. Ripristinarle?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="947"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="964"/>
        <source>The models were not imported:
%1</source>
        <translation>I modelli non sono stati importati:
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="968"/>
        <source>The models are in the project already.</source>
        <translation>I modelli sono già nel progetto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="972"/>
        <source>Imported %n model(s); they are in the palette.</source>
        <translation>
            <numerusform>Importato %n modello; è nella palette.</numerusform>
            <numerusform>Importati %n modelli; sono nella palette.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="983"/>
        <source>Nothing was imported:
%1</source>
        <translation>Non è stato importato nulla:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="996"/>
        <source>Imported with %n note(s): see the Problems panel after saving.</source>
        <translation>
            <numerusform>Importato con %n nota: vedere il pannello Problemi dopo il salvataggio.</numerusform>
            <numerusform>Importato con %n note: vedere il pannello Problemi dopo il salvataggio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1007"/>
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n file scritto in %1</numerusform>
            <numerusform>%n file scritti in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1008"/>
        <source>The project was not exported:
%1</source>
        <translation>Il progetto non è stato esportato:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1010"/>
        <source>%n note(s) about what the format cannot express</source>
        <translation>
            <numerusform>%n nota su ciò che il formato non può esprimere</numerusform>
            <numerusform>%n note su ciò che il formato non può esprimere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1013"/>
        <source>export</source>
        <translation>esportazione</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1031"/>
        <source>Twin graph</source>
        <translation>Grafo dei gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1043"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1059"/>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1071"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1077"/>
        <source>Export Picture</source>
        <translation>Esporta immagine</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1072"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1079"/>
        <source>Exported %1</source>
        <translation>%1 esportato</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1095"/>
        <source>Copied %n twin(s)</source>
        <translation>
            <numerusform>Copiato %n gemello</numerusform>
            <numerusform>Copiati %n gemelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1120"/>
        <source>Nothing to paste</source>
        <translation>Niente da incollare</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1124"/>
        <source>Paste %n twin(s)</source>
        <translation>
            <numerusform>Incolla %n gemello</numerusform>
            <numerusform>Incolla %n gemelli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1151"/>
        <source>Delete %n wire(s)</source>
        <translation>
            <numerusform>Elimina %n collegamento</numerusform>
            <numerusform>Elimina %n collegamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1152"/>
        <source>Delete %n twin(s)</source>
        <translation>
            <numerusform>Elimina %n gemello</numerusform>
            <numerusform>Elimina %n gemelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1166"/>
        <source>Auto layout</source>
        <translation>Disposizione automatica</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1189"/>
        <source>Align in a row</source>
        <translation>Allinea in una riga</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1189"/>
        <source>Align in a column</source>
        <translation>Allinea in una colonna</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/mainwindow.cpp" line="1247"/>
        <source>project</source>
        <translation>progetto</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/shared/mainwindow.cpp" line="1253"/>
        <source>The project cannot run: %n error(s), see the log.</source>
        <translation>
            <numerusform>Il progetto non può essere eseguito: %n errore, vedere il log.</numerusform>
            <numerusform>Il progetto non può essere eseguito: %n errori, vedere il log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="59"/>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="111"/>
        <source>the twin&apos;s model does not resolve</source>
        <translation>il modello del gemello non si risolve</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="128"/>
        <location filename="../app/studio/design/mappingeditor.cpp" line="134"/>
        <source>rule %1: %2</source>
        <translation>regola %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="168"/>
        <source>Pass through physical names that name a property or event</source>
        <translation>Inoltrare così come sono i nomi fisici che indicano una proprietà o un evento</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>Pointer</source>
        <translation>Puntatore</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="173"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="117"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="158"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <source>Steps (JSON)</source>
        <translation>Passi (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="174"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="181"/>
        <source>A JSON array of steps such as [{&quot;type&quot;: &quot;scale&quot;, &quot;factor&quot;: 0.1}]; step types: %1</source>
        <translation>Un array JSON di passi come [{&quot;type&quot;: &quot;scale&quot;, &quot;factor&quot;: 0.1}]; tipi di passo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="186"/>
        <source>property or event; empty: decided by the name</source>
        <translation>property o event; vuoto: deciso dal nome</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="192"/>
        <source>Add Rule</source>
        <translation>Aggiungi regola</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="193"/>
        <source>Remove Rule</source>
        <translation>Rimuovi regola</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="203"/>
        <source>Sample payload (JSON: physical names → values)</source>
        <translation>Payload di esempio (JSON: nomi fisici → valori)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="209"/>
        <source>What the twin would commit</source>
        <translation>Ciò che il gemello registrerebbe</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="262"/>
        <source>Mapping of %1</source>
        <translation>Mappatura di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="264"/>
        <source>No twin selected</source>
        <translation>Nessun gemello selezionato</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="265"/>
        <source>Shadowing rules of %1 (model %2)</source>
        <translation>Regole di shadowing di %1 (modello %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="351"/>
        <source>rule %1: &quot;from&quot; must name the physical property or event it reads</source>
        <translation>regola %1: &quot;from&quot; deve indicare la proprietà o l&apos;evento fisico che legge</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="361"/>
        <source>rule %1: pointer &apos;%2&apos; must start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation>regola %1: il puntatore &apos;%2&apos; deve iniziare con &apos;/&apos;, e &apos;~&apos; deve essere seguito da 0 o 1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="377"/>
        <source>rule %1: kind must be property or event</source>
        <translation>regola %1: kind deve essere property o event</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="386"/>
        <source>rule %1: steps must be a JSON array of steps</source>
        <translation>regola %1: steps deve essere un array JSON di passi</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="418"/>
        <source>Edit mapping of %1</source>
        <translation>Modifica la mappatura di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="451"/>
        <source>Add a mapping rule to %1</source>
        <translation>Aggiungi una regola di mappatura a %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="473"/>
        <source>Remove a mapping rule of %1</source>
        <translation>Rimuovi una regola di mappatura di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="487"/>
        <source>The sample must be a JSON object of physical names and their values, e.g. {&quot;env&quot;: {&quot;t&quot;: 21.5}}.</source>
        <translation>L&apos;esempio deve essere un oggetto JSON di nomi fisici e dei loro valori, ad es. {&quot;env&quot;: {&quot;t&quot;: 21.5}}.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="511"/>
        <source>dropped by a step</source>
        <translation>scartato da un passo</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="513"/>
        <source>not in the sample</source>
        <translation>non presente nell&apos;esempio</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="522"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="524"/>
        <source>Paste a sample payload to see what each rule yields.</source>
        <translation>Incollare un payload di esempio per vedere che cosa produce ogni regola.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/mappingeditor.cpp" line="525"/>
        <source>Nothing would change.</source>
        <translation>Non cambierebbe nulla.</translation>
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
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="118"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="163"/>
        <source>Writable</source>
        <translation>Scrivibile</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="118"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="164"/>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <location filename="../app/studio/design/modeleditor.cpp" line="165"/>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="119"/>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="127"/>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="133"/>
        <source>e.g. temperature</source>
        <translation>ad es. temperature</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="148"/>
        <source>Applications may write a desired value</source>
        <translation>Le applicazioni possono scrivere un valore desiderato</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="151"/>
        <source>none</source>
        <comment>no minimum</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="152"/>
        <source>none</source>
        <comment>no maximum</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="157"/>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="161"/>
        <source>Schema details (JSON)</source>
        <translation>Dettagli dello schema (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="166"/>
        <source>Target model</source>
        <translation>Modello di destinazione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="167"/>
        <source>Max. multiplicity</source>
        <translation>Molteplicità max.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="168"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="168"/>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="175"/>
        <source>argument name (none: no argument)</source>
        <translation>nome dell&apos;argomento (vuoto: nessun argomento)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="176"/>
        <source>result name (none: no result)</source>
        <translation>nome del risultato (vuoto: nessun risultato)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="186"/>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="44"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="187"/>
        <source>Apply to Selected</source>
        <translation>Applica alla selezione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="188"/>
        <source>Remove Selected</source>
        <translation>Rimuovi la selezione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="237"/>
        <source>Model %1</source>
        <translation>Modello %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="241"/>
        <source>%1 is read from &apos;%2&apos;: edit that file, or import it.</source>
        <translation>%1 viene letto da &apos;%2&apos;: modificare quel file oppure importarlo.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="347"/>
        <source>(as in the model&apos;s JSON)</source>
        <translation>(come nel JSON del modello)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="358"/>
        <source>A %1 is edited in the twin model&apos;s JSON.</source>
        <translation>Una voce di tipo %1 si modifica nel JSON del modello.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="371"/>
        <source>name: &apos;%1&apos; is not a valid name: it starts with a letter, then letters, digits or &apos;_&apos;, and does not end with &apos;_&apos;</source>
        <translation>name: &apos;%1&apos; non è un nome valido: inizia con una lettera, seguita da lettere, cifre o &apos;_&apos;, e non termina con &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="383"/>
        <source>name: the model already has an entry named &apos;%1&apos;</source>
        <translation>name: il modello ha già una voce di nome &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="392"/>
        <source>unit: &apos;%1&apos; is not a unit Twinloom knows</source>
        <translation>unit: &apos;%1&apos; non è un&apos;unità nota a Twinloom</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="410"/>
        <source>schema: the %1 schema needs its details as a JSON object, e.g. %2</source>
        <translation>schema: lo schema %1 richiede i suoi dettagli come oggetto JSON, ad es. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="442"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="446"/>
        <source>%1: only a numeric schema has one</source>
        <translation>%1: solo uno schema numerico lo prevede</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="455"/>
        <source>minimum: %1 is above the maximum %2</source>
        <translation>minimum: %1 è superiore al massimo %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="483"/>
        <source>%1: &apos;%2&apos; is not a valid name</source>
        <translation>%1: &apos;%2&apos; non è un nome valido</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="513"/>
        <source>the model is not valid</source>
        <translation>il modello non è valido</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="539"/>
        <source>Add %1 to %2</source>
        <translation>Aggiungi %1 a %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="551"/>
        <source>Select an entry first.</source>
        <translation>Selezionare prima una voce.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="562"/>
        <source>Edit %1 of %2</source>
        <translation>Modifica %1 di %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/modeleditor.cpp" line="576"/>
        <source>Remove %1 from %2</source>
        <translation>Rimuovi %1 da %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="146"/>
        <source>There is no twin &apos;%1&apos; in this project.</source>
        <translation>In questo progetto non c&apos;è alcun gemello &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="160"/>
        <source>Twin &apos;%1&apos; has no known model: there is nothing to show.</source>
        <translation>Il gemello &apos;%1&apos; non ha un modello noto: non c&apos;è nulla da mostrare.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="187"/>
        <source>There is no dashboard &apos;%1&apos; in this project.</source>
        <translation>In questo progetto non c&apos;è alcuna dashboard &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="335"/>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="195"/>
        <source>Tile %1: %2</source>
        <translation>Riquadro %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="593"/>
        <source>The dashboard of a remote twin is generated: it cannot be edited.</source>
        <translation>La dashboard di un gemello remoto è generata: non può essere modificata.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="608"/>
        <source>Choose a twin or a dashboard first.</source>
        <translation>Scegliere prima un gemello o una dashboard.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="615"/>
        <source>Cannot add the tile: %1</source>
        <translation>Impossibile aggiungere il riquadro: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="624"/>
        <source>Add %1 Tile</source>
        <translation>Aggiungi riquadro %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="630"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="642"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="667"/>
        <source>There is no tile %1.</source>
        <translation>Non esiste il riquadro %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="636"/>
        <source>Remove Tile</source>
        <translation>Rimuovi riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="647"/>
        <source>A tile must stay inside the %1 columns of the dashboard.</source>
        <translation>Un riquadro deve restare entro le %1 colonne della dashboard.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="661"/>
        <source>Move Tile</source>
        <translation>Sposta riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="661"/>
        <source>Resize Tile</source>
        <translation>Ridimensiona riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="680"/>
        <source>Cannot change the tile: %1</source>
        <translation>Impossibile modificare il riquadro: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="689"/>
        <source>A plot shows from 1 second to %1 days.</source>
        <translation>Un grafico mostra da 1 secondo a %1 giorni.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="702"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="751"/>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="784"/>
        <source>Tile %1 is not a plot.</source>
        <translation>Il riquadro %1 non è un grafico.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="756"/>
        <source>Change Plot Time Span</source>
        <translation>Cambia intervallo del grafico</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="685"/>
        <source>The history of a plot holds from 2 to %1 samples.</source>
        <translation>La cronologia di un grafico contiene da 2 a %1 campioni.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="111"/>
        <source>Remote twins are not available here.</source>
        <translation>I gemelli remoti non sono disponibili qui.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="120"/>
        <source>Remote twin &apos;%1&apos; has no usable model: there is nothing to show.</source>
        <translation>Il gemello remoto &apos;%1&apos; non ha un modello utilizzabile: non c&apos;è nulla da mostrare.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="126"/>
        <source>%1 (remote, %2)</source>
        <translation>%1 (remoto, %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorcontroller.cpp" line="707"/>
        <source>Change Plot History</source>
        <translation>Modifica cronologia del grafico</translation>
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
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="55"/>
        <source>Add and remove tiles, drag them to move or resize them, and configure them</source>
        <translation>Aggiungi e rimuovi riquadri, trascinali per spostarli o ridimensionarli e configurali</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="57"/>
        <source>&amp;Add Tile</source>
        <translation>&amp;Aggiungi riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="62"/>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Ripristina predefinita</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="63"/>
        <source>Remove the saved dashboard; the twin gets its generated one</source>
        <translation>Rimuovere la dashboard salvata; il gemello riceve quella generata</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="72"/>
        <location filename="../app/studio/shared/mainwindow.cpp" line="486"/>
        <source>Remote &amp;Twins…</source>
        <translation>&amp;Gemelli remoti…</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="75"/>
        <source>Brokers on which twins of other engines are announced, to show them here</source>
        <translation>Broker su cui sono annunciati i gemelli di altri motori, per mostrarli qui</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="118"/>
        <source>Reset Dashboard</source>
        <translation>Ripristina dashboard</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="163"/>
        <source>Twin %1</source>
        <translation>Gemello %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="164"/>
        <source>Twin %1 (%2)</source>
        <translation>Gemello %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="170"/>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="196"/>
        <source>Remote — %1</source>
        <translation>Remoti — %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="203"/>
        <source>Remote twin %1</source>
        <translation>Gemello remoto %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="204"/>
        <source>Remote twin %1 (%2)</source>
        <translation>Gemello remoto %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="205"/>
        <source>%1 — offline</source>
        <translation>%1 — non in linea</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/tiletype.cpp" line="138"/>
        <source>Plot of %n Properties</source>
        <translation>
            <numerusform>Grafico di %n proprietà</numerusform>
            <numerusform>Grafico di %n proprietà</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="111"/>
        <source>Event Log</source>
        <translation>Registro eventi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="124"/>
        <source>Table of %1</source>
        <translation>Tabella di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="125"/>
        <source>Table of Properties</source>
        <translation>Tabella delle proprietà</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="126"/>
        <source>Table of Properties of %1</source>
        <translation>Tabella delle proprietà di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="140"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="147"/>
        <source>Entanglement</source>
        <translation>Entanglement</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="144"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="147"/>
        <source>Entanglement of %1</source>
        <translation>Entanglement di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="280"/>
        <source>Nothing to add</source>
        <translation>Niente da aggiungere</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="294"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="295"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/monitorview.cpp" line="296"/>
        <location filename="../app/studio/monitor/monitorview.cpp" line="304"/>
        <source>Export Plot</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="35"/>
        <source>Twin models</source>
        <translation>Modelli di gemello</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="60"/>
        <source>Physical adapters</source>
        <translation>Adattatori fisici</translation>
    </message>
    <message>
        <location filename="../app/studio/design/palettepanel.cpp" line="61"/>
        <source>Digital adapters</source>
        <translation>Adattatori digitali</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="694"/>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="721"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="741"/>
        <source>Unknown picture format &apos;%1&apos;: use .png or .pdf</source>
        <translation>Formato immagine &apos;%1&apos; sconosciuto: usare .png o .pdf</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/plotrenderer.cpp" line="745"/>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../app/studio/design/problemspanel.cpp" line="13"/>
        <source>Where</source>
        <translation>Posizione</translation>
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
        <translation>Gemelli remoti</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="49"/>
        <source>MQTT broker</source>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="50"/>
        <source>CoAP server</source>
        <translation>Server CoAP</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="51"/>
        <source>HTTP runner</source>
        <translation>Runner HTTP</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="53"/>
        <source>bearer token, kept until the studio closes</source>
        <translation>token bearer, conservato fino alla chiusura dello studio</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="59"/>
        <source>kept until the studio closes</source>
        <translation>conservata fino alla chiusura dello studio</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="60"/>
        <source>CA certificate file, for TLS</source>
        <translation>File del certificato CA, per TLS</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="66"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="69"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="70"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="71"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="72"/>
        <source>Topic p&amp;refix:</source>
        <translation>P&amp;refisso del topic:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="73"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="74"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="75"/>
        <source>&amp;CA file:</source>
        <translation>File &amp;CA:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="76"/>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="79"/>
        <source>Add a source</source>
        <translation>Aggiungi una sorgente</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="83"/>
        <source>Sources browsed for twin descriptions:</source>
        <translation>Sorgenti esplorate per le descrizioni dei gemelli:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="164"/>
        <source>connected, %n twin(s)</source>
        <translation>
            <numerusform>connesso, %n gemello</numerusform>
            <numerusform>connesso, %n gemelli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="165"/>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="167"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="168"/>
        <source>%1, prefix %2 — %3</source>
        <translation>%1, prefisso %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/monitor/remotesourcesdialog.cpp" line="174"/>
        <source>%n problem(s) so far</source>
        <translation>
            <numerusform>%n problema finora</numerusform>
            <numerusform>%n problemi finora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotetwins.cpp" line="241"/>
        <source>%1 does not announce a twin &apos;%2&apos;.</source>
        <translation>%1 non annuncia alcun gemello &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/remotetwins.cpp" line="288"/>
        <source>The mirror of the remote twin cannot run:
%1</source>
        <translation>La copia del gemello remoto non può essere eseguita:
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="217"/>
        <source>PT5S or seconds</source>
        <translation>PT5S o secondi</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="259"/>
        <source>(default)</source>
        <translation>(predefinito)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="286"/>
        <source>Configuration (JSON)</source>
        <translation>Configurazione (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="378"/>
        <source>Not set: the adapter&apos;s default applies.</source>
        <translation>Non impostato: vale il valore predefinito dell&apos;adattatore.</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="439"/>
        <source>%1: must be an integer between %2 and %3</source>
        <translation>%1: deve essere un numero intero tra %2 e %3</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="440"/>
        <source>%1: must be a number between %2 and %3</source>
        <translation>%1: deve essere un numero tra %2 e %3</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="443"/>
        <source>%1: must be an integer of at least %2</source>
        <translation>%1: deve essere un numero intero di almeno %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="444"/>
        <source>%1: must be a number of at least %2</source>
        <translation>%1: deve essere un numero di almeno %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="447"/>
        <source>%1: must be an integer of at most %2</source>
        <translation>%1: deve essere un numero intero di al massimo %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="448"/>
        <source>%1: must be a number of at most %2</source>
        <translation>%1: deve essere un numero di al massimo %2</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="452"/>
        <source>%1: must be an ISO 8601 duration such as PT5S, or a number of seconds</source>
        <translation>%1: deve essere una durata ISO 8601 come PT5S oppure un numero di secondi</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="456"/>
        <source>%1: must not be empty</source>
        <translation>%1: non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="458"/>
        <source>configuration</source>
        <translation>configurazione</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="464"/>
        <source>%1: not valid JSON</source>
        <translation>%1: JSON non valido</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="466"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/design/schemaform.cpp" line="468"/>
        <source>%1: must be a JSON array</source>
        <translation>%1: deve essere un array JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="38"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="44"/>
        <source>Gauge</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="51"/>
        <source>Lamp</source>
        <translation>Spia</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <location filename="../app/studio/monitor/tiletype.cpp" line="64"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="76"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="102"/>
        <source>Event log</source>
        <translation>Registro eventi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="96"/>
        <source>Action button</source>
        <translation>Pulsante azione</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="85"/>
        <source>Desired value</source>
        <translation>Valore desiderato</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="130"/>
        <source>Plot</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="113"/>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="36"/>
        <source>&amp;History:</source>
        <translation>&amp;Cronologia:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="38"/>
        <source>Time &amp;span:</source>
        <translation>&amp;Intervallo:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="40"/>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="45"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="47"/>
        <source>Click a tile to configure it; drag it to move it, drag its corner to resize it.</source>
        <translation>Fai clic su un riquadro per configurarlo; trascinalo per spostarlo, trascina il suo angolo per ridimensionarlo.</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="61"/>
        <source> samples</source>
        <translation> campioni</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="63"/>
        <source>The most samples the plot holds per series</source>
        <translation>Il numero massimo di campioni che il grafico tiene per serie</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="65"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="67"/>
        <source>The time the plot shows while it follows the present</source>
        <translation>Il tempo che il grafico mostra mentre segue il presente</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="73"/>
        <source>&amp;Shows:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="74"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="107"/>
        <source>Rename Tile</source>
        <translation>Rinomina riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="121"/>
        <source>Change What a Tile Shows</source>
        <translation>Cambia ciò che mostra il riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="130"/>
        <source>Change Tile Type</source>
        <translation>Cambia tipo di riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="155"/>
        <source>Add Plot Series</source>
        <translation>Aggiungi serie al grafico</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="164"/>
        <source>Remove Plot Series</source>
        <translation>Rimuovi serie dal grafico</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="188"/>
        <source>Tile</source>
        <translation>Riquadro</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="210"/>
        <source>All properties</source>
        <translation>Tutte le proprietà</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="212"/>
        <source>Relationship %1</source>
        <translation>Relazione %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="215"/>
        <source>Property %1</source>
        <translation>Proprietà %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="217"/>
        <source>Action %1</source>
        <translation>Azione %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="219"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="221"/>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tileinspector.cpp" line="252"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tiletype.cpp" line="110"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="215"/>
        <source>on</source>
        <translation>acceso</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="215"/>
        <source>off</source>
        <translation>spento</translation>
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
        <translation>%1 s fa</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="460"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="226"/>
        <source>%1 min ago</source>
        <translation>%1 min fa</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="461"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="226"/>
        <source>%1 h ago</source>
        <translation>%1 h fa</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="238"/>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="244"/>
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <source>Property</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location filename="../app/studio/design/inspectorpanel.cpp" line="100"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="245"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="118"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
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
        <translation>Nessuna risposta: il motore si è fermato</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="416"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="418"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="420"/>
        <source>Result: %1</source>
        <translation>Risultato: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="436"/>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="462"/>
        <source>The twins are not running: start them first (F5)</source>
        <translation>I gemelli non sono in esecuzione: avviarli prima (F5)</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="447"/>
        <source>Bad argument: %1</source>
        <translation>Argomento non valido: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="451"/>
        <source>Invoking %1</source>
        <translation>Invocazione di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="464"/>
        <source>Nothing to write</source>
        <translation>Niente da scrivere</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="484"/>
        <source>Bad value: %1</source>
        <translation>Valore non valido: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/monitor/tilemodel.cpp" line="486"/>
        <source>Writing %1</source>
        <translation>Scrittura di %1</translation>
    </message>
    <message>
        <location filename="../app/studio/design/twinitem.cpp" line="287"/>
        <source>no node</source>
        <translation>nessun nodo</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="55"/>
        <source>Find a twin by name, id or model (Ctrl+F)</source>
        <translation>Trova un gemello per nome, id o modello (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="147"/>
        <source>Id: %1
Model: %2</source>
        <translation>Id: %1
Modello: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="149"/>
        <source>Node: %1</source>
        <translation>Nodo: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="151"/>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="164"/>
        <source>%1 of %2 twins</source>
        <translation>%1 di %2 gemelli</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="165"/>
        <source>1 twin</source>
        <translation>1 gemello</translation>
    </message>
    <message>
        <location filename="../app/studio/shared/twintree.cpp" line="166"/>
        <source>%1 twins</source>
        <translation>%1 gemelli</translation>
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
