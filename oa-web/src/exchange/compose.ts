import type { DraftRequest, UploadedFile } from './api'

/**
 * The compose form (拟稿) and its checks before sending, mirroring what the exchange service
 * refuses (DraftContent, UploadedFile), so a clerk learns it next to the field at once.
 */
export const TITLE_MAX = 200
export const FILE_MAX_BYTES = 10 * 1024 * 1024
export const TOTAL_MAX_BYTES = 30 * 1024 * 1024
export const ATTACHMENTS_MAX = 10
export const FILE_NAME_MAX = 200

/** 密级: only non-classified documents may enter; the others are listed so choosing them is refused clearly. */
export const CLASSIFICATIONS = ['非密', '秘密', '机密', '绝密'] as const
export const CLASSIFIED = new Set<string>(['秘密', '机密', '绝密'])
export const URGENCIES = [
  { value: '', label: '一般（不标注）' },
  { value: '加急', label: '加急' },
  { value: '特急', label: '特急' },
] as const
export const DISCLOSURES = ['主动公开', '依申请公开', '不予公开'] as const

export const CLASSIFIED_MESSAGE = '涉密公文（秘密、机密、绝密）不得通过电子公文交换系统传输，请按涉密载体管理规定办理。'

/** A file the clerk picked, with its first bytes read (to tell a PDF by its content). */
export interface PickedFile {
  name: string
  size: number
  /** The first bytes of the file (at least 8), for the type check. */
  head: Uint8Array
}

export interface ComposeForm {
  classification: string
  urgency: string
  title: string
  mainRecipients: string[]
  copyRecipients: string[]
  disclosure: string
  body: PickedFile | null
  attachments: PickedFile[]
}

export interface FieldProblem {
  field: keyof ComposeForm | 'form'
  message: string
}

export function emptyComposeForm(): ComposeForm {
  return {
    classification: '非密',
    urgency: '',
    title: '',
    mainRecipients: [],
    copyRecipients: [],
    disclosure: '',
    body: null,
    attachments: [],
  }
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04] // OFD, docx, xlsx
const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function startsWith(head: Uint8Array, prefix: readonly number[]): boolean {
  return head.length >= prefix.length && prefix.every((byte, i) => head[i] === byte)
}

export function isPdf(head: Uint8Array): boolean {
  return startsWith(head, PDF)
}

/** PDF, OFD or Office (ZIP), JPEG or PNG, by content, as the service accepts attachments. */
export function isAllowedAttachment(head: Uint8Array): boolean {
  return isPdf(head) || startsWith(head, ZIP) || startsWith(head, JPEG) || startsWith(head, PNG)
}

function nameProblem(name: string): string | null {
  const trimmed = name.trim()
  if (!trimmed) return '文件名不能为空'
  if (trimmed.length > FILE_NAME_MAX) return `文件名不能超过${FILE_NAME_MAX}个字符`
  if (/[\\/]/.test(trimmed)) return '文件名不能含有“/”或“\\”'
  return null
}

/** Every problem of the form at once, in the order of the fields; empty when it may be sent. */
export function validateCompose(form: ComposeForm): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (CLASSIFIED.has(form.classification.trim())) {
    problems.push({ field: 'classification', message: CLASSIFIED_MESSAGE })
  }
  const title = form.title.trim()
  if (!title) problems.push({ field: 'title', message: '请填写标题' })
  else if (title.length > TITLE_MAX) problems.push({ field: 'title', message: `标题不能超过${TITLE_MAX}个字符` })
  if (form.mainRecipients.length === 0) problems.push({ field: 'mainRecipients', message: '请选择至少一个主送机关' })
  const both = form.copyRecipients.filter((code) => form.mainRecipients.includes(code))
  if (both.length > 0) {
    problems.push({ field: 'copyRecipients', message: '同一单位不能既是主送机关又是抄送机关' })
  }
  if (!form.disclosure) problems.push({ field: 'disclosure', message: '请选择公开方式' })
  if (!form.body) {
    problems.push({ field: 'body', message: '请上传公文正文（PDF）' })
  } else {
    const bad = nameProblem(form.body.name)
    if (bad) problems.push({ field: 'body', message: bad })
    else if (form.body.size === 0) problems.push({ field: 'body', message: `正文“${form.body.name}”没有内容` })
    else if (!isPdf(form.body.head)) problems.push({ field: 'body', message: `正文“${form.body.name}”不是PDF文件` })
    else if (form.body.size > FILE_MAX_BYTES) problems.push({ field: 'body', message: '正文不能超过10MB' })
  }
  if (form.attachments.length > ATTACHMENTS_MAX) {
    problems.push({ field: 'attachments', message: `一份公文最多${ATTACHMENTS_MAX}个附件` })
  }
  for (const file of form.attachments) {
    const bad = nameProblem(file.name)
    if (bad) problems.push({ field: 'attachments', message: `附件“${file.name}”：${bad}` })
    else if (file.size === 0) problems.push({ field: 'attachments', message: `附件“${file.name}”没有内容` })
    else if (!isAllowedAttachment(file.head)) {
      problems.push({ field: 'attachments', message: `附件“${file.name}”只能是PDF、OFD、Office文档、JPEG或PNG` })
    } else if (file.size > FILE_MAX_BYTES) {
      problems.push({ field: 'attachments', message: `附件“${file.name}”超过10MB` })
    }
  }
  const total = (form.body?.size ?? 0) + form.attachments.reduce((sum, f) => sum + f.size, 0)
  if (total > TOTAL_MAX_BYTES) problems.push({ field: 'form', message: '正文和附件合计不能超过30MB' })
  return problems
}

/** The first message per field, for the form items. */
export function messagesByField(problems: readonly FieldProblem[]): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const p of problems) byField[p.field] ??= p.message
  return byField
}

/** Bytes as Base64 (how the service takes files in JSON), in chunks so large files do not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** The draft as the service takes it; `encoded` are the body then the attachments, in Base64. */
export function toDraftRequest(form: ComposeForm, body: UploadedFile, attachments: UploadedFile[]): DraftRequest {
  return {
    classification: form.classification.trim(),
    urgency: form.urgency,
    title: form.title.trim(),
    mainRecipients: [...form.mainRecipients],
    copyRecipients: [...form.copyRecipients],
    disclosure: form.disclosure,
    body,
    attachments,
  }
}

/** Service field names (incl. `attachments[0]`, `body`) → the form's fields. */
export function formFieldOf(serviceField: string): keyof ComposeForm | 'form' {
  const base = serviceField.replace(/\[\d+\]$/, '').replace(/\..*$/, '')
  const known: (keyof ComposeForm)[] = [
    'classification',
    'urgency',
    'title',
    'mainRecipients',
    'copyRecipients',
    'disclosure',
    'body',
    'attachments',
  ]
  return (known as string[]).includes(base) ? (base as keyof ComposeForm) : 'form'
}

/** A file's (or slice's) bytes, through FileReader, which every browser (and jsdom) has. */
export function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('文件读取失败'))
    reader.readAsArrayBuffer(blob)
  })
}
