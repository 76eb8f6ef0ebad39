/*
 * Server script of the My Okta access widget: the signed-in user's active grants, soonest end first, and the
 * End access and Extend access items to link to (access-glide.ts myAccess → access.ts myAccessRows,
 * unit-tested). Grant ACLs let a user read only their own grants; the query asks for nothing else anyway.
 */
;(() => {
  data.rows = []
  data.endItem = ''
  data.extendItem = ''
  if (!gs.isLoggedIn()) return
  var access = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts')
  var mine = access.myAccess()
  data.rows = mine.rows
  data.endItem = mine.endItem
  data.extendItem = mine.extendItem
})()
