/**
 * A small RFC 4180 CSV reader for the operators' CLIs (`npm run batch`): comma-separated fields, records ended
 * by CRLF or LF, fields in double quotes holding commas, line breaks and doubled quotes (`""` for `"`). Kept
 * here rather than a dependency because that is all a spreadsheet's "Save as CSV" produces.
 *
 * Leniencies, each because spreadsheets produce it: a UTF-8 byte order mark is skipped, the last record needs
 * no line break, and blank lines (no characters at all) are skipped rather than read as one empty field.
 * Everything else that RFC 4180 does not allow is an error naming its line: a quote inside an unquoted field,
 * text after a closing quote, a quoted field never closed.
 */

/** One record, with the line it starts on (1-based; a quoted line break makes a record span lines). */
export interface CsvRecord {
  line: number
  fields: string[]
}

/** A CSV that does not follow RFC 4180, at `line` (1-based). */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`)
    this.name = 'CsvError'
  }
}

/** Reads every record of a CSV text. @throws {CsvError} for a text that is not RFC 4180 CSV. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  while (i < text.length) {
    const start = line
    // A blank line: no record.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1
      line += 1
      continue
    }
    const fields: string[] = []
    for (;;) {
      let field = ''
      if (text[i] === '"') {
        const quoteLine = line
        i += 1
        for (;;) {
          if (i >= text.length) throw new CsvError(quoteLine, 'a quoted field is never closed')
          const c = text[i]!
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"'
              i += 2
              continue
            }
            i += 1
            break
          }
          if (c === '\n') line += 1
          field += c
          i += 1
        }
        const next = text[i]
        if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
          throw new CsvError(line, 'text after a closing quote (a quote inside a field is written "")')
        }
      } else {
        while (i < text.length) {
          const c = text[i]!
          if (c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n')) break
          if (c === '"') throw new CsvError(line, 'a quote inside an unquoted field (quote the whole field)')
          field += c
          i += 1
        }
      }
      fields.push(field)
      if (text[i] === ',') {
        i += 1
        continue
      }
      // End of record: a line break, or the end of the text.
      if (text[i] === '\r') i += 1
      if (text[i] === '\n') {
        i += 1
        line += 1
      }
      break
    }
    records.push({ line: start, fields })
  }
  return records
}
