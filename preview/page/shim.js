/* global window, fetch, console, HTMLFormElement, Node */
/*
 * google.script.run and google.script.host for the sidebar in the local preview. Calls go
 * to the preview server (POST /api/run), which runs the built Code.js on the emulator
 * with google.script.run's rules. Values the real one refuses (Date, function, cycle) are
 * marked, not dropped, so the server refuses them the same way; the answer always comes
 * back asynchronously, to the success or failure handler, with the user object.
 */
(function () {
  'use strict';
  const NAMES = /*SHUKE_NAMES*/ [];
  const TAG = '\u0000shuke';

  function mark(type, extra) {
    const m = {};
    m[TAG] = type;
    if (extra !== undefined) m.v = extra;
    return m;
  }

  function isForm(v) {
    return (
      typeof HTMLFormElement !== 'undefined' && v instanceof HTMLFormElement
    );
  }

  /** A form is sent as its fields by name, as the real google.script.run does. */
  function formFields(form) {
    const out = {};
    for (let i = 0; i < form.elements.length; i++) {
      const el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
        continue;
      }
      out[el.name] = el.value;
    }
    return out;
  }

  function encode(v, stack) {
    if (v === undefined) return mark('undefined');
    if (v === null) return null;
    const type = typeof v;
    if (type === 'function') return mark('Function');
    if (type === 'number') {
      return isFinite(v) ? v : mark('number', String(v));
    }
    if (type !== 'object') {
      return type === 'string' || type === 'boolean' ? v : mark(type);
    }
    if (Object.prototype.toString.call(v) === '[object Date]') {
      return mark('Date', isNaN(v.getTime()) ? null : v.toISOString());
    }
    if (typeof Node !== 'undefined' && v instanceof Node && !isForm(v)) {
      return mark('Element');
    }
    if (stack.indexOf(v) >= 0) return mark('Cycle');
    const next = stack.concat([v]);
    if (isForm(v)) return encode(formFields(v), next);
    if (Array.isArray(v)) {
      const arr = [];
      for (let i = 0; i < v.length; i++) arr.push(encode(v[i], next));
      return arr;
    }
    const out = {};
    Object.keys(v).forEach(k => {
      out[k] = encode(v[k], next);
    });
    return out;
  }

  function toError(e) {
    const err = new Error((e && e.message) || String(e));
    if (e && e.name) err.name = e.name;
    return err;
  }

  function tellPage(message) {
    try {
      if (window.parent && window.parent !== window) {
        window.parent.postMessage(message, window.location.origin);
      }
    } catch {
      // Opened on its own: no page to tell.
    }
  }

  function send(name, args, cfg) {
    const body = JSON.stringify({
      name: name,
      args: args.map(a => {
        return encode(a, []);
      }),
    });
    fetch('/api/run', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: body,
    })
      .then(res => {
        return res.json();
      })
      .then(
        res => {
          return res;
        },
        e => {
          return {ok: false, error: {name: 'NetworkError', message: String(e)}};
        },
      )
      .then(res => {
        tellPage({shuke: 'ran', name: name, ok: res.ok});
        if (res.ok) {
          if (cfg.success) cfg.success(res.value, cfg.user);
        } else if (cfg.failure) {
          cfg.failure(toError(res.error), cfg.user);
        } else {
          console.error(toError(res.error));
        }
      });
  }

  function runner(cfg) {
    const r = {
      withSuccessHandler: function (fn) {
        return runner({success: fn, failure: cfg.failure, user: cfg.user});
      },
      withFailureHandler: function (fn) {
        return runner({success: cfg.success, failure: fn, user: cfg.user});
      },
      withUserObject: function (obj) {
        return runner({success: cfg.success, failure: cfg.failure, user: obj});
      },
    };
    NAMES.forEach(name => {
      r[name] = function () {
        send(name, Array.prototype.slice.call(arguments), cfg);
      };
    });
    return r;
  }

  const host = {
    origin: window.location.origin,
    close: function () {
      tellPage({shuke: 'close'});
    },
    setHeight: function () {},
    setWidth: function () {},
    editor: {
      focus: function () {
        tellPage({shuke: 'focus'});
      },
    },
  };

  window.google = window.google || {};
  window.google.script = {
    run: runner({success: null, failure: null, user: undefined}),
    host: host,
  };
})();
