import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ElTreeSelect } from 'element-plus'
import { setNotifier } from '@/api/client'
import RichTextEditor from '@/components/portal/RichTextEditor.vue'
import { callsOf, json, lastBody, problem } from './support'
import { formErrorsShown, mountApp, settle } from './app'
import { CHANNELS, detail } from './fixtures'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})

afterEach(() => {
  document.body.innerHTML = ''
})

const writes = (fetchMock: ReturnType<typeof vi.fn>) =>
  callsOf(fetchMock).filter((c) => c.startsWith('POST ') || c.startsWith('PUT '))

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

async function fill(wrapper: Wrapper, values: { title?: string; channel?: string; summary?: string; body?: string }) {
  if (values.title !== undefined) await wrapper.get('#article-title').setValue(values.title)
  if (values.channel !== undefined) wrapper.findComponent(ElTreeSelect).vm.$emit('update:modelValue', values.channel)
  if (values.summary !== undefined) await wrapper.get('#article-summary').setValue(values.summary)
  if (values.body !== undefined) wrapper.findComponent(RichTextEditor).vm.$emit('update:modelValue', values.body)
  await settle()
}

function fieldError(wrapper: Wrapper, field: string): string {
  const error = wrapper.get(`[data-test="field-${field}"]`).find('.el-form-item__error')
  return error.exists() ? error.text() : ''
}

const channelRoute = { '/api/portal/channels': () => json(CHANNELS) }

describe('article editor (新建/编辑文章)', () => {
  it('offers only the channels the editor may write in', async () => {
    const { wrapper } = await mountApp('/portal/articles/new', channelRoute)

    expect(wrapper.get('h1').text()).toBe('新建文章')
    const data = wrapper.findComponent(ElTreeSelect).props('data') as typeof CHANNELS
    expect(data[0]?.children.map((c) => c.name)).toEqual(['要闻动态', '通知公告'])
    const disabled = (wrapper.findComponent(ElTreeSelect).props('props') as { disabled: (d: unknown) => boolean }).disabled
    expect(disabled(data[0])).toBe(true)
    expect(disabled(data[0]?.children[0])).toBe(false)
    wrapper.unmount()
  })

  it('saves a new draft and continues on its edit page', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/portal/articles/new', {
      ...channelRoute,
      'POST /api/portal/articles': () => json(detail({ id: 12, status: 'DRAFT', statusLabel: '草稿', version: 0, allowedActions: ['edit', 'submit'] }), 201),
    })

    await fill(wrapper, { title: ' 关于春季森林防火的通知 ', channel: 'notices', body: '<p>各乡镇：</p>' })
    await wrapper.get('[data-test="save"]').trigger('click')
    await settle()

    expect(writes(fetchMock)).toEqual(['POST /api/portal/articles'])
    expect(lastBody(fetchMock, 'POST /api/portal/articles')).toEqual({
      title: '关于春季森林防火的通知',
      channelCode: 'notices',
      summary: null,
      bodyHtml: '<p>各乡镇：</p>',
    })
    expect(router.currentRoute.value.path).toBe('/portal/articles/12/edit')
    expect(wrapper.get('h1').text()).toBe('编辑文章')
    expect(document.body.textContent).toContain('草稿已保存')
    wrapper.unmount()
  })

  it('does not send an article without title, channel and body, and says what is missing', async () => {
    const { wrapper, fetchMock } = await mountApp('/portal/articles/new', channelRoute)

    await fill(wrapper, { title: '   ' })
    await wrapper.get('[data-test="save"]').trigger('click')
    await settle()
    await formErrorsShown()

    expect(writes(fetchMock)).toEqual([])
    expect(fieldError(wrapper, 'title')).toBe('请输入标题')
    expect(fieldError(wrapper, 'channelCode')).toBe('请选择栏目')
    expect(fieldError(wrapper, 'bodyHtml')).toBe('请输入正文')
    wrapper.unmount()
  })

  it('shows the service’s field errors next to their fields, and others above the form', async () => {
    const { wrapper } = await mountApp('/portal/articles/new', {
      ...channelRoute,
      'POST /api/portal/articles': () =>
        problem(422, {
          title: '文章内容未通过校验',
          errors: [
            { field: 'title', message: '标题不能超过200个字' },
            { field: 'channelCode', message: '您不能在该栏目发布文章' },
            { field: 'bodyHtml', message: '正文不能为空' },
            { field: 'attachments', message: '附件过大' },
          ],
        }),
    })

    await fill(wrapper, { title: '通知', channel: 'news', body: '<p>内容</p>' })
    await wrapper.get('[data-test="save"]').trigger('click')
    await settle()
    await formErrorsShown()

    expect(fieldError(wrapper, 'title')).toBe('标题不能超过200个字')
    expect(fieldError(wrapper, 'channelCode')).toBe('您不能在该栏目发布文章')
    expect(fieldError(wrapper, 'bodyHtml')).toBe('正文不能为空')
    expect(fieldError(wrapper, 'summary')).toBe('')
    expect(wrapper.get('[data-test="form-errors"]').text()).toContain('attachments：附件过大')
    expect(notified).toEqual([])
    wrapper.unmount()
  })

  it('saves changes with the version it loaded, and says when someone else changed the article meanwhile', async () => {
    const draft = detail({ status: 'REJECTED', statusLabel: '已退回', rejectionReason: '请补充时间', version: 4, allowedActions: ['edit', 'submit'] })
    const { wrapper, fetchMock } = await mountApp('/portal/articles/7/edit', {
      ...channelRoute,
      '/api/portal/articles/7': () => json(draft),
      'PUT /api/portal/articles/7': () => problem(409, { title: '文章已被修改' }),
    })

    expect((wrapper.get('#article-title').element as HTMLInputElement).value).toBe(draft.title)
    expect(wrapper.text()).toContain('请补充时间')
    await fill(wrapper, { summary: '3月2日召开' })
    await wrapper.get('[data-test="save"]').trigger('click')
    await settle()

    expect(lastBody(fetchMock, 'PUT /api/portal/articles/7')).toEqual({
      title: draft.title,
      channelCode: 'news',
      summary: '3月2日召开',
      bodyHtml: draft.bodyHtml,
      version: 4,
    })
    const alert = wrapper.get('[data-test="conflict"]')
    expect(alert.text()).toContain('该文章已被他人修改')
    expect(alert.find('[data-test="reload"]').text()).toBe('重新加载')
    expect(notified).toEqual([])
    wrapper.unmount()
  })

  it('saves and submits for review, then shows the article', async () => {
    const draft = detail({ status: 'DRAFT', statusLabel: '草稿', version: 1, allowedActions: ['edit', 'submit'] })
    const { wrapper, fetchMock, router } = await mountApp('/portal/articles/7/edit', {
      ...channelRoute,
      '/api/portal/articles/7': () => json(draft),
      'PUT /api/portal/articles/7': () => json({ ...draft, version: 2 }),
      'POST /api/portal/articles/7/submit': () => json(detail({ version: 3, allowedActions: [] })),
    })

    await wrapper.get('[data-test="submit"]').trigger('click')
    await settle()
    const confirm = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find((b) =>
      b.textContent?.includes('提交'),
    )
    confirm?.click()
    await settle()

    expect(writes(fetchMock)).toEqual(['PUT /api/portal/articles/7', 'POST /api/portal/articles/7/submit'])
    expect(lastBody(fetchMock, 'POST /api/portal/articles/7/submit')).toEqual({ version: 2 })
    expect(router.currentRoute.value.path).toBe('/portal/articles/7')
    wrapper.unmount()
  })

  it('does not offer the form for an article that cannot be edited now', async () => {
    const { wrapper } = await mountApp('/portal/articles/7/edit', {
      ...channelRoute,
      '/api/portal/articles/7': () => json(detail({ allowedActions: ['approve', 'reject'] })),
    })

    expect(wrapper.get('[data-test="edit-problem"]').text()).toContain('这篇文章当前不能编辑')
    expect(wrapper.find('#article-title').exists()).toBe(false)
    wrapper.unmount()
  })
})
