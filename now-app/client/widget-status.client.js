api.controller = function () {
  // Everything is computed on the server; the template only lists it.
}
