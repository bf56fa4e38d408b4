// @mention autocomplete for a comment box, as an ARIA 1.2 combobox: typing "@" and the first letters of a
// username lists the matching members; arrow keys choose, Enter or Tab inserts "@username ", Escape closes.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t } from '../../lib/i18n.js';
import './messages.js';

const MAX_SUGGESTIONS = 8;
// "@" at the start or after a space or bracket, then the letters typed so far (a username's characters).
const TYPED_MENTION = /(^|[\s(])@([A-Za-z0-9][A-Za-z0-9._-]{0,39})$/;

/**
 * A comment box with mention suggestions. `candidates()` answers `{ username, displayName }` people;
 * `redraw()` draws the page again. Answers `{ view(attributes) }`.
 */
export function mentionBox({ id, candidates, redraw }) {
  const listId = `${id}-mentions`;
  let matches = [];
  let active = 0;
  let start = -1;
  let end = -1;
  let field = null;

  const open = () => matches.length > 0;
  const close = () => {
    if (!open()) return;
    matches = [];
    redraw();
  };

  function onInput(event) {
    field = event.target;
    const caret = field.selectionStart;
    const typed = TYPED_MENTION.exec(field.value.slice(0, caret));
    if (!typed || field.selectionEnd !== caret) return close();
    const query = typed[2].toLowerCase();
    matches = candidates()
      .filter(person => person.username)
      .filter(person => person.username.toLowerCase().startsWith(query)
        || (person.displayName || '').toLowerCase().includes(query))
      .slice(0, MAX_SUGGESTIONS);
    active = 0;
    start = caret - typed[2].length - 1;
    end = caret;
    redraw();
  }

  function onKeydown(event) {
    if (!open()) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      redraw();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  function pick(index) {
    const person = matches[index];
    if (!person || !field) return;
    const inserted = `@${person.username} `;
    field.value = field.value.slice(0, start) + inserted + field.value.slice(end);
    const caret = start + inserted.length;
    field.setSelectionRange(caret, caret);
    field.focus();
    matches = [];
    redraw();
  }

  const optionId = index => `${listId}-${index}`;

  function view({ name = 'text', label, testid, required = true }) {
    return html`
      <div class="mention-box">
        <label for=${id}>${label}</label>
        <textarea id=${id} name=${name} maxlength="4000" ?required=${required} data-testid=${testid}
                  role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-controls=${listId}
                  aria-expanded=${open() ? 'true' : 'false'} aria-describedby=${`${id}-help`}
                  aria-activedescendant=${open() ? optionId(active) : nothing}
                  @input=${onInput} @keydown=${onKeydown} @blur=${() => setTimeout(close, 150)}></textarea>
        <p class="muted help" id=${`${id}-help`}>${t('tasks.mentionHelp')}</p>
        <ul class="mention-list" role="listbox" id=${listId} aria-label=${t('tasks.mentionSuggestions')}
            ?hidden=${!open()} data-testid="mention-list">
          ${matches.map((person, index) => html`
            <li role="option" id=${optionId(index)} aria-selected=${index === active ? 'true' : 'false'}
                class=${index === active ? 'active' : ''} data-testid="mention-option"
                @mousedown=${event => { event.preventDefault(); pick(index); }}>
              <span class="username">@${person.username}</span>
              <span class="muted">${person.displayName || ''}</span>
            </li>`)}
        </ul>
        <p class="visually-hidden" aria-live="polite">${open() ? t('tasks.mentionCount', { count: matches.length }) : ''}</p>
      </div>`;
  }

  return { view, reset: () => { matches = []; } };
}
