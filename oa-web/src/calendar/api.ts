import { api } from '@/api/client'

/** The working-day calendar's administration through the gateway (platform CalendarAdminController). */
const BASE = '/api/calendar'

/** A loaded year at a glance. */
export interface CalendarYear {
  year: number
  /** Weekdays that are public holidays. */
  daysOff: number
  /** Saturdays and Sundays that are working days (调休上班). */
  workingWeekendDays: number
  adjustments: number
}

/** The schedule in force. */
export interface CalendarOverview {
  version: number
  fingerprint: string
  changedAt: string
  changedBy: string
  changedYears: number[]
  years: CalendarYear[]
  /** Whether the request that answered this changed the schedule. */
  changed: boolean
}

export function fetchCalendar(): Promise<CalendarOverview> {
  return api.get<CalendarOverview>(`${BASE}/years`)
}

/** One year's adjustments in the file format an administrator loads (`date,kind,holiday`). */
export function fetchYearFile(year: number): Promise<string> {
  return api.get<string>(`${BASE}/years/${year}`, { headers: { Accept: 'text/csv, application/problem+json' } })
}

/** Loads or replaces one year; a refused file is a 422 naming the line (shown by the caller). */
export function replaceYear(year: number, file: string): Promise<CalendarOverview> {
  return api.put<CalendarOverview>(`${BASE}/years/${year}`, new Blob([file], { type: 'text/csv;charset=UTF-8' }), {
    headers: { 'Content-Type': 'text/csv;charset=UTF-8' },
    silent: true,
  })
}
