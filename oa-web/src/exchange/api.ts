import { api, type RequestOptions } from '@/api/client'
import type { PageOf } from '@/api/paging'

/** The document exchange's API through the gateway (see README: 公文交换). */
const BASE = '/api/exchange'

/** An authority named on a document: the unit's code and its name as printed. */
export interface Organ {
  code: string
  name: string
}

/** A unit of the organisation directory that documents may be addressed to. */
export interface Unit {
  code: string
  name: string
  shortName: string | null
  type: string | null
  parentCode: string | null
}

export type OutgoingStatus = 'DRAFTING' | 'CHECKING' | 'AWAITING_SIGN_OFF' | 'SIGNED_OFF' | 'DISPATCHED'
/** The approval and dispatch steps posted to `/outgoing/{id}/<step>`. */
export type OutgoingStep = 'submit' | 'check' | 'send-back' | 'sign-off' | 'dispatch'
export type DeliveryStatus = 'DELIVERED' | 'READ' | 'SIGNED_FOR' | 'RETURNED'
/** The inbox tabs as the service filters them. */
export type InboxFilter = 'PENDING' | 'SIGNED_FOR' | 'RETURNED'

export interface StoredFile {
  position: number
  role: 'BODY' | 'ATTACHMENT'
  name: string
  mediaType: string
  size: number
}

export interface HistoryStep {
  action: string
  actionLabel: string
  actor: string
  actorName: string | null
  at: string
  remark: string | null
}

export interface CertificateSummary {
  subject: string
  issuer: string
  serialNumber: string
  notBefore: string
  notAfter: string
}

/** A signature checked now against the stored metadata and files. */
export interface SignatureVerification {
  status: 'VALID' | 'INVALID'
  failure: string | null
  message: string | null
  signerUnitCode: string | null
  signerUnitName: string | null
  certificate: CertificateSummary | null
  signedAt: string | null
  algorithm: string | null
}

export interface OutgoingSignature {
  algorithm: string
  signerUnitCode: string
  signedAt: string
  metadataDigest: string
  certificateSerialNumber: string
  verification: SignatureVerification | null
}

export interface OutgoingCopy {
  recipient: Organ
  kind: 'MAIN' | 'COPY'
  copyNumber: string
}

export interface OutgoingDocument {
  id: string
  version: number
  status: OutgoingStatus
  statusLabel: string
  issuer: Organ
  prefix: string
  title: string
  classification: string
  urgency: string
  disclosure: string
  mainRecipients: Organ[]
  copyRecipients: Organ[]
  drafter: string
  lastSendBackRemark: string | null
  signatory: string | null
  writtenOn: string | null
  number: string | null
  printedOn: string | null
  dispatchedAt: string | null
  files: StoredFile[]
  copies: OutgoingCopy[]
  signature: OutgoingSignature | null
  history: HistoryStep[]
}

export interface Receipt {
  signedForBy: string
  signedForByName: string | null
  signedForAt: string
  copyNumber: string
  canonicalForm: string
  signature: string | null
  certificateSubject: string | null
  signatureValid: boolean
}

export interface TrackingRow {
  recipient: Organ
  kind: 'MAIN' | 'COPY'
  copyNumber: string
  status: DeliveryStatus
  statusLabel: string
  deliveredAt: string | null
  firstReadAt: string | null
  firstReadBy: string | null
  signedForAt: string | null
  signedForBy: string | null
  returnedAt: string | null
  returnReason: string | null
  reminders: number
  lastRemindedAt?: string | null
  signForDueAt: string | null
  nextReminderAt: string | null
  overdue: boolean
  receipt: Receipt | null
}

export interface TrackingView {
  documentId: string
  number: string
  title: string
  copies: number
  signForRate: { signedFor: number; delivered: number; percent: number; label: string }
  rows: TrackingRow[]
}

export interface InboxItem {
  id: string
  version: number
  documentId: string
  number: string
  title: string
  sender: Organ
  urgency: string
  kind: 'MAIN' | 'COPY'
  copyNumber: string
  status: DeliveryStatus
  statusLabel: string
  deliveredAt: string
  firstReadAt: string | null
  reminders?: number
  lastRemindedAt?: string | null
}

export interface IncomingDocument {
  id: string
  version: number
  documentId: string
  status: DeliveryStatus
  statusLabel: string
  kind: 'MAIN' | 'COPY'
  copyNumber: string
  deliveredAt: string
  firstReadAt: string | null
  firstReadBy: string | null
  number: string
  title: string
  classification: string
  urgency: string
  disclosure: string
  issuer: Organ
  printer: Organ
  signatories: string[]
  mainRecipients: Organ[]
  copyRecipients: Organ[]
  writtenOn: string
  printedOn: string
  files: StoredFile[]
  signature: SignatureVerification | null
  receipt: Receipt | null
  returnedAt: string | null
  returnedBy: string | null
  returnReason: string | null
  history: HistoryStep[]
}

export interface ChainVerification {
  intact: boolean
  entries: number
  firstBrokenSequence: number | null
  message: string
}

export type HandlingAction = 'register' | 'propose' | 'instruct' | 'finish' | 'complete' | 'archive'

export interface HandlingView {
  status: string
  statusLabel: string
  version: number | null
  steps: { action: string; actionLabel: string; actor: string; actorName: string | null; at: string; opinion: string | null }[]
  handlers: { username: string; name: string | null; finished: boolean; opinion: string | null; finishedAt: string | null }[]
  allowedActions: HandlingAction[]
}

export interface SearchHit {
  documentId: string
  number: string
  title: string
  sender: Organ
  urgency: string
  urgencyLabel: string
  dispatchedAt: string
  direction: 'OUTGOING' | 'INCOMING'
  outgoingId: string | null
  inboxId: string | null
}

export interface SearchQuery {
  q?: string
  number?: string
  title?: string
  sender?: string
  /** yyyy-MM-dd (dispatch date, Asia/Shanghai). */
  from?: string
  to?: string
  page: number
  size: number
}

export interface UploadedFile {
  name: string
  /** Base64 of the bytes. */
  content: string
}

/** The draft as the service takes it (JSON, files in Base64). */
export interface DraftRequest {
  classification: string
  urgency: string
  title: string
  mainRecipients: string[]
  copyRecipients: string[]
  disclosure: string
  body: UploadedFile
  attachments: UploadedFile[]
}

type CallOptions = Pick<RequestOptions, 'silent' | 'signal'>

const enc = encodeURIComponent

/**
 * A list as the contract pages it; an older service answering with a plain array is paged here,
 * so the screens work against either.
 */
export function asPage<T>(data: PageOf<T> | T[] | null | undefined, page: number, size: number): PageOf<T> {
  if (Array.isArray(data)) {
    const start = page * size
    return {
      content: data.slice(start, start + size),
      page,
      size,
      totalElements: data.length,
      totalPages: Math.ceil(data.length / size),
    }
  }
  if (!data) return { content: [], page, size, totalElements: 0, totalPages: 0 }
  return { ...data, content: data.content ?? [] }
}

export function fetchUnits(options?: CallOptions): Promise<Unit[]> {
  return api.get<Unit[]>(`${BASE}/units`, options)
}

/** A person of the caller's own unit, for the handler picker of 批办. */
export interface UnitMember {
  username: string
  name: string
}

/** The unit's people holding `role` (e.g. `staff`): only the unit's own members may ask (another unit's: 404). */
export async function fetchUnitMembers(unit: string, role: string, options?: CallOptions): Promise<UnitMember[]> {
  const members = await api.get<UnitMember[]>(`${BASE}/units/${enc(unit)}/members?role=${enc(role)}`, options)
  return members ?? []
}

export async function fetchOutgoing(
  query: { status?: OutgoingStatus; page: number; size: number },
  options?: CallOptions,
): Promise<PageOf<OutgoingDocument>> {
  const data = await api.get<PageOf<OutgoingDocument> | OutgoingDocument[]>(`${BASE}/outgoing`, {
    ...options,
    query: { status: query.status, page: query.page, size: query.size },
  })
  return asPage(data, query.page, query.size)
}

export function fetchOutgoingDocument(id: string, options?: CallOptions): Promise<OutgoingDocument> {
  return api.get<OutgoingDocument>(`${BASE}/outgoing/${enc(id)}`, options)
}

export function draftDocument(draft: DraftRequest, options?: CallOptions): Promise<OutgoingDocument> {
  return api.post<OutgoingDocument>(`${BASE}/outgoing`, draft, options)
}

export function stepOutgoing(
  id: string,
  step: OutgoingStep,
  version: number,
  remark?: string,
  options?: CallOptions,
): Promise<OutgoingDocument> {
  const body = remark ? { version, remark } : { version }
  return api.post<OutgoingDocument>(`${BASE}/outgoing/${enc(id)}/${step}`, body, options)
}

export function fetchTracking(id: string, options?: CallOptions): Promise<TrackingView> {
  return api.get<TrackingView>(`${BASE}/outgoing/${enc(id)}/tracking`, options)
}

/** 催办: the named recipients, or (null) every one not yet signed for and not returned. */
export function remind(
  id: string,
  recipients: string[] | null,
  message: string | null,
  options?: CallOptions,
): Promise<TrackingView> {
  return api.post<TrackingView>(`${BASE}/outgoing/${enc(id)}/reminders`, { recipients, message }, options)
}

export function fetchOutgoingAudit(id: string, options?: CallOptions): Promise<ChainVerification> {
  return api.get<ChainVerification>(`${BASE}/outgoing/${enc(id)}/audit`, options)
}

export function outgoingFileUrl(id: string, position: number): string {
  return `${BASE}/outgoing/${enc(id)}/files/${position}`
}

export async function fetchInbox(
  query: { status?: InboxFilter; page: number; size: number },
  options?: CallOptions,
): Promise<PageOf<InboxItem>> {
  const data = await api.get<PageOf<InboxItem> | InboxItem[]>(`${BASE}/inbox`, {
    ...options,
    query: { status: query.status, page: query.page, size: query.size },
  })
  return asPage(data, query.page, query.size)
}

export function openIncoming(id: string, options?: CallOptions): Promise<IncomingDocument> {
  return api.get<IncomingDocument>(`${BASE}/inbox/${enc(id)}`, options)
}

export function signFor(id: string, version: number, options?: CallOptions): Promise<IncomingDocument> {
  return api.post<IncomingDocument>(`${BASE}/inbox/${enc(id)}/sign-for`, { version }, options)
}

export function returnToSender(
  id: string,
  version: number,
  reason: string,
  options?: CallOptions,
): Promise<IncomingDocument> {
  return api.post<IncomingDocument>(`${BASE}/inbox/${enc(id)}/return`, { version, reason }, options)
}

export function incomingFileUrl(id: string, position: number): string {
  return `${BASE}/inbox/${enc(id)}/files/${position}`
}

export function fetchIncomingAudit(id: string, options?: CallOptions): Promise<ChainVerification> {
  return api.get<ChainVerification>(`${BASE}/inbox/${enc(id)}/audit`, options)
}

export function fetchHandling(id: string, options?: CallOptions): Promise<HandlingView> {
  return api.get<HandlingView>(`${BASE}/inbox/${enc(id)}/handling`, options)
}

export function actOnHandling(
  id: string,
  action: HandlingAction,
  body: { opinion: string; handlers?: string[]; version?: number | null },
  options?: CallOptions,
): Promise<HandlingView> {
  const payload: Record<string, unknown> = { opinion: body.opinion }
  if (body.handlers) payload.handlers = body.handlers
  if (body.version !== undefined && body.version !== null) payload.version = body.version
  return api.post<HandlingView>(`${BASE}/inbox/${enc(id)}/handling/${action}`, payload, options)
}

export async function searchDocuments(query: SearchQuery, options?: CallOptions): Promise<PageOf<SearchHit>> {
  const data = await api.get<PageOf<SearchHit>>(`${BASE}/search`, {
    ...options,
    query: {
      q: query.q?.trim() || undefined,
      number: query.number?.trim() || undefined,
      title: query.title?.trim() || undefined,
      sender: query.sender || undefined,
      from: query.from || undefined,
      to: query.to || undefined,
      page: query.page,
      size: query.size,
    },
  })
  return asPage(data, query.page, query.size)
}
