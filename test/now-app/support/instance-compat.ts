/**
 * What the ServiceNow build accepts but the instance's JavaScript engine rejects at run time (the SDK's
 * JavaScript compatibility guide): `Reflect`, `new Function`, `WeakRef`, `#private` class members, and
 * `async` functions or `await` — and `Object.hasOwn`, an ES2022 built-in the instance's ES2021 engine lacks
 * (TypeScript's ES2022 target lets it through). Found with the TypeScript parser on the built JavaScript,
 * so strings and comments that merely mention them do not count.
 */
import ts from 'typescript'

/** One finding: what and where (1-based line). */
export interface CompatFinding {
  rule: 'Reflect' | 'new Function' | 'WeakRef' | '#private' | 'async' | 'Object.hasOwn'
  line: number
}

/** Every construct in `code` the instance rejects. */
export function instanceIncompatibilities(code: string, fileName = 'module.js'): CompatFinding[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)
  const findings: CompatFinding[] = []
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      (node.text === 'Reflect' || node.text === 'WeakRef') &&
      !isPropertyName(node)
    ) {
      findings.push({ rule: node.text, line: at(node) })
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'Function') findings.push({ rule: 'new Function', line: at(node) })
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Object' &&
      node.name.text === 'hasOwn'
    ) {
      findings.push({ rule: 'Object.hasOwn', line: at(node) })
    }
    if (ts.isPrivateIdentifier(node)) findings.push({ rule: '#private', line: at(node) })
    if (
      ts.canHaveModifiers(node) &&
      ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)
    ) {
      findings.push({ rule: 'async', line: at(node) })
    }
    if (ts.isAwaitExpression(node)) findings.push({ rule: 'async', line: at(node) })
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

/** Whether an identifier is only a property name (`x.Reflect`, `{ Reflect: 1 }`), not the global. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isMethodDeclaration(parent) && parent.name === node)
  )
}

/** The module specifiers a script imports: `import … from`, `export … from`, `require('…')`. */
export function importSpecifiers(code: string): string[] {
  const source = ts.createSourceFile('x.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)
  const specifiers: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text)
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'require' &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}
