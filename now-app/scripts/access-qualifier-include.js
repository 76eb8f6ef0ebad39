/*
 * Script include OktaAccessRequests: the reference qualifier of the "Okta group or app" variable of Request
 * access calls it (a qualifier can only call a script include). The query itself is computed by the server
 * module (access-glide.ts → access.ts resourceQualifier, unit-tested).
 */
var OktaAccessRequests = Class.create()
OktaAccessRequests.prototype = {
  initialize: () => {},

  /** The encoded query of the resources the current user may request. */
  resourceQualifier: () => {
    var access = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts')
    return access.resourceQualifierForCurrentUser()
  },

  type: 'OktaAccessRequests',
}
