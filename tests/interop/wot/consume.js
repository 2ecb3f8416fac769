// Consumes a Thing Description with node-wot, the W3C's reference WoT implementation, and drives
// it through the forms it holds: reads a property, writes a property, invokes an action and
// observes a property (long poll). Prints one JSON object with what it got, or an "error".
//
//   NODE_WOT_MODULES=build/npm-wot/node_modules node consume.js TD.json PLAN.json
//
// PLAN: {"read": NAME, "write": [NAME, VALUE], "invoke": [NAME, INPUT], "observe": NAME,
//        "token": BEARER (optional), "observeMs": 8000, "bindings": ["http"] (or "coap", "mqtt"),
//        "readAfter": [NAME, ...] (read again at the end)}
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.env.NODE_WOT_MODULES;
const { Servient } = require(path.join(modules, '@node-wot/core'));
const factories = {
  http: () => new (require(path.join(modules, '@node-wot/binding-http')).HttpClientFactory)(null),
  coap: () => new (require(path.join(modules, '@node-wot/binding-coap')).CoapClientFactory)(),
  mqtt: () => new (require(path.join(modules, '@node-wot/binding-mqtt')).MqttClientFactory)(),
};

async function main() {
  const td = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const plan = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const servient = new Servient();
  for (const binding of plan.bindings || ['http']) servient.addClientFactory(factories[binding]());
  if (plan.token) servient.addCredentials({ [td.id]: { token: plan.token } });
  const WoT = await servient.start();
  const thing = await WoT.consume(td);
  const result = {};
  if (plan.read) result.read = await (await thing.readProperty(plan.read)).value();
  if (plan.write) {
    await thing.writeProperty(plan.write[0], plan.write[1]);
    result.written = true;
  }
  if (plan.invoke) {
    const output = await thing.invokeAction(plan.invoke[0], plan.invoke[1]);
    result.invoked = output ? await output.value() : null;
  }
  if (plan.observe) {
    result.observed = [];
    const subscription = await thing.observeProperty(plan.observe, async (data) => {
      result.observed.push(await data.value());
    });
    await new Promise((resolve) => setTimeout(resolve, plan.observeMs || 8000));
    await subscription.stop();
  }
  if (plan.readAfter) {
    result.readAfter = {};
    for (const name of plan.readAfter) result.readAfter[name] = await (await thing.readProperty(name)).value();
  }
  await servient.shutdown();
  return result;
}

const watchdog = setTimeout(() => {
  console.log(JSON.stringify({ error: 'node-wot did not finish within 60 s' }));
  process.exit(2);
}, 60000);
main()
  .then((r) => {
    clearTimeout(watchdog);
    console.log(JSON.stringify(r));
    process.exit(0);
  })
  .catch((e) => {
    clearTimeout(watchdog);
    console.log(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }));
    process.exit(1);
  });
