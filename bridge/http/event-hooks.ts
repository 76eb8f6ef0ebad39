/**
 * The Okta event hook receiver, `/hooks/okta/events`:
 *
 * - `GET` with `X-Okta-Verification-Challenge`: Okta's one-time verification — the value is echoed as
 *   `{"verification": …}`;
 * - `POST`: a delivery (`{eventType: "com.okta.event_hook", cloudEventsVersion, eventId, data: {events}}`).
 *   Its events are written to the durable inbox, keyed by uuid (Okta delivers at least once), in one
 *   transaction, and the delivery is acknowledged at once: Okta waits about 3 seconds and retries once, so
 *   the work (reading Okta, opening an incident in ServiceNow) happens afterwards, in the event processor.
 *   A crash after the acknowledgement loses nothing: the processor picks the stored events up at the next start.
 *
 * Okta authenticates itself only by a static header the admin configured (the hook's `authScheme`), no
 * signature: both methods require it (`OKTA_EVENT_HOOK_HEADER`, default `Authorization`, holding
 * `OKTA_EVENT_HOOK_SECRET`), compared in constant time. Missing or wrong → 401 and nothing is stored. The
 * verification GET carries the same header (Okta sends the hook's auth header with it), so an unknown caller
 * cannot even learn that this is an event hook endpoint.
 *
 * The router is mounted only when a secret is configured: without one, deliveries could not be
 * authenticated, and a bridge that passed verification but refused every delivery would fail silently in
 * Okta's eyes (a verified hook whose deliveries all fail). Unmounted, verification fails at set-up instead.
 */
import express, { type Request, Router } from 'express'
import { z } from 'zod'
import type { Clock } from '../clock.js'
import type { EventInbox, InboxEventInput } from '../ports/event-inbox.js'
import { secretDigest, secretsEqual } from '../secret-compare.js'
import { HttpProblem, invalidInput } from './problem.js'

/** Where Okta sends deliveries and the verification challenge. */
export const EVENT_HOOK_PATH = '/hooks/okta/events'

/**
 * The largest delivery accepted. Okta batches up to about 50 events of a few kilobytes each; 1 MB leaves
 * room without letting an anonymous body grow unbounded (the secret is checked before the body is read).
 */
export const MAX_DELIVERY_BYTES = 1024 * 1024

/** The longest verification value echoed (Okta's is a short token; anything longer is not Okta). */
const MAX_CHALLENGE_LENGTH = 256

/** An actor or target of a LogEvent (the members the bridge reads; the rest kept as sent). */
const LogObject = z
  .object({
    id: z.string().min(1),
    type: z.string().min(1),
    alternateId: z.string().nullish(),
    displayName: z.string().nullish(),
  })
  .loose()

/** One System Log event of a delivery. */
const DeliveredEvent = z
  .object({
    uuid: z.string().min(1).max(100),
    eventType: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, { message: 'is not an Okta event type' }),
    published: z.string().min(1),
    actor: LogObject,
    target: z.array(LogObject).nullish(),
  })
  .loose()

/** An event hook delivery, as Okta sends it (see `shared/reference/okta/NOTES.md`). */
export const EventHookDelivery = z
  .object({
    eventType: z.literal('com.okta.event_hook', { message: 'must be com.okta.event_hook' }),
    cloudEventsVersion: z.string().min(1),
    eventId: z.string().min(1).max(100),
    data: z.object({ events: z.array(DeliveredEvent).min(1).max(1000) }),
  })
  .loose()

/** What the receiver needs. */
export interface EventHookDeps {
  /** `OKTA_EVENT_HOOK_SECRET`. */
  secret: string
  /** `OKTA_EVENT_HOOK_HEADER`: the header Okta puts the secret in. */
  header: string
  inbox: EventInbox
  clock: Clock
  /** Called after a delivery is stored: the processor starts on it (without the response waiting). */
  onStored: () => void
}

/** The `/hooks/okta/events` routes. */
export function eventHooksRouter(deps: EventHookDeps): Router {
  const router = Router()
  const authorized = secretCheck(deps.secret, deps.header)
  // Okta sends application/json; anything else is not a delivery (the content type is checked first).
  const parseJson = express.json({
    limit: MAX_DELIVERY_BYTES,
    strict: true,
    inflate: false,
    type: () => true,
  })

  router.get(EVENT_HOOK_PATH, (req, res) => {
    authorized(req)
    const challenge = req.get('x-okta-verification-challenge')
    if (challenge === undefined || challenge === '' || challenge.length > MAX_CHALLENGE_LENGTH) {
      throw new HttpProblem(
        'invalid-input',
        'Send the X-Okta-Verification-Challenge header to verify the hook.',
        {
          errors: [{ path: 'X-Okta-Verification-Challenge (header)', message: 'is required' }],
        },
      )
    }
    res.status(200).json({ verification: challenge })
  })

  router.post(EVENT_HOOK_PATH, async (req, res) => {
    authorized(req)
    const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/json') {
      throw new HttpProblem('unsupported-media-type', 'Okta event hook deliveries are application/json.')
    }
    await new Promise<void>((resolve, reject) =>
      parseJson(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    )
    const parsed = EventHookDelivery.safeParse(req.body)
    if (!parsed.success) throw invalidInput(parsed.error, 'The body is not an Okta event hook delivery.')
    const delivery = parsed.data
    const events: InboxEventInput[] = delivery.data.events.map((event) => ({
      uuid: event.uuid,
      eventType: event.eventType,
      published: event.published,
      event,
      deliveryId: delivery.eventId,
    }))
    const stored = await deps.inbox.receive(events, deps.clock.now().toISOString())
    res.status(200).json({ received: events.length, stored })
    if (stored > 0) deps.onStored()
  })

  router.all(EVENT_HOOK_PATH, (_req, res) => {
    res.setHeader('allow', 'GET, POST')
    throw new HttpProblem(
      'method-not-allowed',
      'Okta event hooks use GET (verification) and POST (deliveries).',
    )
  })
  return router
}

/**
 * A check of the configured header against the secret, in constant time (`secret-compare.ts`): neither the
 * secret's value nor its length leaks through timing. Throws 401 `unauthenticated`.
 */
function secretCheck(secret: string, header: string): (req: Request) => void {
  const expected = secretDigest(secret)
  return (req) => {
    const presented = req.get(header)
    // Compared even when absent (as the empty string), so a missing header takes the same time.
    if (!secretsEqual(presented ?? '', expected) || presented === undefined) {
      throw new HttpProblem(
        'unauthenticated',
        `The event hook secret is missing or wrong (header ${header}).`,
      )
    }
  }
}
