/*
 * Trợ lý dịch vụ công - embeddable web chat. One tag on any page:
 *   <script src="https://HOST/widget/chat-widget.js" defer></script>
 * It connects to wss://HOST/ws/chat (the host the script came from), keeps its session id in
 * localStorage, reconnects after a dropped connection and shows the conversation again.
 * Everything from the server or the citizen is inserted as text (textContent), never as HTML.
 */
(function () {
  "use strict";
  if (window.__tldvcWidget) { return; }
  window.__tldvcWidget = true;

  var script = document.currentScript;
  var origin = script ? new URL(script.src, window.location.href).origin : window.location.origin;
  var wsUrl = origin.replace(/^http/, "ws") + "/ws/chat";
  var storageKey = "tldvc-session";

  var css = "" +
    ".tldvc-launch{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:28px;padding:14px 18px;background:#b3261e;color:#fff;font:600 15px/1.2 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer}" +
    ".tldvc-launch:focus-visible,.tldvc-panel button:focus-visible,.tldvc-panel input:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}" +
    ".tldvc-panel{position:fixed;right:16px;bottom:16px;z-index:2147483001;width:min(400px,calc(100vw - 32px));height:min(620px,calc(100vh - 32px));display:flex;flex-direction:column;background:#fff;color:#1f1f1f;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.3);font:15px/1.45 system-ui,sans-serif;overflow:hidden}" +
    ".tldvc-panel[hidden]{display:none}" +
    ".tldvc-head{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#b3261e;color:#fff}" +
    ".tldvc-head h2{flex:1;margin:0;font-size:16px}" +
    ".tldvc-head button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:6px;padding:4px 8px;cursor:pointer;font-size:13px}" +
    ".tldvc-log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}" +
    ".tldvc-msg{max-width:88%;padding:8px 10px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}" +
    ".tldvc-citizen{align-self:flex-end;background:#e8f0fe}" +
    ".tldvc-assistant{align-self:flex-start;background:#f1f3f4}" +
    ".tldvc-staff{align-self:flex-start;background:#fef7e0;border-left:3px solid #b06000}" +
    ".tldvc-staff small{display:block;color:#b06000;font-weight:600;font-size:12px}" +
    ".tldvc-notice{align-self:center;background:#fff;border:1px dashed #dadce0;color:#3c4043;font-size:13px}" +
    ".tldvc-error{align-self:center;background:#fce8e6;color:#a50e0e;font-size:13px}" +
    ".tldvc-options{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}" +
    ".tldvc-options button{border:1px solid #b3261e;color:#b3261e;background:#fff;border-radius:16px;padding:5px 10px;cursor:pointer;font-size:13px;text-align:left}" +
    ".tldvc-card{border:1px solid #dadce0;border-radius:8px;padding:6px 8px;margin-top:6px;background:#fff}" +
    ".tldvc-card a,.tldvc-cite a,.tldvc-link a{color:#1a73e8}" +
    ".tldvc-cite{font-size:12px;color:#5f6368;margin-top:6px}" +
    ".tldvc-typing{align-self:flex-start;color:#5f6368;font-size:13px;font-style:italic}" +
    ".tldvc-form{display:flex;gap:6px;padding:8px;border-top:1px solid #dadce0}" +
    ".tldvc-form input{flex:1;border:1px solid #dadce0;border-radius:8px;padding:8px;font-size:15px}" +
    ".tldvc-form button{border:0;border-radius:8px;background:#b3261e;color:#fff;padding:8px 12px;cursor:pointer}" +
    ".tldvc-rate{display:flex;gap:4px;align-items:center;padding:6px 8px;border-top:1px solid #dadce0;font-size:13px}" +
    ".tldvc-rate button{border:1px solid #dadce0;background:#fff;border-radius:6px;padding:4px 8px;cursor:pointer}" +
    ".tldvc-status{font-size:12px;padding:2px 12px;color:#5f6368}";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function safeUrl(u) {
    try {
      var url = new URL(String(u), window.location.href);
      return (url.protocol === "https:" || url.protocol === "http:") ? url.href : null;
    } catch (e) { return null; }
  }

  var style = el("style"); style.textContent = css; document.head.appendChild(style);

  var launch = el("button", "tldvc-launch", "Hỏi trợ lý dịch vụ công");
  launch.type = "button";
  launch.setAttribute("aria-haspopup", "dialog");

  var panel = el("section", "tldvc-panel");
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", "Trợ lý dịch vụ công");

  var head = el("div", "tldvc-head");
  head.appendChild(el("h2", null, "Trợ lý dịch vụ công"));
  var staff = el("button", null, "Gặp cán bộ"); staff.type = "button";
  staff.setAttribute("aria-label", "Gặp cán bộ hỗ trợ");
  var end = el("button", null, "Kết thúc"); end.type = "button";
  end.setAttribute("aria-label", "Kết thúc và đánh giá");
  var close = el("button", null, "✕"); close.type = "button";
  close.setAttribute("aria-label", "Đóng cửa sổ trò chuyện");
  head.appendChild(staff); head.appendChild(end); head.appendChild(close);

  var status = el("div", "tldvc-status", ""); status.setAttribute("aria-live", "polite");
  var log = el("div", "tldvc-log");
  log.setAttribute("role", "log"); log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Nội dung trò chuyện");

  var rate = el("div", "tldvc-rate"); rate.hidden = true;
  rate.appendChild(el("span", null, "Bạn hài lòng đến đâu?"));
  [1, 2, 3, 4, 5].forEach(function (n) {
    var b = el("button", null, n + "★"); b.type = "button";
    b.setAttribute("aria-label", n + " sao");
    b.addEventListener("click", function () { send({ type: "rating", score: n }); });
    rate.appendChild(b);
  });

  var form = el("form", "tldvc-form");
  var input = el("input"); input.type = "text"; input.maxLength = 2000;
  input.placeholder = "Nhập câu hỏi, ví dụ: làm căn cước cần gì?";
  input.setAttribute("aria-label", "Câu hỏi của bạn");
  var submit = el("button", null, "Gửi"); submit.type = "submit";
  form.appendChild(input); form.appendChild(submit);

  panel.appendChild(head); panel.appendChild(status); panel.appendChild(log);
  panel.appendChild(rate); panel.appendChild(form);

  function mount() { document.body.appendChild(launch); document.body.appendChild(panel); }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }

  var socket = null, retry = 0, typing = null, queue = [], opened = false;

  function scroll() { log.scrollTop = log.scrollHeight; }

  function showCitizen(text) { log.appendChild(el("div", "tldvc-msg tldvc-citizen", text)); scroll(); }

  // a staff member's line, or a notice from the hand-off desk (queue place, back to the bot)
  function showLine(line) {
    if (line.id && log.querySelector('[data-line="' + line.id.replace(/[^A-Za-z0-9-]/g, "") + '"]')) { return; }
    var box;
    if (line.from === "staff") {
      box = el("div", "tldvc-msg tldvc-staff");
      box.appendChild(el("small", null, "Cán bộ hỗ trợ"));
      box.appendChild(el("div", null, line.text));
    } else {
      box = el("div", "tldvc-msg tldvc-notice", line.text);
    }
    if (line.id) { box.dataset.line = line.id.replace(/[^A-Za-z0-9-]/g, ""); }
    log.appendChild(box); scroll();
  }

  function showError(text) { log.appendChild(el("div", "tldvc-msg tldvc-error", text)); scroll(); }

  function showReply(msg, live) {
    var box = el("div", "tldvc-msg tldvc-assistant");
    (msg.parts || []).forEach(function (p) {
      if (p.type === "text") {
        box.appendChild(el("div", null, p.text));
      } else if (p.type === "options") {
        var row = el("div", "tldvc-options");
        (p.options || []).forEach(function (o) {
          var b = el("button", null, o.label); b.type = "button";
          b.dataset.value = o.value;
          b.disabled = !live;
          b.addEventListener("click", function () {
            showCitizen(o.label);
            send({ type: "option", value: o.value, label: o.label });
          });
          row.appendChild(b);
        });
        box.appendChild(row);
      } else if (p.type === "card") {
        var card = el("div", "tldvc-card");
        card.appendChild(el("strong", null, p.title));
        if (p.summary) { card.appendChild(el("div", null, p.summary)); }
        var u = safeUrl(p.url);
        if (u) { var a = el("a", null, "Xem thủ tục"); a.href = u; a.target = "_blank"; a.rel = "noopener noreferrer"; card.appendChild(a); }
        box.appendChild(card);
      } else if (p.type === "link") {
        var lu = safeUrl(p.url);
        var ld = el("div", "tldvc-link");
        if (lu) { var la = el("a", null, p.label); la.href = lu; la.target = "_blank"; la.rel = "noopener noreferrer"; ld.appendChild(la); }
        box.appendChild(ld);
      } else if (p.type === "citation") {
        var c = el("div", "tldvc-cite");
        c.appendChild(document.createTextNode("Nguồn: thủ tục " + p.code + " - " + p.name +
          (p.catalogDate ? " (cập nhật " + p.catalogDate + ") " : " ")));
        var cu = safeUrl(p.url);
        if (cu) { var ca = el("a", null, "trang thủ tục"); ca.href = cu; ca.target = "_blank"; ca.rel = "noopener noreferrer"; c.appendChild(ca); }
        box.appendChild(c);
      }
    });
    log.appendChild(box);
    scroll();
    var intent = msg.metadata && msg.metadata.intent;
    if (live && (intent === "GOODBYE" || intent === "THANKS")) { rate.hidden = false; }
  }

  function stopTyping() { if (typing) { typing.remove(); typing = null; } }

  function connect() {
    status.textContent = "Đang kết nối...";
    socket = new WebSocket(wsUrl);
    socket.onopen = function () {
      retry = 0;
      status.textContent = "";
      var session = null;
      try { session = window.localStorage.getItem(storageKey); } catch (e) { session = null; }
      socket.send(JSON.stringify({ type: "hello", session: session }));
    };
    socket.onmessage = function (event) {
      var msg;
      try { msg = JSON.parse(event.data); } catch (e) { return; }
      if (msg.type === "welcome") {
        try { window.localStorage.setItem(storageKey, msg.session); } catch (e) { /* private mode */ }
        log.textContent = "";
        (msg.history || []).forEach(function (h) {
          if (h.from === "citizen") { showCitizen(h.message.text); }
          else if (h.message.type === "line") { showLine(h.message); }
          else { showReply(h.message, false); }
        });
        opened = true;
        while (queue.length) { socket.send(queue.shift()); }
      } else if (msg.type === "typing") {
        stopTyping();
        typing = el("div", "tldvc-typing", "Trợ lý đang trả lời...");
        log.appendChild(typing); scroll();
      } else if (msg.type === "reply") {
        stopTyping(); showReply(msg, true);
      } else if (msg.type === "line") {
        stopTyping(); showLine(msg);
      } else if (msg.type === "forwarded") {
        stopTyping();
      } else if (msg.type === "error") {
        stopTyping(); showError(msg.message);
      } else if (msg.type === "rated") {
        rate.hidden = true;
        log.appendChild(el("div", "tldvc-msg tldvc-assistant", "Cảm ơn bạn đã đánh giá " + msg.score + " sao!"));
        scroll();
      }
    };
    socket.onclose = function () {
      opened = false; stopTyping();
      status.textContent = "Mất kết nối, đang kết nối lại...";
      retry = Math.min(retry + 1, 6);
      window.setTimeout(connect, 500 * Math.pow(2, retry - 1));
    };
  }

  function send(obj) {
    var data = JSON.stringify(obj);
    if (socket && opened && socket.readyState === WebSocket.OPEN) { socket.send(data); } else { queue.push(data); }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    showCitizen(text);
    send({ type: "text", text: text });
    input.value = "";
  });
  staff.addEventListener("click", function () { showCitizen("Gặp cán bộ"); send({ type: "staff" }); });
  end.addEventListener("click", function () { rate.hidden = false; rate.querySelector("button").focus(); });
  launch.addEventListener("click", function () {
    panel.hidden = false; launch.hidden = true;
    if (!socket) { connect(); }
    input.focus();
  });
  close.addEventListener("click", function () { panel.hidden = true; launch.hidden = false; launch.focus(); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { close.click(); } });
})();
