import { vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { json, stubApi, ZHANG_WEI, type Route } from './support'

/** Waits for the calls, lazy route components and renders that follow a user action. */
export async function settle(): Promise<void> {
  await flushPromises()
  await vi.dynamicImportSettled()
  await flushPromises()
}

/** Mounts the whole app at a path for a user, answering the API from the given routes. */
export async function mountApp(path: string, routes: Record<string, Route> = {}, user: object = ZHANG_WEI) {
  const fetchMock = stubApi({ '/api/portal/me': () => json(user), ...routes })
  const router = createAppRouter(createMemoryHistory('/oa/'))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [createPinia(), router] }, attachTo: document.body })
  await settle()
  return { wrapper, router, fetchMock }
}

/** Element Plus shows a form item's error message 100 ms after the error is set. */
export async function formErrorsShown(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150))
  await flushPromises()
}
