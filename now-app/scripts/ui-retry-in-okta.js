/*
 * Server script of the "Retry in Okta" UI action on requested items: re-sends the item's failed bridge
 * call with the same Idempotency-Key, so a retry never makes a change twice (requests-glide.ts).
 */
;(function retryInOkta(current, action) {
  var requests = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/requests-glide.ts')
  var answer = requests.retryItem(current.getUniqueValue())
  if (answer.level === 'info') gs.addInfoMessage(answer.message)
  else gs.addErrorMessage(answer.message)
  action.setRedirectURL(current)
})(current, action)
