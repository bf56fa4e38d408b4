// Internal notes: everyone in the workspace reads them; editors add notes; only a note's author edits or
// deletes it (the server refuses others with 403), so others' notes show no such buttons.
import { html } from '/webjars/lit-html/lit-html.js';
import { live } from '/webjars/lit-html/directives/live.js';
import { dateTime, t } from '../../lib/i18n.js';
import { del, post, put } from '../../lib/api.js';
import { me } from '../../lib/session.js';
import { noteAuthor } from './detail-people.js';

const MAX_LENGTH = 4000;

export function notesView(page) {
  const notes = page.order.notes || [];
  const drafts = page.drafts;
  return html`
    <section class="panel" aria-labelledby="order-notes-title" data-testid="notes">
      <h2 id="order-notes-title">${t('orderDetail.notes')}</h2>
      <p class="muted">${t('orderDetail.notesHelp')}</p>
      ${notes.length ? html`<ul class="order-detail-notes">${notes.map(note => noteView(page, note))}</ul>`
        : html`<p class="muted">${t('orderDetail.noNotes')}</p>`}
      ${page.problemFor('notes')}
      ${page.canEdit ? html`
        <form class="order-detail-new-note" @submit=${event => addNote(page, event)}>
          <label>${t('orderDetail.newNote')}
            <textarea name="text" required maxlength=${MAX_LENGTH} data-testid="new-note-text"
                      .value=${live(drafts.newNote)}
                      @input=${event => { drafts.newNote = event.target.value; }}></textarea></label>
          <div><button type="submit" class="primary" data-testid="note-add" ?disabled=${page.busy}>
            ${t('orderDetail.addNote')}</button></div>
        </form>` : ''}
    </section>`;
}

function noteView(page, note) {
  const own = page.canEdit && note.authorId === me.accountId;
  const editing = page.drafts.editNote && page.drafts.editNote.noteId === note.noteId;
  const confirming = page.confirming === `note:${note.noteId}`;
  return html`
    <li class="order-detail-note" data-testid="note" data-note-id=${note.noteId}>
      <p class="order-detail-note-meta">
        <strong data-testid="note-author">${noteAuthor(page, note)}</strong>
        · <time datetime=${note.createdAt}>${dateTime(note.createdAt)}</time>
        ${note.editedAt
          ? html`· <span class="muted">${t('orderDetail.edited', { time: dateTime(note.editedAt) })}</span>` : ''}
      </p>
      ${editing ? editForm(page, page.drafts.editNote) : html`<p class="order-detail-text" data-testid="note-text">${note.text}</p>`}
      ${own && !editing && !confirming ? html`
        <div class="toolbar">
          <button type="button" data-testid="note-edit" ?disabled=${page.busy} @click=${() => startEdit(page, note)}
                  aria-label=${t('orderDetail.editNote')}>${t('common.edit')}</button>
          <button type="button" data-testid="note-delete" ?disabled=${page.busy}
                  @click=${() => { page.confirming = `note:${note.noteId}`; page.draw(); }}
                  aria-label=${t('orderDetail.deleteNote')}>${t('common.delete')}</button>
        </div>` : ''}
      ${own && confirming ? html`
        <div class="toolbar" role="group" aria-label=${t('orderDetail.deleteNoteConfirm')}>
          <span>${t('orderDetail.deleteNoteConfirm')}</span>
          <button type="button" class="danger" data-testid="note-delete-confirm" ?disabled=${page.busy}
                  @click=${() => deleteNote(page, note)}>${t('common.delete')}</button>
          <button type="button" @click=${() => { page.confirming = null; page.draw(); }}>${t('common.cancel')}</button>
        </div>` : ''}
    </li>`;
}

function editForm(page, draft) {
  const close = () => {
    page.drafts.editNote = null;
    page.draw();
  };
  return html`
    <form class="order-detail-edit-note" data-testid="edit-note-form" @submit=${event => saveNote(page, event, draft)}>
      <label>${t('orderDetail.editNoteLabel')}
        <textarea name="text" required maxlength=${MAX_LENGTH} data-testid="edit-note-text"
                  .value=${live(draft.text)} @input=${event => { draft.text = event.target.value; }}></textarea></label>
      <div class="toolbar">
        <button type="submit" class="primary" data-testid="note-save" ?disabled=${page.busy}>${t('common.save')}</button>
        <button type="button" data-testid="note-edit-cancel" @click=${close}>${t('common.cancel')}</button>
      </div>
    </form>`;
}

function startEdit(page, note) {
  page.drafts.editNote = { noteId: note.noteId, original: note.text, text: note.text };
  page.focus = '[data-testid=edit-note-text]';
  page.draw();
}

const notePath = (page, noteId) => `${page.path}/notes/${encodeURIComponent(noteId)}`;

function addNote(page, event) {
  event.preventDefault();
  const text = page.drafts.newNote.trim();
  if (!text) return;
  const forget = () => { page.drafts.newNote = ''; };
  page.change({
    where: 'notes',
    send: ifMatch => post(`${page.path}/notes`, { text }, { ifMatch }),
    input: t('orderDetail.inputNote', { text }),
    field: '[data-testid=new-note-text]',
    done: forget,
    drop: forget,
    announced: t('orderDetail.noteAdded'),
  });
}

function saveNote(page, event, draft) {
  event.preventDefault();
  const text = draft.text.trim();
  if (!text) return;
  const forget = () => {
    if (page.drafts.editNote === draft) page.drafts.editNote = null;
  };
  page.change({
    where: 'notes',
    send: ifMatch => put(notePath(page, draft.noteId), { text }, { ifMatch }),
    input: t('orderDetail.inputNote', { text }),
    field: '[data-testid=edit-note-text]',
    done: forget,
    drop: forget,
    announced: t('orderDetail.noteSaved'),
  });
}

function deleteNote(page, note) {
  page.change({
    where: 'notes',
    send: ifMatch => del(notePath(page, note.noteId), { ifMatch }),
    announced: t('orderDetail.noteDeleted'),
  });
}
