<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>twinloom-run</name>
    <message>
        <location filename="../app/run/main.cpp" line="28"/>
        <source>Runs the digital twins of a Twinloom project (a *.twinloom.json file or an exported bundle),
or only those of one deployment node, without a GUI.

Output: with --changes jsonl, one JSON object per line on stdout for every state change
and lifecycle transition: {&quot;twin&quot;, &quot;seq&quot;, &quot;time&quot;, &quot;source&quot;, &quot;changes&quot;: [{&quot;op&quot;, &quot;kind&quot;,
&quot;name&quot;, &quot;value&quot;, ...}]}; with --metrics-interval, lines {&quot;metrics&quot;: {...}} on stdout.
Logs go to stderr.

SIGINT and SIGTERM stop the twins gracefully: a composed twin before its parts, each
draining its mailbox; then the program exits.

Exit codes:
  0  the run ended normally (duration elapsed, or a signal), or --check found no error
  1  the command line is wrong
  2  the project or bundle is invalid (every problem is printed with its JSON pointer)
  3  a runtime failure: a twin ended in Error, or the system refused a resource

Examples:
  twinloom-run examples/smart-building.twinloom.json --duration 10 --changes jsonl
  twinloom-run building.zip --node edge-1 --metrics-interval 5
  twinloom-run project.twinloom.json --check
  twinloom-run project.twinloom.json --export-bundle site.zip
  twinloom-run site.zip --extract site/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="75"/>
        <source>A *.twinloom.json project or a bundle (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="80"/>
        <source>Run only the twins of deployment node NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="84"/>
        <source>Stop after SECONDS (default: run until a signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="89"/>
        <source>Stream state changes on stdout in FORMAT (jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="94"/>
        <source>Print engine metrics every SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="98"/>
        <source>Validate the project and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="101"/>
        <source>error, warning, info (default) or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="105"/>
        <source>Write the project, its model and data files as a bundle to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="111"/>
        <source>Extract the bundle into FOLDER, print the project&apos;s path and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="124"/>
        <source>give exactly one project or bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="136"/>
        <source>--duration takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="142"/>
        <source>--metrics-interval takes seconds, at least 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="148"/>
        <source>--changes supports only jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="153"/>
        <source>--log-level is error, warning, info or debug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Adapter</name>
    <message>
        <location filename="../engine/adapter.cpp" line="43"/>
        <source>adapter &apos;%1&apos; (%2) does not take actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="111"/>
        <source>adapter &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="130"/>
        <location filename="../engine/adapter.cpp" line="139"/>
        <source>adapter &apos;%1&apos; is not attached to a twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="172"/>
        <source>Program interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="173"/>
        <source>Values pushed by the program that embeds the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="182"/>
        <source>&quot;bindOnStart&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="246"/>
        <source>&apos;%1&apos; is not a physical adapter type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="262"/>
        <source>&apos;%1&apos; is not a digital adapter type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="265"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::AggregateAdapter</name>
    <message>
        <location filename="../engine/composition.cpp" line="50"/>
        <source>the adapter is not attached to an engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="222"/>
        <source>Aggregate of related twins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="223"/>
        <source>Computes properties from a property of every twin this one is related to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="237"/>
        <source>name the relationship whose targets are aggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="245"/>
        <source>list at least one aggregate: {&quot;to&quot;, &quot;of&quot;, &quot;function&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="264"/>
        <source>an aggregate needs &quot;to&quot; (this twin&apos;s property) and &quot;of&quot; (the related twins&apos; property)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/composition.cpp" line="274"/>
        <source>&apos;%1&apos; is not an aggregate function: use mean, min, max, sum or count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Bundle</name>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="68"/>
        <source>&apos;%1&apos; is not a path inside the project&apos;s folder; a bundle holds only such files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="76"/>
        <source>cannot read &apos;%1&apos;, which the project refers to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="102"/>
        <source>cannot write in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="112"/>
        <source>cannot create the bundle &apos;%1&apos; (libzip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="126"/>
        <source>cannot add &apos;%1&apos; to the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="134"/>
        <source>cannot write the bundle &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="141"/>
        <source>cannot move the bundle into place at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="160"/>
        <source>&apos;%1&apos; is not a readable bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="168"/>
        <source>&apos;%1&apos; has too many entries (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="178"/>
        <source>&apos;%1&apos;: cannot read entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="190"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; would be written outside the target folder; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="198"/>
        <source>&apos;%1&apos; unpacks to more than 1 GiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="205"/>
        <source>&apos;%1&apos;: cannot open the entry &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="214"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="224"/>
        <source>&apos;%1&apos; has no manifest.json: it is not a Twinloom bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="234"/>
        <source>&apos;%1&apos;: manifest.json is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="242"/>
        <source>&apos;%1&apos;: manifest.json is not a Twinloom bundle manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="248"/>
        <source>&apos;%1&apos; is a bundle of version %2, written by a newer Twinloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="259"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is listed in the manifest but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="265"/>
        <source>&apos;%1&apos;: &apos;%2&apos; does not match its checksum; the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="276"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="283"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="292"/>
        <source>&apos;%1&apos; holds no project file &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::ConfigReader</name>
    <message>
        <location filename="../engine/configreader.cpp" line="35"/>
        <source>%1 needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="54"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="67"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="82"/>
        <source>&quot;%1&quot; must be a positive duration: seconds, or ISO 8601 such as &quot;PT0.5S&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/configreader.cpp" line="98"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Diagnostics</name>
    <message>
        <location filename="../engine/diagnostics.cpp" line="13"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/diagnostics.cpp" line="14"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Engine</name>
    <message>
        <location filename="../engine/engine.cpp" line="246"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="257"/>
        <source>&apos;%1&apos; is not a valid twin id: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="264"/>
        <source>a twin with the id &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="273"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/engine.cpp" line="389"/>
        <location filename="../engine/engine.cpp" line="399"/>
        <source>there is no twin &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Internal::TwinCore</name>
    <message>
        <location filename="../engine/twincore.cpp" line="310"/>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="312"/>
        <source>the twin stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="334"/>
        <source>the twin was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="384"/>
        <source>adapter &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/twincore.cpp" line="418"/>
        <source>%n similar problem(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="445"/>
        <source>twin &apos;%1&apos; has no physical adapter for action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="453"/>
        <source>adapter &apos;%1&apos; is not bound to its device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="507"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no action &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="512"/>
        <source>twin &apos;%1&apos; is not running (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="521"/>
        <source>action &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="527"/>
        <source>action &apos;%1&apos; needs an argument &apos;%2&apos; of type %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="537"/>
        <source>no answer from the device within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twincore.cpp" line="599"/>
        <source>&apos;%1&apos; is older than its maximum age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::MappingShadowingFunction</name>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="59"/>
        <source>the shadowing configuration must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="69"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="78"/>
        <source>&quot;passThrough&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="84"/>
        <source>&quot;rules&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="90"/>
        <source>a rule must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="99"/>
        <source>a rule needs &quot;from&quot;: the physical property or event it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="113"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="135"/>
        <source>model &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="142"/>
        <source>model &apos;%1&apos; has no property or event &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="151"/>
        <source>the steps produce %1 but property &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="160"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="172"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="180"/>
        <source>an action rule needs &quot;action&quot;: the twin action it maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="187"/>
        <source>model &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="205"/>
        <source>&quot;desired&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="215"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="220"/>
        <source>property &apos;%1&apos; is not writable, so it has no desired value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="226"/>
        <source>name the physical action that applies a desired &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="245"/>
        <source>&apos;%1&apos; has no field at &apos;/%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="263"/>
        <location filename="../engine/mappingshadowing.cpp" line="290"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="277"/>
        <source>&apos;%1&apos; was renamed to &apos;%2&apos;, which model &apos;%3&apos; does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="361"/>
        <source>the action&apos;s steps dropped its argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="376"/>
        <source>the twin has no physical adapter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="395"/>
        <source>no rule maps action &apos;%1&apos; to the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Pipeline</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="25"/>
        <source>the %1 step needs a number, got %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="33"/>
        <source>this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="53"/>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="61"/>
        <source>a step is an object with a &quot;type&quot;; known types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="104"/>
        <source>&apos;%1&apos; is not a step type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="125"/>
        <source>this step needs &quot;to&quot;: the schema to convert to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="139"/>
        <source>a scale step needs &quot;factor&quot;, &quot;offset&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="160"/>
        <location filename="../engine/pipeline.cpp" line="165"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="168"/>
        <source>cannot convert %1 (%2) to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="183"/>
        <source>a range step needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="189"/>
        <source>min %1 is above max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="201"/>
        <source>&quot;mode&quot; must be drop, clamp or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="213"/>
        <source>a deadband step needs either &quot;delta&quot; or &quot;percent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="220"/>
        <source>a deadband cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="239"/>
        <source>a moving aggregate needs either &quot;count&quot; (samples) or &quot;window&quot; (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="246"/>
        <source>&quot;count&quot; must be a whole number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="272"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="339"/>
        <source>%1 is outside the range [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="438"/>
        <source>the value has nothing at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Project</name>
    <message>
        <location filename="../engine/project.cpp" line="74"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="96"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="120"/>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="155"/>
        <source>&quot;version&quot; must be a whole number; this Twinloom writes version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="164"/>
        <source>the project is of version %1, written by a newer Twinloom; this one reads up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="174"/>
        <source>version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="197"/>
        <source>migrated from version 0 to version 1; saving writes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="212"/>
        <source>a project must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="220"/>
        <source>not a Twinloom project: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="234"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="240"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="249"/>
        <source>&quot;nodes&quot; must be an array of deployment nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="258"/>
        <source>a node needs a &quot;name&quot;, such as &quot;edge-1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="271"/>
        <source>the node &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="287"/>
        <source>&quot;models&quot; must be an array of twin models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="297"/>
        <source>&quot;file&quot; must be a path relative to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="306"/>
        <source>cannot read model file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="316"/>
        <source>model file &apos;%1&apos; is not valid JSON at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="329"/>
        <source>the model &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="353"/>
        <source>&quot;twins&quot; must be an array of twins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="363"/>
        <source>the twin id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="384"/>
        <source>no deployment node is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="389"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="400"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="411"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="419"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="426"/>
        <source>relationship &apos;%1&apos; of &apos;%2&apos; must target a %3, but twin &apos;%4&apos; is a %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="431"/>
        <source>relationship &apos;%1&apos; allows at most %2 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="451"/>
        <source> (needed when the twin runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="471"/>
        <source>&quot;%1&quot; must be an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="492"/>
        <location filename="../engine/project.cpp" line="499"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Runner</name>
    <message>
        <location filename="../app/run/runner.cpp" line="77"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="83"/>
        <source>&apos;%1&apos; is not a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="97"/>
        <source>cannot create a folder to extract the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="108"/>
        <source>extracted bundle &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="118"/>
        <source>%n error(s) in &apos;%1&apos;; nothing was started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="132"/>
        <source>the project has no node &apos;%1&apos;; its nodes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="134"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="146"/>
        <source>wrote the bundle &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="152"/>
        <source>%1: valid; %2 models, %3 twins%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="156"/>
        <location filename="../app/run/runner.cpp" line="201"/>
        <source> on node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="179"/>
        <source>%1 failed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/runner.cpp" line="182"/>
        <source>%1: %2 → %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="198"/>
        <source>running %n twin(s) of &apos;%1&apos;%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/run/runner.cpp" line="217"/>
        <source>stopping %n twin(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinloom::Schema</name>
    <message>
        <location filename="../engine/schema.cpp" line="173"/>
        <source>&apos;%1&apos; is not a schema: expected one of boolean, integer, long, float, double, string, date, time, dateTime, duration, or an Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="182"/>
        <source>a schema must be a name or an object with &quot;@type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="190"/>
        <source>a complex schema needs &quot;@type&quot;: Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="206"/>
        <source>%1 schema needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="228"/>
        <source>an Enum&apos;s valueSchema must be integer or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="235"/>
        <source>enumValues must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="244"/>
        <source>an enum value needs a &quot;name&quot; and an &quot;enumValue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="260"/>
        <source>enumValue of &apos;%1&apos; does not match the valueSchema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="271"/>
        <source>enum value name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="299"/>
        <source>mapKey needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="305"/>
        <source>a map key&apos;s schema must be string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="313"/>
        <source>mapValue needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="330"/>
        <source>fields must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="340"/>
        <source>a field needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="350"/>
        <source>field &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="366"/>
        <source>&apos;%1&apos; is not a schema type: expected Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="423"/>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="434"/>
        <source>%1: %2 does not fit a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="459"/>
        <source>%1: %2 is not one of the enum&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="491"/>
        <source>%1: the object has no field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="513"/>
        <source>cannot convert %1 &apos;%2&apos; to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="628"/>
        <source>&apos;%1&apos; is not one of the enum&apos;s values or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="657"/>
        <source>the object has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="683"/>
        <source>expected %1, got the fraction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="690"/>
        <source>expected %1, got string &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::ScriptStep</name>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="112"/>
        <location filename="../engine/script/scriptstep.cpp" line="119"/>
        <source>script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="147"/>
        <source>a script step needs &quot;code&quot;: a JavaScript expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="156"/>
        <source>the script does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::SimAdapter</name>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="76"/>
        <source>a signal is an object with &quot;name&quot; and &quot;generator&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="84"/>
        <source>the %1 generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="88"/>
        <source>a signal needs a &quot;name&quot;: the property or event it feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="100"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="111"/>
        <source>a signal&apos;s &quot;schema&quot; is boolean, integer, long, float, double or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="129"/>
        <source>&apos;%1&apos; is not a generator; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="137"/>
        <source>the rate must be from 0.1 to 10000 samples per second, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="149"/>
        <source>the constant generator needs a &quot;value&quot;: a number, boolean or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="170"/>
        <source>&quot;duty&quot; is the share of the period spent high, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="187"/>
        <source>a random walk needs min &lt;= start &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="195"/>
        <source>&quot;stddev&quot; cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="202"/>
        <source>the steps generator needs &quot;values&quot;: a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="221"/>
        <location filename="../adapters/sim/simadapter.cpp" line="323"/>
        <source>&apos;%1&apos; is not one of the device&apos;s &quot;variables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="229"/>
        <source>the firstOrder generator needs a &quot;target&quot;: a number or a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="241"/>
        <source>the csv generator needs a &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="253"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="264"/>
        <source>&apos;%1&apos; has no column &apos;%2&apos;; its columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="281"/>
        <source>&apos;%1&apos; row %2 has %3 cells, fewer than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="293"/>
        <source>&apos;%1&apos; row %2, column &apos;%3&apos;: &apos;%4&apos; is not seconds or an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="306"/>
        <source>&apos;%1&apos; row %2: time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="317"/>
        <source>&apos;%1&apos; has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="357"/>
        <source>&apos;%1&apos; is not a field of the %2 generator and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="95"/>
        <source>simulated disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="163"/>
        <source>the simulated device has no action &apos;%1&apos;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="165"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="172"/>
        <source>the simulated device is disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="191"/>
        <source>&apos;%1&apos; needs a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="208"/>
        <source>Simulated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="209"/>
        <source>Produces properties and events from signal generators; actions change its variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="229"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="239"/>
        <source>&quot;seed&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="246"/>
        <source>&quot;rate&quot; must be from 0.1 to 10000 samples per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="257"/>
        <source>&quot;variables&quot; maps names to initial values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="263"/>
        <source>a variable holds a number, a boolean or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="276"/>
        <source>&quot;signals&quot; must list the device&apos;s signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="289"/>
        <source>the name &apos;%1&apos; is used twice in this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="303"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="316"/>
        <source>an action needs a &quot;name&quot; and the variable it &quot;sets&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="336"/>
        <source>the simulated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="343"/>
        <source>&quot;enabledBy&quot; names a boolean variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="353"/>
        <source>&quot;%1&quot; must be a duration of at least a millisecond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="364"/>
        <source>&quot;schedule&quot; is an object with disconnectAfter and disconnectFor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="371"/>
        <source>the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TopicFilter</name>
    <message>
        <location filename="../engine/topicfilter.cpp" line="17"/>
        <source>a topic filter cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="24"/>
        <source>&apos;#&apos; may only be the last segment of a topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/topicfilter.cpp" line="27"/>
        <source>&apos;+&apos; and &apos;#&apos; must stand alone in their segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TwinDescriptor</name>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="23"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="29"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="45"/>
        <source>&quot;%1&quot; must be an array of adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="54"/>
        <source>an adapter is an object with &quot;type&quot; and &quot;config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="69"/>
        <source>the adapter id &apos;%1&apos; is used twice in this twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="78"/>
        <source>&quot;config&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="86"/>
        <location filename="../engine/twindescriptor.cpp" line="253"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="120"/>
        <source>the environment variable &apos;%1&apos; is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="151"/>
        <source>a twin must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="159"/>
        <source>&apos;%1&apos; is not a valid twin id: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="173"/>
        <source>&quot;properties&quot; must map property names to settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="184"/>
        <source>property settings must be an object with &quot;maxAge&quot; or &quot;history&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="194"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="207"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="218"/>
        <source>&quot;relationships&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="226"/>
        <source>a relationship is an object with &quot;name&quot; and &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TwinModel</name>
    <message>
        <location filename="../engine/twinmodel.cpp" line="75"/>
        <source>&apos;%1&apos; needs a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="80"/>
        <source>unit &apos;%1&apos; is not known; values will not be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="88"/>
        <source>&quot;writable&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="100"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="105"/>
        <source>minimum %1 is above maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="112"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="125"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="179"/>
        <source>a twin model must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="187"/>
        <source>a twin model needs an &quot;@id&quot;, such as &quot;dtmi:example:Room;1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="192"/>
        <source>&apos;%1&apos; is not a DTMI; DTDL exports need ids like &quot;dtmi:example:Room;1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="207"/>
        <source>&quot;extends&quot; lists model ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="212"/>
        <source>&quot;extends&quot; must be a model id or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="220"/>
        <source>&quot;contents&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="228"/>
        <source>each entry of &quot;contents&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="236"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="244"/>
        <source>the name &apos;%1&apos; is already used by a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="257"/>
        <source>telemetry cannot be writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="282"/>
        <source>&quot;%1&quot; needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="311"/>
        <source>&quot;%1&quot; must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="318"/>
        <source>minMultiplicity is above maxMultiplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="329"/>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="343"/>
        <source>a component&apos;s &quot;schema&quot; must be the id of a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="349"/>
        <source>&apos;%1&apos; is not a content type: expected Property, Telemetry, Event, Command, Relationship or Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="513"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="539"/>
        <source>model &apos;%1&apos; extends or contains itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="547"/>
        <source>model &apos;%1&apos; needs model &apos;%2&apos;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="565"/>
        <source>&apos;%1&apos; is defined both by &apos;%2&apos; and by &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TwinState</name>
    <message>
        <location filename="../engine/twinstate.cpp" line="167"/>
        <source>twin &apos;%1&apos; has no property number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="185"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="196"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3 is outside [%4, %5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="230"/>
        <location filename="../engine/twinstate.cpp" line="242"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no property &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="251"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="270"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no event &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="280"/>
        <source>event &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="304"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="310"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; needs a target twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="345"/>
        <source>the transaction was already committed or rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="369"/>
        <source>twin &apos;%1&apos; has no instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="379"/>
        <source>twin &apos;%1&apos; already has the instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="390"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; allows at most %3 targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
