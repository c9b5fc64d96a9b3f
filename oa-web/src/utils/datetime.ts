/** The county's time zone: every time is shown in it, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Shanghai'

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * An ISO instant (e.g. `2026-03-01T16:05:00Z`) as `yyyy-MM-dd HH:mm` in Asia/Shanghai;
 * an empty string for a missing value, and the input itself when it is not a date.
 */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return ''
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}
