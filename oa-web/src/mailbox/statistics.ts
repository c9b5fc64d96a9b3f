import type { Figures, UnitRow } from './types'

/** A rate in percent as the table shows it: one decimal and %, a dash when there was nothing to count. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)}%`
}

export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1)
}

/** The previous month as yyyy-MM (the last complete month, the default of the report). */
export function previousMonth(today: Date = new Date()): string {
  const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(today)
    .slice(0, 7)
  const [y, m] = shanghai.split('-').map(Number) as [number, number]
  const year = m === 1 ? y - 1 : y
  const month = m === 1 ? 12 : m - 1
  return `${year}-${String(month).padStart(2, '0')}`
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

export function isYear(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}$/.test(value)
}

/** One bar group of the chart: a unit's received and answered letters and its on-time count. */
export interface Bar {
  unit: string
  received: number
  answered: number
  answeredOnTime: number
  overdue: number
  /** Text for assistive technology and the tooltip. */
  description: string
}

/** The chart's bars: units with any letters, most received first. */
export function chartBars(rows: readonly UnitRow[]): Bar[] {
  return rows
    .filter((r) => r.received + r.answered + r.overdue > 0)
    .slice()
    .sort((a, b) => b.received - a.received || a.unitCode.localeCompare(b.unitCode))
    .map((r) => {
      const unit = r.unitName || r.unitCode
      return {
        unit,
        received: r.received,
        answered: r.answered,
        answeredOnTime: r.answeredOnTime,
        overdue: r.overdue,
        description: `${unit}：收信${r.received}件，答复${r.answered}件，按期答复${r.answeredOnTime}件，超期${r.overdue}件`,
      }
    })
}

/** The largest value the chart must show, at least 1 so that empty months draw no NaN. */
export function chartScale(bars: readonly Bar[]): number {
  return Math.max(1, ...bars.flatMap((b) => [b.received, b.answered, b.overdue]))
}

/** The figures of a row in table order, for the totals line. */
export function totalsRow(totals: Figures): UnitRow {
  return { unitCode: '', unitName: '合计', ...totals }
}

/** The xlsx export's address for a month (a plain link: the browser downloads it with the session). */
export function workbookUrl(month: string): string {
  return `/api/mailbox/statistics.xlsx?month=${encodeURIComponent(month)}`
}
