import type { Component } from 'vue'
import { ChatLineSquare, Clock, Document, FolderOpened, House, Monitor, Calendar } from '@element-plus/icons-vue'

/** A screen of a module, listed under it in the navigation for users with one of the roles. */
export interface ModuleFeature {
  key: string
  title: string
  /** Route path inside the app (without /oa). */
  to: string
  description: string
  /** Realm roles that see the entry. */
  roles: readonly string[]
}

/** One business module of the platform, reachable through the gateway at /api/<api>/. */
export interface ModuleDefinition {
  /** Route name and path segment. */
  key: string
  /** The service's path segment under /api/. */
  api: string
  title: string
  description: string
  icon: Component
  /** The module's screens that are built so far. */
  features?: readonly ModuleFeature[]
}

export const MODULES: readonly ModuleDefinition[] = [
  {
    key: 'portal',
    api: 'portal',
    title: '门户',
    description: '县门户网站及部门、乡镇频道的栏目、文章与专题，发布前审核。',
    icon: Monitor,
    features: [
      {
        key: 'portal-articles',
        title: '文章管理',
        to: '/portal/articles',
        description: '起草、编辑和提交门户文章，审核通过后发布，退回或撤回。',
        roles: ['editor', 'reviewer', 'platform-admin'],
      },
    ],
  },
  {
    key: 'disclosure',
    api: 'disclosure',
    title: '信息公开',
    description: '政府信息公开指南、目录与索引号，主动公开和依申请公开及法定时限。',
    icon: FolderOpened,
  },
  {
    key: 'mailbox',
    api: 'mailbox',
    title: '信箱',
    description: '县长信箱、书记信箱与部门信箱来信的分办、办理、答复与督办。',
    icon: ChatLineSquare,
    features: [
      {
        key: 'mailbox-letters',
        title: '信件办理',
        to: '/mailbox/letters',
        description: '受理、分办、批办、签收、答复与审核来信，申请和审批延期，选登答复。',
        roles: ['dispatcher', 'leader', 'staff', 'supervisor'],
      },
      {
        key: 'mailbox-supervision',
        title: '督查督办',
        to: '/mailbox/supervision',
        description: '即将到期和已超期的信件，黄牌、红牌督办。',
        roles: ['supervisor', 'dispatcher', 'leader'],
      },
      {
        key: 'mailbox-statistics',
        title: '统计考核',
        to: '/mailbox/statistics',
        description: '各单位月度办理统计、导出和年终考核得分。',
        roles: ['supervisor', 'dispatcher', 'leader'],
      },
      {
        key: 'mailbox-admin',
        title: '信箱管理',
        to: '/mailbox/admin',
        description: '新建部门信箱，修改名称、所属单位、排序和办理时限，停用或启用信箱。',
        roles: ['platform-admin'],
      },
    ],
  },
  {
    key: 'exchange',
    api: 'exchange',
    title: '公文交换',
    description: '单位间公文的编号、签发、分发、签收、退回与催办。',
    icon: Document,
    features: [
      {
        key: 'exchange-outgoing',
        title: '发文管理',
        to: '/exchange/outgoing',
        description: '拟稿、核稿、签发和分发，跟踪各收文单位的签收并催办。',
        roles: ['staff', 'reviewer', 'leader'],
      },
      {
        key: 'exchange-inbox',
        title: '收文管理',
        to: '/exchange/inbox',
        description: '核验签名后签收或退回，签收后登记、拟办、批办、承办、办结、归档。',
        roles: ['staff', 'leader'],
      },
      {
        key: 'exchange-search',
        title: '公文检索',
        to: '/exchange/search',
        description: '按文号、标题、发文机关和日期检索本单位发出或收到的公文。',
        roles: ['staff', 'reviewer', 'leader'],
      },
    ],
  },
  {
    key: 'meeting',
    api: 'meeting',
    title: '会议',
    description: '会议通知下发、参会人员报名、代会与请假、提醒和签到。',
    icon: Calendar,
  },
]

export const DASHBOARD = { key: 'dashboard', title: '工作台', icon: House } as const

/** The one working-day calendar every deadline is counted on: staff read it, platform administrators load years. */
export const CALENDAR = {
  key: 'calendar',
  title: '工作日历',
  to: '/calendar',
  icon: Clock,
  roles: ['staff', 'platform-admin'] as readonly string[],
} as const

/** The features of a module that a user with these roles may open. */
export function visibleFeatures(module: ModuleDefinition, roles: readonly string[]): ModuleFeature[] {
  return (module.features ?? []).filter((f) => f.roles.some((role) => roles.includes(role)))
}
