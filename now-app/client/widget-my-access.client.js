api.controller = function () {
  this.itemUrl = function (itemSysId) {
    return '?id=sc_cat_item&sys_id=' + encodeURIComponent(itemSysId)
  }
}
