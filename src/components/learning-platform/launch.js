// The launch page of a SCORM 1.2 package (src/components/learning-platform/).
// Plain JavaScript with no imports: it runs inside a learning platform, from
// the package, and reads what it shows from the JSON in index.html.
(() => {
  const config = JSON.parse(document.getElementById('package').textContent);
  const site = new URL(config.site);
  const $ = (selector) => document.querySelector(selector);
  const frame = $('#dilemma');
  const status = $('#reporting');
  const started = Date.now();

  // The platform's API, found the standard way: up the frames, then the opener's.
  const findApi = (start) => {
    for (let win = start, hops = 0; win && hops < 10; hops++) {
      try {
        if (win.API) return win.API;
      } catch {
        return null; // A frame of another origin: no API beyond it.
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  const api = findApi(window) ?? (window.opener ? findApi(window.opener) : null);
  const connected = api !== null && String(api.LMSInitialize('')) === 'true';
  const get = (key) => (connected ? String(api.LMSGetValue(key) ?? '') : '');
  const set = (key, value) => connected && api.LMSSetValue(key, String(value));
  const commit = () => connected && api.LMSCommit('');

  // Where the learner stopped: the dilemmas answered and the one open, in cmi.suspend_data (4,096 characters at most).
  const ids = config.dilemmas.map((d) => d.id);
  let saved = {};
  try {
    saved = JSON.parse(get('cmi.suspend_data') || '{}') ?? {};
  } catch {
    saved = {};
  }
  const answered = new Set(Array.isArray(saved.answered) ? saved.answered.filter((id) => ids.includes(id)) : []);
  let current = Number.isInteger(saved.at) && saved.at >= 0 && saved.at < ids.length ? saved.at : 0;
  const save = () => {
    const data = JSON.stringify({ answered: [...answered], at: current });
    if (data.length <= 4096) set('cmi.suspend_data', data);
  };

  if (connected) {
    const lesson = get('cmi.core.lesson_status');
    if (lesson === '' || lesson === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
    commit();
  }
  status.textContent = !connected
    ? 'Not connected to a learning platform: nothing is reported anywhere. Your answers stay in this browser.'
    : config.interactions
      ? 'Your learning platform records that you took part, for how long, and which option you chose in each dilemma (never anything you type).'
      : 'Your learning platform records only that you took part and for how long, never what you chose.';

  const list = $('#dilemmas');
  const show = () => {
    const dilemma = config.dilemmas[current];
    const address = new URL(`embed/${encodeURIComponent(dilemma.id)}/`, site);
    address.searchParams.set('lms', location.origin);
    if (config.interactions) address.searchParams.set('report', 'choices');
    frame.title = dilemma.question;
    frame.src = address.href;
    $('#position').textContent = `Dilemma ${current + 1} of ${ids.length}`;
    $('#previous').disabled = current === 0;
    $('#next').disabled = current === ids.length - 1;
    for (const [i, item] of [...list.children].entries()) {
      item.toggleAttribute('data-current', i === current);
      item.querySelector('.state').textContent = answered.has(ids[i]) ? 'answered' : 'not answered yet';
    }
    $('#progress').textContent = `${answered.size} of ${ids.length} answered`;
    $('#done').hidden = answered.size < ids.length;
    waitForSite();
  };
  const go = (index) => {
    current = index;
    save();
    commit();
    show();
  };
  for (const [i, dilemma] of config.dilemmas.entries()) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = dilemma.question;
    button.addEventListener('click', () => go(i));
    const state = document.createElement('span');
    state.className = 'state';
    item.append(button, ' ', state);
    list.append(item);
  }
  $('#previous').addEventListener('click', () => go(current - 1));
  $('#next').addEventListener('click', () => go(current + 1));

  // The site must answer: an embed says it is ready. If none does in time, say what the package needs.
  let timer = 0;
  const waitForSite = () => {
    clearTimeout(timer);
    $('#unreachable').hidden = true;
    timer = setTimeout(() => ($('#unreachable').hidden = false), (config.waitSeconds ?? 15) * 1000);
  };

  let interactions = connected ? Number(get('cmi.interactions._count')) || 0 : 0;
  addEventListener('message', (event) => {
    // Only the frame this page opened, from the site it names.
    if (event.source !== frame.contentWindow || event.origin !== site.origin) return;
    const data = event.data;
    if (data?.type === 'judgment-calls:ready') {
      clearTimeout(timer);
      $('#unreachable').hidden = true;
    }
    if (data?.type !== 'judgment-calls:answered' || data.dilemma !== ids[current] || answered.has(data.dilemma)) return;
    answered.add(data.dilemma);
    // One entry per dilemma, its first answer, and only with the coach's opt-in: ids, never text.
    if (config.interactions && typeof data.choice === 'string' && /^[a-z0-9-]{1,200}$/.test(data.choice)) {
      const n = `cmi.interactions.${interactions++}`;
      set(`${n}.id`, data.dilemma);
      set(`${n}.type`, 'choice');
      set(`${n}.student_response`, data.choice);
    }
    if (answered.size === ids.length) set('cmi.core.lesson_status', 'completed');
    save();
    commit();
    show();
  });

  // SCORM 1.2 time: HHHH:MM:SS.SS.
  const timespan = (ms) => {
    const s = ms / 1000;
    const pad = (n, w) => String(Math.floor(n)).padStart(w, '0');
    return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60, 2)}:${pad(s % 60, 2)}.${pad((ms % 1000) / 10, 2)}`;
  };
  let finished = false;
  const finish = () => {
    if (finished || !connected) return;
    finished = true;
    set('cmi.core.session_time', timespan(Date.now() - started));
    if (answered.size < ids.length) set('cmi.core.exit', 'suspend');
    save();
    commit();
    api.LMSFinish('');
  };
  addEventListener('pagehide', finish);
  addEventListener('beforeunload', finish);

  current = answered.has(ids[current])
    ? Math.max(
        0,
        ids.findIndex((id) => !answered.has(id)),
      )
    : current;
  show();
})();
