import type { SearchHit } from './api'

/** Where a search hit opens: the sender's own document, or the unit's inbox copy. */
export function searchLink(hit: Pick<SearchHit, 'direction' | 'outgoingId' | 'inboxId'>): string | null {
  if (hit.direction === 'OUTGOING' && hit.outgoingId) return `/exchange/outgoing/${hit.outgoingId}`
  if (hit.direction === 'INCOMING' && hit.inboxId) return `/exchange/inbox/${hit.inboxId}`
  return hit.outgoingId ? `/exchange/outgoing/${hit.outgoingId}` : hit.inboxId ? `/exchange/inbox/${hit.inboxId}` : null
}
