/*
 * ATF: the REST message reaches the configured bridge, authenticated, and the bridge understands the
 * request. It asks for the plan of unlocking a user that cannot exist: the only good answer is the
 * bridge's 404 user-not-found — an unreachable bridge, a refused credential or a contract mismatch
 * each fail the step with the work-note text a flow would write. Nothing changes in Okta (a dry run).
 */
;((stepResult) => {
  var bridge = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/glide.ts')
  var result = bridge.planAction({
    flow: 'unlock',
    payload: JSON.stringify({
      ticket: { number: 'RITM0000000', requestedBy: gs.getUserName() },
      user: { login: 'atf.no-such-user.' + new GlideDateTime().getNumericValue() + '@example.invalid' },
    }),
    ticket: '',
    idempotencyKey: 'atf-' + gs.generateGUID(),
  })
  stepResult.setOutputMessage(result.status + ' ' + result.error_code + '\n' + result.error)
  return result.status === 'failed' && result.error_code === 'user-not-found'
})(stepResult)
