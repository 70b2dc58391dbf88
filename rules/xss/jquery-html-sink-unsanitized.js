/* global $, DOMPurify */
function renderClients(clients) {
  var $list = $('#client-list').empty();
  clients.forEach(function (c) {
    // ruleid: jquery-html-sink-unsanitized
    $list.append('<li class="client"><strong>' + c.name + '</strong> <span>' + (c.email || '') + '</span></li>');
  });
}

function showError(msg) {
  // ruleid: jquery-html-sink-unsanitized
  $('#error').html('<b>Error:</b> ' + msg);
}

function renderRow(row) {
  // ruleid: jquery-html-sink-unsanitized
  $('#table tbody').find('tr').last().after(`<tr><td>${row.title}</td></tr>`);
  // ruleid: jquery-html-sink-unsanitized
  const $item = $('<div class="note">' + row.note + '</div>');
  const html = '<p>' + row.comment + '</p>';
  // ruleid: jquery-html-sink-unsanitized
  $('#comments').prepend(html);
  return $item;
}

function safeRender(c, el, count) {
  // ok: jquery-html-sink-unsanitized
  $('#error').text('Error: ' + c.message);
  // ok: jquery-html-sink-unsanitized
  $('#list').append('<li class="empty">No clients yet</li>');
  // ok: jquery-html-sink-unsanitized
  $('#bio').html(DOMPurify.sanitize('<p>' + c.bio + '</p>'));
  // ok: jquery-html-sink-unsanitized
  $('#name').html(escapeHtml(c.name) + '<br>');
  // ok: jquery-html-sink-unsanitized
  el.append('Hello ' + c.name);
  // ok: jquery-html-sink-unsanitized
  el.after(c.name);
  const $li = $('<li><strong></strong></li>');
  $li.find('strong').text(c.name);
  // ok: jquery-html-sink-unsanitized
  $('#list').append($li);
  // ok: jquery-html-sink-unsanitized
  const plain = $('#bio').html();
  // ok: jquery-html-sink-unsanitized
  const msg = `${c.name}.append(<b>${count}</b>)`;
  return [plain, msg];
}

$.getJSON('/api/clients', renderClients);
