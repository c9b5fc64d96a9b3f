/** One line of a year's file: a weekday off (放假) or a weekend day worked (调休上班). */
export interface Adjustment {
  date: string
  kind: 'OFF' | 'WORK'
  holiday: string
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** The lines of the file the service answers (header and `#` comments left out). */
export function parseAdjustments(file: string): Adjustment[] {
  return file
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('date,'))
    .map((line) => {
      const [date = '', kind = '', ...holiday] = line.split(',')
      return { date, kind: kind === 'WORK' ? 'WORK' : 'OFF', holiday: holiday.join(',') }
    })
}

export function kindLabel(kind: Adjustment['kind']): string {
  return kind === 'WORK' ? '调休上班' : '放假'
}

/** 星期一 … for an ISO date, read as a calendar date (no time zone involved). */
export function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? ''
}

/** Years an administrator may load: the service accepts 2000–2100. */
export function isLoadableYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100
}

/** A picked file's text (FileReader: works wherever the OA runs, including the test DOM). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(reader.error ?? new Error('文件读取失败'))
    reader.readAsText(file, 'UTF-8')
  })
}
