/** The mailbox service's staff REST (see mailbox-service/README.md and the agreed contracts). */

export type LetterStatus =
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'REJECTED_INVALID'
  | 'MERGED'
  | 'FORWARDED_TO_LEADER'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'RETURNED'
  | 'REPLY_IN_REVIEW'
  | 'ANSWERED'
  | 'CLOSED'

export type LetterType = 'CONSULTATION' | 'COMPLAINT' | 'SUGGESTION' | 'REPORT' | 'OTHER'

export type Card = 'NONE' | 'YELLOW' | 'RED'

/** Where a letter stands on the supervision lists (the service's DeadlineStanding). */
export type SupervisionStanding = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE' | 'YELLOW_CARD' | 'RED_CARD'

/** A line of the work list (`GET /api/mailbox/letters`); name and phone masked by the service. */
export interface LetterSummary {
  id: string
  version: number
  trackingCode: string
  mailbox: string
  mailboxName: string
  type: LetterType
  typeLabel: string
  subject: string
  status: LetterStatus
  statusLabel: string
  submittedAt: string
  contactName: string | null
  contactPhone: string | null
  dueDate: string | null
  leadUnit: string | null
  designatedLeader: string | null
  extensionRequestedDays: number | null
  /** 疑似重复 (mb-supervise); absent on services without duplicate detection. */
  suspectedDuplicate?: boolean
  /** The caller's unit assists on the letter (协办); another unit leads it. */
  assisting?: boolean
}

/** An assisting unit's latest opinion (协办意见) for the lead unit's drafter. */
export interface AssistingOpinionLine {
  unitCode: string
  unitName: string | null
  text: string
  username: string | null
  name: string | null
  at: string
}

export interface ExtensionLine {
  workingDays: number
  reason: string
  requestedBy: string
  unitCode: string
  requestedAt: string
  /** The requester's display name (赵磊); absent from older services, `null` when unknown. */
  requestedByName?: string | null
}

export interface HistoryLine {
  at: string
  username: string | null
  name: string | null
  /** DISPATCHER, LEADER, STAFF, SUPERVISOR, CITIZEN; null for the system. */
  role: string | null
  unitCode: string | null
  action: string
  actionLabel: string
  statusAfter: string
  statusLabel: string
  remark: string | null
  text: string | null
}

/** `GET /api/mailbox/letters/{id}`: the letter as the people handling it read it. */
export interface LetterDetail {
  id: string
  version: number
  trackingCode: string
  mailbox: string
  mailboxName: string
  type: LetterType
  typeLabel: string
  subject: string
  content: string
  status: LetterStatus
  statusLabel: string
  submittedAt: string
  contactName: string | null
  contactPhone: string | null
  contactEmail: string | null
  idNumber: string | null
  consentToPublish: boolean
  dueDate: string | null
  leadUnit: string | null
  assistingUnits: string[]
  designatedLeader: string | null
  /** 批办领导's display name (刘洋) beside the account; absent from older services, `null` when unknown. */
  designatedLeaderName?: string | null
  instruction: string | null
  rejectionReason: string | null
  extensionDays: number
  extensionRequest: ExtensionLine | null
  reply: string | null
  replyDraftedBy: string | null
  /** 起草人's display name beside the account; absent from older services, `null` when unknown. */
  replyDraftedByName?: string | null
  rating: string | null
  history: HistoryLine[]
  suspectedDuplicate?: boolean
  /** The steps the caller may take now, as the service decides (path segments of the step endpoints). */
  allowedActions?: string[]
  /** The due date with how it was computed; `null` before acceptance and once closed. */
  deadline?: LetterDeadline | null
  /** 选登 for the mailbox's dispatcher: whether the letter may be published and why not; `null` for everyone else. */
  publication?: PublishStanding | null
  /** Each assisting unit's latest opinion (协办意见), for everyone who may see the letter. */
  assistingOpinions?: AssistingOpinionLine[]
}

/** Why 选登 refuses to publish, as the publish endpoint would (`ALREADY_PUBLISHED`: it is on the website). */
export type PublishRefusal = 'NO_CONSENT' | 'NOT_ANSWERED' | 'ALREADY_PUBLISHED'

/** `LetterDetail.publication`: `message` is the endpoint's own Chinese sentence for the refusal. */
export interface PublishStanding {
  allowed: boolean
  reason: PublishRefusal | null
  message: string | null
}

/** `GET /api/mailbox/letters/{id}/attachments`: a file the citizen sent, its type sniffed from the content. */
export interface LetterAttachment {
  position: number
  fileName: string
  contentType: string
  /** The kind in words: PDF, JPG, PNG, Word（DOCX）. */
  typeLabel: string
  size: number
  sha256: string
  uploadedAt: string
}

/** The due date of a letter and how the service computed it on the working-day calendar. */
export interface LetterDeadline {
  dueDate: string
  /** Working days of the current period, granted extensions included. */
  workingDays: number
  /** In Chinese: the day of receipt, the days skipped (weekends, holidays), 调休 days counted, extensions. */
  explanation: string
}

/** `GET /api/mailbox/letters/{id}/duplicates`: a look-alike letter, no contact data. */
export interface DuplicateCandidate {
  id: string
  trackingCode: string
  mailbox: string
  mailboxName: string
  subject: string
  type: string
  typeLabel: string
  status: string
  statusLabel: string
  submittedAt: string
  reasons: string[]
  reasonLabels: string[]
}

export interface PublishedLetter {
  id: string
  subject: string
  content: string
  type: string
  typeLabel: string
  mailbox: string
  writer: string | null
  submittedOn: string | null
  reply: string | null
  repliedOn: string | null
  unitName: string | null
}

/** `GET /api/mailbox/letters/{id}/publication` (选登, the mailbox's dispatcher). */
export interface PublicationView {
  letterId: string
  version: number
  published: boolean
  publishable: boolean
  reason: string | null
  publishedAt: string | null
  publishedBy: string | null
  unpublishedAt: string | null
  unpublishedBy: string | null
  unpublishReason: string | null
  letter: PublishedLetter | null
}

/** A line of `GET /api/mailbox/supervision/letters`. */
export interface SupervisedLetter {
  id: string
  trackingCode: string
  subject: string
  type: string
  typeLabel: string
  mailbox: string
  mailboxName?: string
  unitCode: string | null
  unitName: string | null
  status: string
  statusLabel: string
  dueDate: string
  workingDaysLeft: number
  workingDaysOverdue: number
  card: Card
  cardLabel?: string
  /** The service's DeadlineStanding (ON_TRACK, DUE_SOON, OVERDUE, YELLOW_CARD, RED_CARD) and its label. */
  standing?: SupervisionStanding
  standingLabel?: string
}

/** One page of a list (the shared shape). */
export type { PageOf as Page } from '@/api/paging'

export interface Figures {
  received: number
  answered: number
  answeredOnTime: number
  onTimeRate: number | null
  averageWorkingDays: number | null
  satisfied: number
  basicallySatisfied: number
  unsatisfied: number
  satisfactionRate: number | null
  overdue: number
}

export interface UnitRow extends Figures {
  unitCode: string
  unitName: string | null
}

export interface MonthReport {
  month: string
  rows: UnitRow[]
  totals: Figures
}

export interface UnitScore {
  unitCode: string
  unitName: string | null
  score: number | null
  received: number
  answered: number
  answeredOnTime: number
  onTimeRate: number | null
  satisfactionRate: number | null
  overdue: number
}

export interface AssessmentWeights {
  answered: number
  onTime: number
  satisfaction: number
  overduePenalty: number
}

export interface Assessment {
  year: number
  weights: AssessmentWeights
  units: UnitScore[]
}

/** A unit of the organisation directory (`GET /api/mailbox/units`). */
export interface Unit {
  code: string
  name: string
  type?: string
}

/** A person of a unit, for pickers (`GET /api/mailbox/units/{unit}/members?role=leader`). */
export interface Member {
  username: string
  name: string
  unitCode: string
}

/** A mailbox with its answering periods (`GET /api/mailbox/public/mailboxes`). */
export interface MailboxInfo {
  code: string
  name: string
  periods?: { type: string; typeLabel: string; workingDays: number }[]
}
