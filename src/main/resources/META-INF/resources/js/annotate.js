// Factdesk's one JavaScript module: selecting a claim in the article text, and opening
// a claim from its highlight (or a suggestion's entry from its dotted underline). Offsets
// are measured over exactly the text the server stores (the highlights add no characters),
// in UTF-16 code units like the server.
(function () {
  'use strict';

  function setup() {
    var text = document.getElementById('article-text');
    var form = document.getElementById('claim-form');
    if (!text || !form) {
      return;
    }
    var tools = document.getElementById('selection-tools');
    var addButton = document.getElementById('add-claim-button');
    var quote = document.getElementById('claim-form-quote');
    var cancel = document.getElementById('claim-form-cancel');
    var pending = null;

    function articleText() {
      return document.getElementById('article-text');
    }

    function offsetIn(container, node, offset) {
      var range = document.createRange();
      range.setStart(container, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    }

    // The current selection as {start, end, exact}, or null when it is empty or not
    // inside the article text (selections elsewhere are ignored).
    function measure() {
      var selection = document.getSelection();
      var container = articleText();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container) {
        return null;
      }
      var range = selection.getRangeAt(0);
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
        return null;
      }
      var exact = range.toString();
      if (!exact.trim()) {
        return null;
      }
      return {
        start: offsetIn(container, range.startContainer, range.startOffset),
        end: offsetIn(container, range.endContainer, range.endOffset),
        exact: exact,
        box: range.getBoundingClientRect()
      };
    }

    function onSelectionChange() {
      if (!form.hidden) {
        return; // the form holds its selection until it is sent or cancelled
      }
      pending = measure();
      if (!pending) {
        tools.hidden = true;
        return;
      }
      tools.hidden = false;
      // Above the selection, over the line already read, so it never covers the selection or
      // the words that follow it; below only when the window has no room above.
      var height = tools.offsetHeight || 40;
      var above = pending.box.top - height - 6;
      tools.style.top = (window.scrollY + (above >= 0 ? above : pending.box.bottom + 6)) + 'px';
      tools.style.left = (window.scrollX + pending.box.left) + 'px';
    }

    function openForm() {
      // selectionchange events arrive late and coalesced: measure the selection as it is now.
      pending = measure() || pending;
      if (!pending) {
        return;
      }
      form.elements.start.value = pending.start;
      form.elements.end.value = pending.end;
      form.elements.exact.value = pending.exact;
      quote.textContent = pending.exact;
      tools.hidden = true;
      form.hidden = false;
      (form.elements.claimant || form.querySelector('button[type=submit]')).focus();
    }

    function closeForm() {
      form.hidden = true;
      pending = null;
      var container = articleText();
      if (container) {
        container.focus();
      }
    }

    // The text becomes a read-only editable region so that a keyboard alone can select
    // (Shift + arrows); every attempt to change it is refused.
    function makeSelectable(container) {
      if (!container || container.getAttribute('contenteditable') === 'true') {
        return;
      }
      container.setAttribute('contenteditable', 'true');
      container.setAttribute('spellcheck', 'false');
      container.setAttribute('role', 'textbox');
      container.setAttribute('aria-multiline', 'true');
      container.setAttribute('aria-readonly', 'true');
      ['beforeinput', 'paste', 'drop', 'cut'].forEach(function (type) {
        container.addEventListener(type, function (event) { event.preventDefault(); });
      });
    }
    makeSelectable(text);
    document.body.addEventListener('htmx:load', function () { makeSelectable(articleText()); });

    document.addEventListener('selectionchange', onSelectionChange);
    addButton.addEventListener('click', openForm);
    cancel.addEventListener('click', closeForm);
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        closeForm();
      }
    });
    // Keyboard: in the text, Enter opens the form for the selection, or the claim under the caret.
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter' || !event.target.closest || !event.target.closest('#article-text')) {
        return;
      }
      event.preventDefault();
      // A highlight reached with Tab opens its claim.
      if (event.target.matches && event.target.matches('mark[data-claim]')) {
        openClaim(event.target);
        return;
      }
      if (form.hidden && (measure() || pending)) {
        openForm();
        return;
      }
      var selection = document.getSelection();
      var node = selection && selection.anchorNode;
      var mark = node && (node.nodeType === 1 ? node : node.parentElement).closest('mark[data-claim]');
      if (mark) {
        openClaim(mark);
      }
    });
  }

  // A click on a highlight opens its claim (not when the click ended a text selection).
  function openClaim(mark) {
    var container = document.getElementById('article-text');
    var article = container ? container.getAttribute('data-article-id') : null;
    if (article) {
      window.location.assign('/workspace/articles/' + article + '/claims/' + mark.getAttribute('data-claim'));
    }
  }

  // A click on a suggested phrase brings its entry in the list (make a claim, dismiss) into view.
  function showSuggestion(mark) {
    var entry = document.getElementById('suggestion-' + mark.getAttribute('data-suggestion'));
    if (entry) {
      entry.scrollIntoView({block: 'nearest'});
      entry.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('#article-text mark[data-claim], #article-text mark[data-suggestion]') : null;
    var selection = document.getSelection();
    if (mark && (!selection || selection.isCollapsed)) {
      if (mark.hasAttribute('data-claim')) {
        openClaim(mark);
      } else {
        showSuggestion(mark);
      }
    }
  });

  // Presence: the article page names its live connection and says goodbye when it closes,
  // so colleagues see at once that it left. Runs before htmx opens the connection.
  var live = document.querySelector('[data-presence][sse-connect]');
  if (live && window.crypto && crypto.randomUUID && navigator.sendBeacon) {
    var tab = crypto.randomUUID();
    live.setAttribute('sse-connect', live.getAttribute('sse-connect') + '&tab=' + tab);
    window.addEventListener('pagehide', function () {
      navigator.sendBeacon('/workspace/events/' + tab + '/leave');
    });
  }

  // A refused form comes back with an error summary: the address bar gets the page's own
  // address again (not the form's), a closed section holding it opens, each link names its
  // field's label, and the summary is brought into view and given focus.
  function showRefusal() {
    var summary = document.querySelector('[data-error-summary]');
    if (!summary) {
      return;
    }
    var address = summary.getAttribute('data-address');
    if (address && window.history && history.replaceState && location.pathname !== address) {
      history.replaceState(null, '', address);
    }
    var details = summary.closest('details');
    if (details) {
      details.open = true;
    }
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
      var label = document.querySelector('label[for="' + link.getAttribute('href').slice(1) + '"]');
      if (label && label.firstChild) {
        link.textContent = label.firstChild.textContent.trim() + ': ' + link.textContent;
      }
    });
    summary.scrollIntoView({ block: 'center' });
    summary.focus({ preventScroll: true });
  }

  // After a workflow action the page says what happened and what comes next: the message is
  // brought into view and given focus, and the address loses its "?done=" (a reload does
  // not say it again).
  function showConfirmation() {
    var message = document.querySelector('[data-status-message]');
    if (!message || document.querySelector('[data-error-summary]')) {
      return;
    }
    var address = message.getAttribute('data-address');
    if (address && window.history && history.replaceState) {
      history.replaceState(null, '', address);
    }
    message.scrollIntoView({ block: 'center' });
    message.focus({ preventScroll: true });
  }

  function start() {
    setup();
    showRefusal();
    showConfirmation();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
