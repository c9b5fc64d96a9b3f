/** One line of a record's history as the services send it (each service names a few fields its own way). */
export interface HistoryStep {
  action: string
  actionLabel?: string | null
  actorName?: string | null
  actor?: string | null
  at: string
  /** The opinion or reason given with the step. */
  remark?: string | null
  opinion?: string | null
  reason?: string | null
  /** The status the step led to, where the service says it. */
  statusLabel?: string | null
}

/** Who took the step: the actor's name, else their account. */
export function actorName(step: HistoryStep): string {
  return step.actorName || step.actor || ''
}

/** The opinion or reason given with the step, after its label ("意见：…"), or '' when none was given. */
export function remarkText(step: HistoryStep, label: string): string {
  const text = step.remark || step.opinion || step.reason || ''
  return text && label ? `${label}：${text}` : text
}
