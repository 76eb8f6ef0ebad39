api.controller = function () {
  // The Test connection button asks the server script to call the bridge and shows its plain-words answer.
  var c = this
  c.testing = false
  c.testConnection = function () {
    c.testing = true
    c.server.get({ action: 'test' }).then(function (response) {
      c.data.test = response.data.test
      c.data.steps = response.data.steps
      c.testing = false
    })
  }
  // Sync now runs the scheduled job's catalog sync on the server and shows its outcome in words.
  c.syncing = false
  c.syncCatalog = function () {
    c.syncing = true
    c.server.get({ action: 'sync' }).then(function (response) {
      c.data.sync = response.data.sync
      c.data.steps = response.data.steps
      c.syncing = false
    })
  }
}
