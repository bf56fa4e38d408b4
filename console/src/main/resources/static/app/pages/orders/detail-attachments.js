// Attachments: listed for everyone; downloads are plain links (the edge adds the session, the command side
// answers Content-Disposition: attachment); editors upload (with a progress bar, If-Match like any change) and
// delete. The server's refusals (413 too large, 422 type or content) are said as they are.
import { html } from '/webjars/lit-html/lit-html.js';
import { dateTime, number, t } from '../../lib/i18n.js';
import { del, upload } from '../../lib/api.js';
import { attachmentAuthor } from './detail-people.js';

const KIB = 1024;
const MIB = 1024 * 1024;

function size(bytes) {
  if (bytes < KIB) return t('orderDetail.bytes', { size: number(bytes) });
  if (bytes < MIB) return t('orderDetail.kib', { size: number(bytes / KIB, { maximumFractionDigits: 1 }) });
  return t('orderDetail.mib', { size: number(bytes / MIB, { maximumFractionDigits: 1 }) });
}

export function attachmentsView(page) {
  const attachments = page.order.attachments || [];
  return html`
    <section class="panel" aria-labelledby="order-attachments-title" data-testid="attachments">
      <h2 id="order-attachments-title">${t('orderDetail.attachments')}</h2>
      ${attachments.length ? html`
        <div class="table-scroll">
          <table>
            <thead><tr>
              <th scope="col">${t('orderDetail.fileName')}</th>
              <th scope="col" class="number">${t('orderDetail.size')}</th>
              <th scope="col">${t('orderDetail.type')}</th>
              <th scope="col">${t('orderDetail.added')}</th>
              ${page.canEdit ? html`<th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>` : ''}
            </tr></thead>
            <tbody>${attachments.map(attachment => row(page, attachment))}</tbody>
          </table>
        </div>` : html`<p class="muted">${t('orderDetail.noAttachments')}</p>`}
      ${page.problemFor('attachments')}
      ${page.canEdit ? uploadForm(page) : ''}
    </section>`;
}

function row(page, attachment) {
  const href = `${page.path}/attachments/${encodeURIComponent(attachment.attachmentId)}`;
  const who = attachmentAuthor(page, attachment);
  return html`
    <tr data-testid="attachment" data-attachment-id=${attachment.attachmentId}>
      <td class="order-detail-file-name"><a href=${href} download data-testid="attachment-link"
             title=${t('orderDetail.download', { name: attachment.fileName })}>${attachment.fileName}</a></td>
      <td class="number">${size(attachment.size)}</td>
      <td>${attachment.contentType}</td>
      <td>
        <time datetime=${attachment.addedAt}>${dateTime(attachment.addedAt)}</time>
        ${who ? html`<br><span class="muted">${t('orderDetail.byWhom', { who })}</span>` : ''}
      </td>
      ${page.canEdit ? html`<td>${deletion(page, attachment)}</td>` : ''}
    </tr>`;
}

// Deleting takes two clicks: "Delete", then "Delete <name>" (or "Cancel").
function deletion(page, attachment) {
  const key = `attachment:${attachment.attachmentId}`;
  const name = t('orderDetail.deleteAttachment', { name: attachment.fileName });
  const ask = confirming => () => {
    page.confirming = confirming ? key : null;
    page.draw();
  };
  if (page.confirming !== key) {
    return html`<button type="button" data-testid="attachment-delete" ?disabled=${page.busy} aria-label=${name}
                        @click=${ask(true)}>${t('common.delete')}</button>`;
  }
  return html`
    <button type="button" class="danger" data-testid="attachment-delete-confirm" ?disabled=${page.busy}
            @click=${() => remove(page, attachment)}>${name}</button>
    <button type="button" @click=${ask(false)}>${t('common.cancel')}</button>`;
}

function uploadForm(page) {
  return html`
    <form class="inline-form order-detail-upload-form" @submit=${event => send(page, event)}>
      <label>${t('orderDetail.chooseFile')}
        <input type="file" name="file" data-testid="attachment-file" aria-describedby="order-upload-help"
               @change=${event => { page.fileChosen = event.target.files.length > 0; }}></label>
      <button type="submit" data-testid="attachment-upload" ?disabled=${page.busy}>${t('orderDetail.upload')}</button>
    </form>
    <p id="order-upload-help" class="muted">${t('orderDetail.uploadHelp')}</p>
    ${page.upload ? html`
      <label class="order-detail-upload-progress">${t('orderDetail.uploading', { name: page.upload.name })}
        <progress max="1" .value=${page.upload.fraction} data-testid="upload-progress"></progress></label>` : ''}`;
}

function send(page, event) {
  event.preventDefault();
  const input = event.target.elements.file;
  const file = input.files[0];
  if (!file) {
    page.problem = { where: 'attachments', text: t('orderDetail.noFile') };
    page.draw();
    return;
  }
  const body = new FormData();
  body.append('file', file, file.name);
  page.upload = { name: file.name, fraction: 0 };
  const forget = () => {
    input.value = '';
    page.fileChosen = false;
  };
  page.change({
    where: 'attachments',
    send: ifMatch => upload('POST', `${page.path}/attachments`, body, {
      ifMatch,
      onProgress: fraction => {
        if (!page.upload) return;
        page.upload.fraction = fraction;
        page.draw();
      },
    }),
    input: t('orderDetail.inputFile', { name: file.name }),
    field: '[data-testid=attachment-file]',
    done: forget,
    drop: forget,
    always: () => { page.upload = null; },
    announced: t('orderDetail.uploaded', { name: file.name }),
  });
}

function remove(page, attachment) {
  page.change({
    where: 'attachments',
    send: ifMatch => del(`${page.path}/attachments/${encodeURIComponent(attachment.attachmentId)}`, { ifMatch }),
    announced: t('orderDetail.attachmentDeleted'),
  });
}
