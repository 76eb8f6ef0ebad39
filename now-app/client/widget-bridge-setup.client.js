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
}
