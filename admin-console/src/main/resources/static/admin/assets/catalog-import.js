// The catalog re-import: "select all" per kind of change, and an upload too large refused before it is sent.
(function () {
  'use strict';

  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    var kind = all.getAttribute('data-select-all');
    var boxes = function () {
      return document.querySelectorAll('input[name="code"][data-kind="' + kind + '"]');
    };
    var sync = function () {
      var list = boxes();
      var checked = Array.prototype.filter.call(list, function (b) { return b.checked; }).length;
      all.checked = list.length > 0 && checked === list.length;
      all.indeterminate = checked > 0 && checked < list.length;
    };
    all.addEventListener('change', function () {
      boxes().forEach(function (b) { b.checked = all.checked; });
    });
    boxes().forEach(function (b) { b.addEventListener('change', sync); });
    sync();
  });

  document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
    var maxBytes = Number(form.getAttribute('data-max-bytes'));
    var maxFiles = Number(form.getAttribute('data-max-files'));
    var error = form.querySelector('[data-upload-error]');
    form.addEventListener('submit', function (event) {
      var files = form.querySelector('input[type="file"]').files;
      var total = 0;
      for (var i = 0; i < files.length; i++) {
        total += files[i].size;
      }
      var message = '';
      if (files.length > maxFiles) {
        message = 'Chọn tối đa ' + maxFiles + ' tệp một lần; nhiều bản ghi hơn hãy nén thành một tệp .zip.';
      } else if (total > maxBytes) {
        message = 'Các tệp được chọn lớn quá ' + form.getAttribute('data-max-size') + '. Hãy chia thành nhiều lần tải.';
      }
      if (message) {
        event.preventDefault();
        error.textContent = message;
        error.hidden = false;
      }
    });
  });
})();
