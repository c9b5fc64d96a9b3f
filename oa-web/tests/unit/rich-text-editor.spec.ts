import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { EditorContent, type Editor } from '@tiptap/vue-3'
import RichTextEditor from '@/components/portal/RichTextEditor.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function mountEditor(initial: string) {
  const html = ref(initial)
  const Host = defineComponent({
    setup: () => () =>
      h(RichTextEditor, { id: 'body', label: '正文', modelValue: html.value, 'onUpdate:modelValue': (v: string) => (html.value = v) }),
  })
  const wrapper = mount(Host, { attachTo: document.body })
  const editor = () => wrapper.findComponent(EditorContent).props('editor') as Editor
  return { wrapper, html, editor }
}

describe('rich-text editor for the article body', () => {
  it('shows the body in an editable area named 正文 with a labelled toolbar of text buttons', async () => {
    const { wrapper } = mountEditor('<p>县政府召开常务会议</p>')
    await flushPromises()

    const area = wrapper.get('[contenteditable="true"]')
    expect(area.attributes('aria-label')).toBe('正文')
    expect(area.attributes('role')).toBe('textbox')
    expect(area.text()).toBe('县政府召开常务会议')
    const toolbar = wrapper.get('[role="toolbar"]')
    expect(toolbar.attributes('aria-label')).toBe('正文格式')
    const labels = toolbar.findAll('button').map((b) => b.text())
    expect(labels).toEqual(expect.arrayContaining(['加粗', '斜体', '下划线', '标题', '无序列表', '有序列表', '链接', '撤销']))
    wrapper.unmount()
  })

  it('makes the selected text bold with the toolbar and hands back the HTML', async () => {
    const { wrapper, html, editor } = mountEditor('<p>县政府召开常务会议</p>')
    await flushPromises()

    editor().commands.selectAll()
    await wrapper.get('[data-test="format-bold"]').trigger('click')
    await flushPromises()

    expect(html.value).toBe('<p><strong>县政府召开常务会议</strong></p>')
    expect(wrapper.get('[data-test="format-bold"]').attributes('aria-pressed')).toBe('true')
    wrapper.unmount()
  })

  it('hands back an empty string for an empty body, and shows content loaded later', async () => {
    const { wrapper, html, editor } = mountEditor('<p>草稿</p>')
    await flushPromises()

    editor().commands.clearContent(true)
    await flushPromises()
    expect(html.value).toBe('')

    html.value = '<h2>通知</h2><p>请各单位按时参会。</p>'
    await flushPromises()
    expect(wrapper.get('[contenteditable="true"]').html()).toContain('<h2>通知</h2>')
    wrapper.unmount()
  })
})
