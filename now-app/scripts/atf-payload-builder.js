/*
 * ATF (Jasmine 3.1): the payload builder as shipped on the instance builds requests the bridge accepts.
 * The same functions are unit-tested in CI (test/now-app/server-modules.test.ts); this proves the built
 * module loads and behaves the same in the instance's JavaScript engine.
 */
;(() => {
  var payload = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/payload.ts')
  var birthright = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/birthright.ts')
  var ticket = { number: 'RITM0000001', requestedBy: 'atf.user' }
  var today = new GlideDateTime().getDate().getByFormat('yyyy-MM-dd')

  describe('payload builder', () => {
    it('builds a joiner with the birthright access of the department', () => {
      var access = birthright.birthrightAccess(
        [{ department: 'Engineering', groups: ['ATFGROUP000000000001'], apps: [] }],
        { department: 'Engineering' },
      )
      var call = payload.buildJoiner(
        {
          first_name: 'Pat',
          last_name: 'Doe',
          email: 'pat.doe@example.com',
          okta_login: 'pat.doe@example.com',
          department: 'Engineering',
          start_date: today,
        },
        ticket,
        access,
        today,
      )
      expect(call.flow).toBe('joiner')
      expect(call.request.profile.login).toBe('pat.doe@example.com')
      expect(call.request.groups).toEqual(['ATFGROUP000000000001'])
      expect(call.request.ticket.number).toBe('RITM0000001')
    })

    it('refuses a date in the past and a bad email, naming both', () => {
      var error = null
      try {
        payload.buildLeaver({ okta_login: 'nope', last_day: '2000-01-01' }, ticket, today)
      } catch (e) {
        error = e
      }
      expect(error).not.toBeNull()
      expect(error.message).toContain('okta_login')
      expect(error.message).toContain('last_day')
    })
  })
})()
