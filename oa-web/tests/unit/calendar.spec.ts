import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setNotifier } from '@/api/client'
import { isLoadableYear, kindLabel, parseAdjustments, readText, weekdayOf } from '@/calendar/adjustments'
import { json, problem } from './support'
import { mountApp, settle } from './app'
import { ZHAO_LEI } from './mailbox-fixtures'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})
afterEach(() => {
  document.body.innerHTML = ''
})

const MA_JUN = { username: 'ma.jun', name: '马军', unitCode: 'gov-services', unitName: '凤县政务服务中心', roles: ['staff', 'platform-admin'] }

const OVERVIEW = {
  version: 3,
  fingerprint: 'a1b2c3d4e5f60718',
  changedAt: '2026-11-04T02:00:00Z',
  changedBy: 'ma.jun',
  changedYears: [2026],
  years: [
    { year: 2025, daysOff: 27, workingWeekendDays: 5, adjustments: 32 },
    { year: 2026, daysOff: 25, workingWeekendDays: 6, adjustments: 31 },
  ],
  changed: false,
}
const YEAR_2026 = 'date,kind,holiday\n2026-01-01,OFF,元旦\n2026-01-04,WORK,元旦\n'
const csv = (body: string) => new Response(body, { status: 200, headers: { 'Content-Type': 'text/csv;charset=UTF-8' } })

const routes = {
  '/api/calendar/years': () => json(OVERVIEW),
  '/api/calendar/years/2026': () => csv(YEAR_2026),
  '/api/calendar/years/2025': () => csv('date,kind,holiday\n2025-10-01,OFF,国庆节\n'),
}

/** The file is read (FileReader events) before it is sent: waits for the answer on screen. */
async function imported(wrapper: { find: (s: string) => { exists: () => boolean } }): Promise<void> {
  await vi.waitFor(() => expect(wrapper.find('[data-test="import-result"]').exists()).toBe(true))
  await settle()
}

function pick(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('工作日历', () => {
  it('shows a clerk the loaded years and the latest year’s days off and working weekends, without the import', async () => {
    const { wrapper, fetchMock } = await mountApp('/calendar', routes, ZHAO_LEI)

    expect(wrapper.get('[data-test="version"]').text()).toMatch(/^现行第 3 版，.+\s由 ma\.jun 修改（2026 年）。$/)
    expect(wrapper.get('[data-test="years"]').text()).toContain('2025 年')
    const rows = wrapper.get('[data-test="adjustments"]').findAll('tbody tr').map((r) => r.text())
    expect(rows).toEqual(['2026-01-01星期四放假元旦', '2026-01-04星期日调休上班元旦'])
    expect(wrapper.find('[data-test="import"]').exists()).toBe(false)
    const yearCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/calendar/years/2026'))
    expect(new Headers(yearCall?.[1]?.headers).get('Accept')).toContain('text/csv')
    expect(wrapper.get('[data-test="nav-calendar"]').text()).toBe('工作日历')
    wrapper.unmount()
  })

  it('lets the platform administrator load next year’s file and says the deadlines follow', async () => {
    let sent: { body: string; type: string | null } | null = null
    const { wrapper } = await mountApp(
      '/calendar',
      {
        ...routes,
        'PUT /api/calendar/years/2027': async (_url, init) => {
          sent = { body: await readText(init.body as Blob), type: new Headers(init.headers).get('Content-Type') }
          return json({ ...OVERVIEW, version: 4, changed: true, changedYears: [2027], years: [...OVERVIEW.years, { year: 2027, daysOff: 1, workingWeekendDays: 0, adjustments: 1 }] })
        },
        '/api/calendar/years/2027': () => csv('date,kind,holiday\n2027-01-01,OFF,元旦\n'),
      },
      MA_JUN,
    )

    await wrapper.get('#calendar-year').setValue('2027')
    pick(wrapper.get('[data-test="file"]').element as HTMLInputElement, new File(['2027-01-01,OFF,元旦\n'], '2027.csv', { type: 'text/csv' }))
    await settle()
    await wrapper.get('[data-test="import"] form').trigger('submit')
    await imported(wrapper)

    expect(sent).toEqual({ body: '2027-01-01,OFF,元旦\n', type: 'text/csv;charset=UTF-8' })
    expect(wrapper.get('[data-test="import-result"]').text()).toContain('已导入 2027 年节假日安排（第 4 版），截止日期将按新日历重新计算。')
    expect(wrapper.text()).toContain('2027 年节假日安排')
    wrapper.unmount()
  })

  it('shows the line the service refused and changes nothing on screen', async () => {
    const { wrapper } = await mountApp(
      '/calendar',
      {
        ...routes,
        'PUT /api/calendar/years/2027': () =>
          problem(422, { title: '节假日安排有误', detail: '第 2 行：日期 2026-12-31 不在 2027 年，请只导入 2027 年的安排。' }),
      },
      MA_JUN,
    )

    await wrapper.get('#calendar-year').setValue('2027')
    pick(wrapper.get('[data-test="file"]').element as HTMLInputElement, new File(['x'], 'bad.csv'))
    await settle()
    await wrapper.get('[data-test="import"] form').trigger('submit')
    await imported(wrapper)

    expect(wrapper.get('[data-test="import-result"]').text()).toBe('节假日安排有误：第 2 行：日期 2026-12-31 不在 2027 年，请只导入 2027 年的安排。')
    expect(wrapper.get('[data-test="version"]').text()).toContain('现行第 3 版')
    expect(notified).toEqual([])
    wrapper.unmount()
  })
})

describe('the calendar file as shown', () => {
  it('reads the lines, skipping the header and comments, and labels them', () => {
    expect(parseAdjustments('# 说明\ndate,kind,holiday\r\n2026-10-01,OFF,国庆节\n\n2026-10-10,WORK,国庆节、中秋节\n')).toEqual([
      { date: '2026-10-01', kind: 'OFF', holiday: '国庆节' },
      { date: '2026-10-10', kind: 'WORK', holiday: '国庆节、中秋节' },
    ])
    expect(kindLabel('OFF')).toBe('放假')
    expect(kindLabel('WORK')).toBe('调休上班')
  })

  it('names the weekday of a date wherever the browser is', () => {
    expect(weekdayOf('2026-10-01')).toBe('星期四')
    expect(weekdayOf('2026-10-10')).toBe('星期六')
  })

  it('accepts only the years the service accepts', () => {
    expect(isLoadableYear(2027)).toBe(true)
    expect(isLoadableYear(1999)).toBe(false)
    expect(isLoadableYear(2101)).toBe(false)
  })
})
