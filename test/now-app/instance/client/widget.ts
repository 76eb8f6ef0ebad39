/**
 * The browser side of a Service Portal widget, as the stand-in runs it: the BUILT client script
 * (`api.controller = function (…) {…}`) is run in a `node:vm` context holding only `api`, the controller is
 * instantiated as AngularJS does (`this` is the controller the template calls `c`, with the server
 * script's `data` bound before it runs), and its link function is called. Injected services are not
 * implemented: a controller or link function asking for one (`$scope`, `spUtil`, …) fails, naming it.
 */
import vm from 'node:vm'
import { checkScript } from '../../../../scripts/now-check/check.ts'
import { rule } from '../../../../scripts/now-check/rules.ts'
import { type ErrorFactory, strict } from '../engine/strict.ts'
import type { BuiltWidgetClient } from './catalog-scripts.ts'

/** A running widget controller: what the template sees as `c`. */
export interface WidgetController {
  /** The controller object (`c`), with `data` and whatever the controller defined. */
  c: Record<string, unknown>
  /** The controller's functions the template calls (`c.name(…)`) that the controller does not define. */
  missingFromTemplate: string[]
}

/** The parameter names of a function (AngularJS injects by name). */
function parameters(fn: (...args: unknown[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn)
  const list = /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? ''
  return list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Runs a built widget's controller and link function with `data` as the server script answered it. */
export function runWidgetController(
  widget: BuiltWidgetClient,
  data: Record<string, unknown>,
): WidgetController {
  const where = `sp_widget "${widget.name}" (${widget.sysId})`
  const context = vm.createContext(
    {},
    { name: `widget ${widget.id}`, codeGeneration: { strings: false, wasm: false } },
  )
  const ContextError = vm.runInContext('Error', context) as ErrorConstructor
  const makeError: ErrorFactory = (message) => new ContextError(message)
  for (const [part, code] of [
    ['client script', widget.clientScript],
    ['link function', widget.link],
  ] as const) {
    const problems = checkScript(code, { side: 'client' })
    if (problems.length > 0)
      throw new Error(
        `${where} ${part} uses what the browser refuses:\n${problems
          .map((f) => `line ${f.line}: ${f.rule === 'parse-error' ? f.rule : rule(f.rule).feature}`)
          .join('\n')}`,
      )
  }

  let controller: unknown
  const api = strict({}, 'api', makeError, undefined, (name, value) => {
    if (name !== 'controller') return false
    controller = value
    return true
  })
  Object.assign(context, { api })
  vm.runInContext(widget.clientScript, context, { filename: `${where} client script` })
  if (typeof controller !== 'function') throw new Error(`${where}: the client script sets no api.controller`)
  const construct = controller as (...args: unknown[]) => unknown
  const injected = parameters(construct)
  if (injected.length > 0)
    throw makeError(
      `${where}: injecting ${injected.join(', ')} into the controller is not implemented by the stand-in`,
    )
  const c = vm.runInContext('({})', context) as Record<string, unknown>
  c.data = data
  construct.call(c)

  // The link function (an empty `function link(scope, element, attrs, controller) {}` by default).
  if (widget.link.trim()) {
    const link = vm.runInContext(`(${widget.link})`, context, { filename: `${where} link` }) as (
      ...args: unknown[]
    ) => unknown
    const scope = strict({ data, [widget.controllerAs]: c }, 'link scope', makeError)
    link(scope, strict({}, 'link element', makeError), strict({}, 'link attrs', makeError), c)
  }

  const calls = new Set(
    [...widget.template.matchAll(new RegExp(`\\b${widget.controllerAs}\\.(\\w+)\\s*\\(`, 'g'))].map(
      (m) => m[1]!,
    ),
  )
  return { c, missingFromTemplate: [...calls].filter((name) => typeof c[name] !== 'function') }
}
