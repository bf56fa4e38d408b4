// A fresh element for a page to draw into. The router empties the outlet between pages, which leaves lit-html's
// record of the previous page's render on the outlet pointing at removed nodes; drawing into a new child each
// time the page is shown keeps the two apart.

/** Appends and answers a new element inside `outlet` for this showing of the page. */
export function pageView(outlet) {
  const view = document.createElement('div');
  view.className = 'page';
  outlet.append(view);
  return view;
}
