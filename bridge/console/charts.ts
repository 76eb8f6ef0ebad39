/**
 * Charts as server-rendered SVG — no library, no script: a bar chart (stacked when given several series) and a
 * line chart, each with axes, tick labels, axis titles, the values written on the chart, a legend, and `<title>`
 * and `<desc>` (referenced by `aria-labelledby`) so a screen reader gets what a sighted reader sees. Colours come
 * from CSS classes (`series-0`…), never from inline styles the CSP would block, and every series is also named
 * in the legend and in the description: colour is never the only carrier of meaning.
 *
 * Every piece of text goes through {@link html}, so labels from Okta (endpoint families) stay text.
 */
import { html, type SafeHtml } from './html.js'

/** A named series of values, one per category. */
export interface Series {
  name: string
  values: readonly number[]
}

/** What a chart shows. */
export interface ChartSpec {
  /** Unique within the page: the ids of `<title>` and `<desc>` derive from it. */
  id: string
  title: string
  /** Categories along the x axis (hours, days, endpoint families). */
  categories: readonly string[]
  series: readonly Series[]
  xLabel: string
  yLabel: string
  /** Show every n-th category label only (long axes); default every label. */
  labelEvery?: number
}

const WIDTH = 720
const HEIGHT = 300
const MARGIN = { top: 20, right: 16, bottom: 64, left: 64 }
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom

/** A round upper bound for the y axis and its tick step (1, 2 or 5 × 10^n), at least 1. */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 }
  const rough = max / ticks
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude
  // Counts have no fractional ticks.
  if (Number.isInteger(max) && step < 1) step = 1
  return { top: Math.ceil(max / step) * step, step }
}

/** The description a screen reader hears: every series' values by category. */
function describe(spec: ChartSpec): string {
  if (spec.categories.length === 0) return `${spec.title}: no data.`
  return spec.series
    .map((series) => {
      const parts = spec.categories.map((category, i) => `${category}: ${series.values[i] ?? 0}`)
      return `${series.name} — ${parts.join(', ')}.`
    })
    .join(' ')
}

/** The frame both kinds share: axes, y ticks and grid, x labels, axis titles, legend. */
function frame(spec: ChartSpec, top: number, step: number, slot: number): SafeHtml {
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H
  const ticks: number[] = []
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1000) / 1000)
  const every = spec.labelEvery ?? 1
  const baseline = MARGIN.top + PLOT_H
  return html`<g class="axis">
<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${baseline}"></line>
<line x1="${MARGIN.left}" y1="${baseline}" x2="${MARGIN.left + PLOT_W}" y2="${baseline}"></line>
${ticks.map(
  (
    tick,
  ) => html`<line class="grid" x1="${MARGIN.left}" y1="${y(tick)}" x2="${MARGIN.left + PLOT_W}" y2="${y(tick)}"></line>
<text class="tick" x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
)}
${spec.categories.map((category, i) =>
  i % every === 0
    ? html`<text class="tick" x="${MARGIN.left + slot * i + slot / 2}" y="${baseline + 16}" text-anchor="middle">${category}</text>`
    : '',
)}
<text class="axis-title" x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 28}" text-anchor="middle">${spec.xLabel}</text>
<text class="axis-title" transform="translate(16 ${MARGIN.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${spec.yLabel}</text>
</g>
<g class="legend">${spec.series.map(
    (
      series,
      i,
    ) => html`<rect class="series-${i}" x="${MARGIN.left + i * 150}" y="${HEIGHT - 14}" width="10" height="10"></rect>
<text x="${MARGIN.left + i * 150 + 14}" y="${HEIGHT - 5}">${series.name}</text>`,
  )}</g>`
}

/** The `<svg>` element around a chart's content, labelled by its title and description. */
function svg(spec: ChartSpec, kind: string, content: SafeHtml): SafeHtml {
  const titleId = `${spec.id}-title`
  const descId = `${spec.id}-desc`
  return html`<figure class="chart">
<svg class="chart-${kind}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${spec.title}</title>
<desc id="${descId}">${describe(spec)}</desc>
${content}
</svg>
<figcaption>${spec.title}</figcaption>
</figure>`
}

/**
 * A bar chart: one bar per category, stacked by series (outcomes of executions, say), the total written above
 * each bar and each segment's value inside it when it fits.
 */
export function barChart(spec: ChartSpec): SafeHtml {
  const totals = spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
  const { top, step } = niceScale(Math.max(0, ...totals))
  const slot = spec.categories.length === 0 ? PLOT_W : PLOT_W / spec.categories.length
  const barW = Math.max(2, slot * 0.7)
  const scale = (value: number) => (value / top) * PLOT_H
  const bars = spec.categories.map((category, i) => {
    let base = MARGIN.top + PLOT_H
    const x = MARGIN.left + slot * i + (slot - barW) / 2
    const segments = spec.series.map((series, s) => {
      const value = series.values[i] ?? 0
      if (value <= 0) return ''
      const h = scale(value)
      base -= h
      return html`<rect class="series-${s}" x="${x}" y="${base}" width="${barW}" height="${h}"><title>${category}, ${series.name}: ${value}</title></rect>${
        h >= 14 && spec.series.length > 1
          ? html`<text class="value value-inside" x="${x + barW / 2}" y="${base + h / 2 + 4}" text-anchor="middle">${value}</text>`
          : ''
      }`
    })
    const total = totals[i]!
    return html`<g class="bar">${segments}${
      total > 0
        ? html`<text class="value" x="${x + barW / 2}" y="${base - 4}" text-anchor="middle">${total}</text>`
        : ''
    }</g>`
  })
  return svg(spec, 'bar', html`${frame(spec, top, step, slot)}${bars}`)
}

/** A line chart: one line per series with a marker and its value at every category. */
export function lineChart(spec: ChartSpec): SafeHtml {
  const { top, step } = niceScale(Math.max(0, ...spec.series.flatMap((s) => s.values)))
  const slot = spec.categories.length === 0 ? PLOT_W : PLOT_W / spec.categories.length
  const x = (i: number) => MARGIN.left + slot * i + slot / 2
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H
  const lines = spec.series.map((series, s) => {
    const points = spec.categories.map((_, i) => `${x(i)},${y(series.values[i] ?? 0)}`).join(' ')
    return html`<g class="line series-${s}">
<polyline points="${points}"></polyline>
${spec.categories.map((category, i) => {
  const value = series.values[i] ?? 0
  return html`<circle cx="${x(i)}" cy="${y(value)}" r="4"><title>${category}, ${series.name}: ${value}</title></circle>${
    value > 0
      ? html`<text class="value" x="${x(i)}" y="${y(value) - 8}" text-anchor="middle">${value}</text>`
      : ''
  }`
})}
</g>`
  })
  return svg(spec, 'line', html`${frame(spec, top, step, slot)}${lines}`)
}

/**
 * A horizontal bar chart, for categories with long names (Okta endpoint families): the names along the y axis
 * where they have room, the value at the end of each bar, the value axis along the bottom. One series.
 */
export function horizontalBarChart(spec: ChartSpec): SafeHtml {
  const series = spec.series[0] ?? { name: '', values: [] }
  const left = 300
  const row = 26
  const height = MARGIN.top + Math.max(1, spec.categories.length) * row + 64
  const plotW = WIDTH - left - 48
  const { top, step } = niceScale(Math.max(0, ...series.values))
  const x = (value: number) => left + (value / top) * plotW
  const baseline = MARGIN.top + spec.categories.length * row
  const ticks: number[] = []
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v)
  const titleId = `${spec.id}-title`
  const descId = `${spec.id}-desc`
  return html`<figure class="chart">
<svg class="chart-hbar" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${spec.title}</title>
<desc id="${descId}">${describe(spec)}</desc>
<g class="axis">
<line x1="${left}" y1="${MARGIN.top}" x2="${left}" y2="${baseline}"></line>
<line x1="${left}" y1="${baseline}" x2="${left + plotW}" y2="${baseline}"></line>
${ticks.map(
  (
    tick,
  ) => html`<line class="grid" x1="${x(tick)}" y1="${MARGIN.top}" x2="${x(tick)}" y2="${baseline}"></line>
<text class="tick" x="${x(tick)}" y="${baseline + 16}" text-anchor="middle">${tick}</text>`,
)}
${spec.categories.map(
  (category, i) =>
    html`<text class="tick" x="${left - 6}" y="${MARGIN.top + i * row + row / 2 + 4}" text-anchor="end">${category.length > 48 ? `${category.slice(0, 47)}…` : category}</text>`,
)}
<text class="axis-title" x="${left + plotW / 2}" y="${baseline + 36}" text-anchor="middle">${spec.xLabel}</text>
<text class="axis-title" x="8" y="${MARGIN.top - 6}">${spec.yLabel}</text>
</g>
<g class="bar">${spec.categories.map((category, i) => {
    const value = series.values[i] ?? 0
    const y = MARGIN.top + i * row + 4
    return html`<rect class="series-0" x="${left}" y="${y}" width="${Math.max(0, x(value) - left)}" height="${row - 8}"><title>${category}: ${value}</title></rect>
<text class="value" x="${x(value) + 4}" y="${y + row / 2}">${value}</text>`
  })}</g>
</svg>
<figcaption>${spec.title}</figcaption>
</figure>`
}
