// Standfirst preview (added by `standfirst serve`, never by `build`): reloads the page when a newer
// build changed it, and shows the problems of a failed rebuild over the last good page.
// Note: this file goes through Maven resource filtering, so it must not contain a dollar-brace or an at-sign.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : '';
  // The page's ETag: a digest of its HTML as built and of when a stylesheet or image last changed.
  // Equal tags, same page.
  var pageTag = script ? script.getAttribute('data-etag') : null;
  var checking = Promise.resolve();
  var OVERLAY = 'standfirst-overlay';

  function hide() {
    var overlay = document.getElementById(OVERLAY);
    if (overlay) overlay.remove();
  }

  function show(problems) {
    hide();
    var overlay = document.createElement('section');
    overlay.id = OVERLAY;
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-label', 'Build problems');
    overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;'
      + 'margin:0;padding:1rem 1.25rem;background:#1d1d1d;color:#f4f4f4;border-top:4px solid #e0463b;'
      + 'font:14px/1.45 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
    var heading = document.createElement('p');
    heading.style.cssText = 'margin:0 0 .5rem;font-weight:bold;color:#ffb4ad';
    heading.textContent = 'The rebuild failed (' + problems.length + (problems.length === 1 ? ' problem' : ' problems')
      + '). This page shows the last good build; fix the file and save to try again.';
    var list = document.createElement('pre');
    list.className = 'standfirst-problems';
    list.style.cssText = 'margin:0 0 .75rem;white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace;color:#f4f4f4';
    list.textContent = problems.join('\n');
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide until the next rebuild';
    close.style.cssText = 'font:inherit;padding:.25rem .75rem;background:#f4f4f4;color:#1d1d1d;border:0;cursor:pointer';
    close.addEventListener('click', hide);
    overlay.appendChild(heading);
    overlay.appendChild(list);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  function overlay(state) {
    if (state.problems.length) show(state.problems); else hide();
  }

  // Something else is served now (a build, or a quick look at an edited page): reload if this page
  // changed in it, which its current ETag tells. States are checked one after another, in order.
  function apply(state) {
    checking = checking.then(function () {
      if (String(state.build) === pageBuild) {
        overlay(state);
        return null;
      }
      if (!pageTag) { // not a file of the site (a 404 page): it may be one now
        location.reload();
        return null;
      }
      return fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then(function (response) {
        if (response.status !== 200 || response.headers.get('ETag') !== pageTag) {
          location.reload();
          return;
        }
        pageBuild = String(state.build);
        if (script) script.setAttribute('data-build', pageBuild); // the page is current with this build
        overlay(state);
      }, function () { location.reload(); });
    });
  }

  // A page brought back from the browser's back-forward cache has missed every state since it was
  // left (it said goodbye to the shared worker): reload it, as a fresh copy of what is served.
  window.addEventListener('pageshow', function (event) { if (event.persisted) location.reload(); });

  // One shared connection for all tabs when the browser allows: browsers open at most six HTTP/1.1
  // connections to one server, and each tab's own event stream would hold one open.
  if (window.SharedWorker) {
    try {
      var worker = new SharedWorker('/__standfirst/live-worker.js', { name: 'standfirst-live-reload' });
      worker.port.onmessage = function (message) { apply(JSON.parse(message.data)); };
      worker.port.start();
      window.addEventListener('pagehide', function () { worker.port.postMessage('bye'); });
      return;
    } catch (e) {
      // Fall through to a connection of this tab's own.
    }
  }
  var events = new EventSource('/__standfirst/events');
  events.addEventListener('state', function (message) { apply(JSON.parse(message.data)); });
})();
