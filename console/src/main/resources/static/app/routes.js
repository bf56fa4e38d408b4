// Every page of the console and who may open it (docs/api.md's permission matrix; the server refuses anyway).
// Pages are ES modules loaded on first visit, so the first load carries only the shell.

import { hasRole } from './lib/session.js';

export const WORKSPACE_ROLES = ['OWNER', 'COLLABORATOR', 'AUDITOR'];
export const EDITORS = ['OWNER', 'COLLABORATOR'];
export const AUDIT_ROLES = ['OWNER', 'AUDITOR', 'ADMIN'];
export const REPORT_ROLES = ['OWNER', 'AUDITOR'];

export const routes = [
  { path: '/', redirect: () => (hasRole('ADMIN') ? '/admin' : '/orders') },
  { path: '/sign-in', public: true, page: () => import('./pages/auth/sign-in.js') },
  { path: '/register', public: true, page: () => import('./pages/auth/register.js') },
  { path: '/invitation', public: true, page: () => import('./pages/auth/invitation.js') },
  { path: '/orders', roles: WORKSPACE_ROLES, page: () => import('./pages/orders/list.js') },
  { path: '/orders/import', roles: EDITORS, page: () => import('./pages/orders/import.js') },
  { path: '/orders/new', roles: EDITORS, page: () => import('./pages/orders/new.js') },
  { path: '/orders/:id', roles: WORKSPACE_ROLES, page: () => import('./pages/orders/detail.js') },
  { path: '/tasks', roles: WORKSPACE_ROLES, page: () => import('./pages/tasks/board.js') },
  { path: '/tasks/:id', roles: WORKSPACE_ROLES, page: () => import('./pages/tasks/detail.js') },
  { path: '/inbox', page: () => import('./pages/inbox/inbox.js') },
  { path: '/audit', roles: AUDIT_ROLES, page: () => import('./pages/audit/trail.js') },
  { path: '/audit/history/:type/:id', roles: AUDIT_ROLES, page: () => import('./pages/audit/history.js') },
  { path: '/reports', roles: REPORT_ROLES, page: () => import('./pages/reports/reports.js') },
  { path: '/privacy', page: () => import('./pages/privacy/privacy.js') },
  { path: '/support', roles: WORKSPACE_ROLES, page: () => import('./pages/support/requests.js') },
  { path: '/support/new', roles: WORKSPACE_ROLES, page: () => import('./pages/support/new.js') },
  { path: '/support/:id', roles: WORKSPACE_ROLES, page: () => import('./pages/support/request.js') },
  { path: '/workspace', roles: ['OWNER'], page: () => import('./pages/workspace/workspace.js') },
  { path: '/admin', roles: ['ADMIN'], page: () => import('./pages/admin/admin.js') },
  { path: '/admin/dead-letters', roles: ['ADMIN'], page: () => import('./pages/admin/dead-letters.js') },
  { path: '/admin/support/:id', roles: ['ADMIN'], page: () => import('./pages/admin/support-request.js') },
  { path: '/not-found', public: true, page: () => import('./pages/not-found.js') },
];

/** The header's navigation, in order, with the roles that see each entry. */
export const navigation = [
  { path: '/orders', label: 'nav.orders', roles: WORKSPACE_ROLES },
  { path: '/tasks', label: 'nav.tasks', roles: WORKSPACE_ROLES },
  { path: '/audit', label: 'nav.audit', roles: AUDIT_ROLES },
  { path: '/reports', label: 'nav.reports', roles: REPORT_ROLES },
  { path: '/workspace', label: 'nav.workspace', roles: ['OWNER'] },
  { path: '/admin', label: 'nav.admin', roles: ['ADMIN'] },
];
