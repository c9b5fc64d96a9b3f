import { api, type RequestOptions } from '@/api/client'
import type { LetterAction } from './actions'
import type {
  Assessment,
  DuplicateCandidate,
  LetterAttachment,
  LetterDetail,
  LetterStatus,
  LetterSummary,
  MailboxInfo,
  Member,
  MonthReport,
  Page,
  PublicationView,
  SupervisedLetter,
  Unit,
} from './types'

/** The mailbox service through the gateway (mailbox-service/README.md, /work contracts). */
const BASE = '/api/mailbox'

type CallOptions = Pick<RequestOptions, 'silent' | 'signal'>

const letterPath = (id: string) => `${BASE}/letters/${encodeURIComponent(id)}`

/**
 * One page of the caller's work list (the service orders the role queues; `page` is 0-based).
 * `q`, a tracking code, answers only that letter if the caller may see it (400, field `q`, when it is not one).
 */
export function fetchLetters(
  query: { status?: LetterStatus; q?: string; page: number; size: number },
  options?: CallOptions,
): Promise<Page<LetterSummary>> {
  return api.get<Page<LetterSummary>>(`${BASE}/letters`, {
    ...options,
    query: { status: query.status || undefined, q: query.q || undefined, page: query.page, size: query.size },
  })
}

export function fetchLetter(id: string, options?: CallOptions): Promise<LetterDetail> {
  return api.get<LetterDetail>(letterPath(id), options)
}

/** The citizen's files, for whoever may open the letter (404 like the letter otherwise). */
export async function fetchAttachments(id: string, options?: CallOptions): Promise<LetterAttachment[]> {
  return (await api.get<LetterAttachment[]>(`${letterPath(id)}/attachments`, options)) ?? []
}

/** A file's download address: a plain link, as the gateway's session cookie authorises it and relays the token. */
export function attachmentUrl(id: string, position: number): string {
  return `${letterPath(id)}/attachments/${position}`
}

/** One step of the handling; the body carries the version the clerk saw. */
export function postAction(id: string, action: LetterAction, body: Record<string, unknown>, options?: CallOptions): Promise<LetterDetail> {
  return api.post<LetterDetail>(`${letterPath(id)}/${action}`, body, options)
}

export function fetchDuplicates(id: string, options?: CallOptions): Promise<DuplicateCandidate[]> {
  return api.get<DuplicateCandidate[]>(`${letterPath(id)}/duplicates`, options)
}

export function fetchPublication(id: string, options?: CallOptions): Promise<PublicationView> {
  return api.get<PublicationView>(`${letterPath(id)}/publication`, options)
}

export function publishLetter(id: string, version: number, options?: CallOptions): Promise<PublicationView> {
  return api.post<PublicationView>(`${letterPath(id)}/publish`, { version }, options)
}

export function unpublishLetter(id: string, version: number, reason: string, options?: CallOptions): Promise<PublicationView> {
  return api.post<PublicationView>(`${letterPath(id)}/unpublish`, { version, reason }, options)
}

export type SupervisionView = 'due-soon' | 'overdue'

export function fetchSupervision(
  query: { view: SupervisionView; unit?: string; page: number; size: number },
  options?: CallOptions,
): Promise<Page<SupervisedLetter>> {
  return api.get<Page<SupervisedLetter>>(`${BASE}/supervision/letters`, {
    ...options,
    query: { view: query.view, unit: query.unit || undefined, page: query.page, size: query.size },
  })
}

export function fetchStatistics(month: string, options?: CallOptions): Promise<MonthReport> {
  return api.get<MonthReport>(`${BASE}/statistics`, { ...options, query: { month } })
}

export function fetchAssessment(year: string, options?: CallOptions): Promise<Assessment> {
  return api.get<Assessment>(`${BASE}/assessment`, { ...options, query: { year } })
}

export function fetchMailboxes(options?: CallOptions): Promise<MailboxInfo[]> {
  return api.get<MailboxInfo[]>(`${BASE}/public/mailboxes`, options)
}

/** The county's units from the organisation directory, as the mailbox serves them to its staff. */
export async function fetchUnits(options?: CallOptions): Promise<Unit[]> {
  const units = await api.get<{ code: string; name: string; type?: string }[]>('/api/mailbox/units', options)
  return (units ?? []).map((u) => ({ code: u.code, name: u.name, type: u.type }))
}

/** The unit's people holding the role (e.g. `leader`), for pickers; the service caches Keycloak's answer briefly. */
export async function fetchMembers(unit: string, role: string, options?: CallOptions): Promise<Member[]> {
  const members = await api.get<Member[]>(`/api/mailbox/units/${encodeURIComponent(unit)}/members?role=${encodeURIComponent(role)}`, options)
  return members ?? []
}

/** A unit's name from the list, else its code (nothing is hidden when the list is unavailable). */
export function unitName(units: readonly Unit[], code: string | null | undefined): string {
  if (!code) return ''
  return units.find((u) => u.code === code)?.name ?? code
}
