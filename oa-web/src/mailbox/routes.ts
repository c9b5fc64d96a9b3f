import type { RouteRecordRaw } from 'vue-router'

/** 信箱 · 信件办理, 督查督办, 统计考核 (dispatchers, leaders, handling units, supervisors); 信箱管理 (platform administrators). */
export const MAILBOX_ROUTES: RouteRecordRaw[] = [
  {
    path: '/mailbox/letters',
    name: 'mailbox-letters',
    component: () => import('@/views/mailbox/LetterListView.vue'),
    meta: { title: '信件办理', module: 'mailbox' },
  },
  {
    path: '/mailbox/letters/:id',
    name: 'mailbox-letter',
    component: () => import('@/views/mailbox/LetterDetailView.vue'),
    meta: { title: '信件详情', module: 'mailbox' },
  },
  {
    path: '/mailbox/supervision',
    name: 'mailbox-supervision',
    component: () => import('@/views/mailbox/SupervisionView.vue'),
    meta: { title: '督查督办', module: 'mailbox' },
  },
  {
    path: '/mailbox/statistics',
    name: 'mailbox-statistics',
    component: () => import('@/views/mailbox/StatisticsView.vue'),
    meta: { title: '统计考核', module: 'mailbox' },
  },
  {
    path: '/mailbox/admin',
    name: 'mailbox-admin',
    component: () => import('@/views/mailbox/MailboxAdminView.vue'),
    meta: { title: '信箱管理', module: 'mailbox' },
  },
]
