/*
 * Script step of the "Okta Bridge: Invoke" action. All logic is in the server module (glide.ts → client.ts,
 * unit-tested); this only moves Flow Designer's inputs and outputs. The module path carries the package
 * version: test/now-app/build-output.test.ts fails if it no longer names a built sys_module.
 */
;(function execute(inputs, outputs) {
  var bridge = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/glide.ts')
  var result = bridge.invokeAction({
    flow: String(inputs.flow || ''),
    payload: String(inputs.payload || ''),
    ticket: String(inputs.ticket || ''),
    idempotencyKey: String(inputs.idempotency_key || ''),
    planHash: String(inputs.plan_hash || ''),
  })
  for (var key in result) outputs[key] = result[key]
})(inputs, outputs)
