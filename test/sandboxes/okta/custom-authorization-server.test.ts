/**
 * The sandbox's custom authorization servers over HTTP: a confidential client's client-credentials grant
 * with a client secret (Basic or form), the metadata a resource server discovers the key set by, and the
 * tokens verified against that key set with the issuer and audience a resource server checks. Refusals are
 * checked as a client sees them: status, `error`, no token issued.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomAuthorizationServer } from './auth/custom-authorization-server.js'
import { type OktaSandbox, startOktaSandbox } from './index.js'

const AUDIENCE = 'api://okta-jml-bridge'
const CLIENT = {
  clientId: '0oaservicenow',
  clientSecret: 's3cret-of-the-servicenow-client',
  scopes: ['jml.joiner', 'jml.catalog'],
}

let sandbox: OktaSandbox
let server: CustomAuthorizationServer
let issuer: string

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  server = sandbox.addAuthorizationServer('ausbridge', AUDIENCE)
  server.registerClient(CLIENT)
  issuer = `${sandbox.url}/oauth2/ausbridge`
})

afterAll(async () => {
  await sandbox?.stop()
})

/** A token request with the given form and headers. */
async function tokenRequest(form: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${issuer}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: new URLSearchParams(form).toString(),
  })
  return {
    status: res.status,
    cache: res.headers.get('cache-control'),
    body: (await res.json()) as Record<string, unknown>,
  }
}

const basic = (id: string, secret: string) => ({
  authorization: `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`,
})

describe('a custom authorization server (client credentials, client secret)', () => {
  it('publishes its metadata; its tokens verify against its key set with its issuer and audience', async () => {
    const metadata = (await (
      await fetch(`${issuer}/.well-known/oauth-authorization-server`)
    ).json()) as Record<string, unknown>
    expect(metadata).toMatchObject({
      issuer,
      token_endpoint: `${issuer}/v1/token`,
      jwks_uri: `${issuer}/v1/keys`,
    })
    const answer = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'jml.joiner jml.catalog' },
      basic(CLIENT.clientId, CLIENT.clientSecret),
    )
    expect(answer.status).toBe(200)
    expect(answer.cache).toBe('no-store')
    expect(answer.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'jml.joiner jml.catalog',
    })
    const { payload } = await jwtVerify(
      String(answer.body.access_token),
      createRemoteJWKSet(new URL(String(metadata.jwks_uri))),
      { issuer, audience: AUDIENCE },
    )
    expect(payload).toMatchObject({
      cid: CLIENT.clientId,
      sub: CLIENT.clientId,
      scp: ['jml.joiner', 'jml.catalog'],
    })
  })

  it('accepts the secret in the form too (client_secret_post), and grants a subset of the scopes', async () => {
    const answer = await tokenRequest({
      grant_type: 'client_credentials',
      scope: 'jml.joiner',
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    })
    expect(answer.status).toBe(200)
    expect(answer.body.scope).toBe('jml.joiner')
  })

  it('refuses a wrong secret or unknown client (401 invalid_client), a scope not granted (400 invalid_scope): no token', async () => {
    const issued = server.stats.tokensIssued
    const wrong = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'jml.joiner' },
      basic(CLIENT.clientId, `${CLIENT.clientSecret}x`),
    )
    expect([wrong.status, wrong.body.error]).toEqual([401, 'invalid_client'])
    const unknown = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'jml.joiner' },
      basic('0oanobody', 'x'),
    )
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client'])
    const scope = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'jml.leaver' },
      basic(CLIENT.clientId, CLIENT.clientSecret),
    )
    expect([scope.status, scope.body.error]).toEqual([400, 'invalid_scope'])
    const malformed = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'jml.joiner' },
      { authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:%E0%A4%A`).toString('base64')}` },
    )
    expect([malformed.status, malformed.body.error]).toEqual([401, 'invalid_client'])
    const grant = await tokenRequest({ grant_type: 'password' }, basic(CLIENT.clientId, CLIENT.clientSecret))
    expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type'])
    for (const answer of [wrong, unknown, scope, malformed, grant])
      expect(answer.body.access_token).toBeUndefined()
    expect(server.stats.tokensIssued).toBe(issued)
  })

  it('an unknown authorization server is a 404', async () => {
    const res = await fetch(`${sandbox.url}/oauth2/ausnone/v1/keys`)
    expect(res.status).toBe(404)
  })
})
