/**
 * The CSV reader of the operators' CLIs (`bridge/cli/csv.ts`): RFC 4180's quoted fields (commas, line breaks
 * and doubled quotes inside), CRLF and LF, the line each record starts on, and an error naming the line for
 * what RFC 4180 does not allow. Then the joiner CSV on top of it (`bridge/cli/joiner-csv.ts`): columns to a
 * batch, and a bad row reported by its line.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvError, parseCsv } from '../../bridge/cli/csv.js'
import { JoinerCsvError, joinerBatchFromCsv } from '../../bridge/cli/joiner-csv.js'

describe('parseCsv', () => {
  it('reads plain records, LF or CRLF, with or without a final line break', () => {
    const expected = [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]
    expect(parseCsv('a,b,c\n1,,3\n')).toEqual(expected)
    expect(parseCsv('a,b,c\r\n1,,3\r\n')).toEqual(expected)
    expect(parseCsv('a,b,c\r\n1,,3')).toEqual(expected)
  })

  it('reads quoted fields holding commas, doubled quotes and line breaks, counting lines across them', () => {
    const text = 'name,note\n"Kim, Alex","said ""hi""\nthen left"\nlast,"x"\n'
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Kim, Alex', 'said "hi"\nthen left'] },
      { line: 4, fields: ['last', 'x'] },
    ])
  })

  it('keeps empty fields, a trailing empty field and an empty quoted field', () => {
    expect(parseCsv('a,,\n"",b\n')).toEqual([
      { line: 1, fields: ['a', '', ''] },
      { line: 2, fields: ['', 'b'] },
    ])
  })

  it('skips a byte order mark and blank lines (line numbers still count them)', () => {
    expect(parseCsv('\uFEFFa,b\n\n\r\nc,d\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
    ])
  })

  it('refuses what RFC 4180 does not allow, naming the line', () => {
    const refusal = (text: string) => {
      try {
        parseCsv(text)
      } catch (error) {
        expect(error).toBeInstanceOf(CsvError)
        return (error as CsvError).message
      }
      throw new Error('accepted')
    }
    expect(refusal('a,b\nc,d"e\n')).toMatch(/^line 2: a quote inside an unquoted field/)
    expect(refusal('a,b\n"c"d,e\n')).toMatch(/^line 2: text after a closing quote/)
    expect(refusal('a\nb\n"never\nclosed\n')).toMatch(/^line 3: a quoted field is never closed/)
  })

  it('reads back whatever a conforming writer wrote (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') })
    const quote = (value: string) => `"${value.replaceAll('"', '""')}"`
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((row) => row.map(quote).join(',')).join('\r\n')
          expect(parseCsv(text).map((record) => record.fields)).toEqual(rows)
        },
      ),
    )
  })
})

describe('joinerBatchFromCsv', () => {
  const ticket = { number: 'RITM0020001', requestedBy: 'hr.bot' }

  it('makes one joiner item per row, groups and apps split on ";", the ticket from the row or the options', () => {
    const text = [
      'login,email,firstName,lastName,department,groups,apps,ticket',
      'a.kim@example.com,a.kim@example.com,Alex,Kim,Engineering,00g1aaaaaaaaaaaaaaaa;00g2aaaaaaaaaaaaaaaa,,',
      '"b.lee@example.com",b.lee@example.com,"Lee, Jr.",Bo,,,0oa1aaaaaaaaaaaaaaaa,RITM0020002',
    ].join('\n')
    const { batch, lines } = joinerBatchFromCsv(text, {
      number: ticket.number,
      requestedBy: ticket.requestedBy,
    })
    expect(lines).toEqual([2, 3])
    expect(batch.ticket).toEqual(ticket)
    expect(batch.items).toEqual([
      {
        flow: 'joiner',
        ticket,
        input: {
          profile: {
            login: 'a.kim@example.com',
            email: 'a.kim@example.com',
            firstName: 'Alex',
            lastName: 'Kim',
            department: 'Engineering',
          },
          groups: ['00g1aaaaaaaaaaaaaaaa', '00g2aaaaaaaaaaaaaaaa'],
        },
      },
      {
        flow: 'joiner',
        ticket: { number: 'RITM0020002', requestedBy: 'hr.bot' },
        input: {
          profile: {
            login: 'b.lee@example.com',
            email: 'b.lee@example.com',
            firstName: 'Lee, Jr.',
            lastName: 'Bo',
          },
          apps: ['0oa1aaaaaaaaaaaaaaaa'],
        },
      },
    ])
  })

  it('names the line of a row the joiner schema refuses, counting blank lines', () => {
    const text = [
      'login,email,firstName,lastName,title',
      'a.kim@example.com,a.kim@example.com,Alex,Kim,"Staff, Engineering"',
      '',
      'b.lee@example.com,not-an-email,Bo,Lee,',
    ].join('\n')
    expect(() => joinerBatchFromCsv(text, ticket)).toThrow(JoinerCsvError)
    expect(() => joinerBatchFromCsv(text, ticket)).toThrow(/^line 4: profile\.email /)
  })

  it('refuses an unknown or missing column, a short row and a missing ticket, by line', () => {
    expect(() => joinerBatchFromCsv('login,email,firstName,lastName,shoeSize\n', ticket)).toThrow(
      /^line 1: unknown column "shoeSize"/,
    )
    expect(() => joinerBatchFromCsv('login,email,firstName\nx,y,z\n', ticket)).toThrow(
      /^line 1: the required column "lastName" is missing/,
    )
    expect(() =>
      joinerBatchFromCsv('login,email,firstName,lastName\na@example.com,a@example.com,A\n', ticket),
    ).toThrow(/^line 2: 3 fields where the header has 4/)
    expect(() =>
      joinerBatchFromCsv('login,email,firstName,lastName\na@example.com,a@example.com,A,B\n', {}),
    ).toThrow(/^line 2: no ticket/)
  })
})
