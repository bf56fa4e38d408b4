// Texts of support and privacy requests (the requester's pages; the admin's pages reuse the kind, status and
// message labels), and the helpers that name kinds and statuses.
import { html } from '/webjars/lit-html/lit-html.js';
import { date, messages, t } from '../../lib/i18n.js';
import { badge } from '../../lib/ui.js';

export const SUPPORT_KINDS = ['ACCESS', 'CORRECTION', 'DELETION', 'QUESTION'];
export const SUPPORT_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED', 'WITHDRAWN'];

export const kindLabel = kind => t(`support.kind.${kind}`);
export const supportStatusBadge = status => badge(status, t(`support.status.${status}`));

/** The answer-by date, with "overdue" in words (and colour) while an open request is past it. */
export function dueText(request) {
  return html`<span data-testid="due-at" data-due=${request.dueAt}>${date(request.dueAt)}</span>${request.overdue
    ? html` <span class="badge badge-overdue" data-testid="overdue">${t('support.overdue')}</span>` : ''}`;
}

messages({
  en: {
    'support.title': 'My support requests',
    'support.intro': 'Ask OrderDesk for a copy of your data, a correction, the deletion of your account, or anything else. We answer within 7 days.',
    'support.new': 'New request',
    'support.empty': 'You have not sent any requests yet.',
    'support.kind': 'Kind',
    'support.subject': 'Subject',
    'support.message': 'Message',
    'support.status': 'Status',
    'support.submittedAt': 'Submitted',
    'support.dueAt': 'Answer by',
    'support.overdue': 'overdue',
    'support.kind.ACCESS': 'Access to my data', 'support.kind.CORRECTION': 'Correction',
    'support.kind.DELETION': 'Deletion', 'support.kind.QUESTION': 'Question',
    'support.kindHelp.ACCESS': 'A copy of the data OrderDesk holds about you (you can also download it yourself under My data & privacy).',
    'support.kindHelp.CORRECTION': 'Something about you is wrong and you cannot correct it yourself.',
    'support.kindHelp.DELETION': 'Delete your account and personal data.',
    'support.kindHelp.QUESTION': 'Anything else about OrderDesk, this policy or your data.',
    'support.status.OPEN': 'Open', 'support.status.ANSWERED': 'Answered', 'support.status.CLOSED': 'Closed',
    'support.status.WITHDRAWN': 'Withdrawn',
    'support.newTitle': 'Online support',
    'support.newIntro': 'Tell us what you need. Your request is answered within 7 days; you will find the answer here and in your inbox.',
    'support.send': 'Send request',
    'support.sent': 'Your request was sent. The answer is due by {due}.',
    'support.request': 'Support request',
    'support.thread': 'Messages',
    'support.msg.MESSAGE': 'Your request',
    'support.msg.FOLLOW_UP': 'Your follow-up',
    'support.msg.ANSWER': 'Answer from OrderDesk support',
    'support.resolution': 'Resolution',
    'support.followUp': 'Add a message',
    'support.followUpHelp': 'A message on an answered request opens it again, due 7 days later.',
    'support.sendFollowUp': 'Send message',
    'support.followedUp': 'Your message was added.',
    'support.withdraw': 'Withdraw request',
    'support.withdrawConfirm': 'Withdraw this request? It will not be answered.',
    'support.withdrawYes': 'Yes, withdraw',
    'support.withdrawn': 'The request was withdrawn.',
    'support.stale': 'This request changed in the meantime (for example, support answered it). Here is what it looks like now; send again if still needed.',
    'support.back': 'All my requests',
  },
  'zh-CN': {
    'support.title': '我的客服请求',
    'support.intro': '您可以向 OrderDesk 申请获取您的数据副本、更正、删除帐号，或咨询其他问题。我们会在 7 天内答复。',
    'support.new': '新建请求',
    'support.empty': '您还没有提交过请求。',
    'support.kind': '类型',
    'support.subject': '主题',
    'support.message': '内容',
    'support.status': '状态',
    'support.submittedAt': '提交时间',
    'support.dueAt': '答复期限',
    'support.overdue': '已逾期',
    'support.kind.ACCESS': '查阅我的数据', 'support.kind.CORRECTION': '更正',
    'support.kind.DELETION': '删除', 'support.kind.QUESTION': '咨询',
    'support.kindHelp.ACCESS': '获取 OrderDesk 保存的关于您的数据副本（您也可以在“我的数据与隐私”中自行下载）。',
    'support.kindHelp.CORRECTION': '关于您的某些信息有误，且您无法自行更正。',
    'support.kindHelp.DELETION': '删除您的帐号和个人信息。',
    'support.kindHelp.QUESTION': '关于 OrderDesk、本政策或您的数据的其他问题。',
    'support.status.OPEN': '待处理', 'support.status.ANSWERED': '已答复', 'support.status.CLOSED': '已关闭',
    'support.status.WITHDRAWN': '已撤回',
    'support.newTitle': '在线客服',
    'support.newIntro': '请告诉我们您的需求。我们会在 7 天内答复，答复会显示在这里和您的收件箱中。',
    'support.send': '提交请求',
    'support.sent': '您的请求已提交，答复期限为 {due}。',
    'support.request': '客服请求',
    'support.thread': '消息',
    'support.msg.MESSAGE': '您的请求',
    'support.msg.FOLLOW_UP': '您的补充',
    'support.msg.ANSWER': 'OrderDesk 客服的答复',
    'support.resolution': '处理结果',
    'support.followUp': '补充消息',
    'support.followUpHelp': '在已答复的请求上补充消息会重新打开请求，答复期限为 7 天后。',
    'support.sendFollowUp': '发送消息',
    'support.followedUp': '您的消息已添加。',
    'support.withdraw': '撤回请求',
    'support.withdrawConfirm': '确定撤回此请求吗？撤回后将不会得到答复。',
    'support.withdrawYes': '确定撤回',
    'support.withdrawn': '请求已撤回。',
    'support.stale': '此请求在此期间已有变化（例如客服已答复）。以下是当前内容；如仍需要，请重新发送。',
    'support.back': '我的全部请求',
  },
});
