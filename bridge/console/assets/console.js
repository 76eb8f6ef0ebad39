/*
 * The operator console's only script (served from /console/assets/, allowed by `script-src 'self'`): it makes
 * server-rendered pages easier to read, and every page works without it.
 *
 * - <time datetime data-relative>: shows "3 minutes ago" next to the absolute UTC time, refreshed every 30 s;
 * - <table data-sortable>: each column header becomes a button sorting the rows (aria-sort says how);
 * - <table data-filterable>: a labelled search box above the table keeps the rows containing its words;
 * - <table data-page-size="N">: N rows at a time, with Previous / Next buttons and "page x of y".
 * Everything is reachable and usable with the keyboard (real buttons and inputs, visible focus in the CSS).
 */
;(() => {
  let uid = 0
  const nextId = (prefix) => `${prefix}-${++uid}`

  // ---- relative and absolute times --------------------------------------------------------------------
  const UNITS = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ]
  const format =
    typeof Intl !== 'undefined' && Intl.RelativeTimeFormat
      ? new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
      : null

  function relative(date) {
    const seconds = Math.round((date.getTime() - Date.now()) / 1000)
    const abs = Math.abs(seconds)
    for (const [unit, size] of UNITS) {
      if (abs >= size || unit === 'second') {
        const value = Math.round(seconds / size)
        if (format) return format.format(value, unit)
        return seconds < 0 ? `${Math.abs(value)} ${unit}(s) ago` : `in ${value} ${unit}(s)`
      }
    }
    return ''
  }

  function enhanceTimes() {
    for (const el of document.querySelectorAll('time[data-relative]')) {
      const date = new Date(el.getAttribute('datetime'))
      if (Number.isNaN(date.getTime())) continue
      if (!el.dataset.absolute) {
        el.dataset.absolute = el.textContent
        const abs = document.createElement('span')
        abs.className = 'abs-time'
        abs.textContent = ` (${el.dataset.absolute})`
        el.after(abs)
      }
      el.textContent = relative(date)
      el.title = el.dataset.absolute
    }
  }

  // ---- tables: sort, filter, pages ----------------------------------------------------------------------
  function cellValue(row, index) {
    const cell = row.cells[index]
    if (!cell) return ''
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim()
  }

  function compare(a, b) {
    const na = Number(a)
    const nb = Number(b)
    if (a !== '' && b !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb
    return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })
  }

  function enhanceTable(table) {
    const body = table.tBodies[0]
    if (!body) return
    const rows = Array.from(body.rows)
    const state = { filter: '', page: 0 }
    const pageSize = Number(table.dataset.pageSize) || 0
    const status = document.createElement('p')
    status.className = 'table-status'
    status.setAttribute('aria-live', 'polite')

    function visible() {
      const words = state.filter.toLowerCase().split(/\s+/).filter(Boolean)
      return rows.filter((row) => {
        const text = row.textContent.toLowerCase()
        return words.every((word) => text.includes(word))
      })
    }

    let pager
    function redraw() {
      const shown = visible()
      const pages = pageSize > 0 ? Math.max(1, Math.ceil(shown.length / pageSize)) : 1
      if (state.page >= pages) state.page = pages - 1
      const from = pageSize > 0 ? state.page * pageSize : 0
      const to = pageSize > 0 ? from + pageSize : shown.length
      const onPage = new Set(shown.slice(from, to))
      for (const row of rows) row.hidden = !onPage.has(row)
      const total = rows.length
      const rowsWord = (n) => (n === 1 ? '1 row' : `${n} rows`)
      let text = shown.length === total ? rowsWord(total) : `${shown.length} of ${rowsWord(total)} match`
      if (pageSize > 0 && pages > 1) text += ` — page ${state.page + 1} of ${pages}`
      status.textContent = text
      if (pager) {
        pager.hidden = pages <= 1
        pager.querySelector('[data-prev]').disabled = state.page === 0
        pager.querySelector('[data-next]').disabled = state.page >= pages - 1
      }
    }

    if (table.hasAttribute('data-filterable')) {
      const wrap = document.createElement('div')
      wrap.className = 'table-filter'
      const id = nextId('filter')
      const label = document.createElement('label')
      label.htmlFor = id
      label.textContent = table.dataset.filterLabel || 'Filter rows'
      const input = document.createElement('input')
      input.type = 'search'
      input.id = id
      input.autocomplete = 'off'
      input.addEventListener('input', () => {
        state.filter = input.value
        state.page = 0
        redraw()
      })
      wrap.append(label, input)
      table.before(wrap)
    }

    if (table.hasAttribute('data-sortable')) {
      const headers = Array.from(table.tHead ? table.tHead.rows[0].cells : [])
      headers.forEach((th, index) => {
        if (th.hasAttribute('data-nosort')) return
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'sort'
        button.append(...th.childNodes)
        th.append(button)
        button.addEventListener('click', () => {
          const ascending = th.getAttribute('aria-sort') !== 'ascending'
          for (const other of headers) other.removeAttribute('aria-sort')
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')
          rows.sort((a, b) => compare(cellValue(a, index), cellValue(b, index)) * (ascending ? 1 : -1))
          for (const row of rows) body.append(row)
          state.page = 0
          redraw()
        })
      })
    }

    if (pageSize > 0 && rows.length > pageSize) {
      pager = document.createElement('nav')
      pager.className = 'pager'
      pager.setAttribute('aria-label', `${table.caption ? table.caption.textContent : 'Table'} pages`)
      const prev = document.createElement('button')
      prev.type = 'button'
      prev.dataset.prev = ''
      prev.textContent = 'Previous page'
      const next = document.createElement('button')
      next.type = 'button'
      next.dataset.next = ''
      next.textContent = 'Next page'
      prev.addEventListener('click', () => {
        state.page -= 1
        redraw()
      })
      next.addEventListener('click', () => {
        state.page += 1
        redraw()
      })
      pager.append(prev, next)
      table.after(pager)
    }
    table.after(status)
    redraw()
  }

  function start() {
    enhanceTimes()
    setInterval(enhanceTimes, 30000)
    for (const table of document.querySelectorAll(
      'table[data-sortable], table[data-filterable], table[data-page-size]',
    )) {
      enhanceTable(table)
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
