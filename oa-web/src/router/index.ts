import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { CALENDAR, DASHBOARD, MODULES } from '@/modules'
import { PLATFORM_NAME } from '@/config'
import { MAILBOX_ROUTES } from '@/mailbox/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (Chinese), also used for document.title. */
    title?: string
    /** The module shown by ModuleView. */
    module?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: DASHBOARD.key,
    component: () => import('@/views/DashboardView.vue'),
    meta: { title: DASHBOARD.title },
  },
  ...MODULES.map(
    (module): RouteRecordRaw => ({
      path: `/${module.key}`,
      name: module.key,
      component: () => import('@/views/ModuleView.vue'),
      meta: { title: module.title, module: module.key },
    }),
  ),
  ...MAILBOX_ROUTES,
  {
    path: CALENDAR.to,
    name: CALENDAR.key,
    component: () => import('@/views/calendar/CalendarView.vue'),
    meta: { title: CALENDAR.title },
  },
  // 门户 · 文章管理 (editors and reviewers). The editor route is its own chunk with the rich-text editor.
  {
    path: '/portal/articles',
    name: 'portal-articles',
    component: () => import('@/views/portal/ArticleListView.vue'),
    meta: { title: '文章管理', module: 'portal' },
  },
  {
    path: '/portal/articles/new',
    name: 'portal-article-new',
    component: () => import('@/views/portal/ArticleEditView.vue'),
    meta: { title: '新建文章', module: 'portal' },
  },
  {
    path: '/portal/articles/:id',
    name: 'portal-article',
    component: () => import('@/views/portal/ArticleDetailView.vue'),
    meta: { title: '文章详情', module: 'portal' },
  },
  {
    path: '/portal/articles/:id/edit',
    name: 'portal-article-edit',
    component: () => import('@/views/portal/ArticleEditView.vue'),
    meta: { title: '编辑文章', module: 'portal' },
  },
  // 公文交换: 发文 (list, 拟稿, detail with tracking), 收文 (inbox, detail with handling), 检索.
  {
    path: '/exchange/outgoing',
    name: 'exchange-outgoing',
    component: () => import('@/views/exchange/OutgoingListView.vue'),
    meta: { title: '发文管理', module: 'exchange' },
  },
  {
    path: '/exchange/outgoing/new',
    name: 'exchange-outgoing-new',
    component: () => import('@/views/exchange/OutgoingComposeView.vue'),
    meta: { title: '拟稿', module: 'exchange' },
  },
  {
    path: '/exchange/outgoing/:id',
    name: 'exchange-outgoing-detail',
    component: () => import('@/views/exchange/OutgoingDetailView.vue'),
    meta: { title: '发文详情', module: 'exchange' },
  },
  {
    path: '/exchange/inbox',
    name: 'exchange-inbox',
    component: () => import('@/views/exchange/InboxView.vue'),
    meta: { title: '收文管理', module: 'exchange' },
  },
  {
    path: '/exchange/inbox/:id',
    name: 'exchange-inbox-detail',
    component: () => import('@/views/exchange/IncomingDetailView.vue'),
    meta: { title: '收文详情', module: 'exchange' },
  },
  {
    path: '/exchange/search',
    name: 'exchange-search',
    component: () => import('@/views/exchange/SearchView.vue'),
    meta: { title: '公文检索', module: 'exchange' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: '页面不存在' },
  },
]

export function pageTitle(title: string | undefined): string {
  return title ? `${title} - ${PLATFORM_NAME}` : PLATFORM_NAME
}

/** HTML5 history under /oa/; the gateway serves /oa/index.html for any unknown /oa/** path. */
export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  router.afterEach((to) => {
    document.title = pageTitle(to.meta.title)
  })
  return router
}
