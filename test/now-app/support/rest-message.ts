/**
 * Renders a built REST message function the way RESTMessageV2 does: `${name}` substitution in the
 * endpoint, query parameters, headers (message-level, then the function's) and body. Reads only the
 * build output, so a function that is changed in the Fluent source is tested as the instance gets it.
 */
import { type BuiltRecord, recordsOf, text } from './build.js'

/** An HTTP request, ready for `fetch`. */
export interface RenderedRequest {
  method: string
  url: string
  headers: Record<string, string>
  body: string
}

/** The REST message records of one message, by its name. */
export interface BuiltRestMessage {
  message: BuiltRecord
  functions: BuiltRecord[]
  /** The records of a function's children (headers, query parameters, declared variables). */
  childrenOf(fn: BuiltRecord, table: string): BuiltRecord[]
}

/** Finds a REST message and its functions in the build output. */
export function builtRestMessage(records: BuiltRecord[], name: string): BuiltRestMessage {
  const message = recordsOf(records, 'sys_rest_message').find((r) => text(r, 'name') === name)
  if (!message) throw new Error(`no REST message named ${name} in the build`)
  const id = text(message, 'sys_id')
  const functions = recordsOf(records, 'sys_rest_message_fn').filter((r) => text(r, 'rest_message') === id)
  return {
    message,
    functions,
    childrenOf: (fn, table) =>
      recordsOf(records, table).filter((r) => text(r, 'rest_message_function') === text(fn, 'sys_id')),
  }
}

/** The `${name}` placeholders of a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!)
}

/** Substitutes `${name}`; a placeholder without a value is an error, as a silent empty would hide a bug. */
function substitute(template: string, variables: Record<string, string>): string {
  return template.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    if (!(name in variables)) throw new Error(`no value for \${${name}}`)
    return variables[name]!
  })
}

/** Renders one function with the given substitution variables. */
export function renderFunction(
  records: BuiltRecord[],
  messageName: string,
  functionName: string,
  variables: Record<string, string>,
): RenderedRequest {
  const built = builtRestMessage(records, messageName)
  const fn = built.functions.find((f) => text(f, 'function_name') === functionName)
  if (!fn) throw new Error(`REST message ${messageName} has no function ${functionName}`)
  const endpoint = substitute(text(fn, 'rest_endpoint') || text(built.message, 'rest_endpoint'), variables)
  const query = built
    .childrenOf(fn, 'sys_rest_message_fn_param_defs')
    .sort((a, b) => Number(text(a, 'order')) - Number(text(b, 'order')))
    .map(
      (p) =>
        `${encodeURIComponent(text(p, 'name'))}=${encodeURIComponent(substitute(text(p, 'value'), variables))}`,
    )
  // Message-level headers first, then the function's: a function header of the same name wins.
  const headers: Record<string, string> = {}
  const messageHeaders = recordsOf(records, 'sys_rest_message_headers').filter(
    (h) => text(h, 'rest_message') === text(built.message, 'sys_id'),
  )
  for (const h of [...messageHeaders, ...built.childrenOf(fn, 'sys_rest_message_fn_headers')]) {
    headers[text(h, 'name')] = substitute(text(h, 'value'), variables)
  }
  return {
    method: text(fn, 'http_method').toUpperCase(),
    url: query.length > 0 ? `${endpoint}?${query.join('&')}` : endpoint,
    headers,
    body: substitute(text(fn, 'content'), variables),
  }
}
