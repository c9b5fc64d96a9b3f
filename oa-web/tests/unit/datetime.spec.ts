import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@/utils/datetime'

describe('times shown to the clerk', () => {
  it('shows an instant in Beijing time as yyyy-MM-dd HH:mm', () => {
    // 16:05 UTC is already the next morning in the county.
    expect(formatDateTime('2026-03-01T16:05:00Z')).toBe('2026-03-02 00:05')
    expect(formatDateTime('2026-12-31T23:59:59.999Z')).toBe('2027-01-01 07:59')
    expect(formatDateTime('2026-07-08T09:30:00+08:00')).toBe('2026-07-08 09:30')
  })

  it('shows nothing for a missing time and leaves text that is not a time alone', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('')).toBe('')
    expect(formatDateTime('不详')).toBe('不详')
  })
})
