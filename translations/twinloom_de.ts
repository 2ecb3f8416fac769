<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PhysicalAdapter</name>
    <message>
        <location filename="../engine/adapter.cpp" line="48"/>
        <source>adapter &apos;%1&apos; (%2) does not take actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="114"/>
        <source>adapter &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom</name>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="206"/>
        <source>Simulated device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="207"/>
        <source>Produces properties and events from signal generators; actions change its variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="225"/>
        <location filename="../engine/twindescriptor.cpp" line="78"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="232"/>
        <source>&quot;seed&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="238"/>
        <source>&quot;rate&quot; must be from 0.1 to 10000 samples per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="246"/>
        <source>&quot;variables&quot; maps names to initial values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="251"/>
        <source>a variable holds a number, a boolean or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="261"/>
        <source>&quot;signals&quot; must list the device&apos;s signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="273"/>
        <source>the name &apos;%1&apos; is used twice in this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="283"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="295"/>
        <source>an action needs a &quot;name&quot; and the variable it &quot;sets&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="301"/>
        <source>&apos;%1&apos; is not one of the device&apos;s &quot;variables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="315"/>
        <source>&quot;enabledBy&quot; names a boolean variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="324"/>
        <source>&quot;%1&quot; must be a duration of at least a millisecond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="332"/>
        <source>&quot;schedule&quot; is an object with disconnectAfter and disconnectFor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="28"/>
        <source>the %1 step needs a number, got %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="79"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="151"/>
        <source>a script step needs &quot;code&quot;: a JavaScript expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="158"/>
        <source>the script does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="27"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="32"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="47"/>
        <source>&quot;%1&quot; must be an array of adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="54"/>
        <source>an adapter is an object with &quot;type&quot; and &quot;config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="66"/>
        <source>the adapter id &apos;%1&apos; is used twice in this twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="72"/>
        <source>&quot;config&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="110"/>
        <source>the environment variable &apos;%1&apos; is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="79"/>
        <source>&apos;%1&apos; needs a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="83"/>
        <source>unit &apos;%1&apos; is not known; values will not be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="89"/>
        <source>&quot;writable&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="100"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="104"/>
        <source>minimum %1 is above maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="109"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="120"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/run/main.cpp" line="74"/>
        <source>A *.twinloom.json project or a bundle (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="79"/>
        <source>Run only the twins of deployment node NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="83"/>
        <source>Stop after SECONDS (default: run until a signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="88"/>
        <source>Stream state changes on stdout in FORMAT (jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="93"/>
        <source>Print engine metrics every SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="97"/>
        <source>Validate the project and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="100"/>
        <source>error, warning, info (default) or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="104"/>
        <source>Write the project, its model and data files as a bundle to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="110"/>
        <source>Extract the bundle into FOLDER, print the project&apos;s path and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="123"/>
        <source>give exactly one project or bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="135"/>
        <source>--duration takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="141"/>
        <source>--metrics-interval takes seconds, at least 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="147"/>
        <source>--changes supports only jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/run/main.cpp" line="152"/>
        <source>--log-level is error, warning, info or debug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::AdapterRegistry</name>
    <message>
        <location filename="../engine/adapter.cpp" line="170"/>
        <source>Program interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="171"/>
        <source>Values pushed by the program that embeds the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="179"/>
        <source>&quot;bindOnStart&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="241"/>
        <source>&apos;%1&apos; is not a physical adapter type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="255"/>
        <source>&apos;%1&apos; is not a digital adapter type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/adapter.cpp" line="257"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Bundle</name>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="73"/>
        <source>&apos;%1&apos; is not a path inside the project&apos;s folder; a bundle holds only such files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="81"/>
        <source>cannot read &apos;%1&apos;, which the project refers to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="106"/>
        <source>cannot write in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="116"/>
        <source>cannot create the bundle &apos;%1&apos; (libzip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="127"/>
        <source>cannot add &apos;%1&apos; to the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="132"/>
        <source>cannot write the bundle &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="138"/>
        <source>cannot move the bundle into place at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="154"/>
        <source>&apos;%1&apos; is not a readable bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="161"/>
        <source>&apos;%1&apos; has too many entries (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="169"/>
        <source>&apos;%1&apos;: cannot read entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="180"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; would be written outside the target folder; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="186"/>
        <source>&apos;%1&apos; unpacks to more than 1 GiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="191"/>
        <source>&apos;%1&apos;: cannot open the entry &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="199"/>
        <source>&apos;%1&apos;: the entry &apos;%2&apos; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="206"/>
        <source>&apos;%1&apos; has no manifest.json: it is not a Twinloom bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="214"/>
        <source>&apos;%1&apos;: manifest.json is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="219"/>
        <source>&apos;%1&apos;: manifest.json is not a Twinloom bundle manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="223"/>
        <source>&apos;%1&apos; is a bundle of version %2, written by a newer Twinloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="233"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is listed in the manifest but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="237"/>
        <source>&apos;%1&apos;: &apos;%2&apos; does not match its checksum; the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="246"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="251"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/bundle/bundle.cpp" line="258"/>
        <source>&apos;%1&apos; holds no project file &apos;%2&apos;</source>
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
    <name>twinloom::DigitalAdapter</name>
    <message>
        <location filename="../engine/adapter.cpp" line="132"/>
        <location filename="../engine/adapter.cpp" line="139"/>
        <source>adapter &apos;%1&apos; is not attached to a twin</source>
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
        <location filename="../engine/mappingshadowing.cpp" line="63"/>
        <source>the shadowing configuration must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="72"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="79"/>
        <source>&quot;passThrough&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="83"/>
        <source>&quot;rules&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="88"/>
        <source>a rule must be an object with &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="95"/>
        <source>a rule needs &quot;from&quot;: the physical property or event it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="107"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="127"/>
        <source>model &apos;%1&apos; has no event &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="133"/>
        <source>model &apos;%1&apos; has no property or event &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="140"/>
        <source>the steps produce %1 but property &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="147"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="157"/>
        <source>&quot;actions&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="164"/>
        <source>an action rule needs &quot;action&quot;: the twin action it maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="169"/>
        <source>model &apos;%1&apos; has no action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="184"/>
        <source>&quot;desired&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="193"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="197"/>
        <source>property &apos;%1&apos; is not writable, so it has no desired value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="200"/>
        <source>name the physical action that applies a desired &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="216"/>
        <source>&apos;%1&apos; has no field at &apos;/%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="232"/>
        <location filename="../engine/mappingshadowing.cpp" line="256"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="245"/>
        <source>&apos;%1&apos; was renamed to &apos;%2&apos;, which model &apos;%3&apos; does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="326"/>
        <source>the action&apos;s steps dropped its argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="340"/>
        <source>the twin has no physical adapter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/mappingshadowing.cpp" line="357"/>
        <source>no rule maps action &apos;%1&apos; to the device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::ModelSet</name>
    <message>
        <location filename="../engine/twinmodel.cpp" line="479"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="503"/>
        <source>model &apos;%1&apos; extends or contains itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="509"/>
        <source>model &apos;%1&apos; needs model &apos;%2&apos;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="526"/>
        <source>&apos;%1&apos; is defined both by &apos;%2&apos; and by &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Pipeline</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="116"/>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="123"/>
        <source>a step is an object with a &quot;type&quot;; known types: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Project</name>
    <message>
        <location filename="../engine/project.cpp" line="98"/>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="121"/>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="156"/>
        <source>&quot;version&quot; must be a whole number; this Twinloom writes version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="162"/>
        <source>the project is of version %1, written by a newer Twinloom; this one reads up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="169"/>
        <source>version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="192"/>
        <source>migrated from version 0 to version 1; saving writes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="204"/>
        <source>a project must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="212"/>
        <source>not a Twinloom project: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="223"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="228"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="235"/>
        <source>&quot;nodes&quot; must be an array of deployment nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="242"/>
        <source>a node needs a &quot;name&quot;, such as &quot;edge-1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="254"/>
        <source>the node &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="267"/>
        <source>&quot;models&quot; must be an array of twin models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="276"/>
        <source>&quot;file&quot; must be a path relative to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="283"/>
        <source>cannot read model file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="291"/>
        <source>model file &apos;%1&apos; is not valid JSON at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="303"/>
        <source>the model &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="324"/>
        <source>&quot;twins&quot; must be an array of twins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="333"/>
        <source>the twin id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="351"/>
        <source>no deployment node is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="353"/>
        <source>no twin model has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="363"/>
        <source>model &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="372"/>
        <source>model &apos;%1&apos; has no relationship &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="378"/>
        <source>no twin has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="384"/>
        <source>relationship &apos;%1&apos; of &apos;%2&apos; must target a %3, but twin &apos;%4&apos; is a %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="387"/>
        <source>relationship &apos;%1&apos; allows at most %2 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="405"/>
        <source> (needed when the twin runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="424"/>
        <source>&quot;%1&quot; must be an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project.cpp" line="443"/>
        <location filename="../engine/project.cpp" line="449"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Reader</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="45"/>
        <location filename="../engine/pipeline.cpp" line="63"/>
        <location filename="../engine/pipeline.cpp" line="81"/>
        <source>this step needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="52"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="70"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="90"/>
        <source>&quot;%1&quot; must be a positive duration: seconds, or ISO 8601 such as &quot;PT0.5S&quot;</source>
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
        <location filename="../engine/schema.cpp" line="178"/>
        <source>&apos;%1&apos; is not a schema: expected one of boolean, integer, long, float, double, string, date, time, dateTime, duration, or an Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="185"/>
        <source>a schema must be a name or an object with &quot;@type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="191"/>
        <source>a complex schema needs &quot;@type&quot;: Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="204"/>
        <source>%1 schema needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="224"/>
        <source>an Enum&apos;s valueSchema must be integer or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="229"/>
        <source>enumValues must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="238"/>
        <source>an enum value needs a &quot;name&quot; and an &quot;enumValue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="252"/>
        <source>enumValue of &apos;%1&apos; does not match the valueSchema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="261"/>
        <source>enum value name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="285"/>
        <source>mapKey needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="291"/>
        <source>a map key&apos;s schema must be string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="297"/>
        <source>mapValue needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="311"/>
        <source>fields must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="320"/>
        <source>a field needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="328"/>
        <source>field &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="343"/>
        <source>&apos;%1&apos; is not a schema type: expected Enum, Array, Map or Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="398"/>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="409"/>
        <source>%1: %2 does not fit a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="431"/>
        <source>%1: %2 is not one of the enum&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="461"/>
        <source>%1: the object has no field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="481"/>
        <source>cannot convert %1 &apos;%2&apos; to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="596"/>
        <source>&apos;%1&apos; is not one of the enum&apos;s values or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="623"/>
        <source>the object has no field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="647"/>
        <source>expected %1, got the fraction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schema.cpp" line="653"/>
        <source>expected %1, got string &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::ScriptStep</name>
    <message>
        <location filename="../engine/script/scriptstep.cpp" line="117"/>
        <location filename="../engine/script/scriptstep.cpp" line="124"/>
        <source>script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Sim::Fields</name>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="51"/>
        <location filename="../adapters/sim/signalgenerator.cpp" line="71"/>
        <source>the %1 generator needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="59"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="80"/>
        <source>&quot;%1&quot; must be a positive duration: seconds, or ISO 8601 such as &quot;PT10M&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Sim::Signal</name>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="115"/>
        <source>a signal is an object with &quot;name&quot; and &quot;generator&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="123"/>
        <source>a signal needs a &quot;name&quot;: the property or event it feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="132"/>
        <source>&quot;kind&quot; must be property or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="141"/>
        <source>a signal&apos;s &quot;schema&quot; is boolean, integer, long, float, double or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="157"/>
        <source>&apos;%1&apos; is not a generator; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="164"/>
        <source>the rate must be from 0.1 to 10000 samples per second, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="173"/>
        <source>the constant generator needs a &quot;value&quot;: a number, boolean or string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="192"/>
        <source>&quot;duty&quot; is the share of the period spent high, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="206"/>
        <source>a random walk needs min &lt;= start &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="212"/>
        <source>&quot;stddev&quot; cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="218"/>
        <source>the steps generator needs &quot;values&quot;: a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="236"/>
        <source>&apos;%1&apos; is not one of the device&apos;s &quot;variables&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="241"/>
        <source>the firstOrder generator needs a &quot;target&quot;: a number or a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="250"/>
        <source>the csv generator needs a &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="259"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="269"/>
        <source>&apos;%1&apos; has no column &apos;%2&apos;; its columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="284"/>
        <source>&apos;%1&apos; row %2 has %3 cells, fewer than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="295"/>
        <source>&apos;%1&apos; row %2, column &apos;%3&apos;: &apos;%4&apos; is not seconds or an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="306"/>
        <source>&apos;%1&apos; row %2: time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="312"/>
        <source>&apos;%1&apos; has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/signalgenerator.cpp" line="353"/>
        <source>&apos;%1&apos; is not a field of the %2 generator and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::SimAdapter</name>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="98"/>
        <source>simulated disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="165"/>
        <source>the simulated device has no action &apos;%1&apos;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="167"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="173"/>
        <source>the simulated device is disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../adapters/sim/simadapter.cpp" line="192"/>
        <source>&apos;%1&apos; needs a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::StateTransaction</name>
    <message>
        <location filename="../engine/twinstate.cpp" line="174"/>
        <source>twin &apos;%1&apos; has no property number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="188"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="197"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos;: %3 is outside [%4, %5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="230"/>
        <location filename="../engine/twinstate.cpp" line="241"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no property &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="249"/>
        <source>property &apos;%1&apos; of twin &apos;%2&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="266"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no event &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="275"/>
        <source>event &apos;%1&apos; of twin &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="297"/>
        <source>twin &apos;%1&apos; (model &apos;%2&apos;) has no relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="302"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; needs a target twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="336"/>
        <source>the transaction was already committed or rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="359"/>
        <source>twin &apos;%1&apos; has no instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="367"/>
        <source>twin &apos;%1&apos; already has the instance &apos;%2&apos; of relationship &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinstate.cpp" line="376"/>
        <source>relationship &apos;%1&apos; of twin &apos;%2&apos; allows at most %3 targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::StepRegistry</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="164"/>
        <source>&apos;%1&apos; is not a step type; known types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="184"/>
        <source>this step needs &quot;to&quot;: the schema to convert to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="196"/>
        <source>a scale step needs &quot;factor&quot;, &quot;offset&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="212"/>
        <location filename="../engine/pipeline.cpp" line="214"/>
        <source>&apos;%1&apos; is not a known unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="216"/>
        <source>cannot convert %1 (%2) to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="229"/>
        <source>a range step needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="234"/>
        <source>min %1 is above max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="243"/>
        <source>&quot;mode&quot; must be drop, clamp or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="254"/>
        <source>a deadband step needs either &quot;delta&quot; or &quot;percent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="259"/>
        <source>a deadband cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="279"/>
        <source>a moving aggregate needs either &quot;count&quot; (samples) or &quot;window&quot; (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="284"/>
        <source>&quot;count&quot; must be a whole number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/pipeline.cpp" line="307"/>
        <source>&apos;%1&apos; is not a JSON pointer: it must be empty or start with &apos;/&apos;, and &apos;~&apos; must be followed by 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Steps::Extract</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="470"/>
        <source>the value has nothing at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::Steps::RangeFilter</name>
    <message>
        <location filename="../engine/pipeline.cpp" line="371"/>
        <source>%1 is outside the range [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TwinDescriptor</name>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="139"/>
        <source>a twin must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="146"/>
        <source>&apos;%1&apos; is not a valid twin id: use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="158"/>
        <source>&quot;properties&quot; must map property names to settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="167"/>
        <source>property settings must be an object with &quot;maxAge&quot; or &quot;history&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="174"/>
        <source>&quot;maxAge&quot; must be an ISO 8601 duration such as &quot;PT30S&quot; or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="185"/>
        <source>&quot;history&quot; must be a count of samples from 0 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="194"/>
        <source>&quot;relationships&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="201"/>
        <source>a relationship is an object with &quot;name&quot; and &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twindescriptor.cpp" line="226"/>
        <source>unknown field &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinloom::TwinModel</name>
    <message>
        <location filename="../engine/twinmodel.cpp" line="172"/>
        <source>a twin model must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="179"/>
        <source>a twin model needs an &quot;@id&quot;, such as &quot;dtmi:example:Room;1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="182"/>
        <source>&apos;%1&apos; is not a DTMI; DTDL exports need ids like &quot;dtmi:example:Room;1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="195"/>
        <source>&quot;extends&quot; lists model ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="199"/>
        <source>&quot;extends&quot; must be a model id or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="204"/>
        <source>&quot;contents&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="211"/>
        <source>each entry of &quot;contents&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="217"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="224"/>
        <source>the name &apos;%1&apos; is already used by a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="234"/>
        <source>telemetry cannot be writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="260"/>
        <source>&quot;%1&quot; needs a &quot;name&quot; and a &quot;schema&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="286"/>
        <source>&quot;%1&quot; must be a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="291"/>
        <source>minMultiplicity is above maxMultiplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="301"/>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="313"/>
        <source>a component&apos;s &quot;schema&quot; must be the id of a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/twinmodel.cpp" line="317"/>
        <source>&apos;%1&apos; is not a content type: expected Property, Telemetry, Event, Command, Relationship or Component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
