/** Turns a `search`/`filter` query parameter into a predicate, with Okta's error for a bad one. */
import { invalidSearch } from './errors.js'
import { compileExpression, ExpressionError, type ParseOptions } from './expression.js'

/** Compiles an expression; one that does not parse or is not allowed is Okta's 400 E0000031 naming the problem. */
export function compileQuery(text: string, options: ParseOptions): (record: unknown) => boolean {
  try {
    return compileExpression(text, options)
  } catch (error) {
    if (error instanceof ExpressionError) throw invalidSearch(error.message)
    throw error
  }
}
