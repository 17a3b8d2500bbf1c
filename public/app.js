// Progressive enhancement for tilsyn. Every page is complete without this file.
//
// Assessment theme forms (form[data-assessment-form]): on a change, the form is posted as JSON to
// the evaluate endpoint (no save) and each criterion's live region is updated with the engine's
// errors and warnings. Keep the markup in step with FeedbackRegion in
// src/web/views/assessment/parts.tsx.
(function () {
  'use strict';

  // The main menu on small screens: a "Menu" button that opens and closes it (without JavaScript
  // the menu is simply shown, see app.css).
  (function mobileMenu() {
    var nav = document.getElementById('main-menu');
    var header = document.querySelector('.portal-header-inner');
    if (!nav || !header) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary menu-button';
    button.textContent = 'Menu';
    button.setAttribute('aria-controls', 'main-menu');
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', function () {
      var open = nav.classList.toggle('is-open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    header.appendChild(button);
    document.documentElement.classList.add('js-menu');
  })();

  function fieldsOf(form) {
    var out = {};
    new FormData(form).forEach(function (value, key) {
      if (typeof value !== 'string' || key === '_csrf' || key === 'expectedVersion') return;
      if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = [].concat(out[key], value);
      else out[key] = value;
    });
    return out;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var SVG = 'http://www.w3.org/2000/svg';
  // The alert's icon, as AlertIcon in src/web/views/components/notice.tsx draws it.
  function alertIcon(kind) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'icon-svg alert-icon');
    svg.setAttribute('aria-label', kind === 'error' ? 'Fejl' : 'Advarsel');
    svg.setAttribute('role', 'img');
    svg.setAttribute('focusable', 'false');
    var use = document.createElementNS(SVG, 'use');
    use.setAttribute('href', '/static/dkfds/img/all-svg-icons.svg#' + kind);
    svg.appendChild(use);
    return svg;
  }

  function messageList(kind, heading, findings) {
    var alert = el('div', 'alert alert-' + kind + ' alert--show-icon');
    alert.appendChild(alertIcon(kind));
    var body = el('div', 'alert-body');
    body.appendChild(el('p', 'alert-heading', heading));
    var list = el('ul', 'alert-text');
    findings.forEach(function (f) {
      var item = el('li', '', f.message);
      item.setAttribute('data-code', f.code);
      list.appendChild(item);
    });
    body.appendChild(list);
    alert.appendChild(body);
    return alert;
  }

  function signature(fb) {
    return JSON.stringify([fb.started, fb.errors.map(function (f) { return f.code + f.message; }), fb.warnings.map(function (f) { return f.code + f.message; })]);
  }

  function renderFeedback(region, fb) {
    var sig = signature(fb);
    if (region.getAttribute('data-signature') === sig) return;
    region.setAttribute('data-signature', sig);
    while (region.firstChild) region.removeChild(region.firstChild);
    if (fb.errors.length === 0 && fb.warnings.length === 0) {
      region.appendChild(el('p', 'assessment-feedback-none', fb.started ? 'Ingen fejl eller advarsler ved kriteriet.' : 'Ikke vurderet endnu.'));
      return;
    }
    if (fb.errors.length > 0) region.appendChild(messageList('error', 'Fejl', fb.errors));
    if (fb.warnings.length > 0) region.appendChild(messageList('warning', 'Advarsler', fb.warnings));
  }

  function enhance(form) {
    var url = form.getAttribute('data-evaluate-url');
    var csrfField = form.querySelector('input[name="_csrf"]');
    if (!url || !csrfField || !window.fetch) return;
    var themeId = form.getAttribute('data-theme-id');
    var departmentId = form.getAttribute('data-department-id') || undefined;
    var regions = Array.prototype.slice.call(form.querySelectorAll('[data-feedback-for]'));
    var timer = null;
    var sequence = 0;

    function evaluateNow() {
      var mine = ++sequence;
      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfField.value },
        body: JSON.stringify({ themeId: themeId, departmentId: departmentId, fields: fieldsOf(form) }),
      })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (data) {
          if (!data || !data.inline || mine !== sequence) return;
          regions.forEach(function (region) {
            var fb = data.inline[region.getAttribute('data-feedback-for')];
            if (fb) renderFeedback(region, fb);
          });
        })
        .catch(function () { /* The page works without inline feedback; the save shows it too. */ });
    }

    function schedule(delay) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(evaluateNow, delay);
    }

    form.addEventListener('change', function () { schedule(200); });
    form.addEventListener('input', function (event) {
      var target = event.target;
      if (target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text'))) schedule(800);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-assessment-form]'), enhance);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
